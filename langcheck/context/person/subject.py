"""The writer as the subject of a label, in any tense and aspect: "I am an addict", "we're all alcoholics",
"I was an alcoholic for ten years", "I used to be an addict", "I never thought I could become an addict".

``is_self_description`` starts here because this is the commonest way a
writer describes themselves: it walks back from the label over the words that
may bridge it to its subject (forms of "be", "become" and "have", adverbs,
"used to", "what you might call", time spent) and stops at the writer, unless
the writer only has the people the label names ("I have crackheads for
neighbors"). Where the walk finds no writer, it asks the other modules of the
package, each of which knows one other way of describing oneself.
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words, sentence_bounds
from langcheck.context.person.as_phrases import as_clause, as_someone
from langcheck.context.person.chosen import self_chosen, self_described
from langcheck.context.person.clauses import (
    second_complement_of_the_writer,
    worn_by_the_writer,
    worn_in_the_clause,
    writer_before_an_aside,
)
from langcheck.context.person.group import (
    like_many,
    like_the_writer,
    member_of_them,
    one_of_them,
    own_group,
    some_of_us,
    writer_in_brackets,
)
from langcheck.context.person.hedges import hedged
from langcheck.context.person.own import emphatic_self_after, own_condition, part_of_the_writer, writers_own_abstinence
from langcheck.context.person.reported import reported_self_description
from langcheck.context.person.two_labels import first_of_two_labels
from langcheck.context.person.words import (
    ARTICLES,
    BRIDGE,
    CLAUSE_OPENERS,
    COPULA_FORMS,
    PEOPLE,
    REFLEXIVE,
    SELF,
    before_modifiers,
    is_adverb,
    plain,
    writer_follows,
)


def is_self_description(doc: Doc, start: int, end: int) -> bool:
    """The writer describes themselves: "I am an addict", "we're all alcoholics here", "as an addict, I"."""
    floor, ceiling = sentence_bounds(doc, start)
    words = lower_words(doc)
    if self_described(words, start, floor):
        return True
    if hedged(words, start, end, floor):
        return False  # "it makes us a little bit bipolar", "I'm kinda bipolar": a passing mood, not a diagnosis worn
    if start - 2 >= floor and words[start - 1] == "/" and words[start - 2].isalpha():
        return is_self_description(doc, start - 2, start - 1)  # "an alcoholic/addict": one label in two words
    first = first_of_two_labels(words, start, end, floor)
    if first is not None:
        # "I am a recovering alcoholic and addict": the second of two labels for one person
        return is_self_description(doc, first, first + 1 + (words[first] in ("a", "an")))
    if self_chosen(words, start, floor):
        return True
    i = before_modifiers(words, start, floor) - 1
    verb = i - 1 if i >= floor and words[i] in ARTICLES else i
    to_be = verb - 1 > floor and words[verb] in ("be", "become") and words[verb - 1] == "to"
    if to_be and _writer_wants_or_feels(words, verb - 1, floor):
        return True  # "I used to be embarrassed to be an alcoholic", "grateful over the years to be an alcoholic"
    while i >= floor and words[i] not in SELF and not _preposition_to(words, i) and (
        plain(words[i]) in BRIDGE
        or is_adverb(words[i])  # "I'm slowly becoming an alcoholic"
        or (words[i] == "and" and words[i + 1] in BRIDGE and words[i + 1] not in ARTICLES)
        or _being_after_a_state(words, i, floor)
        # the one label the writer wears in a place or a story: "I'm the manic addict on the men's unit"
        or (words[i] == "the" and i > floor and plain(words[i - 1]) in COPULA_FORMS)
        # "I still didn't feel like an alcoholic": how the writer felt
        or (words[i] == "like" and i > floor and words[i - 1] in _FEELING_VERBS)
        or (words[i] in _FEELING_VERBS and i + 1 < len(words) and words[i + 1] == "like")
        # a label the writer feared or never expected to wear: "I never thought I could become an addict"
        or (words[i] in ("could", "might") and words[i + 1] in ("become", "becoming"))
        # what the writer talks or writes about being: "I talk openly about being an alcoholic"
        or (words[i] in ("about", "of") and words[i + 1] == "being")
        or (words[i] in _TALKING and "about" in words[i + 1 : i + 3])
        or _time_spent(words, i, floor, start)
        or _in_what_you_call(words, i, floor)
    ):
        i -= 1  # "I am and will always be an alcoholic": a second verb for the same subject
    if i >= floor and words[i] in REFLEXIVE and (i == floor or words[i - 1] in _APPOSITION_OPENERS):
        return False  # "Boswell (himself a depressive)", "Hemingway, himself a drunk": the writer's words for them
    if i >= floor and (words[i] in SELF or words[i] in REFLEXIVE):
        return not _people_the_writer_has(words, i, start, end)
    if i > floor and words[i] == "," and writer_before_an_aside(words, i, floor):
        return True  # "I, like so many veterans, suffer from PTSD"
    if i > floor and words[i] == "and" and second_complement_of_the_writer(words, i, floor):
        return True  # "I'm 15, and an anorexic in recovery"
    if i - 1 >= floor and words[i] == "who" and worn_by_the_writer(words, i - 1, floor):
        return True  # "I am a former heroin user who has been clean for years": the clause is about the writer
    if i - 2 >= floor and words[i] == "," and words[i - 1] == "me" and words[i - 2] in ("for", "to"):
        return True  # "For me, being a thankful addict is ..."
    if (i < floor or words[i] in CLAUSE_OPENERS) and writer_follows(words, end, ceiling):
        return True
    if i > floor and words[i] in CLAUSE_OPENERS and words[floor] in SELF and worn_in_the_clause(words, i, start):
        return True  # the writer opened the sentence: "I'm becoming an alcoholic after having been a stoner"
    return (
        as_clause(doc, start, end, floor)
        or as_someone(words, start, end, floor, ceiling)
        or like_the_writer(words, end)
        or like_many(words, start, end, floor, ceiling)
        or some_of_us(words, start, floor)
        or one_of_them(words, start, floor)
        or member_of_them(words, start, floor)
        or own_group(doc, start, floor)
        or own_condition(words, start, end, floor)
        or part_of_the_writer(words, end)
        or emphatic_self_after(words, end)
        or writer_in_brackets(words, end)
        or writers_own_abstinence(words, start, end, floor, ceiling)
        or reported_self_description(words, start, floor)
    )


# Marks that open an aside in apposition: a reflexive after one is emphatic, not a label chosen for oneself.
_APPOSITION_OPENERS = frozenset(["(", ",", "—", "–", "[", ";"])
_TALKING = frozenset(
    ["talk", "talks", "talked", "speak", "speaks", "spoke", "write", "writes", "wrote", "blog", "blogs"]
)

# How far back from "to be <label>" the writer may stand as the subject ("I've become grateful over the years to be").
_TO_BE_REACH = 8
# Who else the infinitive may be about: "I want you to be", "I told him to be".
_OTHER_PEOPLE = frozenset(
    ["you", "him", "her", "them", "someone", "somebody", "people", "everyone", "anyone", "he", "she", "they", "it",
     "my", "our", "your", "his", "their",  # "I never wanted my son to be an addict"
     "what", "who", "which", "that", "this", "these", "those", "there"]  # "I see what appears to be crackheads"
)


def _writer_wants_or_feels(words: list[str], to: int, floor: int) -> bool:
    """ "I used to be embarrassed to be an alcoholic": the writer, the subject of the clause, is the one "to be" it."""
    for i in range(to - 1, max(floor, to - _TO_BE_REACH) - 1, -1):
        word = words[i]
        if word in SELF:
            return word in ("i", "we")
        if word in _OTHER_PEOPLE or not (word.isalpha() or word in ("'ve", "’ve", "'m", "’m", "'d", "’d")):
            return False
    return False


# How the writer felt or thinks ("I didn't feel like an alcoholic", "because I think like an alcoholic"); not how
# they looked, a comparison ("I look like a junkie").
_FEELING_VERBS = frozenset(["feel", "feels", "felt", "feeling", "think", "thinks", "thought", "thinking"])


def _in_what_you_call(words: list[str], i: int, floor: int) -> bool:
    """Whether word ``i`` is inside "what you (might) call" before a label: "I was what you might call a boring
    alcoholic" is still the writer."""
    for j in range(max(floor, i - 3), i + 1):
        if words[j : j + 2] != ["what", "you"]:
            continue
        k = j + 2
        while k < len(words) and words[k] in _MODALS_BEFORE_CALL:
            k += 1
        return k < len(words) and words[k] == "call" and i <= k
    return False


_MODALS_BEFORE_CALL = frozenset(["might", "would", "could", "may", "'d", "’d"])
_TIME_UNITS = frozenset(["years", "year", "decades", "decade", "months", "month", "weeks", "days"])
_TIME_SPENDING = frozenset(["spent", "spend", "spends", "spending", "lived", "wasted"])
_AMOUNT_WORDS = frozenset(
    ["over", "about", "nearly", "almost", "more", "than", "many", "several", "a", "few", "long", "the", "last",
     "first", "best", "part", "of", "my", "our", "ten", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "dozen", "couple", "whole",
     "rest"]
)


def _time_spent(words: list[str], i: int, floor: int, label: int) -> bool:
    """Whether word ``i`` is inside "spent over thirty years" right before the label at ``label``: "I spent over
    thirty years an addict"."""
    j = i
    while j >= floor and label - j < 8 and (
        words[j] in _TIME_UNITS or words[j] in _AMOUNT_WORDS or words[j].isdigit() or "-" in words[j]
    ):
        j -= 1
    return j >= floor and words[j] in _TIME_SPENDING and not _TIME_UNITS.isdisjoint(words[j + 1 : label])


def _being_after_a_state(words: list[str], i: int, floor: int) -> bool:
    """ "good at", "tired of" before "being"/"becoming" a label: "I am good at being a drunk", "I'm tired of being
    an addict". Only before those two verbs: "I'm tired of the addicts" speaks of others."""
    if words[i] in ("at", "of", "about") and i + 1 < len(words) and words[i + 1] in ("being", "becoming"):
        return True
    return (
        i + 2 < len(words)
        and i > floor
        and words[i + 1] in ("at", "of", "about")
        and words[i + 2] in ("being", "becoming")
        and words[i].isalpha()
    )


def _preposition_to(words: list[str], i: int) -> bool:
    """ "to" right before an article is a preposition, not the "to" of "used to be": "introduced me to a local
    drunk" speaks of someone else."""
    return words[i] == "to" and i + 1 < len(words) and words[i + 1] in ARTICLES


_HAVING = frozenset(["have", "'ve", "has", "had", "having"])
# The endings of plural person labels: "alcoholics", "addicts", "drunks", "crackheads", "users", "maniacs", "psychos".
_PERSON_PLURAL_ENDINGS = ("ics", "cts", "nks", "heads", "ers", "acs", "os", "men", "ies")


def _people_the_writer_has(words: list[str], subject: int, start: int, end: int) -> bool:
    """ "I have crackheads for neighbors", "we had alcoholics in the family": people the writer has around them,
    named by a plural label right after "have", are someone else; "I have been an addict" and "I have ADHD" are not
    such a case (a copula between, or no plural person label)."""
    between = words[subject + 1 : start]
    last = words[end - 1]
    counted = words[start] in _QUANTITIES  # "we now have more mentally ill in prisons than in hospitals"
    # "I had an alcoholic roommate": the label describes the person named after it
    person_named = bool(between) and between[-1] in ARTICLES and end - start > 1 and last in PEOPLE
    if person_named:
        between = between[:-1]
    return (
        bool(between)
        and plain(between[-1]) in _HAVING
        and COPULA_FORMS.isdisjoint(plain(word) for word in between)
        and (
            counted
            or person_named
            or (last.endswith(_PERSON_PLURAL_ENDINGS) and not last.endswith(("ncies", "ities", "ries")))
        )
    )


_QUANTITIES = frozenset(["more", "many", "most", "fewer", "lots", "plenty", "thousands", "millions", "hundreds"])
