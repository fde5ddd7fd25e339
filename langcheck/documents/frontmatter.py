"""Prose inside front matter: the values of the keys that site generators show readers.

Those are ``title``, ``subtitle``, ``description``, ``summary``, ``excerpt``,
``abstract``, ``teaser`` and ``tagline`` (Jekyll, Hugo, Eleventy, Gatsby and
Astro themes print them on index pages, cards and feeds).

The rest of front matter is configuration, not prose. Only simple one-line
scalars at the top level are read, because those are the ones whose source
position can be mapped exactly: plain scalars, quoted scalars (the characters
between the quotes, escapes decoded as single mapped segments), and block
scalars (``>-``, ``|``) or plain values continued on indented lines, whose
line breaks read as spaces. Anything more complex (flow collections,
multi-line quoted values, anchors, tags, TOML multi-line strings) is skipped
rather than guessed at.
"""

from __future__ import annotations

import re

from langcheck.documents.lines import LineIndex
from langcheck.documents.model import Block
from langcheck.documents.offsets import BlockBuilder

KIND = "front_matter"
_PROSE_KEYS = "title|subtitle|description|summary|excerpt|abstract|teaser|tagline"
_YAML_KEY = re.compile(rf"(?:{_PROSE_KEYS})[ \t]*:(?=[ \t]|$)[ \t]*")
_TOML_KEY = re.compile(rf"(?:{_PROSE_KEYS})[ \t]*=[ \t]*")
_TOML_TABLE = re.compile(r"[ \t]*\[")
_TOML_FENCE = re.compile(r"\+\+\+[ \t]*")
_TAIL = re.compile(r"[ \t]*(?:#.*)?")
_PLAIN_COMMENT = re.compile(r"[ \t]+#")
_YAML_INDICATORS = frozenset("[]{}|>&*!%@`#,")

_YAML_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85",
    "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_TOML_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "e": "\x1b", '"': '"', "\\": "\\"}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}


def yaml_blocks(source: str, lines: LineIndex, first: int, last: int) -> list[Block]:
    """Blocks for the prose keys among YAML front matter lines ``first``..``last`` (inclusive)."""
    sink: list[Block] = []
    builder = BlockBuilder(source, KIND, sink)
    for index in range(first, last + 1):
        line = lines.text(index)
        key = _YAML_KEY.match(line)
        if key is None:
            continue
        start = lines.start(index)
        value = key.end()
        continued = index < last and lines.text(index + 1)[:1] in (" ", "\t") and not lines.is_blank(index + 1)
        if continued:
            _multi_line(builder, lines, index, last, value)
            builder.flush()
            continue
        char = line[value : value + 1]
        if char == '"':
            _quoted(builder, line, start, value, '"', _YAML_ESCAPES, _HEX_ESCAPES)
        elif char == "'":
            _single_quoted(builder, line, start, value, doubled=True)
        elif char and char not in _YAML_INDICATORS:
            _plain(builder, line, start, value)
        builder.flush()
    return sink


_BLOCK_HEADER = re.compile(r"[|>](?:[-+]?[1-9]?|[1-9][-+])(?:[ \t]+#.*)?[ \t]*")


def _multi_line(builder: BlockBuilder, lines: LineIndex, index: int, last: int, value: int) -> None:
    """A value continued on indented lines: a block scalar (``>-``, ``|``) or a plain multi-line scalar.

    Both read as prose with their line breaks as spaces; a blank line inside
    one ends a paragraph, so it ends a block too. A plain value whose lines
    look like a nested mapping or list (``key: value``, ``- item``, a
    comment) is configuration and is skipped.
    """
    line = lines.text(index)
    header = line[value:]
    block_scalar = _BLOCK_HEADER.fullmatch(header) is not None
    if not block_scalar and (not header or header[0] in _YAML_INDICATORS or header[0] in "\"'"):
        return
    end = index + 1
    while end <= last and (lines.text(end)[:1] in (" ", "\t") or lines.is_blank(end)):
        end += 1
    while lines.is_blank(end - 1):
        end -= 1
    body = range(index + 1, end)
    if not block_scalar:
        text = " ".join([header, *(lines.text(i) for i in body)])
        if ": " in text or " #" in text or any(lines.text(i).lstrip()[:2] in ("- ", "? ") for i in body):
            return
        builder.text(lines.start(index) + value, lines.start(index) + len(line))
    for i in body:
        if lines.is_blank(i):
            builder.flush()
            continue
        builder.text(lines.start(i), lines.start(i) + len(lines.text(i)))  # its indentation reads as the space


def front_matter(source: str, lines: LineIndex, bom: int) -> tuple[list[Block], int] | None:
    """The prose blocks of the front matter at the very start of ``source``, and the offset just after it; None if none.

    TOML (``+++``) first, then YAML (``---``), recognised as the Markdown
    parsers of static site generators do.
    """
    toml = toml_span(lines, bom)
    if toml is not None:
        closing = toml[1]
        return toml_blocks(source, lines, 1, closing - 1), lines.next_start(closing)
    closing = yaml_closing(lines, bom)
    if closing is not None:
        return yaml_blocks(source, lines, 1, closing - 1), lines.next_start(closing)
    return None


def yaml_closing(lines: LineIndex, bom: int) -> int | None:
    """The line that closes YAML front matter opened by ``---`` on the first line, if it is closed.

    The rules of mdit-py-plugins' front matter plugin: the first line starts
    with three or more dashes; the closing line has at least as many dashes,
    indented by fewer than four columns, and nothing after them but blanks;
    or it is ``...`` at the start of a line (YAML's end of document).
    """
    first = lines.text(0)[bom:]
    markers = len(first) - len(first.lstrip("-"))
    if markers < 3:
        return None
    for index in range(1, len(lines)):
        line = lines.text(index)
        if line.startswith("...") and not line[3:].strip(" \t"):
            return index
        body = line.lstrip(" \t")
        if not body.startswith("-") or _columns(line[: len(line) - len(body)]) >= 4:
            continue
        dashes = len(body) - len(body.lstrip("-"))
        if dashes >= markers and not body[dashes:].strip(" \t"):
            return index
    return None


def _columns(indent: str) -> int:
    """Width of leading blanks, tabs stopping at multiples of four (as CommonMark counts indentation)."""
    width = 0
    for char in indent:
        width = width + 4 - width % 4 if char == "\t" else width + 1
    return width


def toml_span(lines: LineIndex, bom: int) -> tuple[int, int] | None:
    """``(opening, closing)`` line indexes of ``+++`` TOML front matter at the very start, if any."""
    source_first = lines.text(0)[bom:]
    if _TOML_FENCE.fullmatch(source_first) is None:
        return None
    for index in range(1, len(lines)):
        if _TOML_FENCE.fullmatch(lines.text(index)) is not None:
            return 0, index
    return None


def toml_blocks(source: str, lines: LineIndex, first: int, last: int) -> list[Block]:
    """Blocks for the prose keys among TOML front matter lines ``first``..``last`` (top-level table only)."""
    sink: list[Block] = []
    builder = BlockBuilder(source, KIND, sink)
    for index in range(first, last + 1):
        line = lines.text(index)
        if _TOML_TABLE.match(line):
            break  # keys below a [table] header are not top-level
        key = _TOML_KEY.match(line)
        if key is None:
            continue
        start = lines.start(index)
        value = key.end()
        if line.startswith('"""', value) or line.startswith("'''", value):
            continue  # multi-line strings
        char = line[value : value + 1]
        if char == '"':
            _quoted(builder, line, start, value, '"', _TOML_ESCAPES, {"u": 4, "U": 8})
        elif char == "'":
            _single_quoted(builder, line, start, value, doubled=False)
        builder.flush()
    return sink


def _quoted(
    builder: BlockBuilder,
    line: str,
    line_start: int,
    quote: int,
    mark: str,
    escapes: dict[str, str],
    hex_escapes: dict[str, int],
) -> None:
    """A double-quoted scalar on one line; escapes become single mapped segments."""
    ops: list[tuple[str, int, int]] = []  # (decoded text or "", start, length); "" = verbatim
    position = quote + 1
    run = position
    while True:
        if position >= len(line):
            return  # unterminated on this line: multi-line or invalid
        char = line[position]
        if char == mark:
            break
        if char != "\\":
            position += 1
            continue
        if position > run:
            ops.append(("", run, position - run))
        code = line[position + 1 : position + 2]
        if code in escapes:
            ops.append((escapes[code], position, 2))
            position += 2
        elif code in hex_escapes:
            digits = line[position + 2 : position + 2 + hex_escapes[code]]
            if len(digits) != hex_escapes[code] or re.fullmatch(r"[0-9a-fA-F]+", digits) is None:
                return
            value = int(digits, 16)
            if value > 0x10FFFF:
                return
            ops.append((chr(value), position, 2 + len(digits)))
            position += 2 + len(digits)
        else:
            return  # unknown escape: not a value we can reproduce
        run = position
    if position > run:
        ops.append(("", run, position - run))
    if _TAIL.fullmatch(line, position + 1) is None:
        return
    _apply(builder, ops, line_start)


def _single_quoted(builder: BlockBuilder, line: str, line_start: int, quote: int, doubled: bool) -> None:
    """A single-quoted YAML scalar (``''`` is a quote) or a TOML literal string (no escapes)."""
    ops: list[tuple[str, int, int]] = []
    position = quote + 1
    run = position
    while True:
        if position >= len(line):
            return
        if line[position] != "'":
            position += 1
            continue
        if doubled and line.startswith("''", position):
            if position > run:
                ops.append(("", run, position - run))
            ops.append(("'", position, 2))
            position += 2
            run = position
            continue
        break
    if position > run:
        ops.append(("", run, position - run))
    if _TAIL.fullmatch(line, position + 1) is None:
        return
    _apply(builder, ops, line_start)


def _plain(builder: BlockBuilder, line: str, line_start: int, value: int) -> None:
    """A plain YAML scalar: up to a `` #`` comment, trailing spaces dropped."""
    comment = _PLAIN_COMMENT.search(line, value)
    end = comment.start() if comment is not None else len(line)
    text = line[value:end].rstrip()
    if not text or ": " in text or text[:2] in ("- ", "? ", ": "):
        return
    builder.text(line_start + value, line_start + value + len(text))


def _apply(builder: BlockBuilder, ops: list[tuple[str, int, int]], line_start: int) -> None:
    for decoded, start, length in ops:
        if decoded:
            builder.mapped(decoded, line_start + start, length)
        else:
            builder.text(line_start + start, line_start + start + length)
