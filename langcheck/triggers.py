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


def compile_trigger_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One trie-shaped, case-insensitive regex: linear-time scanning without backtracking blow-ups."""
    trie: dict[str, Any] = {}
    for word in sorted(set(words)):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _trie_to_regex(trie) if trie else "(?!)"
    return re.compile(r"\b" + body + _WORD_END, re.IGNORECASE)


# Trigger words are whole words: spaCy never splits a run of letters into two
# tokens (contractions aside, and no trigger is one), so "bi" must not fire on
# "binary" nor "meth" on "method".
_WORD_END = r"(?![^\W\d_])"


def _trie_to_regex(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_to_regex(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append("")
    if not branches:
        return ""
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(b for b in branches if b) + ")" + ("?" if "" in branches else "")


_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ASCII_LETTER_RUN = re.compile(r"[a-z]+")  # the same runs in lower-cased ASCII text, found twice as fast


class Prefilter:
    """Decide cheaply whether any enabled rule could match a block.

    A pattern can only match where every one of its required literal tokens
    occurs (one word of each ``IN`` set; case-sensitive for ``ORTH``), and a
    rule that needs a cue nearby (``only_near``) also needs one of its cue
    words. These are necessary conditions of a match, so the pre-pass never
    hides a finding; it only spares spaCy the blocks that cannot have one.

    Trigger words are whole words (spaCy never splits a run of letters, bar
    contractions, which no trigger is), so the test is set arithmetic on the
    block's letter runs: nothing to compile at start-up.
    """

    def __init__(
        self,
        index: dict[str, list[tuple[str, tuple[Requirement, ...]]]],
        required_cues: dict[str, frozenset[str] | None],
    ) -> None:
        self.index = index
        self.required_cues = required_cues

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self.index)

    def candidate_rules(self, text: str) -> set[str]:
        """Rules one of whose patterns has all its required words in ``text`` (cues not checked)."""
        return self._candidates(_Words(text))

    def might_match(self, text: str) -> bool:
        return bool(self.scan(text))

    def scan(self, text: str) -> set[str]:
        """The candidate rules of ``text`` if one of them also finds any cue it needs, else an empty set."""
        words = _Words(text)
        candidates = self._candidates(words)
        for rule_id in candidates:
            cues = self.required_cues.get(rule_id)
            if cues is None or not cues.isdisjoint(words.lower):
                return candidates
        return set()

    def _candidates(self, words: _Words) -> set[str]:
        found: set[str] = set()
        index = self.index
        for word in words.lower & index.keys():
            for rule_id, requirements in index[word]:
                if rule_id not in found and all(words.has(requirement) for requirement in requirements):
                    found.add(rule_id)
        return found


class _Words:
    """The letter runs of a text, lower-cased, with the exact-case runs and the folded text on demand."""

    __slots__ = ("_raw", "folded", "lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = text.lower()
        # Lower-casing first and splitting once is the same as splitting and lower-casing
        # each run, except for the few letters whose lower case is longer (Turkish dotted I).
        if text.isascii():
            self.lower = set(_ASCII_LETTER_RUN.findall(self.folded))
        else:
            self.lower = {run.lower() for run in _LETTER_RUN.findall(text)}
        self._raw: set[str] | None = None

    def has(self, requirement: Requirement) -> bool:
        values, how = requirement
        if how == "word":
            return not values.isdisjoint(self.lower)
        if how == "exact":
            if self._raw is None:
                self._raw = set(_LETTER_RUN.findall(self.text))
            return not values.isdisjoint(self._raw)
        return any(value in self.folded for value in values)


def build_prefilter(rules: Iterable[Any]) -> Prefilter:
    """From :class:`langcheck.core.models.Rule` objects; each pattern is filed under its rarest required word set."""
    from langcheck.rulepack import thaw_pattern

    index: dict[str, list[tuple[str, tuple[Requirement, ...]]]] = {}
    required: dict[str, frozenset[str] | None] = {}
    for rule in rules:
        own: set[str] = set()
        for pattern in rule.patterns:
            thawed = thaw_pattern(pattern)
            key = pattern_triggers(thawed) or frozenset()
            requirements = tuple(pattern_requirements(thawed))
            for word in key:
                index.setdefault(word, []).append((rule.id, requirements))
            own |= key
        cue_sets = [pattern_triggers(thaw_pattern(cue), frozenset(own)) for cue in rule.context.only_near]
        # A cue without a nameable word could be anything, so such a rule needs no cue word up front.
        needs_cue = bool(cue_sets) and all(cue_sets)
        required[rule.id] = frozenset(w for cues in cue_sets for w in cues or ()) if needs_cue else None
    return Prefilter(index, required)
