"""The window of a source line the text report shows: bounded, and the markers under the span's characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from langcheck.reports.excerpt import ELLIPSIS, cells, shown, window


def _line_window(line: str, start: int, end: int, width: int):  # type: ignore[no-untyped-def]
    return window(line, 0, len(line), start, end, width)


def _cell_width(text: str) -> int:
    return sum(cells(char) for char in text)


def _under_marks(text: str, pad: int, marks: int) -> str:
    """The characters of ``text`` printed in cells ``pad`` to ``pad + marks``."""
    position, out, inside = 0, [], False
    for char in text:
        size = cells(char)
        if size:
            inside = pad <= position < pad + marks
        if inside:
            out.append(char)  # with the zero-width marks that follow it
        position += size
    return "".join(out)


def test_a_short_line_is_shown_whole() -> None:
    line = "The week was crazy."
    excerpt = _line_window(line, 13, 18, 80)
    assert (excerpt.text, excerpt.pad, excerpt.marks) == (line, 13, 5)


def test_a_long_line_is_cut_on_both_sides_around_the_span() -> None:
    line = "word " * 1000 + "so crazy " + "word " * 1000
    start = line.index("crazy")
    excerpt = _line_window(line, start, start + 5, 60)
    assert excerpt.text.startswith(ELLIPSIS) and excerpt.text.endswith(ELLIPSIS)
    assert _cell_width(excerpt.text) <= 60
    assert excerpt.text[excerpt.pad : excerpt.pad + excerpt.marks] == "crazy"


def test_the_window_keeps_the_line_start_when_the_span_is_near_it() -> None:
    line = "So crazy " + "word " * 100
    excerpt = _line_window(line, 3, 8, 40)
    assert excerpt.text.startswith("So crazy")
    assert excerpt.text.endswith(ELLIPSIS)
    assert _cell_width(excerpt.text) == 40
    assert excerpt.pad == 3


def test_the_window_gives_room_to_the_left_when_the_span_ends_the_line() -> None:
    line = "word " * 100 + "crazy"
    excerpt = _line_window(line, len(line) - 5, len(line), 40)
    assert excerpt.text.endswith("crazy")
    assert _cell_width(excerpt.text) == 40
    assert excerpt.pad == 35


def test_a_span_wider_than_the_window_shows_its_start() -> None:
    line = "x " + "crazy" * 50
    excerpt = _line_window(line, 2, len(line), 30)
    assert excerpt.text.startswith(ELLIPSIS) and excerpt.text.endswith(ELLIPSIS)
    assert excerpt.pad == 1
    assert _cell_width(excerpt.text) <= 30
    assert excerpt.marks == 28


def test_wide_characters_take_two_cells() -> None:
    line = "漢字の説明 it was crazy"
    start = line.index("crazy")
    excerpt = _line_window(line, start, start + 5, 80)
    assert excerpt.pad == _cell_width(line[:start]) == start + 5


def test_combining_marks_take_no_cell_and_are_never_cut_from_their_base() -> None:
    line = "cafe\u0301 " * 60 + "crazy" + " cafe\u0301" * 60
    start = line.index("crazy")
    for width in range(20, 40):
        excerpt = _line_window(line, start, start + 5, width)
        body = excerpt.text.removeprefix(ELLIPSIS)
        assert not body or cells(body[0]) > 0
        assert _under_marks(excerpt.text, excerpt.pad, excerpt.marks) == "crazy"


def test_tabs_and_control_characters_are_shown_visibly() -> None:
    line = "\ta\x1b[2Jb\u202e crazy"
    start = line.index("crazy")
    excerpt = _line_window(line, start, start + 5, 80)
    assert "\x1b" not in excerpt.text and "\u202e" not in excerpt.text and "\t" not in excerpt.text
    assert shown("\t") == "    "
    assert _under_marks(excerpt.text, excerpt.pad, excerpt.marks) == "crazy"


def test_the_work_does_not_depend_on_the_line_length() -> None:
    """A run of a million zero-width characters is not read to its end (the window stops early, marked cut)."""
    line = "crazy" + "\u0301" * 1_000_000 + " end"
    excerpt = _line_window(line, 0, 5, 40)
    assert len(excerpt.text) < 1000
    assert excerpt.text.endswith(ELLIPSIS)


_ALPHABET = st.sampled_from(["a", "b", " ", "漢", "\u0301", "\t", "\x1b", "é", "😀"])


@settings(max_examples=300, deadline=None)
@given(
    before=st.lists(_ALPHABET, max_size=120),
    span=st.lists(st.sampled_from(["c", "r", "漢", "é"]), min_size=1, max_size=8),
    after=st.lists(_ALPHABET, max_size=120),
    width=st.integers(min_value=12, max_value=90),
)
def test_markers_sit_under_the_span_whatever_the_line(before: list[str], span: list[str], after: list[str], width: int) -> None:
    line = "".join(before) + "".join(span) + "".join(after)
    start = len(before)
    end = start + len(span)
    excerpt = _line_window(line, start, end, width)
    assert _cell_width(excerpt.text) <= width
    marked = _under_marks(excerpt.text, excerpt.pad, excerpt.marks).rstrip("\u0301")
    if _cell_width("".join(span)) + 2 <= width:
        assert excerpt.marks == _cell_width("".join(span))
        assert marked == "".join(span)
    else:  # a span wider than the window: its beginning is marked
        assert marked and "".join(span).startswith(marked)
