"""reStructuredText via docutils, with every prose character mapped back to the source.

What is prose: paragraphs, titles, list items, definition terms and
definitions, field bodies, table cells (grid, simple, CSV and list tables),
line blocks, admonitions, figure captions, block quotes (read as quotations)
and the prose of the text roles ``*emphasis*``, ``**strong**``, references,
```titles``` and Sphinx's ``:ref:``/``:doc:``/``:term:`` (their explicit
titles), ``:abbr:``, ``:dfn:``, ``:guilabel:`` and ``:menuselection:``; the
content of Sphinx's prose directives (``versionadded``, ``versionchanged``,
``deprecated``, ``seealso``, ``todo``, ``glossary``, ``only``, ...). What is
not: literal blocks, ``code``/``code-block``, ``math``, ``raw``, doctest
blocks, comments, inline literals, ``:code:`` and every other role docutils
or Sphinx use for code and names (``:func:``, ``:class:``, ``:envvar:``, ...),
substitution and footnote references, field names, and directives docutils
does not know (``toctree``, ``autoclass``, ``literalinclude``): skipped like
code.

How offsets are found: docutils gives nodes a line number and keeps each
inline construct's raw text, but not columns. A text node's first line is
found in the source from its line on; then its text and inline markup are
aligned with the source character by character: text characters must match
(an escaped character matches after its backslash, a run of whitespace any
run of whitespace, a line break the next line's indentation, in a table the
next line at the cell's column), and each inline construct's raw text must
match where it stands. Prose that cannot be aligned exactly is left out
rather than misplaced; the tests check real documents are aligned whole.

Suppression comments are reStructuredText comments::

    .. langcheck-disable-next-line suicide/committed-suicide
    .. langcheck-disable dismissive
    .. langcheck-enable

Broken markup does not stop the linting: docutils reports an unknown
directive or role, a malformed table or an unterminated inline construct as
a system message inside the tree, and langcheck lints everything docutils
could parse and skips those messages, printing nothing (building the
documentation reports them). Docutils reads no configuration file, includes
no other file and fetches nothing (``include``, ``raw``, ``csv-table :url:``
are disabled), so linting a document has no side effect.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from langcheck.core.errors import InputError
from langcheck.documents.directives import comment_directive
from langcheck.documents.lines import LineIndex
from langcheck.documents.model import Block, Directive
from langcheck.documents.offsets import BlockBuilder

# docutils' own prose directives need nothing; these are Sphinx's (and common extensions') whose content is prose.
PROSE_DIRECTIVES = (
    "versionadded",
    "versionchanged",
    "versionremoved",
    "deprecated",
    "seealso",
    "todo",
    "glossary",
    "only",
    "hlist",
    "centered",
    "tab",
    "tabs",
    "group-tab",
    "card",
)
# Sphinx roles whose text (or explicit title) is what the reader sees as prose.
PROSE_ROLES = ("abbr", "dfn", "guilabel", "menuselection", "term")
TITLE_ROLES = ("ref", "doc", "any")
"""Cross-reference roles: prose only when they carry an explicit title (```Title <target>```)."""

LINE_LIMIT = 100_000
"""Longest source line docutils parses (its default, 10,000, would drop longer unwrapped paragraphs)."""

# Subtrees that are never prose.
_SKIP = frozenset(
    {
        "comment",
        "literal_block",
        "doctest_block",
        "math_block",
        "raw",
        "system_message",
        "problematic",
        "substitution_definition",
        "target",
        "pending",
        "field_name",
        "option_string",
        "option_group",
        "image",
        "label",
        "classifier",
    }
)
# Inline nodes that are not prose: what they cover ends the block, as code does in Markdown.
_SKIP_INLINE = frozenset(
    {
        "literal",
        "math",
        "footnote_reference",
        "citation_reference",
        "substitution_reference",
        "problematic",
        "raw",
        "image",
        "system_message",
        "generated",
    }
)
# Nodes whose inline children are one block of prose, and the block kind they give.
_TEXT_NODES = {
    "paragraph": "paragraph",
    "title": "heading",
    "subtitle": "heading",
    "rubric": "heading",
    "term": "term",
    "line": "paragraph",
    "attribution": "attribution",
    "caption": "caption",
}
_MARKS = {"reference": "link", "title_reference": "cite", "emphasis": "emphasis", "strong": "emphasis"}
_OPENER = re.compile(r"(?::[\w.:+-]+:)?(?:\*\*|\*|_`|``|`)?")
_TITLED = re.compile(r"(.*?)\s*<[^<>]*>\Z", re.DOTALL)
_LOCK = threading.Lock()
_SPACES = frozenset(" \t\r\n\f\v\xa0")


class _Unaligned(Exception):
    """A node's text could not be matched with the source: it is left out, never misplaced."""


def iter_rst(source: str) -> Iterator[Block | Directive]:
    """Blocks and directives of a reStructuredText source, in source order."""
    tree = _parse(source)
    lines = LineIndex(source)
    walker = _Walker(source, lines)
    walker.walk(tree, "paragraph", False, False)
    blocks = sorted(walker.sink, key=lambda block: block.segments[0].source_start)
    yield from blocks
    yield from walker.directives


def _parse(source: str) -> Any:
    """The raw document tree (no transforms: nodes stay where the source has them)."""
    from docutils.frontend import get_default_settings
    from docutils.parsers.rst import Parser
    from docutils.utils import new_document

    parser = Parser()
    settings = get_default_settings(parser)
    settings.report_level = 5  # nothing printed
    settings.halt_level = 5  # nothing raised for bad markup
    settings.warning_stream = _Silent()
    settings.file_insertion_enabled = False
    settings.raw_enabled = False
    settings.line_length_limit = LINE_LIMIT
    settings.character_level_inline_markup = False
    document = new_document("<rst>", settings)
    text = source.removeprefix("\ufeff")
    try:
        with _LOCK, _sphinx_vocabulary():
            parser.parse(text, document)
    except RecursionError:
        raise InputError("cannot parse as reStructuredText: nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 - docutils reports bad markup in the tree; anything raised is a broken file
        raise InputError(f"cannot parse as reStructuredText: {exc}") from None
    return document


class _Silent:
    def write(self, _text: str) -> None:
        return None


@contextmanager
def _sphinx_vocabulary() -> Iterator[None]:
    """Sphinx's prose directives and roles, known while this parse runs and forgotten after.

    docutils keeps directives and roles in module-level tables; they are
    restored afterwards (as Sphinx's own ``docutils_namespace`` does), so
    that a program using docutils beside langcheck sees no change.
    """
    from docutils.parsers.rst import directives, roles

    saved_directives = dict(directives._directives)
    saved_roles = dict(roles._roles)
    try:
        for name in PROSE_DIRECTIVES:
            directives.register_directive(name, _prose_directive())
        for name in PROSE_ROLES + TITLE_ROLES:
            roles.register_local_role(name, _prose_role)
        yield
    finally:
        directives._directives.clear()
        directives._directives.update(saved_directives)
        roles._roles.clear()
        roles._roles.update(saved_roles)


class _AnyOption(dict):  # type: ignore[type-arg]
    """Accepts every option name: a prose directive's options are not prose and are ignored."""

    def __missing__(self, _key: str) -> Any:
        from docutils.parsers.rst import directives

        return directives.unchanged


def _prose_directive() -> type:
    from docutils import nodes
    from docutils.parsers.rst import Directive as DocutilsDirective

    class ProseDirective(DocutilsDirective):
        """Parses its content as reStructuredText; its arguments (a version, a condition) are not prose."""

        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True
        option_spec = _AnyOption()

        def run(self) -> list[Any]:
            container = nodes.container()
            self.state.nested_parse(self.content, self.content_offset, container)
            return [container]

    return ProseDirective


def _prose_role(name: str, rawtext: str, text: str, lineno: int, inliner: Any, options: Any = None, content: Any = None) -> Any:
    """A Sphinx prose role: its text, or its explicit title; a bare cross-reference target is not prose."""
    from docutils import nodes
    from docutils.utils import unescape

    visible = unescape(text)
    titled = _TITLED.match(visible)
    if titled is not None and titled.group(1):
        visible = titled.group(1)
    elif name.split(":")[-1] in TITLE_ROLES:
        return [nodes.inline(rawtext, "")], []
    return [nodes.inline(rawtext, visible)], []


class _Walker:
    def __init__(self, source: str, lines: LineIndex) -> None:
        self.source = source
        self.lines = lines
        self.sink: list[Block] = []
        self.directives: list[Directive] = []

    def walk(self, node: Any, kind: str, quoted: bool, table: bool) -> None:
        for child in node.children:
            name = child.tagname
            if name == "comment":
                self._comment(child)
            elif name in _SKIP or name == "#text":
                continue
            elif name in _TEXT_NODES:
                self._text_node(child, _kind(name, kind), quoted, table)
            elif name == "block_quote":
                self.walk(child, "blockquote", "highlights" not in child.get("classes", ()), table)
            elif name == "list_item":
                self.walk(child, "list_item", quoted, table)
            elif name == "entry":
                self.walk(child, "table_cell", quoted, True)
            else:
                self.walk(child, kind, quoted, table)

    def _text_node(self, node: Any, kind: str, quoted: bool, table: bool) -> None:
        start = self._start_of(node)
        if start is None:
            return
        builder = BlockBuilder(self.source, kind, self.sink, quoted)
        aligner = _Aligner(self.source, self.lines, builder, table, start)
        try:
            aligner.children(node, start)
        except _Unaligned:
            builder.flush()  # what was aligned before the failure is exact; the rest is left out
            return
        builder.flush()

    def _start_of(self, node: Any) -> int | None:
        """Where the node's raw text begins in the source, searched from its line on."""
        raw = node.rawsource or node.astext()
        first = next((line.strip() for line in raw.split("\n") if line.strip()), "")
        if not first:
            return None
        line = (node.line or _line_of(node) or 1) - (2 if node.tagname in ("title", "subtitle") else 1)
        origin = self.lines.start(max(0, min(len(self.lines) - 1, line - 1)))
        found = self.source.find(first, origin)
        return None if found < 0 else found

    def _comment(self, node: Any) -> None:
        body = node.astext()
        first = body.split("\n", 1)[0].strip()
        if not first.lower().startswith("langcheck"):
            return
        line = (node.line or _line_of(node) or 1) - 1
        pattern = re.compile(r"[ \t]*\.\.[ \t]+" + re.escape(first))
        for index in range(max(0, line - 3), min(len(self.lines), line + 2)):
            if pattern.match(self.lines.text(index)):
                start = self.lines.start(index)
                directive = comment_directive(body, self.lines, start, self.lines.end(index))
                if directive is not None:
                    self.directives.append(directive)
                return


def _kind(name: str, context: str) -> str:
    if name == "paragraph" and context != "paragraph":
        return context
    return _TEXT_NODES[name]


def _line_of(node: Any) -> int | None:
    """The line of the nearest node above that has one (inline and generated nodes have none)."""
    while node is not None:
        if getattr(node, "line", None):
            return int(node.line)
        node = node.parent
    return None


class _Aligner:
    """Matches a node's text and inline markup with the source, feeding the block builder as it goes."""

    def __init__(self, source: str, lines: LineIndex, builder: BlockBuilder, table: bool, start: int) -> None:
        self.source = source
        self.lines = lines
        self.builder = builder
        self.table = table
        # In a table, continuation lines of a cell start at the cell's column.
        self.column = start - lines.start(lines.index_of(start))

    def children(self, node: Any, cursor: int) -> int:
        for child in node.children:
            cursor = self.text(str(child), cursor) if child.tagname == "#text" else self.element(child, cursor)
        return cursor

    def element(self, node: Any, cursor: int) -> int:
        raw = node.rawsource
        while self.source.startswith("\\", cursor) and self.source[cursor + 1 : cursor + 2].isspace():
            cursor += 2  # an escaped space before inline markup ("v\\ |version|") is no text
        end = self.match_raw(raw, cursor) if raw else None
        if node.tagname in _SKIP_INLINE or not node.astext():
            if end is None:
                if node.astext():
                    raise _Unaligned
                return cursor  # an embedded target's hidden node: its text is inside the reference's raw text
            self.builder.flush()
            return end
        if end is None:
            raise _Unaligned
        opener = _OPENER.match(raw)
        inner = cursor + (len(opener.group(0)) if opener else 0)
        mark = _MARKS.get(node.tagname)
        if mark is not None:
            self.builder.open_mark(mark, node.get("refuri", "") if mark == "link" else "")
        self.children(node, inner)
        if mark is not None:
            self.builder.close_mark(mark)
        return end

    def text(self, text: str, cursor: int) -> int:
        """Align a text node's characters (docutils marks an escaping backslash as NUL) from ``cursor``."""
        source = self.source
        index = 0
        size = len(text)
        while index < size:
            char = text[index]
            if char == "\x00":  # the source has a backslash here
                if not source.startswith("\\", cursor):
                    raise _Unaligned
                cursor += 1
                index += 1
                if index < size and text[index].isspace():  # an escaped space or line break is no text at all
                    if source.startswith(text[index], cursor):
                        cursor += 1
                    index += 1
                continue
            if char.isspace():
                stop = index + 1
                while stop < size and text[stop].isspace():
                    stop += 1
                after = self.whitespace(cursor, "\n" in text[index:stop])
                if after == cursor:
                    raise _Unaligned
                self.builder.space(cursor, after - cursor)
                cursor = after
                index = stop
                continue
            stop = index + 1
            while stop < size and not text[stop].isspace() and text[stop] != "\x00":
                stop += 1
            if not source.startswith(text[index:stop], cursor):
                raise _Unaligned
            self.builder.text(cursor, cursor + stop - index)
            cursor += stop - index
            index = stop
        return cursor

    def whitespace(self, cursor: int, newline: bool = False) -> int:
        """Past a run of whitespace in the source, where a line break leads to the next line's text.

        In a table cell, a line break in the text (``newline``) leads past the
        rest of the row's line to the next line, at the cell's column.
        """
        source = self.source
        size = len(source)
        if self.table and newline:
            line = self.lines.index_of(cursor) + 1
            if line >= len(self.lines):
                return cursor
            cursor = self.lines.start(line) + self.column
        while cursor < size and source[cursor] in _SPACES:
            if source[cursor] in "\r\n":
                line = self.lines.index_of(cursor) + 1
                if line >= len(self.lines):
                    return size
                cursor = self.lines.start(line) + (self.column if self.table else 0)
                continue
            cursor += 1
        return cursor

    def match_raw(self, raw: str, cursor: int) -> int | None:
        """The end of ``raw`` when the source holds it at ``cursor`` (whitespace runs may differ), else None."""
        source = self.source
        index = 0
        size = len(raw)
        if source.startswith(raw, cursor):
            return cursor + size
        while index < size:
            char = raw[index]
            if char.isspace():
                stop = index
                while stop < size and raw[stop].isspace():
                    stop += 1
                after = self.whitespace(cursor, "\n" in raw[index:stop])
                index = stop
                if after == cursor:
                    return None
                cursor = after
                continue
            if cursor >= len(source) or source[cursor] != char:
                return None
            cursor += 1
            index += 1
        return cursor


__all__ = ["PROSE_DIRECTIVES", "PROSE_ROLES", "iter_rst"]
