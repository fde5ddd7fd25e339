"""Building prose blocks together with their exact source map.

Format modules walk their source and tell a :class:`BlockBuilder` which source
ranges are prose; the builder assembles ``Block.text`` and the segment map at
the same time, so the two can never disagree. Verbatim text is always copied
from the source itself (never from a parser's idea of it), which is what makes
``source[block.to_source(...)]`` trustworthy.

Adjacent verbatim runs are merged into one segment, so a long paragraph costs
a handful of segments rather than one object per character.
"""

from __future__ import annotations

import re

from langcheck.documents.model import Block, Mark, Segment

# Whitespace that is not a lone plain space (this includes every line boundary).
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
# The same, less a lone "\n": that becomes a space one for one, which a string replace does for a
# whole stretch at once (prose has a line break every few words, and a match per line costs time).
# Written as "a whitespace character, then more, or else one that is neither a space nor a line
# break" (``\s{2,}|[^\S \n]``): the regex engine then tests one class per character, not two.
_COLLAPSING_RUN = re.compile(r"\s(?:\s+|(?<=[^ \n]))")

# Bare URLs and e-mail-style links are never prose, even outside markup.
BARE_URL = re.compile(
    r"(?:\b(?:https?|ftps?|file)://|\bwww\.|\bmailto:)[^\s<>\"]*[^\s<>\"'.,;:!?)\]}]",
    re.IGNORECASE,
)
# How a bare URL begins, in lower case, and what every such beginning contains.
_URL_LEAD = re.compile(r"https?://|ftps?://|file://|www\.|mailto:")
_URL_MARKS = ("://", "www.", "mailto:")


def has_bare_url(text: str, lowered: str) -> bool:
    """Whether ``BARE_URL`` matches in ``text`` (``lowered`` is ``text.lower()``, searched first with plain substring tests)."""
    return any(mark in lowered for mark in _URL_MARKS) and BARE_URL.search(text) is not None


def bare_urls(text: str) -> list[tuple[int, int]]:
    """The spans ``BARE_URL.finditer(text)`` gives, found several times faster.

    A case-insensitive pattern tries its alternatives at every character. A
    URL can only begin where its lead ("http://", "www.") does, and those
    are found by a case-sensitive scan of the lower-cased text; the full
    pattern is then tried only there. (When lower-casing changes the length
    of the text, positions would not line up, and the plain scan is used.)
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return [match.span() for match in BARE_URL.finditer(text)]
    spans: list[tuple[int, int]] = []
    reached = 0
    for lead in _URL_LEAD.finditer(lowered):
        if lead.start() >= reached and (match := BARE_URL.match(text, lead.start())) is not None:
            spans.append(match.span())
            reached = match.end()
    return spans


class BlockBuilder:
    """Accumulates prose for one block of a given kind and emits finished blocks.

    ``flush()`` ends the current block (a block boundary, or a gap such as a
    code span that must not glue the text on either side into one phrase).
    Whitespace collapses: a run of it becomes one space, and leading/trailing
    whitespace never reaches a block.
    """

    __slots__ = ("_last", "_marks", "_open", "_parts", "_runs", "_size", "kind", "quoted", "sink", "source")

    def __init__(self, source: str, kind: str, sink: list[Block], quoted: bool = False) -> None:
        self.source = source
        self.kind = kind
        self.quoted = quoted
        self.sink = sink
        self._parts: list[str] = []
        # Marks still open ([kind, value, start in the text so far]) and those closed in this block.
        self._open: list[list[object]] = []
        self._marks: list[Mark] = []
        # [text_start, source_start, text_len, source_len]
        self._runs: list[list[int]] = []
        self._size = 0
        self._last = ""

    @property
    def empty(self) -> bool:
        return self._size == 0

    def open_mark(self, kind: str, value: str = "") -> None:
        """Start a marked stretch (a link, an inline quotation) at the current end of the text."""
        self._open.append([kind, value, self._size])

    def close_mark(self, kind: str) -> None:
        """End the innermost open mark of ``kind``; a mark with no text in it is dropped."""
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == kind:
                _, value, start = self._open.pop(index)
                if self._size > start:  # type: ignore[operator]
                    self._marks.append(Mark(start, self._size, kind, value))  # type: ignore[arg-type]
                return

    def text(self, start: int, end: int) -> None:
        """Add ``source[start:end]`` verbatim, except that whitespace collapses.

        A whitespace run other than a single plain space (tabs, several
        spaces, form feeds, line separators), and any whitespace right after
        whitespace, becomes at most one space mapped to the run: spaCy turns
        such runs into tokens of their own, which would break phrase matches.
        """
        if start >= end:
            return
        source = self.source
        position = start
        if source[position].isspace():
            stop = position + 1
            while stop < end and source[stop].isspace():
                stop += 1
            self.space(position, stop - position)
            position = stop
        for match in _COLLAPSING_RUN.finditer(source, position, end):
            if match.start() > position:
                self._append(source[position : match.start()].replace("\n", " "), position, match.start() - position)
            self.space(match.start(), match.end() - match.start())
            position = match.end()
        if end > position:
            self._append(source[position:end].replace("\n", " "), position, end - position)

    def mapped(self, text: str, start: int, length: int) -> None:
        """Add ``text`` standing for the source run ``[start, start + length)`` (an entity, an escape)."""
        if not text:
            return
        if text.isspace():
            self.space(start, length)
            return
        if _SPACE_RUN.search(text) is not None:
            text = " ".join(text.split())
        self._append(text, start, length)

    def space(self, start: int, length: int) -> None:
        """Add one space standing for the whitespace run ``[start, start + length)``, unless one precedes it."""
        if self._size == 0 or self._last.isspace():
            return
        self._append(" ", start, length)

    def _append(self, text: str, source_start: int, source_len: int) -> None:
        runs = self._runs
        length = len(text)
        # Runs that map character by character merge when they touch, verbatim or not
        # (a line break read as a space): the map stays exact with fewer segments.
        if length == source_len and runs:
            last = runs[-1]
            if last[2] == last[3] and last[1] + last[3] == source_start:
                last[2] += length
                last[3] += length
                self._parts.append(text)
                self._size += length
                self._last = text[-1]
                return
        runs.append([self._size, source_start, length, source_len])
        self._parts.append(text)
        self._size += length
        self._last = text[-1]

    def flush(self) -> None:
        """Emit the accumulated prose as blocks (split around bare URLs) and start afresh."""
        if self._size == 0:
            return
        text = "".join(self._parts)
        runs = self._runs
        # Marks still open go on into the next block.
        marks = self._marks + [Mark(start, self._size, kind, value) for kind, value, start in self._open if self._size > start]  # type: ignore[misc, operator]
        for mark in self._open:
            mark[2] = 0
        self._marks = []
        self._parts = []
        self._runs = []
        self._size = 0
        self._last = ""
        pointer = 0
        # A sweep over the marks in order of their start: each piece of the block reads only the marks open over it,
        # so a paragraph with many links (each link's address cuts a piece off) stays linear.
        waiting = sorted(marks, key=lambda mark: mark.start)
        next_mark = 0
        open_marks: list[Mark] = []
        for start, end in _prose_ranges(text):
            block, pointer = _slice(text, runs, start, end, pointer, self.kind)
            while next_mark < len(waiting) and waiting[next_mark].start < end:
                open_marks.append(waiting[next_mark])
                next_mark += 1
            open_marks = [mark for mark in open_marks if mark.end > start]
            inside = tuple(
                Mark(max(mark.start, start) - start, min(mark.end, end) - start, mark.kind, mark.value)
                for mark in open_marks
            )
            if self.quoted or inside:
                block = Block(block.text, block.segments, block.kind, self.quoted, inside)
            self.sink.append(block)


def _prose_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` outside bare URLs, trimmed, that contain a letter or digit."""
    cuts = bare_urls(text)
    ranges: list[tuple[int, int]] = []
    position = 0
    for cut_start, cut_end in [*cuts, (len(text), len(text))]:
        start, end = position, cut_start
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and any(char.isalnum() for char in text[start:end]):
            ranges.append((start, end))
        position = cut_end
    return ranges


def _slice(text: str, runs: list[list[int]], start: int, end: int, pointer: int, kind: str) -> tuple[Block, int]:
    """The block for ``text[start:end]``; ``pointer`` is the first run that may overlap it."""
    while runs[pointer][0] + runs[pointer][2] <= start:
        pointer += 1
    segments: list[Segment] = []
    index = pointer
    while index < len(runs) and runs[index][0] < end:
        text_start, source_start, text_len, source_len = runs[index]
        low = max(start, text_start)
        high = min(end, text_start + text_len)
        if text_len == source_len:
            segments.append(Segment(low - start, source_start + low - text_start, high - low, high - low))
        else:
            segments.append(Segment(low - start, source_start, high - low, source_len))
        index += 1
    return Block(text[start:end], tuple(segments), kind), max(pointer, index - 1)
