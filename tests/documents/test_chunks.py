"""Large Markdown is parsed piece by piece; the result must equal parsing it whole."""

from __future__ import annotations

from langcheck.documents.chunks import chunk_starts, iter_chunked
from langcheck.documents.markdown import iter_markdown

DOC = (
    "---\ntitle: He committed suicide\n---\n\n"
    "# Heading one\n\nA paragraph about crazy weeks.\r\nSecond line.\n\n"
    "```\n\nfenced code that is crazy\n\nmore code\n```\n\n"
    "- a list item\n\n  continued item paragraph\n\n"
    "<!-- langcheck-disable-next-line -->\nSuppressed committed suicide.\n\n"
    "| a | b |\n|---|---|\n| schizophrenics | x |\n\n"
    "Last paragraph with &amp; an entity and `code`.\n"
) * 20


def test_cuts_fall_outside_fences_and_before_top_level_blocks() -> None:
    starts = chunk_starts(DOC, size=300)
    assert len(starts) > 5
    for start in starts[1:]:
        assert DOC[start - 1] == "\n" and DOC[start] not in " \t\n"
        assert DOC.count("```", 0, start) % 2 == 0


def test_chunked_parse_equals_whole_parse() -> None:
    whole = list(iter_markdown(DOC))
    chunked = list(iter_chunked(DOC, iter_markdown, size=300))
    assert chunked == whole


def test_small_documents_are_parsed_whole() -> None:
    assert chunk_starts("# Title\n\nText.\n") == [0]
