"""'Ignore this rule here' in MDX and reStructuredText: the comment each format writes, and it silences the finding."""

from __future__ import annotations

import pytest

from langcheck import api
from langcheck.documents.suppress import suppression_insertions


def _silenced(source: str, fmt: str) -> str:
    (finding,) = api.check_text(source, fmt)
    insertions = suppression_insertions(source, fmt, finding.start, finding.rule)
    assert insertions
    for insertion in sorted(insertions, key=lambda item: item.offset, reverse=True):
        source = source[: insertion.offset] + insertion.text + source[insertion.offset :]
    assert api.check_text(source, fmt) == []
    return source


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Intro.\n\nHer cousin committed suicide.\n", "Intro. {/* langcheck-disable-next-line suicide/committed-suicide */}\n\nHer cousin committed suicide.\n"),
        ("# Title\n\nHer cousin committed suicide.\n", "# Title\n\n{/* langcheck-disable-next-line suicide/committed-suicide */}\nHer cousin committed suicide.\n"),
        ("Intro line\nHer cousin committed suicide.\n", "Intro line {/* langcheck-disable-next-line suicide/committed-suicide */}\nHer cousin committed suicide.\n"),
        ("| a | b |\n| - | - |\n| x | He committed suicide. |\n", "{/* langcheck-disable suicide/committed-suicide */}\n| a | b |\n| - | - |\n| x | He committed suicide. |\n{/* langcheck-enable suicide/committed-suicide */}\n"),
    ],
)
def test_mdx_comments(source: str, expected: str) -> None:
    assert _silenced(source, "mdx") == expected


def test_rst_comment_above_a_block() -> None:
    source = "Intro.\n\n* Item one.\n\n  Her cousin committed suicide.\n"
    (finding,) = api.check_text(source, "rst")
    insertions = suppression_insertions(source, "rst", finding.start, finding.rule)
    assert [(i.offset, i.text) for i in insertions] == [
        (source.rindex("  Her"), "  .. langcheck-disable-next-line suicide/committed-suicide\n\n")
    ]
    assert _silenced("Title\n=====\n\nHer cousin committed suicide.\n", "rst") == (
        "Title\n=====\n\n.. langcheck-disable-next-line suicide/committed-suicide\n\nHer cousin committed suicide.\n"
    )


def test_rst_has_no_comment_inside_a_paragraph() -> None:
    source = "First line of a paragraph\nand her cousin committed suicide.\n"
    (finding,) = api.check_text(source, "rst")
    assert suppression_insertions(source, "rst", finding.start, finding.rule) == ()
