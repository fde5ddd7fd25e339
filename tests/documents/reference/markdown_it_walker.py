"""The reference Markdown parser: markdown-it-py and a walk over its tokens (langcheck's parser until 0.2).

Kept for the parity tests (``test_markdown_parity.py``); what follows is its original description.

Markdown (CommonMark + tables) via markdown-it-py, with exact offsets.

What is prose: paragraphs, headings, list items, block quotes, table cells,
link text, image alt text, the prose of raw HTML blocks (parsed as HTML, see
``langcheck.documents.html``), and the prose values of YAML (``---``) or
TOML (``+++``) front matter (see ``frontmatter``). What is not: code fences
and indented code, inline code, autolinks and bare URLs, link destinations
and titles, inline HTML tags (and the text inside inline ``<code>``-like
HTML tags), the rest of the front matter.

How offsets are found: block tokens carry line ranges. For each inline token
the inline content is aligned to its source lines once (each content line is
a suffix of its source line once container markers and indentation are
removed; table cells are found in their row with ``\\|`` accounted for). The
inline rules then run on a state that records where each token starts in
that content (see ``markdown_inline``), so every text token maps exactly,
and its text is checked against the source before it is used. Markup between
tokens (``*``, ``[``, ``](url)``, ``>`` on continuation lines) simply falls
between segments.

Gaps: an inline code span, an autolink, an image or a ``<br>`` ends the
current block and the prose after it starts a new block of the same kind.
Text on either side of code is therefore never glued into one phrase, and no
finding can ever cover code. A soft or hard line break becomes one space
mapped to the line break. Escapes map the visible character to itself
(``\\*`` -> the ``*``); entities become one mapped segment (``&amp;``: text
length 1, source length 5).

Directives: ``<!-- langcheck-... -->`` comments, in HTML blocks or inline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from langcheck.documents.directives import comment_directive
from langcheck.documents.frontmatter import toml_blocks, toml_span, yaml_blocks
from langcheck.documents.lines import LineIndex
from langcheck.documents.markdown import _quoting, raw_html  # not the parser's: the same in both
from langcheck.documents.model import Block, Directive
from langcheck.documents.offsets import BlockBuilder

from .markdown_it_inline import POSITION, parse_inline

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_CODE_TAG = re.compile(r"<(/?)(code|kbd|samp|pre|script|style|tt|var|textarea)\b[^>]*?(/?)>\Z", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<br\b", re.IGNORECASE)
_CONTAINER_KINDS = {"blockquote_open": "blockquote", "list_item_open": "list_item"}


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    # Inline parsing is done per token by parse_inline (it records positions);
    # the joining rules would merge tokens and lose those positions.
    md.disable(["inline", "text_join", "fragments_join"])
    return md


def iter_markdown(source: str) -> Iterator[Block | Directive]:
    """Blocks and directives of a Markdown source, in source order."""
    lines = LineIndex(source)
    bom = 1 if source.startswith("\ufeff") else 0
    toml = toml_span(lines, bom)
    if toml is not None:
        _, closing = toml
        yield from toml_blocks(source, lines, 1, closing - 1)
        # Blank the front matter out but keep its lines, so token line
        # numbers still match the source.
        text = "\n" * (closing + 1) + source[lines.next_start(closing) :]
    else:
        text = source[bom:]
    md = _parser()
    env: dict[str, object] = {}
    walker = _Walker(source, lines, bom, md, env)
    yield from walker.walk(md.parse(text, env))


class _Walker:
    """Turns the block token stream into blocks and directives."""

    def __init__(self, source: str, lines: LineIndex, bom: int, md: MarkdownIt, env: dict[str, object]) -> None:
        self.source = source
        self.lines = lines
        self.bom = bom
        self.md = md
        self.env = env
        self.sink: list[Block] = []
        self.directives: list[Directive] = []
        self.row_line = -1
        self.row_cursor = 0

    def walk(self, tokens: list[Token]) -> Iterator[Block | Directive]:
        # Open containers, innermost last: [kind, whether it quotes a source].
        containers: list[list[object]] = []
        kind = "paragraph"
        mode = "lines"
        for token in tokens:
            kind_of = token.type
            if kind_of == "front_matter" and token.map is not None:
                yield from yaml_blocks(self.source, self.lines, 1, token.map[1] - 2)
            elif kind_of in _CONTAINER_KINDS:
                container = _CONTAINER_KINDS[kind_of]
                containers.append([container, container == "blockquote"])
            elif kind_of in ("blockquote_close", "list_item_close"):
                if containers:
                    containers.pop()
            elif kind_of == "heading_open":
                kind, mode = "heading", "atx" if token.markup.startswith("#") else "lines"
            elif kind_of == "paragraph_open":
                kind, mode = (str(containers[-1][0]) if containers else "paragraph"), "lines"
            elif kind_of in ("th_open", "td_open"):
                kind, mode = "table_cell", "cell"
            elif kind_of == "inline" and token.map is not None and token.content:
                self._inline(token, kind, mode, _quoting(containers, token.content))
            elif kind_of == "html_block" and token.map is not None:
                self._html_block(token.map, _quoting(containers, ""))
            if self.sink or self.directives:
                yield from self.directives
                yield from self.sink
                self.directives.clear()
                self.sink.clear()

    # -- mapping inline content to the source ---------------------------------

    def _line_bounds(self, index: int) -> tuple[int, str]:
        """Start offset and text of source line ``index`` as markdown-it saw it (no BOM, NUL -> U+FFFD)."""
        start = self.lines.start(index) + (self.bom if index == 0 else 0)
        text = self.source[start : self.lines.end(index)]
        if "\0" in text:
            text = text.replace("\0", "\ufffd")
        return start, text

    def _runs(self, token: Token, mode: str) -> list[tuple[int, int, int, int]]:
        """``(content_start, source_start, length, line)`` runs mapping content chars 1:1 to source."""
        assert token.map is not None
        first = token.map[0]
        content = token.content
        if mode == "cell":
            return self._cell_runs(content, first)
        runs: list[tuple[int, int, int, int]] = []
        offset = 0
        # markdown-it strips a paragraph's content with Python's ``strip``, which also takes a first line holding
        # only a no-break space ("\xa0"), a line CommonMark does not count as blank: the content starts a line later.
        while (
            content
            and first < token.map[1] - 1
            and first < len(self.lines)
            and not self._line_bounds(first)[1].strip()
            and self._line_bounds(first)[1]
        ):
            first += 1
        for number, piece in enumerate(content.split("\n")):
            index = first + number
            if index >= len(self.lines):
                break
            start, line = self._line_bounds(index)
            core = piece.lstrip(" \t")
            lead = len(piece) - len(core)
            if core:
                if mode == "atx":
                    hashes = line.find("#")
                    while 0 <= hashes < len(line) and line[hashes] == "#":
                        hashes += 1
                    found = line.find(core, max(hashes, 0))
                else:
                    found = line.rfind(core)
                if found >= 0:
                    runs.append((offset + lead, start + found, len(core), index))
            offset += len(piece) + 1
        return runs

    def _cell_runs(self, content: str, index: int) -> list[tuple[int, int, int, int]]:
        """Runs for a table cell: its text in the row, where each ``|`` was written ``\\|``."""
        start, line = self._line_bounds(index)
        if index != self.row_line:
            self.row_line, self.row_cursor = index, 0
        pieces = content.split("|")
        pattern = r"\\\|".join(re.escape(piece) for piece in pieces)
        match = re.compile(pattern).search(line, self.row_cursor)
        if match is None:
            return []
        self.row_cursor = match.end()
        runs: list[tuple[int, int, int, int]] = []
        content_at, line_at = 0, match.start()
        for number, piece in enumerate(pieces):
            if number:
                runs.append((content_at, start + line_at + 1, 1, index))  # the "|" after its backslash
                content_at += 1
                line_at += 2
            if piece:
                runs.append((content_at, start + line_at, len(piece), index))
                content_at += len(piece)
                line_at += len(piece)
        return runs

    # -- inline tokens ----------------------------------------------------------

    def _inline(self, token: Token, kind: str, mode: str, quoted: bool) -> None:
        runs = self._runs(token, mode)
        if not runs:
            return
        children = parse_inline(self.md, token.content, self.env)
        inline = _Inline(self, runs, token.content)
        builder = BlockBuilder(self.source, kind, self.sink, quoted)
        inline.walk(children, 0, builder)
        builder.flush()

    def _html_block(self, line_range: list[int], quoted: bool) -> None:
        """Raw HTML in Markdown (``<p>``, ``<div>``, ``<details>``): its prose, and its directive comments.

        Blog posts often hold whole paragraphs as HTML; readers see that prose,
        so it is linted like an HTML file's, with offsets shifted to the source.
        """
        start = self.lines.start(line_range[0])
        end = self.lines.end(max(line_range[0], line_range[1] - 1))
        blocks, directives = raw_html(self.source, self.lines, start, end, quoted)
        self.sink.extend(blocks)
        self.directives.extend(directives)


class _Inline:
    """Emits the prose of one inline token's children into builders."""

    def __init__(self, walker: _Walker, runs: list[tuple[int, int, int, int]], content: str) -> None:
        self.walker = walker
        self.source = walker.source
        self.runs = runs
        self.starts = [run[0] for run in runs]
        self.content = content

    def walk(self, children: list[Token], base: int, builder: BlockBuilder) -> None:
        autolink = False
        code_depth = 0
        for token in children:
            kind_of = token.type
            position = base + token.meta.get(POSITION, -1)
            if autolink:
                autolink = kind_of != "link_close"
                continue
            if kind_of == "html_inline":
                code_depth = self._html_inline(token, position, builder, code_depth)
                continue
            if code_depth:
                continue
            if kind_of == "text":
                if token.content and position >= base:
                    self._verbatim(position, token.content, builder)
            elif kind_of == "text_special":
                self._special(token, position, builder)
            elif kind_of in ("softbreak", "hardbreak"):
                self._break(position, builder)
            elif kind_of == "code_inline":
                builder.flush()
            elif kind_of == "link_open" and token.markup == "autolink":
                builder.flush()
                autolink = True
            elif kind_of == "link_open":
                builder.open_mark("link", str(token.attrs.get("href", "")))
            elif kind_of == "link_close":
                builder.close_mark("link")
            elif kind_of == "em_open":
                builder.open_mark("emphasis")
            elif kind_of == "em_close":
                builder.close_mark("emphasis")
            elif kind_of == "image":
                builder.flush()
                self._image(token, position)

    def _run_at(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1

    def _verbatim(self, position: int, text: str, builder: BlockBuilder) -> None:
        """Copy ``text`` found at content ``position`` from the source, run by run, after checking it."""
        end = position + len(text)
        index = max(self._run_at(position), 0)
        pieces: list[tuple[int, int]] = []
        cursor = position
        while index < len(self.runs) and self.runs[index][0] < end:
            content_start, source_start, length, _ = self.runs[index]
            low, high = max(position, content_start), min(end, content_start + length)
            if low < high:
                source_low = source_start + low - content_start
                expected = self.content[low:high]
                actual = self.source[source_low : source_low + high - low]
                gap = self.content[cursor:low]
                if gap.strip() or (actual != expected and actual.replace("\0", "\ufffd") != expected):
                    builder.flush()  # never emit text we cannot place exactly
                    return
                pieces.append((source_low, source_low + high - low))
                cursor = high
            index += 1
        if self.content[cursor:end].strip():
            builder.flush()
            return
        for start, stop in pieces:
            builder.text(start, stop)

    def _source_at(self, position: int, length: int) -> int | None:
        """Source offset of content ``[position, position + length)`` when it lies in one run."""
        index = self._run_at(position)
        if index < 0:
            return None
        content_start, source_start, run_length, _ = self.runs[index]
        if position + length > content_start + run_length:
            return None
        return source_start + position - content_start

    def _special(self, token: Token, position: int, builder: BlockBuilder) -> None:
        markup = token.markup
        start = self._source_at(position, len(markup))
        if start is None or self.source[start : start + len(markup)] != markup:
            builder.flush()
            return
        if token.info == "escape" and markup[1:] == token.content:
            builder.text(start + 1, start + len(markup))  # the escaped character itself
        else:
            builder.mapped(token.content, start, len(markup))

    def _break(self, position: int, builder: BlockBuilder) -> None:
        index = self._run_at(position)
        if index < 0:
            builder.flush()
            return
        lines = self.walker.lines
        line = self.runs[index][3]
        builder.space(lines.end(line), lines.next_start(line) - lines.end(line))

    def _image(self, token: Token, position: int) -> None:
        """Alt text becomes its own block; positions are relative to the label after ``![``."""
        if not token.content:
            return
        children = parse_inline(self.walker.md, token.content, self.walker.env)
        builder = BlockBuilder(self.source, "alt", self.walker.sink)
        self.walk(children, position + 2, builder)
        builder.flush()

    def _html_inline(self, token: Token, position: int, builder: BlockBuilder, code_depth: int) -> int:
        """Directives in comments; text inside ``<code>``-like tags is skipped; ``<br>`` is a gap."""
        html = token.content
        if html.startswith("<!--"):
            start = self._source_at(position, 1)
            last = self._source_at(position + len(html) - 1, 1)
            if start is not None:
                end = (last if last is not None else start) + 1
                directive = comment_directive(html[4:-3], self.walker.lines, start, end)
                if directive is not None:
                    self.walker.directives.append(directive)
            return code_depth
        tag = _CODE_TAG.match(html)
        if tag is not None and not tag.group(3):
            if tag.group(1):
                return max(code_depth - 1, 0)
            builder.flush()
            return code_depth + 1
        if _BREAK_TAG.match(html):
            builder.flush()
        return code_depth
