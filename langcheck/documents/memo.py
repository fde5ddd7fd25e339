"""Parse a Markdown document again after an edit, reparsing only the pieces that changed.

An editor lints the whole document after every pause in typing, and
parsing Markdown is most of the cost of linting prose. Most of a document is
the same as last time, so the document is cut into pieces of a couple of
thousand characters, each piece's blocks and directives are remembered by
its text, and only a piece that changed is parsed again. The pieces are
placed back as ``chunks`` places the pieces of a huge file.

The result is exactly that of parsing the whole document (the tests compare
both on real documents and generated ones), because a piece only starts
where no Markdown construct can reach across: before a line at the left
margin that starts with a letter or ``#`` and follows a blank line, outside
front matter, fenced code and the HTML blocks that run until a closing
marker (comments, ``<script>``, ``<pre>`` and the like), none of which a
blank line ends. Block quotes and lists never continue past such a line;
they are not cut either, since the cut never falls before a ``>`` or a list
marker. An HTML block of the other kinds runs to the next blank line, and a
fence marker inside it is not a fence; whether a line opens such a block
depends on what precedes it, so where a fence marker follows a line that
may open one, no more cuts are made: the rest is one piece. Link reference
definitions reach across the whole document: a
document that may hold one (any ``]:``) is parsed whole. Plain text and
HTML parse in a few milliseconds and are always parsed whole.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from langcheck.documents.chunks import shifted
from langcheck.documents.formats import parse_document
from langcheck.documents.markdown import iter_markdown
from langcheck.documents.model import Block, Directive, Document

PIECE_CHARS = 2000
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_FRONT_MATTER = re.compile(r"(---|\+\+\+)[ \t]*")
_CUT_BEFORE = re.compile(r"[^\W\d_]|#")
# A line that may open an HTML block a blank line ends (CommonMark kinds 6 and 7): a tag at the start.
_MAY_OPEN_HTML = re.compile(r" {0,3}</?[A-Za-z]")
# HTML blocks that a blank line does not end (CommonMark kinds 1 to 5), with the marker that ends each.
_HTML_BLOCKS = (
    (
        re.compile(r" {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)", re.IGNORECASE),
        re.compile(r"</(?:script|pre|style|textarea)>", re.IGNORECASE),
    ),
    (re.compile(r" {0,3}<!--"), re.compile(r"-->")),
    (re.compile(r" {0,3}<\?"), re.compile(r"\?>")),
    (re.compile(r" {0,3}<![A-Za-z]"), re.compile(r">")),
    (re.compile(r" {0,3}<!\[CDATA\["), re.compile(r"\]\]>")),
)


class ParseMemo:
    """The blocks and directives of recently seen Markdown pieces, by their text (at most ``size`` of them)."""

    def __init__(self, size: int = 1000, piece_chars: int = PIECE_CHARS) -> None:
        self.size = size
        self.piece_chars = piece_chars
        self._pieces: OrderedDict[str, tuple[Block | Directive, ...]] = OrderedDict()

    def parse(self, source: str, fmt: str) -> Document:
        """``parse_document(source, fmt)``, reusing the parse of unchanged Markdown pieces."""
        if fmt != "markdown" or "]:" in source:
            return parse_document(source, fmt)
        starts = piece_starts(source, self.piece_chars)
        if len(starts) == 1:
            return parse_document(source, fmt)
        blocks: list[Block] = []
        directives: list[Directive] = []
        line_base = 0
        for start, end in zip(starts, [*starts[1:], len(source)], strict=True):
            piece = source[start:end]
            for item in self._items(piece):
                item = shifted(item, start, line_base)
                (blocks if isinstance(item, Block) else directives).append(item)  # type: ignore[arg-type]
            line_base += _line_count(piece)
        directives.sort(key=lambda directive: directive.line)
        return Document(source, fmt, tuple(blocks), tuple(directives))

    def _items(self, piece: str) -> tuple[Block | Directive, ...]:
        items = self._pieces.get(piece)
        if items is None:
            items = tuple(iter_markdown(piece))
            self._pieces[piece] = items
            while len(self._pieces) > self.size:
                self._pieces.popitem(last=False)
        else:
            self._pieces.move_to_end(piece)
        return items


def piece_starts(source: str, size: int = PIECE_CHARS) -> list[int]:
    """Offsets where pieces of about ``size`` characters start (0 first), only where nothing reaches across."""
    starts = [0]
    lines = _LINE.findall(source)  # lines end as Markdown's do: "\n", "\r\n" or "\r"
    position = 0
    index = 0
    front_matter = _FRONT_MATTER.fullmatch(lines[0].lstrip("\ufeff").rstrip("\r\n")) if lines else None
    if front_matter is not None:  # no cut before the line that closes it, nor anywhere if nothing does
        marker = front_matter.group(1)
        index = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r\n").rstrip(" \t") == marker), len(lines))
        position = sum(len(line) for line in lines[: index + 1])
        index += 1
    closer: re.Pattern[str] | None = None  # what ends the fenced code or HTML block the line is in
    previous_blank = False
    html_may_be_open = False  # since the last blank line, a line may have opened an HTML block it ends
    for line in lines[index:]:
        blank = not line.strip(" \t\r\n")
        if closer is not None:
            if closer.search(line):
                closer = None
        else:
            if previous_blank and position - starts[-1] >= size and _CUT_BEFORE.match(line):
                starts.append(position)
            if html_may_be_open and _FENCE.match(line):
                return starts  # a fence, or text of an HTML block: the rest cannot be cut safely
            closer = _block_closer(line)
            html_may_be_open = html_may_be_open or (closer is None and _MAY_OPEN_HTML.match(line) is not None)
        html_may_be_open = html_may_be_open and not blank
        previous_blank = blank
        position += len(line)
    return starts


def _block_closer(line: str) -> re.Pattern[str] | None:
    """What ends the fenced code block or HTML block that ``line`` opens (and does not close itself), if any."""
    fence = _FENCE.match(line)
    if fence is not None:
        marks = fence.group(1)
        if marks[0] == "`" and "`" in line[fence.end() :]:
            return None  # backticks in the info string: an inline code span, not a fence
        return re.compile(rf"^ {{0,3}}{re.escape(marks[0])}{{{len(marks)},}}[ \t]*(?:\r\n|\r|\n)?\Z")
    for opener, closer in _HTML_BLOCKS:
        found = opener.match(line)
        if found is not None:
            return None if closer.search(line, found.end()) else closer
    return None


def _line_count(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")
