"""Blocks say when they quote a source, and mark links, inline quotations, cited titles and emphasis."""

from __future__ import annotations

from langcheck.documents import parse_document


def _blocks(source: str, fmt: str):  # type: ignore[no-untyped-def]
    return {block.text: block for block in parse_document(source, fmt).blocks}


def test_markdown_block_quotations_quote_a_source_but_callouts_do_not() -> None:
    blocks = _blocks(
        "Intro.\n\n> The record reads: a lunatic.\n> - one item\n\n> [!NOTE]\n> My own note.\n\n> **Warning:** mine too.\n",
        "markdown",
    )
    assert not blocks["Intro."].quoted
    assert blocks["The record reads: a lunatic."].quoted
    assert blocks["one item"].quoted
    assert not blocks["[!NOTE] My own note."].quoted
    assert not blocks["Warning: mine too."].quoted


def test_raw_html_inside_a_markdown_quotation_is_quoted() -> None:
    blocks = _blocks("> <p>He was insane, the paper said.</p>\n", "markdown")
    assert blocks["He was insane, the paper said."].quoted


def test_markdown_links_and_emphasis_are_marked_in_block_coordinates() -> None:
    block = parse_document("Read [Low mood in bipolar men](https://example.org/low) and *Mad Men*.\n", "markdown").blocks[0]
    link, emphasis = block.marks
    assert (block.text[link.start : link.end], link.kind, link.value) == (
        "Low mood in bipolar men",
        "link",
        "https://example.org/low",
    )
    assert (block.text[emphasis.start : emphasis.end], emphasis.kind) == ("Mad Men", "emphasis")


def test_html_marks_and_block_quotations() -> None:
    blocks = _blocks(
        '<p>See <a href="/x">Crazy <code>x</code> stuff</a>.</p>'
        "<blockquote><p>He was <q>quite insane</q>, said <cite>The Times</cite>.</p></blockquote><p>After.</p>",
        "html",
    )
    first = blocks["See Crazy"]
    assert [(first.text[m.start : m.end], m.kind, m.value) for m in first.marks] == [("Crazy", "link", "/x")]
    # A link interrupted by code goes on in the next block.
    second = blocks["stuff."]
    assert [(second.text[m.start : m.end], m.kind) for m in second.marks] == [("stuff", "link")]
    quoted = blocks["He was quite insane, said The Times."]
    assert quoted.quoted
    assert [(quoted.text[m.start : m.end], m.kind) for m in quoted.marks] == [("quite insane", "quote"), ("The Times", "cite")]
    assert not blocks["After."].quoted
