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
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

# A rule id and the lower-case trigger word of a match.
SenseKey = tuple[str, str]
MIN_EVIDENCE = 2

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")


@dataclass(frozen=True)
class SenseWords:
    """What one rule's sense evidence is made of: its trigger words and the words of its cues and exceptions."""

    triggers: frozenset[str]
    cues: frozenset[str]


def sense_evidence(texts: Iterable[str], words: Mapping[str, SenseWords]) -> Counter[SenseKey]:
    """For every rule in ``words`` and each of its trigger words: the sentences of ``texts`` where it meets a cue."""
    evidence: Counter[SenseKey] = Counter()
    every_trigger = frozenset().union(*(w.triggers for w in words.values()))
    for text in texts:
        lowered = text.lower()
        if not any(trigger in lowered for trigger in every_trigger):
            continue
        for sentence in _SENTENCE_END.split(lowered):
            present = set(_WORD.findall(sentence))
            if not present & every_trigger:
                continue
            for rule_id, sense in words.items():
                for trigger in present & sense.triggers:
                    if present & (sense.cues - {trigger}):
                        evidence[(rule_id, trigger)] += 1
    return evidence


def senses_given_way(evidence: Counter[SenseKey], candidates: Iterable[SenseKey]) -> set[SenseKey]:
    """The candidate keys whose matches give way to the document's other sense of the word."""
    counted = Counter(candidates)
    return {key for key, kept in counted.items() if evidence[key] >= MIN_EVIDENCE and evidence[key] > kept}


def given_way(
    texts: Sequence[str], words: Mapping[str, SenseWords], candidates: Iterable[SenseKey]
) -> set[SenseKey]:
    """``senses_given_way`` for one document, counting its evidence only when a candidate needs it."""
    keys = list(candidates)
    if not keys:
        return set()
    needed = {rule_id for rule_id, _ in keys}
    return senses_given_way(sense_evidence(texts, {r: w for r, w in words.items() if r in needed}), keys)
