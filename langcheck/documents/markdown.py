"""Markdown (CommonMark + tables) via pyromark, with exact offsets.

What is prose: paragraphs, headings, list items, block quotes, table cells,
link text, image alt text, the prose of raw HTML blocks (parsed as HTML, see
``langcheck.documents.html``), and the prose values of YAML (``---``) or
TOML (``+++``) front matter (see ``frontmatter``). What is not: code fences
and indented code, inline code, autolinks and bare URLs, link destinations
and titles, inline HTML tags (and the text inside inline ``<code>``-like
HTML tags), the rest of the front matter.

How offsets are found: pyromark (Python bindings to pulldown-cmark, the
CommonMark parser rustdoc and mdBook use, compiled in Rust) reports the UTF-8
byte range of every event, text included. Ranges become character offsets,
and a text event is used only when the source holds exactly that text there
(an entity or an escape is one mapped segment instead: ``&amp;`` has text
length 1 and source length 5). Markup between events (``*``, ``[``,
``](url)``, ``>`` on continuation lines) simply falls between segments.

Gaps: an inline code span, an autolink, an image or a ``<br>`` ends the
current block and the prose after it starts a new block of the same kind.
Text on either side of code is therefore never glued into one phrase, and no
finding can ever cover code. A soft or hard line break becomes one space
mapped to the line break.

Front matter is recognised here, not by the parser, and blanked out (spaces
for its characters, line breaks kept) before the rest is parsed, so offsets
stay those of the source.

Directives: ``<!-- langcheck-... -->`` comments, in HTML blocks or inline.

Until version 0.2 langcheck parsed Markdown with markdown-it-py; the test
suite keeps that parser as a reference and checks that both give identical
blocks on every test document and on a whole real blog (``tests/documents/
test_markdown_parity.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

import pyromark

from langcheck.documents.directives import comment_directive
from langcheck.documents.entities import decode_reference
from langcheck.documents.frontmatter import front_matter
from langcheck.documents.html import iter_html, may_hold_prose
from langcheck.documents.lines import LineIndex
from langcheck.documents.links import link_target
from langcheck.documents.model import Block, Directive, Segment
from langcheck.documents.offsets import BlockBuilder

_OPTIONS = pyromark.Options.ENABLE_TABLES
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_CODE_TAG = re.compile(r"<(/?)(code|kbd|samp|pre|script|style|tt|var|textarea)\b[^>]*?(/?)>\Z", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<br\b", re.IGNORECASE)
_CONTAINER_KINDS = {"BlockQuote": "blockquote", "Item": "list_item"}
_TEXT_BLOCKS = {"Paragraph": None, "Heading": "heading", "TableCell": "table_cell"}
_INLINE_MARKUP = frozenset({"Link", "Image", "Emphasis"})
# Inline markup that is neither a mark nor a gap: its text simply runs on.
_INLINE_STYLES = frozenset({"Strong", "Strikethrough", "Superscript", "Subscript"})


def iter_markdown(source: str) -> Iterator[Block | Directive]:
    """Blocks and directives of a Markdown source, in source order."""
    lines = LineIndex(source)
    bom = 1 if source.startswith("\ufeff") else 0
    found = front_matter(source, lines, bom)
    text = source[bom:]
    if found is not None:
        blocks, end = found
        yield from blocks
        text = re.sub(r"[^\r\n]", " ", source[bom:end]) + source[end:]
    walker = _Walker(source, lines, _Offsets(text, bom))
    yield from walker.walk(pyromark.events_with_range(text, options=_OPTIONS))


class _Offsets:
    """UTF-8 byte offsets into the parsed ``text`` to character offsets into the source, which is ``shift`` longer."""

    __slots__ = ("_bytes", "_chars", "_shift")

    def __init__(self, text: str, shift: int) -> None:
        self._shift = shift
        self._bytes: list[int] = []
        self._chars: list[int] = []
        if text.isascii():
            return
        extra = 0
        for match in re.finditer(r"[^\x00-\x7f]", text):
            size = len(match.group().encode("utf-8", "surrogatepass")) - 1
            self._bytes.append(match.start() + extra + 1)
            extra += size
            self._chars.append(extra)

    @property
    def multibyte(self) -> bool:
        return bool(self._bytes)

    @property
    def shift(self) -> int:
        return self._shift

    def char(self, byte: int) -> int:
        """The source offset of the character at (or the character boundary at) ``byte``."""
        if not self._bytes:
            return byte + self._shift
        index = bisect_right(self._bytes, byte) - 1
        return byte - (self._chars[index] if index >= 0 else 0) + self._shift


class _Walker:
    """Turns pyromark's events into blocks and directives."""

    def __init__(self, source: str, lines: LineIndex, offsets: _Offsets) -> None:
        self.source = source
        self.lines = lines
        self.offsets = offsets
        self.sink: list[Block] = []
        self.directives: list[Directive] = []

    def walk(self, events: object) -> Iterator[Block | Directive]:
        # Open containers, innermost last: [kind, whether it quotes a source].
        containers: list[list[object]] = []
        inline: _Inline | None = None
        char = self.offsets.char
        shift = None if self.offsets.multibyte else self.offsets.shift
        for event, span in events:  # type: ignore[attr-defined]
            if shift is not None:  # every character one byte: no look-up
                start, end = span["start"] + shift, span["end"] + shift
            else:
                start, end = char(span["start"]), char(span["end"])
            if isinstance(event, str):
                if inline is not None and event in ("SoftBreak", "HardBreak"):
                    inline.line_break(start, end)
            elif "Text" in event:
                if inline is not None:
                    inline.text(event["Text"], start, end)
            elif "Start" in event or "End" in event:
                opening = "Start" in event
                tag = event["Start"] if opening else event["End"]
                name = tag if isinstance(tag, str) else next(iter(tag))
                if name in _INLINE_STYLES:
                    continue
                if name in _INLINE_MARKUP:
                    if inline is not None and opening:
                        inline.open(name, tag[name] if isinstance(tag, dict) else None, start, end)
                    elif inline is not None:
                        inline.close(name, end)
                    continue
                if inline is not None:
                    inline.finish()
                    inline = None
                if opening:
                    inline = self._open_block(name, containers, start, end)
                else:
                    if name in _CONTAINER_KINDS and containers:
                        containers.pop()
                    if containers and containers[-1][0] == "list_item":  # a tight item's text may go on
                        inline = _Inline(self, "list_item", containers)
            elif inline is not None:
                if "Code" in event:
                    inline.gap(start, end)
                elif "InlineHtml" in event:
                    inline.html(event["InlineHtml"], start, end)
                elif "Html" in event:
                    inline.html(event["Html"], start, end)
            if self.sink or self.directives:
                yield from self.directives
                yield from self.sink
                self.directives.clear()
                self.sink.clear()
        if inline is not None:
            inline.finish()
        yield from self.directives
        yield from self.sink

    def _open_block(self, name: str, containers: list[list[object]], start: int, end: int) -> _Inline | None:
        """A block opens: a container, a block of inline text (returned), or raw HTML."""
        if name in _CONTAINER_KINDS:
            container = _CONTAINER_KINDS[name]
            containers.append([container, container == "blockquote"])
            if name == "Item":  # a tight list item holds its text without a paragraph
                return _Inline(self, "list_item", containers)
        elif name in _TEXT_BLOCKS:
            kind = _TEXT_BLOCKS[name] or (str(containers[-1][0]) if containers else "paragraph")
            return _Inline(self, kind, containers)
        elif name == "HtmlBlock":
            self._html_block(start, end, _quoting(containers, ""))
        return None

    def _html_block(self, start: int, end: int, quoted: bool) -> None:
        """Raw HTML in Markdown: CommonMark counts an HTML block in lines, so the whole lines it covers are read."""
        first = self.lines.index_of(start)
        last = self.lines.index_of(max(start, end - 1))
        blocks, directives = raw_html(self.source, self.lines, self.lines.start(first), self.lines.end(last), quoted)
        self.sink += blocks
        self.directives += directives


def raw_html(source: str, lines: LineIndex, start: int, end: int, quoted: bool) -> tuple[list[Block], list[Directive]]:
    """The prose and the directive comments of an HTML block (``<p>``, ``<div>``, ``<details>``) at ``source[start:end]``.

    Blog posts often hold whole paragraphs as HTML; readers see that prose,
    so it is linted like an HTML file's, with offsets shifted to the source,
    quoted inside a block quotation. Container markers on its lines (``>``)
    are read as its text.
    """
    chunk = source[start:end]
    blocks = []
    if may_hold_prose(chunk):
        blocks = [_shifted(block, start, quoted) for block in iter_html(chunk) if isinstance(block, Block)]
    directives = []
    if "<!--" in chunk:
        for match in _COMMENT.finditer(chunk):
            directive = comment_directive(match.group(1), lines, start + match.start(), start + match.end())
            if directive is not None:
                directives.append(directive)
    return blocks, directives


class _Frame:
    """Where inline prose goes: a paragraph's builder, or an image's alt text builder, with its own state.

    ``code`` counts open ``<code>``-like HTML tags, inside which nothing is
    prose; ``autolink`` is set inside an autolink, which is not prose either.
    """

    __slots__ = ("autolink", "builder", "code", "links")

    def __init__(self, builder: BlockBuilder) -> None:
        self.builder = builder
        self.code = 0
        self.autolink = False
        # Per open link: whether it is a mark (False: markdown-it would refuse it, and its source is text).
        self.links: list[bool] = []


class _Inline:
    """The inline events of one paragraph, heading, table cell or tight list item.

    The quotation state of the enclosing block quotations is decided by the
    first prose of the block (see ``_quoting``), so it is worked out when the
    first inline event arrives rather than when the block opens.
    """

    __slots__ = ("_containers", "_frames", "_last", "_skipped", "kind", "walker")

    def __init__(self, walker: _Walker, kind: str, containers: list[list[object]]) -> None:
        self.walker = walker
        self.kind = kind
        self._containers = containers
        self._frames: list[_Frame] = []
        self._skipped = 0  # images opened where nothing is prose, still open
        self._last = 0  # end of the last event seen

    def _frame(self, start: int) -> _Frame:
        if not self._frames:
            quoted = _quoting(self._containers, self._content_head(start))
            self._frames.append(_Frame(BlockBuilder(self.walker.source, self.kind, self.walker.sink, quoted)))
        return self._frames[-1]

    def _content_head(self, start: int) -> str:
        """The block's inline content from ``start`` to the end of its line, as markdown-it saw it (for callouts)."""
        lines = self.walker.lines
        return self.walker.source[start : lines.end(lines.index_of(start))]

    def text(self, value: str, start: int, end: int) -> None:
        frame = self._frame(start)
        self._last = end
        if frame.autolink or frame.code:
            return
        builder = frame.builder
        actual = self.walker.source[start:end]
        if actual == value or actual.replace("\0", "\ufffd") == value.replace("\0", "\ufffd"):
            builder.text(start, end)
        elif actual.startswith("&") and actual.endswith(";"):
            builder.mapped(decode_reference(actual) or value, start, end - start)
        else:
            builder.flush()  # never emit text we cannot place exactly

    def line_break(self, start: int, end: int) -> None:
        frame = self._frame(start)
        self._last = end
        if frame.autolink or frame.code:
            return
        lines = self.walker.lines
        line = lines.index_of(start)
        frame.builder.space(lines.end(line), lines.next_start(line) - lines.end(line))

    def gap(self, start: int, end: int) -> None:
        """An inline code span: the prose on either side never joins."""
        frame = self._frame(start)
        self._last = end
        if not (frame.autolink or frame.code):
            frame.builder.flush()

    def open(self, name: str, tag: object, start: int, end: int) -> None:
        frame = self._frame(start)
        if frame.autolink or frame.code:
            self._skipped += name == "Image"
            return
        builder = frame.builder
        info = tag if isinstance(tag, dict) else {}
        if name == "Emphasis":
            builder.open_mark("emphasis")
        elif name == "Image":
            builder.flush()
            self._frames.append(_Frame(BlockBuilder(self.walker.source, "alt", self.walker.sink)))
        elif info.get("link_type") in ("Autolink", "Email"):
            builder.flush()
            frame.autolink = True
        elif (target := link_target(str(info.get("dest_url", "")))) is not None:
            frame.links.append(True)
            builder.open_mark("link", target)
        else:
            frame.links.append(False)
            builder.text(start, start + 1)  # "[": markdown-it leaves the whole link as text
        self._last = start + 1

    def close(self, name: str, end: int) -> None:
        frame = self._frame(end)
        if name == "Image" and self._skipped:
            self._skipped -= 1
            return
        if frame.autolink:
            frame.autolink = name != "Link"
            return
        if name == "Image":
            self._frames.pop().builder.flush()
        elif frame.code:
            pass
        elif name == "Emphasis":
            frame.builder.close_mark("emphasis")
        elif name == "Link":
            if frame.links.pop() if frame.links else True:
                frame.builder.close_mark("link")
            else:
                frame.builder.text(self._last, end)
        self._last = end

    def html(self, html: str, start: int, end: int) -> None:
        """Directives in comments; text inside ``<code>``-like tags is skipped; ``<br>`` is a gap."""
        frame = self._frame(start)
        self._last = end
        if frame.autolink:
            return
        if html.startswith("<!--"):
            directive = comment_directive(html[4:-3], self.walker.lines, start, end)
            if directive is not None:
                self.walker.directives.append(directive)
            return
        tag = _CODE_TAG.match(html)
        if tag is not None and not tag.group(3):
            if tag.group(1):
                frame.code = max(frame.code - 1, 0)
            else:
                frame.builder.flush()
                frame.code += 1
        elif _BREAK_TAG.match(html):
            frame.builder.flush()

    def finish(self) -> None:
        for frame in reversed(self._frames):
            frame.builder.flush()
        self._frames.clear()


def _shifted(block: Block, offset: int, quoted: bool) -> Block:
    """``block`` with its source positions moved by ``offset`` characters (and quoted, inside a block quotation)."""
    segments = tuple(
        Segment(segment.text_start, segment.source_start + offset, segment.text_len, segment.source_len)
        for segment in block.segments
    )
    return replace(block, segments=segments, quoted=block.quoted or quoted)


# A block quotation that opens with an admonition ("> [!NOTE]", "> **Warning:**") is the writer's own callout.
_CALLOUT = re.compile(
    r"\s*(?:\[!(?:note|tip|important|warning|caution)\]|[*_]{0,2}(?:note|tip|important|warning|caution|update|edit|"
    r"tl;dr|tldr|disclaimer|content warning|trigger warning|cw|tw)\b)",
    re.IGNORECASE,
)


def _quoting(containers: list[list[object]], content: str) -> bool:
    """Whether prose inside ``containers`` is quoted from a source: inside a block quotation that is not a callout.

    The first prose of a block quotation decides: an admonition marker there
    makes the whole quotation the writer's own note.
    """
    for container in containers:
        if container[0] == "blockquote" and container[1] is True:
            if content and _CALLOUT.match(content):
                container[1] = False
                continue
            container[1] = "quoting"
        if container[1] == "quoting":
            return True
    return False
