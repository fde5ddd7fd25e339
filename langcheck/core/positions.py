"""Turn character offsets into 1-based line and column numbers, and into editors' positions.

Columns count Unicode characters (code points), as the JSON and SARIF output
promise. ``\\r\\n``, ``\\n`` and a lone ``\\r`` all end a line, so a file and its
CRLF twin get the same positions.

Editors speaking the Language Server Protocol count differently: 0-based
lines, and characters in UTF-16 code units unless client and server agree
on UTF-8 or UTF-32. A character outside the Basic Multilingual Plane (an
emoji, a CJK extension ideograph) is one code point but two UTF-16 units, so
every column after it differs; ``LineIndex.position`` and
``LineIndex.offset_at`` convert both ways.
"""

from __future__ import annotations

import bisect
import re

_LINE_END = re.compile(r"\r\n|\n|\r")

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
POSITION_ENCODINGS = (UTF16, UTF8, UTF32)
"""The Language Server Protocol's position encodings; UTF-16 is the one every client supports."""


def code_units(text: str, encoding: str = UTF16) -> int:
    """How many code units ``text`` takes in ``encoding`` ("utf-16", "utf-8" or "utf-32")."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF16:
        return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    raise ValueError(f"unknown position encoding {encoding!r}; expected one of {', '.join(POSITION_ENCODINGS)}")


class LineIndex:
    """Line starts of one source text, for O(log n) offset lookups."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts = [0] + [m.end() for m in _LINE_END.finditer(source)]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def position(self, offset: int, encoding: str = UTF16) -> tuple[int, int]:
        """The 0-based line and the character within it, counted in ``encoding`` units, of an offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return line, code_units(self.source[start:offset], encoding)

    def offset_at(self, line: int, character: int, encoding: str = UTF16) -> int:
        """The offset of a 0-based line and a character counted in ``encoding`` units.

        As the protocol asks, a character past the end of its line means the
        end of the line, and a line past the end of the text means the end of
        the text; a position inside a character (half of a UTF-16 surrogate
        pair, a byte inside a UTF-8 sequence) falls back to its start.
        """
        if line >= len(self.starts):
            return len(self.source)
        if line < 0:
            return 0
        start = self.starts[line]
        text = self.line_text(line + 1)
        if encoding == UTF32 or text.isascii():
            return start + min(max(character, 0), len(text))
        units = 0
        for index, char in enumerate(text):
            units += code_units(char, encoding)
            if units > character:
                return start + index
        return start + len(text)

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
