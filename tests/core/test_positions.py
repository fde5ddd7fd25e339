from __future__ import annotations

from langcheck.core.positions import LineIndex


def test_line_and_column_are_one_based_and_count_characters() -> None:
    index = LineIndex("héllo\nwörld crazy")
    assert index.line_col(0) == (1, 1)
    assert index.line_col(12) == (2, 7)


def test_crlf_and_lone_cr_end_lines() -> None:
    lf = LineIndex("a\nb\nc")
    crlf = LineIndex("a\r\nb\r\nc")
    cr = LineIndex("a\rb\rc")
    assert lf.line_col(4) == (3, 1)
    assert crlf.line_col(6) == (3, 1)
    assert cr.line_col(4) == (3, 1)
    assert crlf.line_text(2) == "b"
