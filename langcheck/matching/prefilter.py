"""Trigger words: the cheap lexical pre-pass that decides which blocks need spaCy.

Every pattern must contain at least one required, purely alphabetic word. A
block that contains none of the rules' trigger words (as the start of a word,
ignoring case) cannot match any pattern, so it is never tokenized. The
pre-pass is therefore a superset test: it can only let extra blocks through,
never drop a block that would have matched.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable
from typing import Any

from langcheck.documents.lexical import (
    SourceWords,
    markup_words,
    may_hold_markup,
    paragraphs,
    plain_words,
)
from langcheck.packs.patterns import COMMON_WORDS, Requirement, pattern_requirements, pattern_triggers, thaw_pattern


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

    @functools.cached_property
    def longest(self) -> int:
        """The length of the longest word the pre-pass looks for (trigger, required or cue word)."""
        return max(map(len, self._vocabulary), default=0)

    @functools.cached_property
    def non_ascii_words(self) -> frozenset[str]:
        """The words the pre-pass looks for (trigger, required or cue words) that are not made of ASCII letters."""
        return frozenset(word for word in self._vocabulary if not (word.isascii() and word.isalpha()))

    @functools.cached_property
    def _vocabulary(self) -> list[str]:
        words = [*self.index]
        for entries in self.index.values():
            words += [value for _, requirements in entries for values, _ in requirements for value in values]
        words += [word for cues in self.required_cues.values() if cues for word in cues]
        return words

    def scan(self, text: str, before: str = "") -> set[str]:
        """The candidate rules of ``text`` if one of them also finds any cue it needs, else an empty set.

        ``before`` is the document's text just before ``text``: where a rule's
        cue may stand earlier (``antecedent``), a cue there counts too.
        """
        return self._scan(_Words(text), (lambda: _Words(before).lower) if before else None)

    def scan_source(self, source: str, fmt: str) -> set[str]:
        """``scan`` over the whole of a source, before it is parsed: empty only if no block of it can match.

        The words are those ``documents.lexical`` reads from the source, a
        superset of the words of every block the parser could make of it.
        The source's own letter runs come first: the words markup could make
        by joining letters are worked out only when those do not already let
        a rule through. A Markdown block never spans a blank line, so where
        the whole source lets a rule through, its stretches between blank
        lines are tried one by one: a rule's words spread over a long post
        seldom meet in one paragraph.
        """
        plain = plain_words(source, self.non_ascii_words)
        found = self._scan(_Words.given(source, plain))
        if fmt == "text":  # no markup: the letter runs are the blocks' words
            return found
        if not found:
            return self._scan(_Words.given(source, markup_words(source, plain, self.longest)))
        if fmt != "markdown":
            return found
        earlier: set[str] = set()  # the words of the stretches before: where an antecedent cue may stand
        # A stretch holds no wanted word that its whole source lacks: only those the source holds are looked for.
        wanted_here = self.non_ascii_words & plain.lower
        for chunk in paragraphs(source):
            chunk_plain = plain_words(chunk, wanted_here)
            before = (lambda: earlier) if self.antecedent and earlier else None
            found = self._scan(_Words.given(chunk, chunk_plain), before)
            if not found and may_hold_markup(chunk):
                found = self._scan(_Words.given(chunk, markup_words(chunk, chunk_plain, self.longest)), before)
            if found:
                return found
            if self.antecedent:
                earlier.update(chunk_plain.lower)
        return set()

    def _scan(self, words: _Words, before: Callable[[], Collection[str]] | None = None) -> set[str]:
        """The candidates of ``words`` if one of them finds its cue there, or (``antecedent``) in ``before()``."""
        candidates = self._candidates(words)
        preceding: Collection[str] | None = None
        for rule_id in candidates:
            cues = self.required_cues.get(rule_id)
            if cues is None or not cues.isdisjoint(words.lower):
                return candidates
            if rule_id in self.antecedent and before is not None:
                preceding = before() if preceding is None else preceding
                if not cues.isdisjoint(preceding):
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

    __slots__ = ("_exact", "_joined", "_substrings", "folded", "lower", "text")

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
        self._exact: dict[frozenset[str], bool] = {}
        self._joined: frozenset[str] = frozenset()  # exact-case words that are not letter runs of ``text``
        self._substrings: dict[frozenset[str], bool] = {}

    @classmethod
    def given(cls, source: str, found: SourceWords) -> _Words:
        """The words of a whole source as ``documents.lexical`` reads them, rather than of one text."""
        words = cls.__new__(cls)
        lower = found.lower
        if "n't" in found.folded or "n’t" in found.folded:
            lower = lower | frozenset(_contraction_stems(found.folded))  # as in ``__init__``
        words.text, words.folded, words.lower, words._substrings = source, found.folded, lower, {}
        words._exact, words._joined = {}, found.joined
        return words

    def has(self, requirement: Requirement) -> bool:
        values, how = requirement
        if how == "word":
            return not values.isdisjoint(self.lower)
        if how == "exact":
            # A long text's exact-case words are not all listed: each value is looked for where the text holds it.
            found = self._exact.get(values)
            if found is None:
                found = self._exact[values] = not values.isdisjoint(self._joined) or any(
                    _holds_whole_run(self.text, value) for value in values
                )
            return found
        # The same sets recur across patterns; a whole source's text is long, so each is searched once.
        found = self._substrings.get(values)
        if found is None:
            found = self._substrings[values] = any(value in self.folded for value in values)
        return found


def _holds_whole_run(text: str, value: str) -> bool:
    """Whether ``text`` holds ``value`` as a whole letter run: letters of its own on neither side (never, if it is not
    one). Each place the text holds it is checked, found by substring search: a regular expression with look-arounds
    would try every position of a long text, and an exact-case word ("ADD") is rare where its letters are common."""
    if _LETTER_RUN.fullmatch(value) is None:
        return False
    at = text.find(value)
    while at != -1:
        end = at + len(value)
        if (at == 0 or not _is_letter(text[at - 1])) and (end == len(text) or not _is_letter(text[end])):
            return True
        at = text.find(value, at + 1)
    return False


def _is_letter(char: str) -> bool:
    """A letter as regular expressions have it (``[^\\W\\d_]``): a word character that is no digit and no underscore."""
    return _LETTER_RUN.match(char) is not None


def _rarity(requirement: Requirement) -> tuple[bool, int, int]:
    """Lower is rarer: word tests before substring searches, then fewer common words, then fewer alternatives."""
    values, how = requirement
    return (how == "text", sum(1 for value in values if value in COMMON_WORDS), len(values))


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
            # The rarest first: most texts lack it, and the other requirements are then never tested.
            requirements = tuple(sorted(pattern_requirements(thawed), key=_rarity))
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
