"""One sense per document: a word keeps the meaning the document gives it elsewhere.

A memoir of bipolar disorder says "manic" beside "episode", "symptoms" and
"lithium"; a history of the insanity defence says "insanity" next to "plea"
and "not guilty"; an account of psychosis says "delusional" beside
"hallucinations". A sentence of such a document that has no cue of its own
("the manic year I spent with her", "he was susceptible to insanity") still
means what the document means: writers rarely switch between the clinical
or legal sense of a word and its casual sense in one text (Gale, Church and
Yarowsky's "one sense per discourse").

Rules opt in with ``context.document_sense``: the rules whose words have a
clinical sense a whole document can be about ("manic", "depressed",
"delusional", "insanity", "traumatic"). Evidence for that sense is a
sentence of the document where one of the rule's trigger words meets one of
the words of its ``unless_near`` cues or exceptions ("a manic episode",
"manic symptoms"). Once the whole document is matched, a match of the rule
gives way when its trigger word has at least ``MIN_EVIDENCE`` such sentences
and they outnumber the matches of that word. The count is lexical, so it
also sees sentences no rule pattern matched ("going manic and not
sleeping").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

# A rule id and the lower-case trigger word of a match.
SenseKey = tuple[str, str]
MIN_EVIDENCE = 2



@dataclass(frozen=True)
class SenseWords:
    """What one rule's sense evidence is made of: its trigger words and the words of its cues and exceptions."""

    triggers: frozenset[str]
    cues: frozenset[str]


def sense_evidence(
    texts: Iterable[str], words: Mapping[str, SenseWords], enough: Mapping[SenseKey, int] | None = None
) -> Counter[SenseKey]:
    """For every rule in ``words`` and each of its trigger words: the sentences of ``texts`` where it meets a cue.

    Only the sentences around trigger words are read, so a long document costs
    one regular-expression scan; counting stops once every key has reached
    its ``enough``.
    """
    evidence: Counter[SenseKey] = Counter()
    every_trigger = frozenset().union(*(w.triggers for w in words.values()))
    if not every_trigger:
        return evidence
    finder = _word_finder(every_trigger)
    rules_of: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for rule_id, sense in words.items():
        for trigger in sense.triggers:
            rules_of.setdefault(trigger, []).append((rule_id, _word_finder(sense.cues)))
    for text in texts:
        lowered = text.lower()
        ends: list[int] | None = None  # sentence ends, found once a text has a trigger word
        counted: set[tuple[int, SenseKey]] = set()
        for found in finder.finditer(lowered):
            if ends is None:
                ends = [match.start() + 1 for match in _SENTENCE_END.finditer(lowered)]
            position = bisect_right(ends, found.start())
            start = ends[position - 1] if position else 0
            stop = ends[position] if position < len(ends) else len(lowered)
            trigger = found.group()
            for rule_id, cues in rules_of[trigger]:
                key = (rule_id, trigger)
                if (start, key) in counted or (enough is not None and evidence[key] >= enough.get(key, 0)):
                    continue
                if any(cue.group() != trigger for cue in cues.finditer(lowered, start, stop)):
                    evidence[key] += 1
                    counted.add((start, key))
            if enough is not None and all(evidence[key] >= count for key, count in enough.items()):
                return evidence
    return evidence


@lru_cache(maxsize=64)
def _word_finder(words: frozenset[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word."""
    body = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])")


# The end of a sentence: closing punctuation, then white space.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


def senses_given_way(evidence: Counter[SenseKey], candidates: Iterable[SenseKey]) -> set[SenseKey]:
    """The candidate keys whose matches give way to the document's other sense of the word."""
    counted = Counter(candidates)
    return {key for key, kept in counted.items() if evidence[key] >= MIN_EVIDENCE and evidence[key] > kept}


def given_way(
    texts: Sequence[str], words: Mapping[str, SenseWords], candidates: Iterable[SenseKey]
) -> set[SenseKey]:
    """``senses_given_way`` for one document, counting evidence only for the words of its candidates.

    Only the candidates' own trigger words are looked for, and a word stops
    being counted once its evidence outnumbers its candidates: more would not
    change the answer.
    """
    counted = Counter(candidates)
    if not counted:
        return set()
    narrowed: dict[str, SenseWords] = {}
    for rule_id, trigger in counted:
        if rule_id in words:
            known = narrowed.get(rule_id, SenseWords(frozenset(), words[rule_id].cues))
            narrowed[rule_id] = SenseWords(known.triggers | {trigger}, known.cues)
    enough = {key: max(MIN_EVIDENCE, kept + 1) for key, kept in counted.items()}
    return senses_given_way(sense_evidence(texts, narrowed, enough), counted.elements())
