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


class Prefilter:
    """Decide cheaply whether any enabled rule could match a block.

    A block is a candidate when it contains a trigger word of some rule and,
    for rules that need a cue nearby (``only_near``), also one of that rule's
    cue words. Both are necessary conditions of a match, so the pre-pass never
    hides a finding; it only spares spaCy the blocks that cannot have one.

    The regex reports the shortest trigger at a word start ("mental" in
    "mentally"); the trie then names every trigger word starting there, so a
    rule keyed on the longer word is not overlooked.
    """

    def __init__(self, triggers: dict[str, set[str]], required_cues: dict[str, re.Pattern[str] | None]) -> None:
        self.word_rules = triggers
        self.regex = compile_trigger_regex(triggers)
        self.required_cues = required_cues
        self._trie: dict[str, Any] = {}
        for word in triggers:
            node = self._trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = word

    def _rules_at(self, text: str, position: int) -> set[str]:
        found: set[str] = set()
        node = self._trie
        for char in text[position : position + 64]:
            node = node.get(char.lower())  # type: ignore[assignment]
            if node is None:
                break
            if "" in node:
                found |= self.word_rules[node[""]]
        return found

    def candidate_rules(self, text: str) -> set[str]:
        """Rules whose trigger words occur in ``text`` (cue requirements not checked)."""
        found: set[str] = set()
        for match in self.regex.finditer(text):
            found |= self._rules_at(text, match.start())
        return found

    def might_match(self, text: str) -> bool:
        checked: set[str] = set()
        for match in self.regex.finditer(text):
            for rule_id in self._rules_at(text, match.start()) - checked:
                checked.add(rule_id)
                cue = self.required_cues.get(rule_id)
                if cue is None or cue.search(text):
                    return True
        return False


def build_prefilter(rules: Iterable[Any]) -> Prefilter:
    """From :class:`langcheck.models.Rule` objects (patterns already in Matcher form via ``thaw``)."""
    from langcheck.rulepack import thaw_pattern

    triggers: dict[str, set[str]] = {}
    required: dict[str, re.Pattern[str] | None] = {}
    for rule in rules:
        own: set[str] = set()
        for pattern in rule.patterns:
            for word in pattern_triggers(thaw_pattern(pattern)) or ():
                triggers.setdefault(word, set()).add(rule.id)
                own.add(word)
        cue_words = {w for cue in rule.context.only_near for w in (pattern_triggers(cue, frozenset(own)) or ())}
        required[rule.id] = compile_trigger_regex(cue_words) if rule.context.only_near else None
    return Prefilter(triggers, required)
