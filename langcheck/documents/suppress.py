"""Where to write a suppression comment that silences one rule on one line, and what to write.

An editor's "ignore this rule here" inserts the same comments a writer would
type (see ``directives``), placed so that the document reads and renders as
before:

* Markdown and HTML: ``<!-- langcheck-disable-next-line RULE -->`` silences
  the next non-blank line after the comment. When the line before the
  finding's (blank lines aside) ends in prose, the comment goes at the end of
  that line as inline HTML, which renders as nothing and does not split a
  paragraph or a list. Otherwise it goes on a line of its own just above,
  with the line's indentation and block-quote markers. A Markdown table row
  cannot have a line above it without ending the table, so there the table is
  wrapped in ``langcheck-disable RULE`` and ``langcheck-enable RULE``.
* Plain text: the ``langcheck: ignore RULE`` marker on a line of its own above
  a paragraph's first line, or at the end of the line inside a paragraph
  (a marker line would cut the paragraph in two).
* MDX: as Markdown, with the comment written as MDX writes comments,
  ``{/* langcheck-disable-next-line RULE */}``.
* reStructuredText: ``.. langcheck-disable-next-line RULE`` and a blank line
  above a paragraph, heading or item whose first line holds the finding; a
  comment cannot stand inside a paragraph, so a finding further down one has
  no inline suppression.

An existing directive for that line gets the rule added instead of a second
comment. Findings in front matter, or in an attribute of a tag that starts on
an earlier line, have no inline suppression (use ``per-file-ignores``): the
answer is then empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from langcheck.documents.directives import own_line_marker, parse_comment, trailing_marker
from langcheck.documents.formats import parse_document
from langcheck.documents.lines import LineIndex
from langcheck.documents.model import Block


@dataclass(frozen=True, slots=True)
class Insertion:
    """Text to insert at ``offset`` of the source (offsets refer to the source before any insertion)."""

    offset: int
    text: str


# Block kinds whose lines can take a comment at their end: prose, where inline HTML renders as nothing.
_APPENDABLE = {
    "markdown": frozenset({"paragraph", "list_item", "blockquote"}),
    "mdx": frozenset({"paragraph", "list_item", "blockquote"}),
    "html": frozenset({"paragraph", "heading", "list_item", "table_cell", "blockquote", "caption", "text"}),
}
_NO_INLINE_SUPPRESSION = frozenset({"front_matter"})
_LAST_COMMENT = re.compile(r"<!--((?:(?!-->).)*)-->\s*$")
_REASON = re.compile(r"(?:^|\s)--(?:\s|$)")
_TAG_OPENING = re.compile(r"<[A-Za-z!/]")
_MARKDOWN_PREFIX = re.compile(r"[ \t>]*")


def suppression_insertions(source: str, fmt: str, offset: int, rule: str) -> tuple[Insertion, ...]:
    """What to insert so that ``rule`` no longer reports the finding that starts at ``offset``."""
    document = parse_document(source, fmt)
    block = _block_at(document.blocks, offset)
    if block is None or block.kind in _NO_INLINE_SUPPRESSION:
        return ()
    lines = LineIndex(source)
    line = lines.index_of(offset)
    if fmt == "text":
        return (_plaintext(source, lines, line, rule),)
    if fmt == "rst":
        return _rst(source, lines, line, rule)
    if fmt in ("markdown", "mdx") and block.kind == "table_cell":
        return _around_table(source, lines, line, rule, fmt)
    previous = _previous_nonblank(lines, line)
    if previous is not None:
        existing = _next_line_comment_rules_end(lines.text(previous))
        if existing is not None and fmt != "mdx":
            return (Insertion(lines.start(previous) + existing, f" {rule}"),)
        if _ends_in_prose(document.blocks, lines, previous, _APPENDABLE.get(fmt, frozenset())):
            return (_at_line_end(source, lines, previous, fmt, _comment(fmt, f"langcheck-disable-next-line {rule}")),)
    start = _line_start(source, lines, line)
    if _inside_tag(source, start):
        return ()
    prefix = _prefix(lines.text(line), fmt)
    comment = _comment(fmt, f"langcheck-disable-next-line {rule}")
    return (Insertion(start, f"{prefix}{comment}{_line_break(source, lines, line)}"),)


def _comment(fmt: str, body: str) -> str:
    """A comment as the format writes one: MDX has no HTML comments, only JavaScript ones in braces."""
    return f"{{/* {body} */}}" if fmt == "mdx" else f"<!-- {body} -->"


def _rst(source: str, lines: LineIndex, line: int, rule: str) -> tuple[Insertion, ...]:
    """A comment and a blank line above a block whose first line is ``line``; none inside a paragraph."""
    if line > 0 and not lines.is_blank(line - 1):
        return ()
    text = lines.text(line)
    indent = text[: len(text) - len(text.lstrip())]
    line_break = _line_break(source, lines, line)
    return (Insertion(_line_start(source, lines, line), f"{indent}.. langcheck-disable-next-line {rule}{line_break}{line_break}"),)


def _block_at(blocks: tuple[Block, ...], offset: int) -> Block | None:
    for block in blocks:
        if block.segments and block.segments[0].source_start <= offset < block.segments[-1].source_end:
            return block
    return None


def _plaintext(source: str, lines: LineIndex, line: int, rule: str) -> Insertion:
    previous = line - 1
    if previous >= 0 and not lines.is_blank(previous):
        above = lines.text(previous)
        if own_line_marker(above.strip()) is not None:
            return Insertion(lines.start(previous) + len(above.rstrip()), f" {rule}")
        text = lines.text(line)
        end = lines.start(line) + len(text.rstrip())
        return Insertion(end, f" {rule}" if trailing_marker(text) is not None else f"  langcheck: ignore {rule}")
    text = lines.text(line)
    indent = text[: len(text) - len(text.lstrip())]
    return Insertion(
        _line_start(source, lines, line), f"{indent}langcheck: ignore {rule}{_line_break(source, lines, line)}"
    )


def _around_table(source: str, lines: LineIndex, line: int, rule: str, fmt: str = "markdown") -> tuple[Insertion, ...]:
    """``disable`` above the table and ``enable`` below it: a table row cannot have a comment line of its own."""
    first = last = line
    while first > 0 and _is_table_row(lines.text(first - 1)):
        first -= 1
    while last + 1 < len(lines) and _is_table_row(lines.text(last + 1)):
        last += 1
    prefix = _prefix(lines.text(first), "markdown")
    line_break = _line_break(source, lines, first)
    after = lines.next_start(last)
    closing = f"{prefix}{_comment(fmt, f'langcheck-enable {rule}')}"
    closing = f"{closing}{line_break}" if after > lines.end(last) else f"{line_break}{closing}"
    opening = _comment(fmt, f"langcheck-disable {rule}")
    return (
        Insertion(_line_start(source, lines, first), f"{prefix}{opening}{line_break}"),
        Insertion(after, closing),
    )


def _is_table_row(text: str) -> bool:
    return "|" in text and bool(text.strip())


def _next_line_comment_rules_end(text: str) -> int | None:
    """Where the rule list ends in a ``disable-next-line`` comment that ends ``text``, if there is one."""
    comment = _LAST_COMMENT.search(text)
    if comment is None:
        return None
    parsed = parse_comment(comment.group(1))
    if parsed is None or parsed[0] != "disable-next-line":
        return None
    rules = _REASON.split(comment.group(1), maxsplit=1)[0]
    return comment.start(1) + len(rules.rstrip())


def _previous_nonblank(lines: LineIndex, line: int) -> int | None:
    for candidate in range(line - 1, -1, -1):
        if not lines.is_blank(candidate):
            return candidate
    return None


def _ends_in_prose(blocks: tuple[Block, ...], lines: LineIndex, line: int, kinds: frozenset[str]) -> bool:
    """Whether the last visible character of ``line`` belongs to a prose block of one of ``kinds``."""
    text = lines.text(line)
    last = lines.start(line) + len(text.rstrip()) - 1
    block = _block_at(blocks, last)
    return block is not None and block.kind in kinds


def _at_line_end(source: str, lines: LineIndex, line: int, fmt: str, comment: str) -> Insertion:
    """The comment after the line's last visible character, before a Markdown hard line break."""
    text = lines.text(line)
    end = len(text.rstrip())
    if fmt in ("markdown", "mdx") and len(text) - end < 2:
        backslashes = len(text[:end]) - len(text[:end].rstrip("\\"))
        if backslashes % 2:
            end -= 1  # "\" at the end of a line is a hard break: it must stay last
    return Insertion(lines.start(line) + end, f" {comment}")


def _line_start(source: str, lines: LineIndex, line: int) -> int:
    return lines.start(line) + (1 if line == 0 and source.startswith("\ufeff") else 0)


def _prefix(text: str, fmt: str) -> str:
    """Indentation (and, in Markdown, block-quote markers) that keeps a new line in the same container."""
    if fmt in ("markdown", "mdx"):
        return _MARKDOWN_PREFIX.match(text).group()  # type: ignore[union-attr]
    return text[: len(text) - len(text.lstrip())]


def _line_break(source: str, lines: LineIndex, line: int) -> str:
    """The line ending the document uses around ``line`` ("\\n" when it has none)."""
    for candidate in (line, line - 1, 0):
        if 0 <= candidate < len(lines) and lines.next_start(candidate) > lines.end(candidate):
            return source[lines.end(candidate) : lines.next_start(candidate)]
    return "\n"


def _inside_tag(source: str, offset: int) -> bool:
    """Whether ``offset`` falls inside an HTML tag that spans lines (a new line there would break it)."""
    window = max(0, offset - 4096)
    openings = [match.start() for match in _TAG_OPENING.finditer(source, window, offset)]
    return bool(openings) and source.find(">", openings[-1], offset) < 0
