"""HTML via the standard library's ``html.parser``, with exact offsets.

``html.parser.HTMLParser`` is tolerant of real-world markup and, unlike a tree
builder, reports where each construct starts (``getpos``) and the raw text of
start tags, which is what exact offsets need. Character references are not
converted by the parser (``convert_charrefs=False``): each arrives on its own,
at a known offset, and becomes one mapped segment (``&amp;``: text length 1,
source length 5). All prose is copied from the source, never from the
parser's strings.

Prose: text nodes, plus ``alt`` and ``title`` attribute values (their own
blocks, kinds "alt" and "title"). Skipped: ``script``, ``style``, ``code``,
``pre``, ``template``, ``noscript`` and a few other non-prose elements, and
comments (which carry ``<!-- langcheck-... -->`` directives).

Block-level elements (and ``br``, ``img``, skipped elements) are block
boundaries; inline elements (``a``, ``em``, ``span``...) are not, so a phrase
across ``<em>`` stays in one block. Whitespace collapses as a browser renders
it: each run (newlines and ``&nbsp;`` included) becomes one space mapped to
the whole run, and a run split by inline tags keeps only its first space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser

from langcheck.documents.directives import comment_directive
from langcheck.documents.lines import LineIndex
from langcheck.documents.model import Block, Directive
from langcheck.documents.offsets import BlockBuilder

_SKIPPED = frozenset(
    {"script", "style", "code", "pre", "template", "noscript", "kbd", "samp", "textarea", "svg", "math"}
)
_BLOCK_KINDS = {
    "p": "paragraph",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "list_item", "dt": "list_item", "dd": "list_item",
    "td": "table_cell", "th": "table_cell",
    "blockquote": "blockquote",
    "title": "title",
    "caption": "caption", "figcaption": "caption",
}  # fmt: skip
_BOUNDARIES = frozenset(
    {
        "address", "area", "article", "aside", "body", "br", "button", "details", "dialog", "div", "dl",
        "fieldset", "figure", "footer", "form", "head", "header", "hgroup", "hr", "html", "img", "input",
        "label", "legend", "main", "nav", "ol", "option", "section", "select", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul", "iframe", "object", "video", "audio", "picture",
    }
) | _BLOCK_KINDS.keys() | _SKIPPED  # fmt: skip
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_TEXT_ATTRIBUTES = {"alt": "alt", "title": "title"}
# Inline elements that set a stretch of prose apart (see ``Mark``).
_MARKS = {"a": "link", "q": "quote", "cite": "cite", "em": "emphasis", "i": "emphasis"}

# Same tolerant tag/attribute grammar as html.parser, applied to the raw start tag.
_TAG_NAME = re.compile(r"<[a-zA-Z][^\t\n\r\f />\x00]*(?:\s|/(?!>))*")
_ATTRIBUTE = re.compile(
    r"((?<=['\"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*))?(?:\s|/(?!>))*"
)
_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
# "&#" not starting a numeric reference makes html.parser give up on the rest
# of the document; the parser gets "&_" there instead (same length, so offsets hold).
_BROKEN_CHARREF = re.compile(r"&#(?![0-9]|[xX][0-9a-fA-F])")


# Markup that never holds prose of its own: tags without an ``alt`` or ``title`` attribute, and comments.
_SILENT_MARKUP = re.compile(r"<!--.*?-->|<[A-Za-z/](?![^<>]*\b(?:alt|title)\s*=)[^<>]*>", re.DOTALL | re.IGNORECASE)


def may_hold_prose(source: str) -> bool:
    """Whether ``iter_html`` could find any prose block in ``source``: whether anything but whitespace is left once
    tags and comments are taken out, or a tag has an ``alt`` or ``title`` attribute.

    Most raw HTML blocks of a Markdown post are layout (``<div style=...>``, ``</details>``) and hold no text; this
    spares them the parser. Anything the pattern does not recognise as a whole tag is left in, so the answer is
    "maybe" wherever the parser might read text.
    """
    return bool(_SILENT_MARKUP.sub("", source).strip(" \t\n\r\f"))


def iter_html(source: str) -> Iterator[Block | Directive]:
    """Blocks and directives of an HTML source, in source order."""
    extractor = _Extractor(source)
    extractor.run()
    yield from extractor.directives
    yield from extractor.blocks


class _Extractor(HTMLParser):
    """Collects prose blocks while html.parser walks the document."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.lines = LineIndex(source)
        # html.parser counts lines by "\n" only; convert its (line, column) with the same rule.
        self._newline_starts = [0] + [match.end() for match in re.finditer("\n", source)]
        self.blocks: list[Block] = []
        self.directives: list[Directive] = []
        self._builder = BlockBuilder(source, "text", self.blocks)
        self._stack = _TagStack()
        self._skip = 0
        self._attribute_blocks: list[Block] = []

    def run(self) -> None:
        text = _BROKEN_CHARREF.sub("&_", self.source)
        if text.startswith("\ufeff"):
            text = " " + text[1:]
        self.feed(text)
        self.close()
        self._flush()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._newline_starts[line - 1] + column

    def _flush(self) -> None:
        self._builder.flush()
        if self._attribute_blocks:
            self.blocks.extend(self._attribute_blocks)
            self._attribute_blocks.clear()
        self._builder.kind = self._stack.kind()
        self._builder.quoted = self._stack.quoted()

    # -- tags ----------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, void=tag in _VOID)
        if tag in _MARKS and not self._skip:
            self._builder.open_mark(_MARKS[tag], next((value or "" for name, value in attrs if name == "href"), ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, void=True)

    def _start(self, tag: str, void: bool) -> None:
        offset = self._offset()
        boundary = tag in _BOUNDARIES
        if boundary:
            self._builder.flush()
            self.blocks.extend(self._attribute_blocks)
            self._attribute_blocks.clear()
        if not self._skip:
            raw = self.get_starttag_text()
            if raw is not None:
                self._attributes(raw, offset, flush_now=boundary)
        if not void:
            self._stack.append(tag)
            if tag in _SKIPPED:
                self._skip += 1
        if boundary:
            self._builder.kind = self._stack.kind()
            self._builder.quoted = self._stack.quoted()

    def handle_endtag(self, tag: str) -> None:
        if tag in _MARKS:
            self._builder.close_mark(_MARKS[tag])
        if tag not in self._stack:
            if tag in _BOUNDARIES:
                self._flush()
            return
        while True:
            popped = self._stack.pop()
            if popped in _SKIPPED:
                self._skip -= 1
            if popped == tag:
                break
        if tag in _BOUNDARIES:
            self._flush()

    def _attributes(self, raw: str, offset: int, flush_now: bool) -> None:
        """``alt``/``title`` values as their own blocks, entities decoded, whitespace collapsed."""
        name = _TAG_NAME.match(raw)
        if name is None:
            return
        for match in _ATTRIBUTE.finditer(raw, name.end()):
            kind = _TEXT_ATTRIBUTES.get(match.group(1).lower())
            value = match.group(3)
            if kind is None or not value:
                continue
            start = offset + match.start(3)
            end = offset + match.end(3)
            if value[0] in "'\"":
                start, end = start + 1, end - 1
            sink: list[Block] = []
            builder = BlockBuilder(self.source, kind, sink)
            _collapse(builder, self.source, start, end)
            builder.flush()
            if flush_now:
                self.blocks.extend(sink)
            else:
                self._attribute_blocks.extend(sink)

    # -- text ----------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        start = self._offset()
        end = start + len(data)
        if start == 0 and self.source.startswith("\ufeff"):
            start = 1  # the byte order mark is not text
        self._builder.text(start, end)

    def handle_entityref(self, name: str) -> None:
        offset = self._offset()
        length = 1 + len(name)
        if self.source.startswith(";", offset + length):
            length += 1
        self._reference(offset, length)

    def handle_charref(self, name: str) -> None:
        offset = self._offset()
        length = 2 + len(name)
        if self.source.startswith(";", offset + length):
            length += 1
        self._reference(offset, length)

    def _reference(self, offset: int, length: int) -> None:
        if not self._skip:
            _reference(self._builder, self.source, offset, length)

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        close = self.source.find(">", start + 4 + len(data))
        end = close + 1 if close >= 0 else len(self.source)
        directive = comment_directive(data, self.lines, start, end)
        if directive is not None:
            self.directives.append(directive)


class _TagStack:
    """The open elements, innermost last, with what the parser asks of them at every tag kept up to date.

    Asking "is a ``blockquote`` open?", "which block kind is innermost?" or "is
    this end tag's element open?" by scanning the stack made each tag cost the
    depth of the document, so HTML nested thousands deep took quadratic time.
    """

    __slots__ = ("_counts", "_kinds", "_tags")

    def __init__(self) -> None:
        self._tags: list[str] = []
        self._kinds: list[str] = ["text"]  # the innermost block kind after each open element
        self._counts: dict[str, int] = {}

    def __contains__(self, tag: str) -> bool:
        return self._counts.get(tag, 0) > 0

    def append(self, tag: str) -> None:
        self._tags.append(tag)
        self._kinds.append(_BLOCK_KINDS.get(tag, self._kinds[-1]))
        self._counts[tag] = self._counts.get(tag, 0) + 1

    def pop(self) -> str:
        tag = self._tags.pop()
        self._kinds.pop()
        self._counts[tag] -= 1
        return tag

    def kind(self) -> str:
        return self._kinds[-1]

    def quoted(self) -> bool:
        return "blockquote" in self


def _reference(builder: BlockBuilder, source: str, start: int, length: int) -> None:
    raw = source[start : start + length]
    decoded = unescape(raw)
    if decoded == raw:
        builder.text(start, start + length)
    else:
        builder.mapped(decoded, start, length)


def _collapse(builder: BlockBuilder, source: str, start: int, end: int) -> None:
    """An attribute value: character references decoded, whitespace collapsed."""
    position = start
    for match in _REFERENCE.finditer(source, start, end):
        builder.text(position, match.start())
        _reference(builder, source, match.start(), match.end() - match.start())
        position = match.end()
    builder.text(position, end)
