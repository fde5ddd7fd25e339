"""Where "ignore this rule here" writes its comment: it must silence the finding and change nothing a reader sees."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from langcheck.api import check_text
from langcheck.documents.suppress import Insertion, suppression_insertions

RULE = "suicide/committed-suicide"
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_AROUND_TAGS = re.compile(r"\s*(<[^>]+>)\s*")


def _apply(source: str, insertions: tuple[Insertion, ...]) -> str:
    for insertion in sorted(insertions, key=lambda i: i.offset, reverse=True):
        source = source[: insertion.offset] + insertion.text + source[insertion.offset :]
    return source


def _rendered(markdown: str) -> str:
    """What a reader sees: the HTML without comments, and without whitespace a browser does not show (around tags)."""
    html = MarkdownIt("commonmark").enable("table").render(markdown.removeprefix("\ufeff"))
    return _AROUND_TAGS.sub(r"\1", " ".join(_COMMENT.sub("", html).split()))


def _suppress_first(source: str, fmt: str, engine) -> str:  # type: ignore[no-untyped-def]
    finding = next(f for f in check_text(source, fmt, engine=engine) if f.rule == RULE)
    insertions = suppression_insertions(source, fmt, finding.start, finding.rule)
    assert insertions, "an inline suppression was expected"
    return _apply(source, insertions)


MARKDOWN = {
    "continuation line": "# Title\n\nThe week was long and\nhe committed suicide.\n",
    "first line": "# Title\n\nHe committed suicide.\n",
    "tight list": "- one item\n- he committed suicide\n",
    "loose list": "1. one item\n\n2. he committed suicide\n",
    "hard break, spaces": "Para one  \nhe committed suicide\n",
    "hard break, backslash": "Para one\\\nhe committed suicide\n",
    "table": "Text.\n\n| a | b |\n|---|---|\n| he committed suicide | x |\n| y | z |\n\nAfter.\n",
    "block quote": "> quoted line\n> he committed suicide in the night, the record says\n",
    "first block": "He committed suicide.\n",
    "crlf and bom": "\ufeffHe committed suicide.\r\n\r\nAnd again he committed suicide.\r\n",
    "after code": "Some `code` and\nhe committed suicide.\n",
    "nested quote": "> > He committed suicide, the record says again and again.\n",
    "image alt text": "Intro.\n\n![he committed suicide](x.png)\n",
}


@pytest.mark.parametrize("name", MARKDOWN)
def test_markdown_suppression_silences_the_finding_and_renders_the_same(name: str, blank_engine) -> None:  # type: ignore[no-untyped-def]
    source = MARKDOWN[name]
    before = [f.rule for f in check_text(source, "markdown", engine=blank_engine)]
    suppressed = _suppress_first(source, "markdown", blank_engine)
    after = [f.rule for f in check_text(suppressed, "markdown", engine=blank_engine)]
    assert after == before[1:] if before[0] == RULE else after.count(RULE) == before.count(RULE) - 1
    assert _rendered(suppressed) == _rendered(source)


def test_the_comment_goes_where_a_reader_never_sees_it(blank_engine) -> None:  # type: ignore[no-untyped-def]
    expected = {
        "continuation line": "The week was long and <!-- langcheck-disable-next-line suicide/committed-suicide -->\n",
        "first line": "\n<!-- langcheck-disable-next-line suicide/committed-suicide -->\nHe committed suicide.",
        "tight list": "- one item <!-- langcheck-disable-next-line suicide/committed-suicide -->\n",
        "hard break, backslash": "Para one <!-- langcheck-disable-next-line suicide/committed-suicide -->\\\n",
        "hard break, spaces": "Para one <!-- langcheck-disable-next-line suicide/committed-suicide -->  \n",
        "table": "<!-- langcheck-disable suicide/committed-suicide -->\n| a | b |",
        "nested quote": "> > <!-- langcheck-disable-next-line suicide/committed-suicide -->\n> > He",
        "crlf and bom": "\ufeff<!-- langcheck-disable-next-line suicide/committed-suicide -->\r\nHe",
    }
    for name, fragment in expected.items():
        assert fragment in _suppress_first(MARKDOWN[name], "markdown", blank_engine), name
    assert _suppress_first(MARKDOWN["table"], "markdown", blank_engine).endswith(
        "| y | z |\n<!-- langcheck-enable suicide/committed-suicide -->\n\nAfter.\n"
    )


def test_a_second_rule_joins_the_existing_comment(blank_engine) -> None:  # type: ignore[no-untyped-def]
    source = "# Title\n\n<!-- langcheck-disable-next-line dismissive -- a quoted source -->\nHe committed suicide, it was crazy.\n"
    suppressed = _suppress_first(source, "markdown", blank_engine)
    assert "<!-- langcheck-disable-next-line dismissive suicide/committed-suicide -- a quoted source -->" in suppressed
    assert check_text(suppressed, "markdown", engine=blank_engine) == []


def test_html(blank_engine) -> None:  # type: ignore[no-untyped-def]
    first = "<p>He committed suicide.</p>\n"
    assert _suppress_first(first, "html", blank_engine) == (
        "<!-- langcheck-disable-next-line suicide/committed-suicide -->\n<p>He committed suicide.</p>\n"
    )
    inside = "<p>Text and\nhe committed suicide.</p>\n"
    assert _suppress_first(inside, "html", blank_engine).startswith(
        "<p>Text and <!-- langcheck-disable-next-line suicide/committed-suicide -->\n"
    )
    image = '<p>Intro.</p>\n<img src="x.png" alt="he committed suicide">\n'
    assert _suppress_first(image, "html", blank_engine).endswith(
        '<!-- langcheck-disable-next-line suicide/committed-suicide -->\n<img src="x.png" alt="he committed suicide">\n'
    )
    for source in (first, inside, image):
        assert check_text(_suppress_first(source, "html", blank_engine), "html", engine=blank_engine) == []


def test_plain_text_uses_its_marker_without_splitting_a_paragraph(blank_engine) -> None:  # type: ignore[no-untyped-def]
    source = "  He committed suicide.\n\nOne line\nhe committed suicide.\r\n"
    once = _suppress_first(source, "text", blank_engine)
    assert once.startswith("  langcheck: ignore suicide/committed-suicide\n  He committed suicide.")
    twice = _suppress_first(once, "text", blank_engine)
    assert twice.endswith("he committed suicide.  langcheck: ignore suicide/committed-suicide\r\n")
    assert check_text(twice, "text", engine=blank_engine) == []
    stacked = "langcheck: ignore dismissive\nHe committed suicide, it was crazy.\n"
    assert _suppress_first(stacked, "text", blank_engine).startswith(
        "langcheck: ignore dismissive suicide/committed-suicide\n"
    )


def test_no_inline_suppression_in_front_matter_or_inside_a_tag_that_spans_lines(blank_engine) -> None:  # type: ignore[no-untyped-def]
    front = "---\ntitle: He committed suicide\n---\n\nText.\n"
    finding = check_text(front, "markdown", engine=blank_engine)[0]
    assert suppression_insertions(front, "markdown", finding.start, finding.rule) == ()
    tag = '<img src="x.png"\n     alt="he committed suicide">\n'
    finding = check_text(tag, "html", engine=blank_engine)[0]
    assert suppression_insertions(tag, "html", finding.start, finding.rule) == ()
