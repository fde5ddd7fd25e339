"""The writer described with "as": "As an addict, I ...", "I would label myself as an alcoholic", "after
32 years as an addict", "As someone suffering from social anxiety, ... drains my energy".

An "as" phrase describes the subject of the clause it leads into, or the
one it follows; it is the writer's when that is the writer ("As an addict,
I ...", "As an alcoholic, my thoughts ...", "see ourselves as addicts"), not
when it completes a verb about someone else ("my mother got diagnosed as a
schizophrenic").
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words, sentence_bounds
from langcheck.context.person.words import (
    ARTICLES,
    CLAUSE_OPENERS,
    NOT_MODIFIERS,
    PEOPLE,
    POSSESSIVE,
    SELF,
    THIRD_PERSONS,
    before_modifiers,
)

# How people in recovery describe the label they chose: "as a recovering alcoholic, I ...".
_RECOVERY_WORDS = frozenset(
    {"recovering", "recovered", "former", "grateful", "thankful", "sober", "active", "practicing", "practising",
     "proud"}
)


def as_clause(doc: Doc, start: int, end: int, floor: int) -> bool:
    words = lower_words(doc)
    i = before_modifiers(words, start, floor) - 1
    while i >= floor and (words[i] in ARTICLES or words[i] in _RECOVERY_WORDS):
        if words[i] == "the" and words[end - 1].endswith("s"):
            return False  # "as the addicts gathered": "as" opens a clause of its own, about others
        i -= 1
    for _ in range(2):  # describing words with no article: "we as alcoholic addicts"
        if i - 1 >= floor and words[i] != "as" and words[i].isalpha() and words[i] not in NOT_MODIFIERS:
            i -= 1
    if i < floor or words[i] != "as":
        return False
    reach = 5 if i > floor and words[i - 1] in _SPANS_OF_TIME else 3  # "my twenty-eighth year as a ..."
    before_as = words[max(floor, i - reach) : i]
    if any(word in SELF or word in POSSESSIVE for word in before_as) and not (
        before_as and before_as[-1] in PEOPLE and before_as[-1] not in SELF
    ):
        # "I would label myself as an alcoholic", "see ourselves as addicts", "my 28th year as a junkie" (but "my
        # brother as a schizophrenic": the writer's kin, not the writer)
        return True
    sentence_end = sentence_bounds(doc, start)[1]
    # (a list of the writer's other roles may come first: "As a former heroin addict, writer, and filmmaker, I've ...")
    after = words[end : min(end + 10, sentence_end)]
    # "As an addict, I ..." opens the writer's clause; "my mother got diagnosed as a schizophrenic while I was at
    # school" completes a verb about someone else, and the writer comes in a clause of their own
    completes_a_verb = i > floor and words[i - 1] in _AS_VERBS
    opener = next((k for k, word in enumerate(after) if word in CLAUSE_OPENERS and word != "as"), len(after))
    if not completes_a_verb and any(word in SELF for word in after[:opener]):
        return True
    if after[:1] == [","] and after[1:2] and after[1] in POSSESSIVE and after[2:3] and after[2] not in PEOPLE:
        return True  # "As an alcoholic, my thoughts ran riot" (but "As an addict, my brother ...")
    # "After 32 years as an addict, recovery is the hardest thing I have done": time spent as one, in a sentence
    # whose only person is the writer
    sentence = words[floor:sentence_end]
    return (
        i > floor
        and words[i - 1] in _SPANS_OF_TIME
        and any(word in SELF for word in sentence)
        and THIRD_PERSONS.isdisjoint(sentence)
    )


def as_someone(words: list[str], start: int, end: int, floor: int, sentence_end: int) -> bool:
    """ "As someone suffering from social anxiety, ... drains my energy": the writer describes themselves as someone
    with the condition, and the sentence goes on about the writer."""
    i = start - 1
    if i > floor and words[i] == "who":
        i -= 1
    if not (i - 1 >= floor and words[i] in ("someone", "somebody", "one") and words[i - 1] == "as"):
        return False
    rest = words[end:sentence_end]
    return any(word in SELF or word in POSSESSIVE for word in rest) and THIRD_PERSONS.isdisjoint(rest)


_SPANS_OF_TIME = frozenset(["years", "year", "decades", "decade", "months", "life", "days", "time", "career"])
# Verbs whose "as" phrase describes their object or subject, not the writer who speaks after it.
_AS_VERBS = frozenset(
    ["diagnosed", "described", "labelled", "labeled", "known", "seen", "regarded", "classed", "classified", "treated",
     "admitted", "listed", "registered", "branded", "dismissed", "portrayed", "depicted", "cast", "identified"]
)
