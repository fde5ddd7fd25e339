"""The pattern language of packs: frozen and spaCy forms of a pattern, and the words a pattern needs.

Rules are immutable, so their token patterns are stored frozen (hashable
tuples) and thawed into spaCy's list-of-dicts form where a Matcher needs
them. A pattern can only match where its required literal words occur; those
words are what the pre-pass scans for (``langcheck.matching.prefilter``), so
a pack whose pattern names none is rejected when it is loaded.
"""

from __future__ import annotations

import re
from typing import Any


def freeze_pattern(pattern: Any) -> Any:
    """Patterns become hashable tuples of (key, value) pairs so rules stay immutable."""
    if isinstance(pattern, str):
        return pattern
    return tuple(tuple(sorted((k, _freeze_value(v)) for k, v in token.items())) for token in pattern)


def _freeze_value(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, tuple(v)) for k, v in value.items()))
    return value


def thaw_pattern(pattern: Any) -> Any:
    """The spaCy Matcher form (list of dicts) of a frozen token pattern."""
    if isinstance(pattern, str):
        return pattern
    return [{k: ({ik: list(iv) for ik, iv in v} if isinstance(v, tuple) else v) for k, v in token} for token in pattern]


_TEXT_KEYS = ("ORTH", "TEXT", "LOWER")
# Words so common that a trigger on them would send most blocks to spaCy.
COMMON_WORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "get", "gets", "getting", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "really", "totally", "bit", "little", "kind", "sort", "one", "make", "made", "go", "going", "gone", "went", "say", "said", "says", "make", "makes", "way", "much", "many", "well", "also", "still", "even", "ever", "back", "new", "old", "good", "bad", "big", "day", "time", "year", "people", "thing", "things", "code"]
)
_OPTIONAL_OPS = {"?", "*", "!"}


def pattern_triggers(pattern: Any, avoid: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Lower-cased words one of which must occur for ``pattern`` to match, or None if none can be named.

    ``avoid`` names words that tell nothing new (a rule's own triggers, for its cues).
    """
    if isinstance(pattern, str):
        candidates = [frozenset({w.lower()}) for w in re.findall(r"[^\W\d_]+", pattern)]
    else:
        candidates = [values for token in pattern if (values := _literal_values(token)) is not None]
    informative = [c for c in candidates if not c & avoid] or candidates
    return min(informative, key=_commonness) if informative else None


def _commonness(values: frozenset[str]) -> tuple[int, int, int]:
    """Lower is rarer: no common words first, then fewer alternatives, then longer words."""
    return (sum(1 for v in values if v in COMMON_WORDS), len(values), -min(map(len, values)))


def _literal_values(token: dict[str, Any]) -> frozenset[str] | None:
    op = str(token.get("OP", ""))
    if op in _OPTIONAL_OPS or op.startswith("{0"):
        return None
    for key in _TEXT_KEYS:
        value = token.get(key)
        if isinstance(value, str):
            values = [value]
        elif isinstance(value, dict) and "IN" in value:
            values = list(value["IN"])
        else:
            continue
        if all(v.isalpha() for v in values):
            return frozenset(v.lower() for v in values)
    return None


Requirement = tuple[frozenset[str], str]
"""Strings one of which must occur, and how: ``"word"`` (a whole letter run, any case), ``"exact"``
(a whole letter run, this case: ``ORTH: ADD`` is not "add") or ``"text"`` (a substring, any case,
for literal tokens with dots or digits such as "O.C.D.")."""


def pattern_requirements(pattern: Any) -> list[Requirement]:
    """Every required literal token of ``pattern``: all of them must occur for it to match."""
    if isinstance(pattern, str):
        return [(frozenset({w.lower()}), "word") for w in re.findall(r"[^\W\d_]+", pattern)]
    out: list[Requirement] = []
    for token in pattern:
        op = str(token.get("OP", ""))
        if op in _OPTIONAL_OPS or op.startswith("{0"):
            continue
        for key in _TEXT_KEYS:
            value = token.get(key)
            values = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
            if not values:
                continue
            if all(v.isalpha() for v in values):
                exact = key != "LOWER"
                out.append((frozenset(values if exact else (v.lower() for v in values)), "exact" if exact else "word"))
            elif all(re.search(r"[^\W\d_]", v) for v in values):
                out.append((frozenset(v.lower() for v in values), "text"))
            break
    return out
