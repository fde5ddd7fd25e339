"""Recognising suppression directives and working out which lines they cover.

Markup formats carry directives in HTML comments so they stay invisible when
rendered; plain text has no comments, so it uses a visible marker instead::

    <!-- langcheck-disable-next-line [RULE ...] -->
    <!-- langcheck-disable [RULE ...] -->  ...  <!-- langcheck-enable [RULE ...] -->
    langcheck: ignore [RULE ...]

Rules are rule ids (``dismissive/crazy``) or pack names (``suicide``),
separated by spaces or commas; none means every rule. In a comment, anything
after `` -- `` is a free-form reason and is ignored.
"""

from __future__ import annotations

import re

from langcheck.documents.lines import LineIndex
from langcheck.documents.model import Directive

_COMMENT = re.compile(r"\s*langcheck-(disable-next-line|disable|enable)(?![\w-])(.*)", re.DOTALL | re.IGNORECASE)
_RULE = r"[\w./-]+"
_RULE_LIST = rf"{_RULE}(?:[ \t]*,[ \t]*{_RULE}|[ \t]+{_RULE})*"
# A whole (stripped) line that is the plain-text marker.
_OWN_LINE = re.compile(rf"langcheck:[ \t]*ignore(?:[ \t]+({_RULE_LIST}))?[ \t,]*", re.IGNORECASE)
# The plain-text marker at the end of a line of prose.
_TRAILING = re.compile(rf"[ \t]+langcheck:[ \t]*ignore(?:[ \t]+({_RULE_LIST}))?[ \t,]*$", re.IGNORECASE)


def split_rules(text: str) -> tuple[str, ...]:
    """Rule names in a directive's argument text, without a trailing `` -- reason``."""
    text = re.split(r"(?:^|\s)--(?:\s|$)", text, maxsplit=1)[0]
    return tuple(name for name in re.split(r"[\s,]+", text) if name)


def parse_comment(body: str) -> tuple[str, tuple[str, ...]] | None:
    """``(kind, rules)`` when an HTML comment body is a directive, else None."""
    match = _COMMENT.fullmatch(body)
    if match is None:
        return None
    return match.group(1).lower(), split_rules(match.group(2))


def comment_directive(body: str, lines: LineIndex, start: int, end: int) -> Directive | None:
    """The directive for a comment spanning source ``[start, end)``, if it is one.

    ``line``/``end_line`` are the comment's first and last lines, except that a
    ``disable-next-line`` reports as ``end_line`` the line it silences: the next
    non-blank line after the comment (the comment's last line + 1 when the
    comment ends the document).
    """
    parsed = parse_comment(body)
    if parsed is None:
        return None
    kind, rules = parsed
    first = lines.index_of(start)
    last = lines.index_of(max(start, end - 1))
    end_line = last + 1
    if kind == "disable-next-line":
        target = lines.next_nonblank(last)
        end_line = (target if target is not None else last + 1) + 1
    return Directive(kind, rules, first + 1, end_line)


def own_line_marker(stripped_line: str) -> tuple[str, ...] | None:
    """Rules of a line that is only ``langcheck: ignore [RULE ...]``, else None."""
    match = _OWN_LINE.fullmatch(stripped_line)
    if match is None:
        return None
    return split_rules(match.group(1) or "")


def trailing_marker(line: str) -> tuple[int, tuple[str, ...]] | None:
    """``(marker_start, rules)`` when ``line`` ends with the marker after some prose, else None.

    ``marker_start`` is where the whitespace before ``langcheck:`` begins, so
    ``line[:marker_start]`` is the prose the marker silences.
    """
    if "langcheck" not in line.lower():
        return None
    match = _TRAILING.search(line)
    if match is None or not line[: match.start()].strip():
        return None
    return match.start(), split_rules(match.group(1) or "")
