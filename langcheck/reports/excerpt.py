"""A bounded window of a source line around a span, and where the span's markers go under it.

A finding on a 2 MB line must not print the whole line (the report would be
the line times the findings on it), so the text report shows a window that
fits the terminal, cut with "…" on either side as rustc and ruff do. Widths
are terminal cells, not characters: East Asian wide characters take two
cells and combining marks none (measured with ``wcwidth``), a tab is shown as
four spaces, and control characters are shown as visible symbols (a raw
escape character or a bidirectional override in a file would otherwise
redraw the terminal or reorder the line, and move the markers). The window
never starts on a combining mark cut from its base character, and reads
only the characters it shows (plus a bounded look at zero-width runs), so
its cost does not depend on the length of the line.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

ELLIPSIS = "…"
TAB = "    "
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SCAN_FACTOR = 4
"""A window reads at most this many characters per cell of width: bounds the work on runs of zero-width characters."""


@dataclass(frozen=True)
class Excerpt:
    """What to print: the window's text, the cells before the span, and the cells the span takes (at least 1)."""

    text: str
    pad: int
    marks: int


@functools.lru_cache(maxsize=4096)
def shown(char: str) -> str:
    """How a source character is printed: tabs as spaces, controls as visible symbols."""
    if char == "\t":
        return TAB
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␀, ␁, ... ␛ ...
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code < 0xA0 or char in _BIDI_CONTROLS:
        return "\ufffd"
    return char


@functools.lru_cache(maxsize=4096)
def cells(char: str) -> int:
    """Terminal cells the printed form of ``char`` takes."""
    if " " <= char <= "~":
        return 1
    printed = shown(char)
    if printed != char:
        return len(printed) if char == "\t" else 1
    from wcwidth import wcwidth  # imported only for non-ASCII text

    return max(0, wcwidth(char))


def window(source: str, line_start: int, line_end: int, start: int, end: int, width: int) -> Excerpt:
    """The part of ``source[line_start:line_end]`` (one line, no line ending) to show around ``[start, end)``.

    ``width`` is the number of cells available. The span is clipped to the
    line (a span running onto later lines is marked to the end of this one).
    """
    start = min(max(start, line_start), line_end)
    end = min(max(end, start), line_end)
    width = max(width, 3)
    more_left, more_right = start > line_start, end < line_end
    _, span_cells, span_cut = _walk_right(source, start, end, width)
    if span_cut or span_cells + more_left + more_right > width:
        return _span_start(source, start, end, line_end, width, more_left)
    room = width - span_cells
    left_room = max(room // 2, int(more_left))
    left, left_cells, left_cut = _left(source, line_start, start, left_room)
    right_room = room - (left_room if left_cut else left_cells)
    right, right_cells, right_cut = _right(source, end, line_end, right_room)
    if left_cut and not right_cut:  # the right side ended early: give what it left over to the left
        left, left_cells, left_cut = _left(source, line_start, start, room - right_cells)
    text = (
        (ELLIPSIS if left_cut else "")
        + _printed(source, left, start)
        + _printed(source, start, end)
        + _printed(source, end, right)
        + (ELLIPSIS if right_cut else "")
    )
    return Excerpt(text, int(left_cut) + left_cells, max(1, span_cells))


def _span_start(source: str, start: int, end: int, line_end: int, width: int, more_left: bool) -> Excerpt:
    """A span (with the ellipses around it) wider than the window: as much of its beginning as fits."""
    room = width - more_left
    shown_end, shown_cells, cut = _walk_right(source, start, end, room)
    if cut or end < line_end:
        shown_end, shown_cells, _ = _walk_right(source, start, end, room - 1)
    tail = ELLIPSIS if cut or shown_end < line_end else ""
    text = (ELLIPSIS if more_left else "") + _printed(source, start, shown_end) + tail
    return Excerpt(text, int(more_left), max(1, shown_cells))


def _printed(source: str, start: int, end: int) -> str:
    text = source[start:end]
    if text.isascii() and text.isprintable():
        return text
    return "".join(shown(char) for char in text)


def _left(source: str, line_start: int, start: int, room: int) -> tuple[int, int, bool]:
    """Where the window starts, its cells before the span, and whether the line is cut there."""
    index, used, cut = _walk_left(source, line_start, start, room)
    if cut:  # keep a cell for the ellipsis
        index, used, _ = _walk_left(source, line_start, start, room - 1)
        while index < start and cells(source[index]) == 0:  # never start on a mark cut from its base
            index += 1
    return index, used, cut


def _right(source: str, end: int, line_end: int, room: int) -> tuple[int, int, bool]:
    index, used, cut = _walk_right(source, end, line_end, room)
    if cut:
        index, used, _ = _walk_right(source, end, line_end, room - 1)
    return index, used, cut


def _walk_left(source: str, limit: int, start: int, room: int) -> tuple[int, int, bool]:
    """Characters before ``start`` (down to ``limit``) that fit in ``room`` cells: (first index, cells, cut short)."""
    index, used = start, 0
    floor = max(limit, start - max(room, 1) * _SCAN_FACTOR)
    while index > floor:
        size = cells(source[index - 1])
        if used + size > room:
            return index, used, True
        used += size
        index -= 1
    return index, used, index > limit


def _walk_right(source: str, start: int, limit: int, room: int) -> tuple[int, int, bool]:
    """Characters from ``start`` (up to ``limit``) that fit in ``room`` cells: (end index, cells, cut short)."""
    index, used = start, 0
    ceiling = min(limit, start + max(room, 1) * _SCAN_FACTOR)
    while index < ceiling:
        size = cells(source[index])
        if used + size > room:
            return index, used, True
        used += size
        index += 1
    return index, used, index < limit
