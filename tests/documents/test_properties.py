"""Property tests: whatever the input, every block character maps inside the source exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langcheck.documents import Document, parse_document

from .support import check_invariants

WORDS = ["crazy", "so", "OCD", "caf\u00e9", "\U0001f600", "it's", "x1", "na\u00efve", "psycho"]
SPACES = [" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\u00a0", "\x0c"]

plain_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(SPACES), st.sampled_from(["langcheck: ignore", ".", ","])),
    max_size=40,
).map("".join)

MARKDOWN_PIECES = [
    "*", "**", "_", "`", "``", "# ", "\n## ", "> ", "\n- ", "\n1. ", "[", "](http://x.test/crazy)", "]", ")",
    "![", "&amp;", "&nbsp;", "&#39;", "\\*", "\\", "|", "\n| a | b |\n|---|---|\n| ", "\n---\n", "<!-- langcheck-disable -->",
    "<em>", "</em>", "<code>", "</code>", "<https://crazy.test>", "\n```\n", "\n    ", "+++\n", "---\ntitle: ", '"',
    "[ref]", "\n[ref]: /url 'title'\n", "\n===\n", "  \n", "\0",
]  # fmt: skip
markdown_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(SPACES), st.sampled_from(MARKDOWN_PIECES)), max_size=50
).map("".join)

HTML_PIECES = [
    "<p>", "</p>", "<em>", "</em>", "<br>", "<div>", "</div>", "&amp;", "&#39;", "&rsquo;", "&nbsp;", "&#", "&",
    "<script>", "</script>", "<code>", "</code>", "<img alt='a &amp; crazy'>", "<!-- langcheck-enable -->", "<",
    ">", "<a title=\"so crazy\">", "</a>", "<li>", "\ufeff",
]  # fmt: skip
html_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(SPACES), st.sampled_from(HTML_PIECES)), max_size=50
).map("".join)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_words(document: Document, verbatim_words: bool) -> None:
    """Each whitespace-separated word maps to a source range that starts and ends inside the source."""
    for block in document.blocks:
        position = 0
        for word in block.text.split(" "):
            start, end = block.to_source(position, position + len(word)) if word else (0, 0)
            assert 0 <= start <= end <= len(document.source)
            if word and verbatim_words:
                assert document.source[start:end] == word
            position += len(word) + 1


@SETTINGS
@given(st.booleans(), plain_text)
def test_plain_text_maps_exactly(bom: bool, text: str) -> None:
    source = ("\ufeff" if bom else "") + text
    document = parse_document(source, "text")
    check_invariants(document)
    check_words(document, verbatim_words=True)


@SETTINGS
@given(st.booleans(), markdown_text)
def test_markdown_maps_exactly(bom: bool, text: str) -> None:
    source = ("\ufeff" if bom else "") + text
    document = parse_document(source, "markdown")
    check_invariants(document)
    check_words(document, verbatim_words=False)


@SETTINGS
@given(html_text)
def test_html_maps_exactly(source: str) -> None:
    document = parse_document(source, "html")
    check_invariants(document)
    check_words(document, verbatim_words=False)


@SETTINGS
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from(["*", "**", "_", "`"]))
def test_markdown_words_round_trip(words: list[str], marker: str) -> None:
    """Plain words around emphasis or code: every word found in a block is the same word in the source."""
    source = " ".join(f"{marker}{word}{marker}" if index % 3 == 1 else word for index, word in enumerate(words))
    document = parse_document(source, "markdown")
    check_invariants(document)
    check_words(document, verbatim_words=True)
    if marker == "`":
        text = " ".join(block.text for block in document.blocks).split()
        kept = [word for index, word in enumerate(words) if index % 3 != 1 and any(c.isalnum() for c in word)]
        assert all(word in text for word in kept)
