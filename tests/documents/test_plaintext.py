"""Plain text: paragraphs, line endings and the ``langcheck: ignore`` marker."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from langcheck.documents import Block, Directive, parse_document
from langcheck.documents.lines import LineIndex
from langcheck.documents.plaintext import _walk_lines, etext_body, iter_plaintext

from .support import all_text, check_invariants, locate, source_of

LETTER = (
    "\ufeffDear team,\r\n"
    "\r\n"
    "Caf\u00e9 talk \U0001f600 got weird: he said the\r\n"
    "\tnew schedule is totally crazy and\r\n"
    "that I am so OCD about it.\r\n"
    "\r\n"
    "\r\n"
    "langcheck: ignore dismissive/crazy\r\n"
    "\r\n"
    "Honestly the plan is crazy.\r\n"
    "He committed suicide? No, that was a film. langcheck: ignore suicide\r\n"
    "\r\n"
    "Thanks,\rSam"
)


def test_paragraphs_and_line_breaks() -> None:
    document = parse_document(LETTER, "text")
    check_invariants(document)
    assert [block.text for block in document.blocks] == [
        "Dear team,",
        "Caf\u00e9 talk \U0001f600 got weird: he said the new schedule is totally crazy and that I am so OCD about it.",
        "Honestly the plan is crazy. He committed suicide? No, that was a film.",
        "Thanks, Sam",
    ]
    assert {block.kind for block in document.blocks} == {"paragraph"}


def test_phrases_map_back_exactly_despite_bom_crlf_tabs_and_non_ascii() -> None:
    document = parse_document(LETTER, "text")
    assert source_of(document, "totally crazy") == "totally crazy"
    assert source_of(document, "so OCD") == "so OCD"
    assert source_of(document, "the new schedule") == "the\r\n\tnew schedule"
    assert source_of(document, "committed suicide") == "committed suicide"
    assert source_of(document, "Thanks, Sam") == "Thanks,\rSam"
    block, start, end = locate(document, "Dear")
    assert block.to_source(start, end) == (1, 5)  # the BOM counts as one character


def test_line_break_is_one_space_mapped_to_the_line_ending() -> None:
    document = parse_document("alpha\r\nbeta\ngamma\rdelta", "text")
    (block,) = document.blocks
    assert block.text == "alpha beta gamma delta"
    assert [block.to_source(index, index + 1) for index in (5, 10, 16)] == [(5, 7), (11, 12), (17, 18)]


def test_own_line_marker_silences_next_non_blank_line() -> None:
    document = parse_document(LETTER, "text")
    assert Directive("ignore-line", ("dismissive/crazy",), 8, 10) in document.directives


def test_trailing_marker_silences_its_own_line_and_is_not_prose() -> None:
    document = parse_document(LETTER, "text")
    assert Directive("ignore-line", ("suicide",), 11, 11) in document.directives
    assert "langcheck" not in all_text(document)


def test_marker_line_breaks_the_paragraph() -> None:
    document = parse_document("It was crazy\nlangcheck: ignore\ntalk all day.\n", "text")
    assert [block.text for block in document.blocks] == ["It was crazy", "talk all day."]
    assert document.directives == (Directive("ignore-line", (), 2, 3),)


def test_stacked_markers_point_at_the_same_line() -> None:
    source = "langcheck: ignore a\nlangcheck: ignore b, c\n\n  It is crazy.\n"
    document = parse_document(source, "text")
    assert document.directives == (
        Directive("ignore-line", ("a",), 1, 4),
        Directive("ignore-line", ("b", "c"), 2, 4),
    )


def test_marker_at_end_of_document_silences_nothing() -> None:
    document = parse_document("Fine text.\n\nlangcheck: ignore\n\n", "text")
    assert document.directives == (Directive("ignore-line", (), 3, 3),)
    assert [block.text for block in document.blocks] == ["Fine text."]


def test_marker_alone_on_a_line_is_not_trailing() -> None:
    document = parse_document("   langcheck:ignore   \nnext line\n", "text")
    assert document.directives == (Directive("ignore-line", (), 1, 2),)
    assert [block.text for block in document.blocks] == ["next line"]


def test_words_that_merely_mention_langcheck_are_prose() -> None:
    document = parse_document("We use langcheck: ignore it at your peril!\n", "text")
    assert document.directives == ()
    assert document.blocks[0].text == "We use langcheck: ignore it at your peril!"


def test_empty_and_blank_sources() -> None:
    assert parse_document("", "text").blocks == ()
    assert parse_document("\ufeff", "text").blocks == ()
    assert parse_document(" \n\t\r\n  ", "text").blocks == ()


def test_url_in_plain_text_is_not_prose() -> None:
    document = parse_document("Read https://example.com/crazy-ideas today\n", "text")
    assert [block.text for block in document.blocks] == ["Read", "today"]


def test_markdown_style_link_in_plain_text_is_marked_as_a_link() -> None:
    document = parse_document("He wrote [Hourly Billing is Nuts](https://x.test/hbin) and more.\n", "text")
    first = document.blocks[0]
    assert [block.text for block in document.blocks] == ["He wrote [Hourly Billing is Nuts](", ") and more."]
    (mark,) = first.marks
    assert (first.text[mark.start : mark.end], mark.kind, mark.value) == ("Hourly Billing is Nuts", "link", "https://x.test/hbin")
    assert source_of(document, "Hourly Billing is Nuts") == "Hourly Billing is Nuts"


def test_each_piece_of_a_paragraph_keeps_its_own_links() -> None:
    # every link's address cuts the paragraph into pieces; each piece holds the link text before its address
    links = " ".join(f"[Title Number {n}](https://x.test/{n})" for n in range(30))
    document = parse_document(f"See {links} now.\n", "text")
    marked = [(block.text[m.start : m.end], m.value) for block in document.blocks for m in block.marks]
    assert marked == [(f"Title Number {n}", f"https://x.test/{n}") for n in range(30)]


def test_brackets_without_an_address_are_not_a_link() -> None:
    document = parse_document("See [note](below) and [crazy] stuff.\n", "text")
    assert [block.marks for block in document.blocks] == [()]


# The shortcut for ordinary paragraphs must give exactly what the line-by-line walk gives.

_PIECES = ["crazy", "so OCD", "a", ".", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\ufeff",
           "langcheck: ignore", " LangCheck: ignore suicide", "http://x.test/crazy", "www.x.test", "\n \n",
           "[", "](", ")", "[Crazy Ideas](https://x.test/a)"]  # fmt: skip


def _walk_everything(source: str) -> list[object]:
    lines = LineIndex(source)
    waiting: list[tuple[int, tuple[str, ...]]] = []
    bom = 1 if source.startswith("\ufeff") else 0
    out: list[object] = list(_walk_lines(source, lines, 0, len(lines) - 1, waiting, bom))
    return out + [Directive("ignore-line", rules, line + 1, line + 1) for line, rules in waiting]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_paragraph_shortcut_matches_the_line_walk(source: str) -> None:
    assert list(iter_plaintext(source)) == _walk_everything(source)


def test_ordinary_paragraph_is_one_segment() -> None:
    document = parse_document("First line of a\nparagraph here.\n\nSecond one.\n", "text")
    assert [block.text for block in document.blocks] == ["First line of a paragraph here.", "Second one."]
    assert len(document.blocks[0].segments) == 1
    assert source_of(document, "a paragraph") == "a\nparagraph"


def test_paragraph_with_double_spaces_and_a_url_matches_the_walk() -> None:
    source = "Crazy  idea.  See\nhttp://x.test/a for more.\n\nlangcheck: ignore\nnext line\n"
    assert list(iter_plaintext(source)) == _walk_everything(source)
    assert [block.text for block in parse_document(source, "text").blocks] == ["Crazy idea. See", "for more.", "next line"]


def test_indented_extracts_after_an_introducing_colon_are_quotations() -> None:
    """A printed book's extract: indented on every line, after a paragraph that introduces it with a colon."""
    for newline in ("\n", "\r\n"):
        source = newline.join(
            [
                "From one issue of an East End paper I quote the following:-",
                "",
                "   A fireman was charged with attempting to",
                "   commit suicide at Bow.",
                "",
                "   A young woman was remanded on the same charge.",
                "",
                "He went on to the police court himself.",
                "",
                "   An indented line after a paragraph that ends in a full stop.",
            ]
        )
        document = parse_document(source, "text")
        check_invariants(document)
        assert [block.quoted for block in document.blocks] == [False, True, True, False, False]


ETEXT = (
    "The Project Gutenberg EBook of Two Plus Two Makes Crazy, by Walt Sheldon\n\n"
    "Title: Two Plus Two Makes Crazy\n\n"
    "*** START OF THIS PROJECT GUTENBERG EBOOK TWO PLUS TWO MAKES CRAZY ***\n\n"
    "The machine had gone crazy, the engineer said.\n\n"
    "End of Project Gutenberg's Two Plus Two Makes Crazy, by Walt Sheldon\n\n"
    "*** END OF THIS PROJECT GUTENBERG EBOOK TWO PLUS TWO MAKES CRAZY ***\n\n"
    "Section 1. General Terms of Use and Redistributing Project Gutenberg-tm electronic works\n"
)


def test_an_etexts_header_and_licence_are_not_the_works_prose() -> None:
    texts = [block.text for block in iter_plaintext(ETEXT) if isinstance(block, Block)]
    assert texts == ["The machine had gone crazy, the engineer said."]
    assert etext_body("No header here.\n") == (0, len("No header here.\n"))
