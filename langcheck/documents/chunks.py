"""Parse very large Markdown files piece by piece.

The parser builds its events for the whole input, so memory grows with the
file. A file larger than ``CHUNK_CHARS`` is
cut at blank lines that start a new top-level block (the next line begins at
column 0, outside any fenced code block), each piece is parsed on its own,
and the offsets and line numbers of its blocks and directives are shifted
back into the whole file. Front matter can only open the first piece.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from langcheck.documents.model import Block, Directive

CHUNK_CHARS = 1_000_000
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


def chunk_starts(source: str, size: int = CHUNK_CHARS) -> list[int]:
    """Offsets where pieces of about ``size`` characters start (always 0 first)."""
    starts = [0]
    fence: str | None = None
    previous_blank = False
    position = 0
    for line in source.splitlines(keepends=True):
        opener = _FENCE.match(line)
        if fence is None and opener:
            fence = opener.group(1)[0] * 3
        elif fence is not None and line.lstrip().startswith(fence):
            fence = None
        elif (
            fence is None
            and previous_blank
            and line[:1] not in ("", " ", "\t", "\n", "\r")
            and not line.startswith(("---", "+++"))  # would open front matter in the new piece
            and position - starts[-1] >= size
        ):
            starts.append(position)
        previous_blank = not line.strip()
        position += len(line)
    return starts


def iter_chunked(
    source: str, parse: Callable[[str], Iterator[Block | Directive]], size: int = CHUNK_CHARS
) -> Iterator[Block | Directive]:
    """``parse`` applied piece by piece, with every position mapped back into ``source``."""
    starts = chunk_starts(source, size)
    if len(starts) == 1:
        yield from parse(source)
        return
    bounds = [*starts, len(source)]
    line_base = 0
    for start, end in itertools.pairwise(bounds):
        piece = source[start:end]
        for item in parse(piece):
            yield shifted(item, start, line_base)
        line_base += _line_count(piece)


def shifted(item: Block | Directive, start: int, line_base: int) -> Block | Directive:
    """A block or directive of a piece that starts at offset ``start`` and line ``line_base`` of the whole file."""
    if isinstance(item, Block):
        if not start:
            return item
        return replace(item, segments=tuple(replace(s, source_start=s.source_start + start) for s in item.segments))
    if not line_base:
        return item
    return replace(item, line=item.line + line_base, end_line=item.end_line + line_base)


def _line_count(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


__all__ = ["CHUNK_CHARS", "chunk_starts", "iter_chunked", "shifted"]
