"""Find quoted stretches of text, telling quotation marks from apostrophes.

A quoted word is usually being discussed or reported ("the term 'crazy'",
he said "that's insane"), which style guides exempt. Straight and curly single
quotes double as apostrophes, so a single quote only opens after a space or an
opening bracket and only closes before a space or punctuation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2039": "\u203a"}
_STRAIGHT = {'"', "'"}
_OPEN_BEFORE = set(" \t([{\u2014\u2013-/:;") | {""}
_CLOSE_AFTER = set(" \t)]}.,;:!?\u2014\u2013-/") | {""}
_MAX_QUOTE = 1000
# A curly double quotation may run longer, as a speech does in a novel or a transcript: its marks cannot be
# apostrophes, and no other opening mark may stand before its close (that would be a quotation left open).
_MAX_CURLY_QUOTE = 8000
# Up to this many words between quotation marks is a quoted term (a mention, a scare quote); more is quoted speech.
MAX_QUOTED_TERM_WORDS = 3
_OPENER = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_STRAIGHT)) + "]")


def quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Half-open character ranges of ``text`` that lie between a matched pair of quotes."""
    return _quoted_ranges(text)


@lru_cache(maxsize=256)
def _quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    ranges: list[tuple[int, int]] = []
    i = 0
    # Jump from one quotation mark to the next: most characters cannot open a quotation.
    while (found := _OPENER.search(text, i)) is not None:
        i = found.start()
        closer = _closer_for(text, i)
        end = _find_close(text, i + 1, closer, text[i]) if closer is not None else None
        for other in _MISMATCHED.get(closer or "", ()) if end is None else ():
            end = _find_close(text, i + 1, other, text[i])  # typed carelessly: ‘I am OCD”, "29 of them,”
            if end is not None:
                break
        if end is None and text[i] in OPENING_DOUBLE:
            end = _unclosed_term_end(text, i + 1)
        if end is None:
            i += 1
            continue
        ranges.append((i + 1, end))
        i = end + 1
    return tuple(ranges)


# Marks that open a double quotation (a tuple, for ``str.startswith``).
OPENING_DOUBLE = ("\u201c", '"', "\u201e", "\u00ab")
# A term of a few words after an opening mark, running to the end of its sentence: the closing mark left out ("better
# to say “died by suicide” than “committed suicide.").
_TERM_TO_SENTENCE_END = re.compile(
    rf"(?:[^\s.!?\u2026\"\u201c\u201d]+\s+){{0,{MAX_QUOTED_TERM_WORDS - 1}}}[^\s.!?\u2026\"\u201c\u201d]+(?=[.!?\u2026]+(?:\s|$))"
)


def _unclosed_term_end(text: str, start: int) -> int | None:
    """Where a quoted term that nothing closes ends: at its sentence's end, when it is a term's length (longer, it
    is speech that runs on, which ``context.quotation`` reads)."""
    term = _TERM_TO_SENTENCE_END.match(text, start)
    return term.end() if term is not None else None


# A quotation closed by another kind of closing mark: the other curly one, or a curly one after a straight opening
# mark (and the reverse), as editors and publishing systems leave them.
_MISMATCHED = {"\u2019": ("\u201d",), "\u201d": ("\u2019", '"'), '"': ("\u201d",)}


def _closer_for(text: str, i: int) -> str | None:
    char = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if char in _PAIRS:
        if char == "\u2018" and before.isalnum():
            return None
        return _PAIRS[char]
    if char in _STRAIGHT and before in _OPEN_BEFORE and after and not after.isspace():
        return char
    return None


def _find_close(text: str, start: int, closer: str, opener: str) -> int | None:
    limit = min(len(text), start + _MAX_QUOTE)
    j = text.find(closer, start, limit)
    while j != -1:
        after = text[j + 1] if j + 1 < len(text) else ""
        before = text[j - 1] if j > 0 else ""
        if closer in {"'", "\u2019"}:
            if after in _CLOSE_AFTER and not before.isspace():
                return j
        elif not (opener == '"' and before.isspace()):
            return j
        j = text.find(closer, j + 1, limit)
    if opener == "\u201c" and closer == "\u201d" and limit < len(text):
        j = text.find(closer, limit, min(len(text), start + _MAX_CURLY_QUOTE))
        if j != -1 and text.find(opener, start, j) == -1:
            return j
    return None


def enclosing_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted range that holds ``text[start:end]``, if any.

    Ranges never overlap and come in order, so only the last one starting
    at or before ``start`` can hold it: a long text with many quotations is
    searched by bisection, not range by range.
    """
    ranges = quoted_ranges(text)
    position = bisect_right(ranges, (start, len(text) + 1)) - 1
    if position >= 0:
        q_start, q_end = ranges[position]
        if q_start <= start and end <= q_end:
            return q_start, q_end
    return None


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside one quoted range."""
    return enclosing_quote(text, start, end) is not None
