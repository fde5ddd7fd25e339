"""The words as the subject of what a sentence says they are as words: "Retarded is a really funny word",
"OCD is not a word for being tidy", "bipolar doesn't mean moody".

A match that is itself what a subject is said to be ("your sister is a
schizo does not mean ...") is a predicate and denies nothing about the word.
"""

from __future__ import annotations

from langcheck.context.mention.shared import COPULAS, LEAD_INS, WORD_NOUNS, plain

_NEGATIONS = frozenset(["not", "n't", "never", "no", "nobody", "none", "neither", "nor", "cannot", "without"])

# What a word is denied to be: "OCD is not a word for being tidy", "bipolar isn't a synonym for moody".
_WHAT_A_WORD_IS = frozenset(
    ["word", "words", "term", "synonym", "synonyms", "adjective", "adjectives", "noun", "description", "label",
     "quirk", "quirks", "trait", "personality", "joke", "jokes", "punchline", "buzzword", "excuse", "metaphor",
     "compliment", "insult", "hashtag", "meme", "mood", "trend", "fad", "aesthetic", "way", "shorthand"]
)
_DETERMINERS = frozenset(
    ["a", "an", "the", "just", "simply", "merely", "only", "some", "your", "another", "cute", "fun", "funny", "quirky"]
)


def a_predicate(words: list[str], start: int, floor: int) -> bool:
    """The match follows a linking verb, so it is what a subject is said to be, not the subject of what comes next:
    "just because your sister is a schizo does not mean she cannot come" denies nothing about the word."""
    at = start - 1
    while at >= floor and words[at] in ("a", "an", "the"):
        at -= 1
    return at >= floor and words[at] in _LINKING_BEFORE


_LINKING_BEFORE = frozenset(["is", "are", "was", "were", "be", "been", "am", "'s", "'m", "'re", "’s", "’m", "’re"])


def denied_as_a_word(sentence_words: list[str], end: int, ceiling: int) -> bool:
    """ "OCD is not a word for being organised", "PTSD isn't a personality quirk", "bipolar doesn't mean moody"."""
    words = [plain(w) for w in sentence_words[end : min(end + 7, ceiling)]]
    if len(words) < 3 or words[0] not in COPULAS:
        return False
    if words[1] not in _NEGATIONS:
        return False
    i = 2
    if i < len(words) and words[i] in ("mean", "means", "equal", "equals"):
        return True
    while i < len(words) and words[i] in _DETERMINERS:
        i += 1
    return i < len(words) and words[i] in _WHAT_A_WORD_IS


def predicated_as_a_word(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """The match opens its sentence as the subject of "is a ... word": "Retarded is a really funny word", "Crazy is
    a term we overuse"."""
    opening = words[floor:start]
    if "," in opening:  # an opening phrase set off by a comma: "A few centuries back, lunatic and insane were ..."
        opening = opening[len(opening) - opening[::-1].index(",") :]
    lead = [w for w in (plain(word) for word in opening) if w.isalnum()]
    if "that" in lead:  # the subject of a clause: "the first thing to note is that insanity is not a medical term"
        lead = lead[len(lead) - lead[::-1].index("that") :]
    if len(lead) == 2 and lead[1] in ("and", "or"):
        lead = []  # the second of a pair of words: "lunatic and insane were a technical pair"
    if not all(w in LEAD_INS for w in lead):
        return False  # not the subject: "He is a crazy word-smith" (a sentence adverb may come first: "Seriously,")
    after = [plain(w) for w in words[end : min(end + 9, ceiling)]]
    if after[:1] in (["and"], ["or"]) and len(after) > 2 and after[1].isalpha() and _linking_at(after, 2):
        after = after[2:]  # the first of a pair
    if after[:3] in (["sounds", "like", "a"], ["sounds", "like", "an"]):
        after = after[2:]  # "Insane sounds like a good name for a horror movie"
    elif _linking_at(after, 0):
        after = after[2:] if after[0] in MODALS else after[1:]
    else:
        return False
    if after[:1] in (["not"], ["n't"], ["never"]):
        after = after[1:]  # "Insanity is not a medical term"
    if after[:1] and after[0] in WORD_NOUNS:
        return True  # "Crazy and insane are synonyms"
    if len(after) > 1 and after[0].isalpha() and after[0] not in _DETERMINERS and after[1] in _PLURAL_WORD_NOUNS:
        return True  # "crazy and insane could be offensive words"
    if not after or after[0] not in ("a", "an", "the", "just", "only", "simply"):
        return False
    return any(w in WORD_NOUNS for w in after[1:5])


MODALS = frozenset(["can", "could", "may", "might", "would", "will", "should", "must"])
_PLURAL_WORD_NOUNS = frozenset(["words", "terms", "slurs", "insults", "labels", "synonyms", "adjectives", "nouns"])


def _linking_at(words: list[str], at: int) -> bool:
    """A linking verb at ``at``: "is", "are", "were", or a modal with "be" ("could be")."""
    if at < len(words) and words[at] in ("is", "was", "'s", "are", "were"):
        return True
    return at + 1 < len(words) and words[at] in MODALS and words[at + 1] == "be"
