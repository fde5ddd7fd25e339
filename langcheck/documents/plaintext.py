"""Plain text: paragraphs separated by blank lines, plus the ``langcheck: ignore`` marker.

Inside a paragraph each line keeps its text verbatim (minus leading and
trailing whitespace) and each line break becomes one space in ``Block.text``,
mapped to the line break itself ("\\n", "\\r\\n" or "\\r").

The marker (plain text has no comments, so it is visible text):

* A line whose stripped text is ``langcheck: ignore [RULE ...]`` silences the
  next non-blank line. It yields an "ignore-line" directive with ``line`` =
  the marker's line and ``end_line`` = the silenced line (stacked marker lines
  all point at the same prose line; a marker with nothing after it gets
  ``end_line == line``). The marker line is not prose and ends the paragraph,
  so the text around it is never glued into one phrase.
* A line ending in `` langcheck: ignore [RULE ...]`` silences that same line
  (``line == end_line``); the marker text is cut from the prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from langcheck.documents.directives import own_line_marker, trailing_marker
from langcheck.documents.lines import LineIndex
from langcheck.documents.model import Block, Directive, Segment
from langcheck.documents.offsets import BlockBuilder, has_bare_url

# A run of non-empty "\n"-terminated lines: blank lines (empty ones at least) always fall between runs.
_RUN = re.compile(r"[^\n]+(?:\n[^\n]+)*")
# A Markdown-style inline link pasted into plain text: "[Hourly Billing is Nuts](https://…)". Its text is
# marked as a link to its address, as the Markdown reader marks it, so that the title of a cited work reads
# as a title (``context.citations``) in plain text too.
_INLINE_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((https?://[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)\)")
# Whitespace other than the space and "\n" (tabs, "\r", Unicode spaces): rare in prose, so its
# few positions are checked one by one, and spaces with substring searches, instead of a
# regular expression trying alternatives at every character of a long run.
_OTHER_SPACE = re.compile(r"[^\S \n]")


def iter_plaintext(source: str) -> Iterator[Block | Directive]:
    """Blocks and directives of a plain text source, in source order.

    Most paragraphs are lines of text separated by "\n" with nothing at
    either end of a line: such a paragraph is built in one go (see
    ``_plain_blocks``). Only a run of lines with a marker, "\r" line endings,
    indentation, trailing spaces or whitespace-only lines takes the
    line-by-line walk. Both give the same blocks; the tests compare them.
    """
    lines: LineIndex | None = None
    waiting: list[tuple[int, tuple[str, ...]]] = []
    bom = 1 if source.startswith("\ufeff") else 0
    extracts = _Extracts(source)
    body_start, body_end = etext_body(source)
    for run in _RUN.finditer(source, body_start, body_end):
        start, end = run.span()
        blocks = None if waiting or (bom and start == 0) else _plain_blocks(source, start, end)
        if blocks is None:
            lines = lines or LineIndex(source)
            blocks = list(_walk_lines(source, lines, lines.index_of(start), lines.index_of(end), waiting, bom))
        yield from (extracts.read(item) for item in blocks)
    for marker_line, rules in waiting:
        yield Directive("ignore-line", rules, marker_line + 1, marker_line + 1)


# The lines a Project Gutenberg e-text sets around the work: the distributor's header (title, release date,
# credits) and licence are before the first, and after the second.
_ETEXT_START = re.compile(r"^\*{3} ?START OF (?:THE|THIS) PROJECT GUTENBERG E(?:BOOK|TEXT)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
_ETEXT_CLOSING = re.compile(r"^End of (?:the )?Project Gutenberg(?:'s|’s)? ", re.IGNORECASE | re.MULTILINE)
_ETEXT_END = re.compile(r"^\*{3} ?END OF (?:THE|THIS) PROJECT GUTENBERG E(?:BOOK|TEXT)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)


def etext_body(source: str) -> tuple[int, int]:
    """Where the work itself lies in ``source``: after an e-text's start line and before its end line, or the whole.

    A public-domain e-text as Project Gutenberg distributes it wraps the work
    in a header (the title as metadata, credits) and a licence of several
    thousand words. They are the distributor's words, not the work's, and
    a title named there ("Title: Two Plus Two Makes Crazy") is a name.
    """
    if "GUTENBERG" not in source and "Gutenberg" not in source:
        return 0, len(source)
    start = _ETEXT_START.search(source)
    body_start = start.end() if start is not None else 0
    end = _ETEXT_END.search(source, body_start)
    body_end = end.start() if end is not None else len(source)
    closing = _ETEXT_CLOSING.search(source, body_start, body_end)  # "End of Project Gutenberg's ..., by ..."
    return body_start, closing.start() if closing is not None else body_end


class _Extracts:
    """Extracts as printed books set them in plain text: paragraphs indented on every line, after a paragraph set
    flush left that introduces them with a colon ("From one issue of the Observer I quote the following:-").

    An extract is its source's words (a newspaper's, a letter's, a report's),
    as a block quotation is in Markdown, so its blocks are marked quoted.
    Paragraphs are read in order; the extracts run on until the next
    paragraph set flush left.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.introduced = False

    def read(self, item: Block | Directive) -> Block | Directive:
        if not isinstance(item, Block) or not item.segments:
            return item
        first, last = item.segments[0].source_start, item.segments[-1].source_end
        line_start = self.source.rfind("\n", 0, first) + 1
        if _INDENTED_LINES.fullmatch(self.source, line_start, last) is None:
            self.introduced = item.text.rstrip().endswith(_INTRODUCING)
            return item
        return replace(item, quoted=True) if self.introduced else item


# Lines that all start with two spaces or a tab, from a line's start to the end of a paragraph's text.
_INDENTED_LINES = re.compile(r"(?:[ \t]{2,}\S[^\n]*)(?:\n[ \t]{2,}\S[^\n]*)*")
_INTRODUCING = (":", ":-", ":\u2014", ":--", ":\u2013")


def _plain_blocks(source: str, start: int, end: int) -> list[Block] | None:
    """The blocks of a run of lines that need no line-by-line walk, or None if the run needs one.

    Such a run is one paragraph whose line breaks read as single spaces. With
    no collapsing whitespace and no URL it maps 1:1 onto the source, so its
    block is built at once; otherwise the block builder collapses whitespace
    and cuts URLs out over the whole run, as the walk would line by line.
    """
    run = source[start:end]
    lowered = run.lower()
    other_spaces = [match.start() for match in _OTHER_SPACE.finditer(run)]
    if _needs_walk(run, lowered, other_spaces):
        return None
    if not other_spaces and "  " not in run and not has_bare_url(run, lowered) and "](" not in run:
        if not any(char.isalnum() for char in run):
            return []
        text = run.replace("\n", " ")
        return [Block(text, (Segment(0, start, len(text), len(text)),), "paragraph")]
    sink: list[Block] = []
    builder = BlockBuilder(source, "paragraph", sink)
    _linked_text(builder, start, end)
    builder.flush()
    return sink


def _linked_text(builder: BlockBuilder, start: int, end: int) -> None:
    """``builder.text(start, end)``, with the text of each Markdown-style inline link marked as a link."""
    source = builder.source
    position = start
    if source.find("](", start, end) != -1:
        for link in _INLINE_LINK.finditer(source, start, end):
            builder.text(position, link.start(1))
            builder.open_mark("link", link.group(2))
            builder.text(link.start(1), link.end(1))
            builder.close_mark("link")
            position = link.end(1)
    builder.text(position, end)


def _needs_walk(run: str, lowered: str, other_spaces: list[int]) -> bool:
    """What only the line-by-line walk handles: the marker word, "\r" line endings, and whitespace
    at either end of a line (which includes whitespace-only lines, paragraph breaks).

    ``other_spaces`` are the positions of whitespace other than spaces and "\n".
    """
    if "langcheck" in lowered:
        return True
    if run.startswith(" ") or run.endswith(" ") or " \n" in run or "\n " in run:
        return True
    last = len(run) - 1
    return any(
        run[i] == "\r" or i in (0, last) or run[i - 1] == "\n" or run[i + 1] == "\n" for i in other_spaces
    )


def _walk_lines(
    source: str,
    lines: LineIndex,
    first: int,
    last: int,
    waiting: list[tuple[int, tuple[str, ...]]],
    bom: int,
) -> Iterator[Block | Directive]:
    """Blocks and directives of lines ``first..last``, line by line.

    ``waiting`` holds own-line markers still looking for the line they
    silence; it is updated in place, since a marker may sit before a blank
    line and silence the first line of the next run.
    """
    sink: list[Block] = []
    builder = BlockBuilder(source, "paragraph", sink)
    previous: int | None = None  # last line of the current paragraph
    for index in range(first, last + 1):
        start = lines.start(index) + (bom if index == 0 else 0)
        raw = source[start : lines.end(index)]
        stripped = raw.strip()
        marker_rules = own_line_marker(stripped) if stripped else None
        if not stripped or marker_rules is not None:
            builder.flush()
            yield from sink
            sink.clear()
            previous = None
            if marker_rules is not None:
                waiting.append((index, marker_rules))
            continue
        for marker_line, rules in waiting:
            yield Directive("ignore-line", rules, marker_line + 1, index + 1)
        waiting.clear()
        lead = len(raw) - len(raw.lstrip())
        end = len(raw.rstrip())
        trailing = trailing_marker(raw)
        if trailing is not None:
            end = len(raw[: trailing[0]].rstrip())
            yield Directive("ignore-line", trailing[1], index + 1, index + 1)
        if previous is not None:
            line_end = lines.end(previous)
            builder.space(line_end, lines.next_start(previous) - line_end)
        _linked_text(builder, start + lead, start + end)
        previous = index
    builder.flush()
    yield from sink
