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
_OPTIONAL_OPS = {"?", "*", "!"}


def pattern_triggers(pattern: Any) -> frozenset[str] | None:
    """Lower-cased words one of which must occur for ``pattern`` to match, or None if none can be named."""
    if isinstance(pattern, str):
        words = [w for w in re.findall(r"[^\W\d_]+", pattern)]
        return frozenset({max(words, key=len).lower()}) if words else None
    best: frozenset[str] | None = None
    for token in pattern:
        values = _literal_values(token)
        if values is None:
            continue
        if best is None or min(map(len, values)) > min(map(len, best)):
            best = values
    return best


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
