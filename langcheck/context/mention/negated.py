"""A casual claim that the sentence denies: "you did not get PTSD from a film", "being tidy doesn't make you
OCD".

Denying the casual claim is the advice itself: a negation just before the
match in the same clause, or a trait said not to mean the diagnosis ("that
does not mean that you are bipolar").
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words, sentence_bounds
from langcheck.context.mention.shared import EMPHASIS, OBJECT_DETERMINERS, plain
from langcheck.context.reading import AFTER_NOUN


def is_negated_claim(doc: Doc, start: int, end: int) -> bool:
    """A casual diagnosis that the sentence denies: "you did not get PTSD from a film", "being tidy doesn't make
    you OCD".

    Denying the casual claim is the advice itself. A negation counts within
    three words before the match, in the same clause (no comma, semicolon or
    conjunction in between), unless it negates a verb of knowing or wanting
    ("if you don't know what being triggered is").
    """
    floor, ceiling = sentence_bounds(doc, start)
    words = lower_words(doc)
    if _denied_as_what_it_means(words, start, floor):
        return True
    if end < ceiling and words[end].isalpha() and words[end] not in AFTER_NOUN:
        return False  # the words describe a noun the negation is about: "I don't have crazy rituals"
    if (
        end - start >= 2
        and start > floor
        and words[start - 1] in OBJECT_DETERMINERS
        and all(w.isalpha() for w in words[start:end])
    ):
        return False  # the match is that noun with its describing word: "you might not have an anorexic physique"
    i = start - 1
    skipped = 0  # emphasis marks around the words ("isn't *actually* OCD") are not words
    while i >= floor and start - i - skipped <= 3:
        word = plain(words[i])
        if word in EMPHASIS:
            skipped += 1
            i -= 1
            continue
        if word in _CLAIM_NEGATIONS or word.endswith("n't"):
            following = next((w for w in words[i + 1 : start] if w not in EMPHASIS), "")
            if plain(following) in ("as", "so") and end < ceiling and words[end] == "as":
                # a comparison grants the claim to something else: "not as traumatic as supporting Arsenal"
                return False
            return plain(following) not in _NOT_A_CLAIM
        if word in _CLAUSE_BREAKS:
            return False
        i -= 1
    return False


_MEANING_VERBS = frozenset(["mean", "means", "make", "makes"])
_LINKS = frozenset(["are", "is", "'re", "’re", "'s", "’s", "am", "'m", "’m", "be", "have", "has", "get"])


def _denied_as_what_it_means(words: list[str], start: int, floor: int) -> bool:
    """ "If you are feeling moody today, that does not mean that you are bipolar": what a trait does not make someone,
    told as advice, with its own subject between the negation and the match."""
    if start - 1 <= floor or plain(words[start - 1]) not in _LINKS:
        return False
    for k in range(start - 2, max(floor, start - 6) - 1, -1):
        if words[k] in _MEANING_VERBS:
            return k > floor and (words[k - 1] in _CLAIM_NEGATIONS or words[k - 1].endswith("n't"))
        if not words[k].isalpha():
            return False
    return False


_CLAIM_NEGATIONS = frozenset(["not", "n't", "never", "cannot"])
_NOT_A_CLAIM = frozenset(
    ["know", "knew", "think", "thought", "care", "mind", "understand", "like", "want", "wanna", "remember", "believe",
     "mean", "see", "realise", "realize", "wonder", "doubt", "blame", "judge", "only", "just", "even", "always"]
)
_CLAUSE_BREAKS = frozenset([",", ";", ":", "but", "and", "or", "because", "so", "yet", "although", "though", "—", "–"])
