"""The value types handed to the linter: documents, prose blocks and directives.

Everything is a frozen dataclass so a parsed document can be cached, shared
between threads and compared in tests without defensive copies.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from langcheck.core.models import Location


@dataclass(frozen=True, slots=True)
class Segment:
    """One run of ``Block.text`` and the source range it came from.

    When ``text_len == source_len`` the run maps character by character
    (verbatim text, or a single whitespace character normalised to a space).
    Otherwise the whole text run stands for the whole source run: a decoded
    entity (``&amp;`` -> ``&``), an escape (``\\*`` -> ``*``) or a collapsed
    whitespace run.
    """

    text_start: int
    source_start: int
    text_len: int
    source_len: int

    @property
    def text_end(self) -> int:
        return self.text_start + self.text_len

    @property
    def source_end(self) -> int:
        return self.source_start + self.source_len


def _text_start(segment: Segment) -> int:
    return segment.text_start


def _mark_start(mark: Mark) -> int:
    return mark.start


# How many marks that start before a range are looked at: nesting is shallow (a link in emphasis in a quotation).
_NESTED_MARKS = 8


@dataclass(frozen=True, slots=True)
class Mark:
    """A stretch of ``Block.text`` that the markup sets apart: a link, an inline quotation, a cited title.

    ``kind`` is "link" (``value`` is the link target), "quote" (HTML ``<q>``),
    "cite" (HTML ``<cite>``) or "emphasis". Context checks read them: the
    text of a link to a paper is that paper's title, not the writer's words.
    """

    start: int
    end: int
    kind: str
    value: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """A run of prose to lint, with an exact map back to the source.

    ``text`` never contains a line break and never spans a block boundary of
    the source format, so a phrase match inside it is a phrase a reader sees.
    ``segments`` are sorted, contiguous and cover every character of ``text``;
    source characters that are not prose (markup, code, markers) simply fall
    between segments.
    """

    text: str
    segments: tuple[Segment, ...]
    kind: str
    # Inside a block quotation (Markdown ``>``, HTML ``<blockquote>``): the words of a source, not the writer's.
    quoted: bool = False
    marks: tuple[Mark, ...] = ()

    def marks_covering(self, start: int, end: int, kinds: frozenset[str]) -> list[Mark]:
        """The marks of ``kinds`` that hold ``text[start:end]``, found by bisection (marks are sorted by start).

        Marks of one kind do not nest (a link holds no link), so only the few
        marks that start just before the range can hold it.
        """
        position = bisect_right(self.marks, start, key=_mark_start)
        found = []
        for mark in reversed(self.marks[max(0, position - _NESTED_MARKS) : position]):
            if mark.kind in kinds and mark.start <= start and end <= mark.end:
                found.append(mark)
        return found

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open [start, end) range of self.text to the half-open source range covering it (end maps to end of the char at end-1).

        A text character inside a non 1:1 segment (an entity, a collapsed
        whitespace run) maps to that segment's whole source range, so the
        result always covers complete source constructs. An empty range maps
        to an empty source range at the position of ``start``.
        """
        size = len(self.text)
        if not 0 <= start <= end <= size:
            raise ValueError(f"range [{start}, {end}) is outside block text of length {size}")
        if not self.segments:
            raise ValueError("block has no segments")
        if start == size:
            last = self.segments[-1]
            return last.source_end, last.source_end
        first = self._segment_at(start)
        source_start = _source_of(first, start)
        if start == end:
            return source_start, source_start
        last = self._segment_at(end - 1)
        if last.text_len == last.source_len:
            return source_start, _source_of(last, end - 1) + 1
        return source_start, last.source_end

    def _segment_at(self, index: int) -> Segment:
        position = bisect_right(self.segments, index, key=_text_start) - 1
        return self.segments[position]


def _source_of(segment: Segment, index: int) -> int:
    if segment.text_len == segment.source_len:
        return segment.source_start + index - segment.text_start
    return segment.source_start


@dataclass(frozen=True, slots=True)
class Directive:
    """An inline instruction in the document that silences findings.

    ``kind`` is "disable-next-line", "disable", "enable" (HTML comments in
    Markdown and HTML) or "ignore-line" (the plain text marker). ``rules``
    holds rule ids or pack names; empty means every rule. ``line`` is the
    1-based line where the directive starts. ``end_line`` is the last line the
    directive occupies, except for the line-silencing kinds where it is the
    line being silenced (see the format modules for the exact rules).
    """

    kind: str
    rules: tuple[str, ...]
    line: int
    end_line: int


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed source: its prose blocks in source order and its directives.

    A document read from a binary file (a Word document) has as ``source`` a
    text made for it, one paragraph a line, and in ``places`` where each of
    those lines is in the file (``places[line - 1]``); other documents have
    no ``places``.
    """

    source: str
    format: str
    blocks: tuple[Block, ...]
    directives: tuple[Directive, ...]
    places: tuple[Location, ...] = ()
