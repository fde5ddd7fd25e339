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

from langcheck.packs.patterns import Requirement, pattern_requirements, pattern_triggers, thaw_pattern


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
        antecedent: frozenset[str] = frozenset(),
    ) -> None:
        self.index = index
        self.required_cues = required_cues
        # Rules whose cue may also stand in the text before (``context.antecedent``).
        self.antecedent = antecedent

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self.index)

    def candidate_rules(self, text: str) -> set[str]:
        """Rules one of whose patterns has all its required words in ``text`` (cues not checked)."""
        return self._candidates(_Words(text))

    def might_match(self, text: str) -> bool:
        return bool(self.scan(text))

    def scan(self, text: str, before: str = "") -> set[str]:
        """The candidate rules of ``text`` if one of them also finds any cue it needs, else an empty set.

        ``before`` is the document's text just before ``text``: where a rule's
        cue may stand earlier (``antecedent``), a cue there counts too.
        """
        words = _Words(text)
        candidates = self._candidates(words)
        preceding: _Words | None = None
        for rule_id in candidates:
            cues = self.required_cues.get(rule_id)
            if cues is None or not cues.isdisjoint(words.lower):
                return candidates
            if rule_id in self.antecedent and before:
                preceding = preceding or _Words(before)
                if not cues.isdisjoint(preceding.lower):
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


def _contraction_stems(folded: str) -> list[str]:
    """The words before "n't" in ``folded`` ("could" in "couldn't"), found from each "n't" backwards."""
    stems = []
    for mark in ("n't", "n’t"):
        at = folded.find(mark)
        while at != -1:
            start = at
            while start > 0 and folded[start - 1].isalpha():
                start -= 1
            after = at + len(mark)
            if start < at and not (after < len(folded) and folded[after].isalpha()):
                stems.append(folded[start:at])
            at = folded.find(mark, after)
    return stems


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
        if "n't" in self.folded or "n’t" in self.folded:
            # spaCy splits "couldn't" into "could" and "n't" (and "can't" into "ca" and "n't"): a cue such
            # as "could" is a word of the text too.
            self.lower.update(_contraction_stems(self.folded))
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
    index: dict[str, list[tuple[str, tuple[Requirement, ...]]]] = {}
    required: dict[str, frozenset[str] | None] = {}
    antecedent: set[str] = set()
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
        if rule.context.antecedent:
            antecedent.add(rule.id)
    return Prefilter(index, required, frozenset(antecedent))
