"""The writer found where the walk back from a label stops short of them, at the edge of a clause.

The walk in ``subject`` crosses only words that bridge a subject to its
label; these checks look past the word it stopped at. A comma may close an
aside after the writer ("I, like so many veterans, suffer from PTSD"), an
"and" may join a second complement of "I'm" ("I'm 15, and an anorexic in
recovery"), a "who" may follow a label the writer wears ("I am a former heroin
user who has been clean for years"), and a clause opener may lead into the
writer's past in a sentence the writer opened ("I'm becoming an alcoholic
after having been a stoner").
"""

from __future__ import annotations

from langcheck.context.person.words import ARTICLES, COPULA_FORMS, SELF, is_adverb, plain

# How many words the first complement of "I'm ..., and a <label>" may hold ("15", "a mother of two").
_FIRST_COMPLEMENT_WORDS = 4


def second_complement_of_the_writer(words: list[str], conjunction: int, floor: int) -> bool:
    """ "I'm 15, and an anorexic in recovery", "I am a mother of two and an alcoholic": a label joined to a short
    first complement of the writer's own "I am"."""
    i = conjunction - 1
    if i >= floor and words[i] == ",":
        i -= 1
    lowest = max(floor, i - _FIRST_COMPLEMENT_WORDS)
    while i >= lowest and plain(words[i]) not in COPULA_FORMS:
        if not (words[i].isalnum() or words[i] in ("-", "'s")):
            return False
        i -= 1
    return i > floor and plain(words[i]) in ("am", "'m", "m") and words[i - 1] == "i"


def worn_in_the_clause(words: list[str], opener: int, start: int) -> bool:
    """A verb of being between the clause's opener and the label: "after having been a stoner" is the writer's past;
    "when addicts tried to enter my home" opens a clause about other people."""
    return any(plain(word) in COPULA_FORMS or word in ("having", "being") for word in words[opener + 1 : start])


def worn_by_the_writer(words: list[str], noun: int, floor: int) -> bool:
    """Whether the noun at ``noun`` is what the writer says they are: "I am an ex-heroin user", "we were the
    drinkers" (a copula between; "I have a niece" is someone else)."""
    i = noun - 1
    while i >= floor and noun - i <= 4 and words[i] not in ARTICLES:
        if not (words[i].isalpha() or words[i] == "-") or words[i] in ("who", "that", "which"):
            return False  # a clause between: "I'm a viewer who loves someone who is an addict" is about someone else
        if words[i] in _PREPOSITIONS:
            return False  # the noun of another's phrase: "I am the mother of three young adults who suffered"
        i -= 1
    i -= 1
    while i >= floor and (words[i] in ("still", "now", "also", "once", "just", "really") or is_adverb(words[i])):
        i -= 1
    return i - 1 >= floor and plain(words[i]) in COPULA_FORMS and words[i - 1] in SELF


# How many words an aside between the writer and the verb may hold: "I, like so many veterans, suffer ...".
_ASIDE_WORDS = 6


def writer_before_an_aside(words: list[str], comma: int, floor: int) -> bool:
    """ "I, like so many veterans, suffer from PTSD": the comma closes a short aside opened just after the writer."""
    for k in range(comma - 1, max(floor, comma - _ASIDE_WORDS - 1), -1):
        if words[k] in (".", ";", ":", "!", "?"):
            return False
        if words[k] == ",":
            return k - 1 >= floor and words[k - 1] in ("i", "we")
    return False

# Prepositions that make the noun before "who" part of another noun's phrase.
_PREPOSITIONS = frozenset(["of", "for", "to", "with", "from", "about", "by", "among"])
