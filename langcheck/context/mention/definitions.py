"""What a word means, is short for, or is mistaken for: definitions, glosses and dictionary entries.

"By alcoholic I mean ...", '"Mentally ill" means ...', "Bedlam, now a
synonym for chaos", "redefine what crazy is", "Looney is short for
lunatic", "Lunatic can be used as a noun (He's driving like a lunatic!)",
"lunacy, as was the term of the day", "confuse OCD with perfectionism": the
word is the thing defined or set apart, not a description of anyone.
"""

from __future__ import annotations

from langcheck.context.mention.shared import WORD_NOUNS, plain

_CONFUSING = frozenset(
    ["confuse", "confuses", "confused", "confusing", "conflate", "conflates", "conflated", "conflating"]
)


def short_for(words: list[str], start: int, end: int, floor: int) -> bool:
    """ "Looney is short for lunatic": a word said to abbreviate another, and the word it abbreviates."""
    if start == floor and words[end : end + 3] == ["is", "short", "for"]:
        return True
    return start - 2 >= floor and words[start - 2 : start] == ["short", "for"]


def example_after_a_word_noun(words: list[str], start: int, floor: int) -> bool:
    """ "Lunatic can be used as a noun (He's driving like a lunatic!)": an example in brackets after the name of a part
    of speech shows the word, it does not use it."""
    for at in range(start - 1, floor - 1, -1):
        if words[at] == ")":
            return False
        if words[at] == "(":
            return at > floor and words[at - 1] in _PARTS_OF_SPEECH
    return False


_PARTS_OF_SPEECH = frozenset(["noun", "nouns", "adjective", "adjectives", "verb", "verbs", "adverb", "adverbs"])


def confused_with(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "Many people confuse OCD with perfectionism": the condition set apart from the trait it is mistaken for."""
    return start > floor and words[start - 1] in _CONFUSING and end < ceiling and words[end] in ("with", "and")


def named_as_the_term_of_its_day(words: list[str], end: int, ceiling: int) -> bool:
    """The word followed by a note that it was what people said then: "mental illness – or lunacy as was the term of
    the day –", "the insane, as they were then called"."""
    after = tuple(w for w in words[end : min(end + 8, ceiling)] if w not in (",", "(", "–", "—", "-"))
    return any(after[: len(note)] == note for note in _TERM_OF_ITS_DAY)


_TERM_OF_ITS_DAY = (
    ("as", "was", "the", "term"),
    ("as", "was", "the", "word"),
    ("as", "the", "term", "was"),
    *((("as", pronoun, verb, "called") for pronoun, verb in (("it", "was"), ("they", "were"), ("he", "was"),
                                                               ("she", "was")))),
    *((("as", pronoun, verb, "then", "called") for pronoun, verb in (("it", "was"), ("they", "were")))),
    *((("as", pronoun, verb, "known") for pronoun, verb in (("it", "was"), ("they", "were")))),
    ("as", "it", "was", "termed"),
    ("as", "they", "were", "termed"),
    ("as", "they", "called", "it"),
    ("as", "they", "called", "them"),
    ("as", "people", "called", "it"),
    ("as", "people", "said", "then"),
)

# What says a word's meaning is being settled: "redefine what crazy is", "AA's definition of what an alcoholic is".
_DEFINING_WORDS = frozenset(
    ["define", "defines", "defined", "defining", "redefine", "redefines", "redefined", "redefining", "definition",
     "definitions", "meaning", "decide", "decides", "determine", "determines", "understand", "understanding",
     "rethink", "rethinking", "reconsider", "question", "questioning", "debate", "debating"]
)


def what_it_is_defined(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "We have to redefine what crazy is", "the definition of what an alcoholic is": what the word means is the
    subject, not a person or a thing described by it."""
    i = start - 1
    if i > floor and words[i] in ("a", "an"):
        i -= 1
    if words[i] != "what" or end >= ceiling or plain(words[end]) not in ("is", "are", "means", "was", "looks", "'s"):
        return False
    if plain(words[end]) == "'s" and end + 1 < ceiling and words[end + 1].isalpha():
        return False  # "what crazy's doing": a contraction of "has", or a possessive
    return any(plain(w) in _DEFINING_WORDS for w in words[max(floor, i - 3) : i])


# "Bedlam, now a synonym for chaos", "bedlam became a byword for cruelty": the word glossed as a word.
_GLOSS_NOUNS = frozenset(["synonym", "byword", "euphemism", "shorthand", "metonym", "slang", "eponym"])
_GLOSS_LEAD = frozenset([",", "(", "—", "–", "is", "was", "became", "has", "had", "become", "been", "now", "once",
                         "long", "still", "since", "today", "later", "itself", "a", "an", "the", "common", "popular"])


def glossed_as_a_word(words: list[str], end: int, ceiling: int, opens: bool = False) -> bool:
    """The matched word glossed as a word right after it: "Bedlam, now a synonym for chaos, took its name from ...",
    or, opening the sentence, set beside what it is as a word: "Lunatic, once a word found inscribed in law, has now
    been abandoned"."""
    i = end
    while i < ceiling and i - end < 6 and words[i] in _GLOSS_LEAD:
        i += 1
    if i > end and i + 1 < ceiling and words[i] in _GLOSS_NOUNS and words[i + 1] == "for":
        return True
    return opens and i > end and i < ceiling and words[end] == "," and words[i] in WORD_NOUNS


# What follows a term a statute or a glossary defines: '"Mentally ill" means ...', "Lunacy refers to ...".
_DEFINITIONS = (
    ("means",), ("shall", "mean"), ("refers", "to"), ("is", "defined"), ("are", "defined"), ("has", "the", "meaning")
)


def term_defined(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """The sentence opens with the words and goes on to define them: '"Mentally ill" means having a disorder ...'.

    A linking word or a hedge may come first: "But generally, crazy refers to a state of insanity".
    """
    if any(word.isalnum() and word not in _OPENERS_OF_A_DEFINITION for word in words[floor:start]):
        return False
    after = [word for word in words[end : min(end + 5, ceiling)] if word not in ('"', "”", "'", "’", ",")]
    if len(after) > 1 and after[1] in _HEDGES_IN_A_DEFINITION:
        del after[1]  # "Insanity is actually defined as ..."
    return any(tuple(after[: len(definition)]) == definition for definition in _DEFINITIONS)


_OPENERS_OF_A_DEFINITION = frozenset(["but", "and", "so", "yet", "however", "thus", "now", "here", "basically",
                                      "generally", "usually", "commonly", "often", "technically", "strictly",
                                      "historically", "originally", "traditionally", "today", "nowadays"])
_HEDGES_IN_A_DEFINITION = frozenset(["actually", "legally", "technically", "formally", "usually", "commonly", "often",
                                     "generally", "clinically", "medically", "officially", "simply", "properly"])


def defined(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "By alcoholic I mean a man whose chemistry craves alcohol": the writer defines the word."""
    if start == floor or words[start - 1] != "by":
        return False
    after = [plain(w) for w in words[end : min(end + 4, ceiling)] if w != ","]
    return after[:1] in (["i"], ["we"]) and any(w in ("mean", "meant", "refer") for w in after[1:3])
