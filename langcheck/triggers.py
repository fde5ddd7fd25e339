"""Trigger words: the cheap lexical pre-pass that decides which blocks need spaCy.

Every pattern must contain at least one required, purely alphabetic word. A
block that contains none of the rules' trigger words (as the start of a word,
ignoring case) cannot match any pattern, so it is never tokenized. The
pre-pass is therefore a superset test: it can only let extra blocks through,
never drop a block that would have matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_TEXT_KEYS = ("ORTH", "TEXT", "LOWER")
# Words so common that a trigger on them would send most blocks to spaCy.
COMMON_WORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "get", "gets", "getting", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "really", "totally", "bit", "little", "kind", "sort", "one", "make", "made", "go", "going", "gone", "went", "say", "said", "says", "make", "makes", "way", "much", "many", "well", "also", "still", "even", "ever", "back", "new", "old", "good", "bad", "big", "day", "time", "year", "people", "thing", "things", "code"]
)
_OPTIONAL_OPS = {"?", "*", "!"}


def pattern_triggers(pattern: Any) -> frozenset[str] | None:
    """Lower-cased words one of which must occur for ``pattern`` to match, or None if none can be named."""
    if isinstance(pattern, str):
        candidates = [frozenset({w.lower()}) for w in re.findall(r"[^\W\d_]+", pattern)]
    else:
        candidates = [values for token in pattern if (values := _literal_values(token)) is not None]
    return min(candidates, key=_commonness) if candidates else None


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


def compile_trigger_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One trie-shaped, case-insensitive regex: linear-time scanning without backtracking blow-ups."""
    trie: dict[str, Any] = {}
    for word in sorted(set(words)):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _trie_to_regex(trie) if trie else "(?!)"
    return re.compile(r"\b" + body, re.IGNORECASE)


def _trie_to_regex(node: dict[str, Any]) -> str:
    if list(node) == [""]:
        return ""
    if "" in node:
        # A shorter word ends here: any longer continuation is also a hit, so stop.
        return ""
    branches = [re.escape(char) + _trie_to_regex(child) for char, child in sorted(node.items())]
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
