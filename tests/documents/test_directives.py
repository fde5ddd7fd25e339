"""Directive syntax shared by the formats."""

from __future__ import annotations

import pytest

from langcheck.documents.directives import own_line_marker, parse_comment, split_rules, trailing_marker


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (" langcheck-disable-next-line ", ("disable-next-line", ())),
        (
            " langcheck-disable-next-line suicide dismissive/crazy ",
            ("disable-next-line", ("suicide", "dismissive/crazy")),
        ),
        ("langcheck-disable a,b , c", ("disable", ("a", "b", "c"))),
        ("\n  langcheck-enable\n  a\n", ("enable", ("a",))),
        (" langcheck-disable a -- quoting a source ", ("disable", ("a",))),
        (" LangCheck-Disable ", ("disable", ())),
        (" langcheck-disabled ", None),
        (" langcheck-disable-next ", None),
        (" see langcheck-disable ", None),
        (" just a comment ", None),
    ],
)
def test_parse_comment(body: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert parse_comment(body) == expected


def test_split_rules() -> None:
    assert split_rules("") == ()
    assert split_rules(" a  b,c ") == ("a", "b", "c")
    assert split_rules("a -- because b") == ("a",)


def test_own_line_marker() -> None:
    assert own_line_marker("langcheck: ignore") == ()
    assert own_line_marker("langcheck:ignore suicide, dismissive/crazy") == ("suicide", "dismissive/crazy")
    assert own_line_marker("langcheck: ignore this please") == ("this", "please")
    assert own_line_marker("langcheck: ignored") is None
    assert own_line_marker("text langcheck: ignore") is None


def test_trailing_marker() -> None:
    line = "That was crazy.  langcheck: ignore dismissive"
    assert trailing_marker(line) == (len("That was crazy."), ("dismissive",))
    assert trailing_marker("langcheck: ignore") is None
    assert trailing_marker("no marker here") is None
    assert trailing_marker("says langcheck: ignore it? no!") is None
