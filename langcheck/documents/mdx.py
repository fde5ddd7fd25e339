"""MDX: Markdown with JSX, ESM and JavaScript expressions, read by the Markdown parser once those are blanked out.

MDX (Docusaurus, Next.js, Astro, Gatsby) is Markdown in which ``<Component
prop={value}>`` elements, ``import``/``export`` statements and ``{expressions}``
may appear. They are code, not prose, so a first pass replaces each of them
with spaces of the same length (line breaks kept), and the Markdown parser
(``langcheck.documents.markdown.iter_markdown``, through its public function
only) reads the result: every offset it reports is an offset into the MDX
source, and the prose between and inside JSX elements (their children are
Markdown) is linted as Markdown is.

What is blanked: ESM (a line that starts with ``import`` or ``export`` after a
blank line, up to the next blank line), JSX tags (``<Note type="info">``,
``</Note>``, ``<Foo.Bar {...props} />``, fragments ``<>``), attribute values
and expressions in braces (``{1 + 1}``, ``{/* a comment */}``), with
JavaScript strings, template literals and comments inside them skipped so
that a brace in a string does not end an expression. Code is left to the
Markdown parser: fenced code and inline code spans are not touched, so a
brace in ```{x}``` stays code.

MDX has no indented code: Markdown inside a JSX element is often indented by
four spaces or more, which CommonMark would read as code. Such lines inside an
element have their indentation read as no-break spaces, so they stay prose
(their list and heading markers are then read as text).

Suppression comments are MDX comments (HTML comments are not allowed in MDX)::

    {/* langcheck-disable-next-line suicide/committed-suicide */}
    {/* langcheck-disable dismissive */} ... {/* langcheck-enable */}
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from langcheck.documents.chunks import iter_chunked
from langcheck.documents.directives import comment_directive
from langcheck.documents.lines import LineIndex
from langcheck.documents.markdown import iter_markdown
from langcheck.documents.model import Block, Directive

_FENCE = re.compile(r"[ \t>]*(`{3,}|~{3,})")
_ESM = re.compile(r"(?:import|export)(?=[\s{*])")
_FRONT_MATTER = re.compile(r"(---|\+\+\+)[ \t]*\r?\n")
_COMMENT = re.compile(r"\s*/\*(.*)\*/\s*", re.DOTALL)
_TAG_START = re.compile(r"<[A-Za-z_$/>]")
_CODE_INDENT = 4
_NO_BREAK_SPACE = "\xa0"


def iter_mdx(source: str) -> Iterator[Block | Directive]:
    """Blocks and directives of an MDX source, in source order (the Markdown parser's, plus MDX comments)."""
    blanked, directives = blank_mdx(source)
    yield from iter_chunked(blanked, iter_markdown)
    yield from directives


def blank_mdx(source: str) -> tuple[str, list[Directive]]:
    """``source`` with ESM, JSX and expressions replaced by spaces of the same length, and the directives found.

    Every character that is not blanked stays where it was, so offsets into
    the result are offsets into ``source``.
    """
    scanner = _Scanner(source)
    scanner.run()
    return "".join(scanner.out), scanner.directives


class _Scanner:
    def __init__(self, source: str) -> None:
        self.source = source
        self.out = list(source)
        self.directives: list[Directive] = []
        self.lines = LineIndex(source)
        self.depth = 0  # JSX elements open at the start of the current line
        self.element_lines: list[int] = []  # lines inside JSX elements, for the indentation rule

    def run(self) -> None:
        source = self.source
        lines = self.lines
        index = self._front_matter_end()
        line = lines.index_of(index)
        fence: str | None = None
        previous_blank = True
        while line < len(lines):
            start, end = max(lines.start(line), index), lines.end(line)
            text = source[start:end]
            if fence is not None:
                stripped = text.lstrip(" \t>")
                if stripped.startswith(fence) and not stripped.strip(fence[0]).strip():
                    fence = None
                previous_blank = False
                line += 1
                continue
            opener = _FENCE.match(text)
            if opener is not None:
                fence = opener.group(1)
                previous_blank = False
                line += 1
                continue
            if previous_blank and _ESM.match(text):
                line = self._esm(line)
                previous_blank = True
                continue
            if self.depth > 0:
                self.element_lines.append(line)
            line = self._inline(start, line)
            index = 0
            previous_blank = not "".join(self.out[start:end]).strip()
        self._indentation()

    def _front_matter_end(self) -> int:
        """Where the Markdown after front matter starts: the Markdown parser reads front matter itself."""
        source = self.source
        bom = 1 if source.startswith("\ufeff") else 0
        opener = _FRONT_MATTER.match(source, bom)
        if opener is None:
            return 0
        fence = opener.group(1)
        for line in range(1, len(self.lines)):
            if self.lines.text(line).rstrip() == fence:
                return self.lines.next_start(line)
        return 0

    def _esm(self, line: int) -> int:
        """Blank an ``import``/``export`` block up to the next blank line; the line after it."""
        lines = self.lines
        while line < len(lines) and lines.text(line).strip():
            self._blank(lines.start(line), lines.end(line))
            line += 1
        return line

    def _inline(self, start: int, line: int) -> int:
        """Blank the JSX and expressions that start on ``line`` (from ``start``); the next line to read.

        A tag or expression may run over several lines; code spans are skipped
        whole (they may too, within a paragraph).
        """
        source = self.source
        lines = self.lines
        position = start
        end = lines.end(line)
        at_line_start = not source[lines.start(line) : start].strip()
        while position < end:
            char = source[position]
            if char == "`":
                run = _run_length(source, position, "`")
                closing = _closing_code(source, position + run, run)
                if closing is None:
                    position += run
                    continue
                position = closing
            elif char == "{":
                closing = _skip_expression(source, position)
                if closing is None:
                    position += 1
                    continue
                self._expression(position, closing)
                position = closing
            elif char == "<" and _TAG_START.match(source, position):
                closing = _skip_tag(source, position)
                if closing is None:
                    position += 1
                    continue
                if at_line_start and not source[lines.start(line) : position].strip():
                    self._count_element(source[position:closing])
                self._blank(position, closing)
                position = closing
            elif char == "\\" and position + 1 < end:
                position += 2
                continue
            else:
                position += 1
                continue
            if position > end:  # the construct ran on over later lines
                line = lines.index_of(position)
                end = lines.end(line)
        return line + 1

    def _count_element(self, tag: str) -> None:
        """Track JSX elements opened and closed at the start of lines (flow elements), whose children may be indented."""
        if tag.endswith("/>"):
            return
        if tag.startswith("</"):
            self.depth = max(0, self.depth - 1)
        else:
            self.depth += 1

    def _expression(self, start: int, end: int) -> None:
        comment = _COMMENT.fullmatch(self.source, start + 1, end - 1)
        if comment is not None:
            directive = comment_directive(comment.group(1), self.lines, start, end)
            if directive is not None:
                self.directives.append(directive)
        self._blank(start, end)

    def _blank(self, start: int, end: int) -> None:
        out = self.out
        for index in range(start, end):
            if out[index] not in "\r\n":
                out[index] = " "

    def _indentation(self) -> None:
        """Inside JSX elements, indentation of four or more columns is not code: read it as no-break spaces."""
        out = self.out
        lines = self.lines
        for line in self.element_lines:
            start, end = lines.start(line), lines.end(line)
            position = start
            while position < end and out[position] in " \t":
                position += 1
            if position - start >= _CODE_INDENT and position < end and out[position] not in " \t":
                for index in range(start, position):
                    out[index] = _NO_BREAK_SPACE


def _run_length(source: str, start: int, char: str) -> int:
    end = start
    while end < len(source) and source[end] == char:
        end += 1
    return end - start


def _closing_code(source: str, position: int, run: int) -> int | None:
    """The end of the backtick run of exactly ``run`` that closes a code span, before a blank line; else None."""
    size = len(source)
    while position < size:
        char = source[position]
        if char == "`":
            length = _run_length(source, position, "`")
            if length == run:
                return position + length
            position += length
            continue
        if char == "\n" and _blank_line_follows(source, position + 1):
            return None
        position += 1
    return None


def _blank_line_follows(source: str, position: int) -> bool:
    """Whether the line starting at ``position`` is blank (a paragraph, and so a code span, ends there)."""
    while position < len(source) and source[position] in " \t\r":
        position += 1
    return position >= len(source) or source[position] == "\n"


def _skip_expression(source: str, start: int) -> int | None:
    """The end of the JavaScript expression in braces that opens at ``start``; None when it never closes."""
    depth = 0
    position = start
    size = len(source)
    while position < size:
        char = source[position]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return position + 1
        elif char in "'\"":
            position = _skip_string(source, position, char)
            continue
        elif char == "`":
            position = _skip_template(source, position)
            continue
        elif source.startswith("//", position):
            newline = source.find("\n", position)
            position = size if newline < 0 else newline
            continue
        elif source.startswith("/*", position):
            close = source.find("*/", position + 2)
            if close < 0:
                return None
            position = close + 2
            continue
        position += 1
    return None


def _skip_string(source: str, start: int, quote: str) -> int:
    position = start + 1
    size = len(source)
    while position < size and source[position] != quote:
        if source[position] == "\\":
            position += 1
        elif source[position] == "\n":
            return position  # JavaScript strings end at a line break: an apostrophe in text is not a string
        position += 1
    return position + 1


def _skip_template(source: str, start: int) -> int:
    position = start + 1
    size = len(source)
    while position < size and source[position] != "`":
        if source[position] == "\\":
            position += 2
            continue
        if source.startswith("${", position):
            closing = _skip_expression(source, position + 1)
            position = size if closing is None else closing
            continue
        position += 1
    return position + 1


def _skip_tag(source: str, start: int) -> int | None:
    """The end of the JSX tag that opens at ``start`` (attributes' strings and expressions skipped); None if unclosed."""
    position = start + 1
    size = len(source)
    while position < size:
        char = source[position]
        if char == ">":
            return position + 1
        if char in "'\"":
            close = source.find(char, position + 1)
            if close < 0:
                return None
            position = close + 1
            continue
        if char == "{":
            closing = _skip_expression(source, position)
            if closing is None:
                return None
            position = closing
            continue
        if char == "<" or (char == "\n" and _blank_line_follows(source, position + 1)):
            return None  # not a tag: text with a "<" in it
        position += 1
    return None


__all__ = ["blank_mdx", "iter_mdx"]
