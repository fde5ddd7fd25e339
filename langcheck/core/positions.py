"""Turn character offsets into 1-based line and column numbers.

Columns count Unicode characters (code points), as the JSON and SARIF output
promise. ``\\r\\n``, ``\\n`` and a lone ``\\r`` all end a line, so a file and its
CRLF twin get the same positions.
"""

from __future__ import annotations

import bisect
import re

_LINE_END = re.compile(r"\r\n|\n|\r")


class LineIndex:
    """Line starts of one source text, for O(log n) offset lookups."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts = [0] + [m.end() for m in _LINE_END.finditer(source)]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line ending."""
        start, end = self.span(line)
        return self.source[start:end]

    def span(self, line: int) -> tuple[int, int]:
        """Where a 1-based line starts and ends in the source, without its line ending (no copy of the line)."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.source)
        while end > start and self.source[end - 1] in "\r\n":
            end -= 1
        return start, end
