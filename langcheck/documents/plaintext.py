"""Plain text: paragraphs separated by blank lines, plus the ``langcheck: ignore`` marker.

Inside a paragraph each line keeps its text verbatim (minus leading and
trailing whitespace) and each line break becomes one space in ``Block.text``,
mapped to the line break itself ("\\n", "\\r\\n" or "\\r").

The marker (plain text has no comments, so it is visible text):

* A line whose stripped text is ``langcheck: ignore [RULE ...]`` silences the
  next non-blank line. It yields an "ignore-line" directive with ``line`` =
  the marker's line and ``end_line`` = the silenced line (stacked marker lines
  all point at the same prose line; a marker with nothing after it gets
  ``end_line == line``). The marker line is not prose and ends the paragraph,
  so the text around it is never glued into one phrase.
* A line ending in `` langcheck: ignore [RULE ...]`` silences that same line
  (``line == end_line``); the marker text is cut from the prose.
"""

from __future__ import annotations

from collections.abc import Iterator

from langcheck.documents.directives import own_line_marker, trailing_marker
from langcheck.documents.lines import LineIndex
from langcheck.documents.model import Block, Directive
from langcheck.documents.offsets import BlockBuilder


def iter_plaintext(source: str) -> Iterator[Block | Directive]:
    """Blocks and directives of a plain text source, in source order; streams line by line."""
    lines = LineIndex(source)
    sink: list[Block] = []
    builder = BlockBuilder(source, "paragraph", sink)
    waiting: list[tuple[int, tuple[str, ...]]] = []
    previous: int | None = None  # last line of the current paragraph
    bom = 1 if source.startswith("\ufeff") else 0
    for index in range(len(lines)):
        start = lines.start(index) + (bom if index == 0 else 0)
        raw = source[start : lines.end(index)]
        stripped = raw.strip()
        marker_rules = own_line_marker(stripped) if stripped else None
        if not stripped or marker_rules is not None:
            builder.flush()
            yield from sink
            sink.clear()
            previous = None
            if marker_rules is not None:
                waiting.append((index, marker_rules))
            continue
        for marker_line, rules in waiting:
            yield Directive("ignore-line", rules, marker_line + 1, index + 1)
        waiting.clear()
        lead = len(raw) - len(raw.lstrip())
        end = len(raw.rstrip())
        trailing = trailing_marker(raw)
        if trailing is not None:
            end = len(raw[: trailing[0]].rstrip())
            yield Directive("ignore-line", trailing[1], index + 1, index + 1)
        if previous is not None:
            line_end = lines.end(previous)
            builder.space(line_end, lines.next_start(previous) - line_end)
        builder.text(start + lead, start + end)
        previous = index
    builder.flush()
    yield from sink
    for marker_line, rules in waiting:
        yield Directive("ignore-line", rules, marker_line + 1, marker_line + 1)
