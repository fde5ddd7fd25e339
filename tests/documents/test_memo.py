"""Reparsing only the changed pieces of a Markdown document gives exactly the parse of the whole document."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from langcheck.documents import parse_document
from langcheck.documents.memo import ParseMemo, piece_starts

from .test_properties import SETTINGS, markdown_text

ROOT = Path(__file__).resolve().parents[2]
REAL = [*sorted((ROOT / "tests" / "data" / "real-docs").glob("*.md")), ROOT / "README.md", ROOT / "ARCHITECTURE.md"]

# Constructs a cut must not fall inside: blank lines within them are followed by lines a cut could start at.
TRICKY = (
    "---\ntitle: He committed suicide\n\nSummary line\n---\n\n"
    "Intro paragraph.\n\n"
    "<!--\n\nSomething crazy in a comment\n\n-->\n\n"
    "Between.\n\n"
    "<script>\n\nvar crazy = 1;\n\n</script>\n\n"
    "```\n\nFenced crazy text\n\n```\n\n"
    "> [!NOTE]\n> A callout.\n\n> Still a quotation after the blank line, he committed suicide.\n\n"
    "- loose item\n\n- second item, crazy\n\n  continued\n\nOutside the list, psycho.\n\n"
    "# Heading\n\nLast paragraph, \\\nwith a hard break and schizophrenics.\n"
)


def _same(source: str, memo: ParseMemo) -> None:
    assert memo.parse(source, "markdown") == parse_document(source, "markdown")


def test_real_documents_parse_the_same_in_pieces() -> None:
    memo = ParseMemo(piece_chars=300)
    for path in REAL:
        _same(path.read_text("utf-8"), memo)


def test_cuts_never_fall_inside_front_matter_comments_code_or_quotations() -> None:
    source = TRICKY * 3
    starts = piece_starts(source, size=1)
    assert len(starts) > 10
    for start in starts[1:]:
        before = source[:start]
        assert before.endswith("\n\n") and (source[start].isalpha() or source[start] == "#")
        assert before.count("```") % 2 == 0 and before.count("<!--") == before.count("-->")
        assert before.count("<script>") == before.count("</script>") and before.count("---\n") >= 2
    _same(source, ParseMemo(piece_chars=1))


def test_edits_reparse_only_their_piece_and_change_nothing_else() -> None:
    memo = ParseMemo(piece_chars=200)
    source = TRICKY * 4
    _same(source, memo)
    parsed = len(memo._pieces)
    edited = source.replace("Between.", "Between, crazy.", 1)
    _same(edited, memo)
    assert len(memo._pieces) == parsed + 1
    _same(edited.replace("Intro", "\r\nIntro\r\n"), memo)


def test_a_fence_marker_inside_an_html_block_stops_the_cuts() -> None:
    # "<em>" opens an HTML block that runs to the blank line, so its "```" is text, and the second "```" opens a
    # fence that runs to the end: "Paragraph 1" is code, and no cut may make it a paragraph.
    source = "Paragraph 0\n\n<em>\n```\n\n```\n\n\nParagraph 1\n"
    assert piece_starts(source, size=1) == [0]
    _same(source, ParseMemo(piece_chars=1))
    assert [block.text for block in parse_document(source, "markdown").blocks] == ["Paragraph 0"]


def test_link_reference_definitions_make_the_document_parse_whole() -> None:
    source = ("A [crazy title][ref] here.\n\n" + "Filler paragraph.\n\n" * 50) + "[ref]: https://doi.org/10.1/x\n"
    memo = ParseMemo(piece_chars=50)
    _same(source, memo)
    assert not memo._pieces


@SETTINGS
@given(st.lists(markdown_text, min_size=1, max_size=8))
def test_generated_markdown_parses_the_same_in_pieces(paragraphs: list[str]) -> None:
    source = "\n\n".join(f"Paragraph {i} {text}" for i, text in enumerate(paragraphs))
    _same(source, ParseMemo(piece_chars=1))
