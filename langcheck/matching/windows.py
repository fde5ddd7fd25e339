"""Where in a doc a token pattern can possibly match, so the Matcher only walks those tokens.

spaCy's Matcher costs time for every token it is given. A rule pattern
always contains one of its trigger words and has a bounded length, so every
match lies within that length of a trigger token; an exception counts only
where it overlaps a match; a cue only within the rule's window of a match.
Running the Matcher on those stretches alone (each cut to its sentence,
since nothing reaches across one) finds exactly the matches a run over the
whole sentence would find, at a fraction of the tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

Reach = int | None
"""How many tokens beyond an anchor a match may extend; None when it cannot be bounded (a sentence)."""

_BOUNDED = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


def pattern_length(pattern: Sequence[dict[str, Any]]) -> int | None:
    """The most tokens ``pattern`` can match, or None if an operator repeats without limit."""
    total = 0
    for token in pattern:
        op = str(token.get("OP", ""))
        if op in ("", "!", "?"):
            total += 1
        elif op in ("+", "*"):
            return None
        else:
            bounded = _BOUNDED.fullmatch(op)
            if bounded is None:
                return None
            low, comma, high = bounded.groups()
            if comma and not high:
                return None
            total += int(high or low or 0)
    return total


def widest(reaches: Iterable[Reach]) -> Reach:
    """The reach that covers all of ``reaches`` (None, unbounded, wins)."""
    out = 0
    for reach in reaches:
        if reach is None:
            return None
        out = max(out, reach)
    return out


def windows(
    anchors: Iterable[tuple[int, int]], reach: Reach, sentence_of: Callable[[int], tuple[int, int]]
) -> list[tuple[int, int]]:
    """Token ranges to run a Matcher on: each anchor widened by ``reach``, cut to its sentence, overlaps merged.

    Ranges of different sentences are never merged, so no range crosses a
    sentence boundary.
    """
    stretches: list[tuple[int, int, int]] = []
    for start, end in anchors:
        sentence_start, sentence_end = sentence_of(start)
        if reach is None:
            stretches.append((sentence_start, sentence_start, sentence_end))
        else:
            low = max(sentence_start, start - reach)
            high = min(sentence_end, end + reach)
            stretches.append((sentence_start, low, high))
    merged: list[tuple[int, int, int]] = []
    for sentence, low, high in sorted(stretches):
        if merged and merged[-1][0] == sentence and low <= merged[-1][2]:
            previous = merged[-1]
            merged[-1] = (sentence, previous[1], max(previous[2], high))
        else:
            merged.append((sentence, low, high))
    return [(low, high) for _, low, high in merged if low < high]


_TEXT_ATTRS = ("LOWER", "ORTH", "TEXT")


def token_needs(pattern: Sequence[dict[str, Any]]) -> tuple[frozenset[str], ...]:
    """The lower-case forms each unskippable, text-comparing token of ``pattern`` accepts.

    A stretch of tokens can only hold a match if, for every entry, one of its
    tokens has one of those forms: a test on a set of integers that is far
    cheaper than a Matcher call, most of which (near a trigger word that is
    not part of a phrase) find nothing. ``ORTH`` values count by their lower
    case, which is how spaCy derives a token's ``LOWER`` from its text.
    """
    needs: list[frozenset[str]] = []
    for token in pattern:
        op = str(token.get("OP", ""))
        if op in ("?", "*", "!") or op.startswith(("{0", "{,")):
            continue
        for attr in _TEXT_ATTRS:
            values = _compared(token.get(attr))
            if values is not None:
                needs.append(frozenset(values if attr == "LOWER" else (value.lower() for value in values)))
                break
    return tuple(needs)


def _compared(value: Any) -> list[str] | None:
    """The strings a token attribute must equal, or None if it is not an equality or ``IN`` test."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(item, str) for item in value["IN"]):
        return list(value["IN"])
    return None


def may_hold_match(needs: Sequence[tuple[frozenset[int], ...]] | None, lowers: Sequence[int], low: int, high: int) -> bool:
    """Whether tokens ``low:high`` (their ``LOWER`` hashes in ``lowers``) meet every need of some pattern.

    ``None`` stands for a pattern set with a pattern that needs nothing in particular.
    """
    if needs is None:
        return True
    present = set(lowers[low:high])
    return any(all(not forms.isdisjoint(present) for forms in pattern) for pattern in needs)
