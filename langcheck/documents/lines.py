"""Line geometry of a source string with mixed line endings.

Every format needs the same answers: where a line starts and ends, which line
an offset is on, and which line a "next line" directive points at. Lines end
at "\\r\\n", "\\r" or "\\n" (what editors count), so line numbers agree with
what a user sees whatever the file's line endings are.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Start/end offsets of every line; indexes are 0-based, offsets are str indices."""

    __slots__ = ("_ends", "_next", "_source", "_starts")

    def __init__(self, source: str) -> None:
        if "\r" in source:
            starts = [0]
            ends: list[int] = []
            for match in _LINE_BREAK.finditer(source):
                ends.append(match.start())
                starts.append(match.end())
            ends.append(len(source))
        else:  # only "\n": the lines' lengths give every offset, without a match object per line
            ends = list(itertools.accumulate((len(line) + 1 for line in source.split("\n")), initial=-1))[1:]
            starts = [0, *(end + 1 for end in ends[:-1])]
        self._source = source
        self._starts = starts
        self._ends = ends
        self._next = [*starts[1:], len(source)]

    def __len__(self) -> int:
        return len(self._starts)

    def start(self, index: int) -> int:
        """Offset of the first character of line ``index``."""
        return self._starts[index]

    def end(self, index: int) -> int:
        """Offset just past the last character of line ``index``, before its line break."""
        return self._ends[index]

    def next_start(self, index: int) -> int:
        """Offset just past the line break of line ``index`` (end of source for the last line)."""
        return self._next[index]

    def text(self, index: int) -> str:
        """Line ``index`` without its line break."""
        return self._source[self._starts[index] : self._ends[index]]

    def index_of(self, offset: int) -> int:
        """0-based index of the line holding ``offset`` (a line break belongs to its line)."""
        return bisect_right(self._starts, offset) - 1

    def is_blank(self, index: int) -> bool:
        return not self.text(index).strip()

    def next_nonblank(self, index: int) -> int | None:
        """First non-blank line after line ``index``, or None at the end of the source."""
        for candidate in range(index + 1, len(self._starts)):
            if not self.is_blank(candidate):
                return candidate
        return None
