"""An avoidance or labelling cue before the matched words: "instead of saying crazy", "avoid calling people
insane", "never call my sister crazy", "often called lunatics".

``avoid_cue_before`` walks back from the match over the words a saying may
put between the cue and the word (the saying verb, whom it calls, quotation
and emphasis marks) and asks ``cues`` for a cue that ends there, and
``labels`` for a label introduced by "as". A match that modifies a noun
("don't call the crazy guy") is used whatever cue comes before it
(``modifies_a_noun``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words
from langcheck.context.mention.cues import avoid_cue_ends_at
from langcheck.context.mention.labels import as_before_a_list, labelled_as, labelled_as_described
from langcheck.context.mention.shared import EMPHASIS, OBJECT_DETERMINERS, PHRASE_ENDERS, POSSESSIVES, sentence_start

_SAYING = frozenset(
    {"saying", "say", "using", "use", "calling", "call", "the", "a", "an", "word", "words", "term", "phrase", "“", '"',
     "'", "‘", "people", "someone", "somebody", "others", "anyone", "them", "him", "her", "kids", "children",
     "yourself", "he", "she", "they", "that", "it", "me", "us", "you", "my", "your", "his", "their", "our", "mentally",
     "clinically", "criminally",
     # who or what is called it, joined: "when you call someone or something retarded"
     "something", "anything", "anybody", "everyone", "things", "or",
     # what the saying says of whom: "weaning myself off saying that I am OCD"
     "i", "am", "'m", "’m", "is", "are", "was", "were", "so", "just"}
)
# Who may be called a word, with a describing word after them: "call someone annoying a retard".
_ANYONE = frozenset(["someone", "somebody", "anyone", "anybody", "people", "others", "everyone", "everybody"])

# Verbs of doing that open a match: after "rather than" or "instead of" they name an act chosen instead ("seek help
# rather than commit suicide"), not a word.
_DOING = frozenset(
    ["commit", "commits", "committing", "attempt", "attempting", "abuse", "abusing", "suffer", "suffering", "battle",
     "battling", "go", "going", "get", "getting", "become", "becoming"]
)
_INSTEAD = frozenset([("rather", "than"), ("instead", "of")])


def avoid_cue_before(doc: Doc, start: int) -> bool:
    floor = sentence_start(doc, start)
    lowers = lower_words(doc)
    if start - 2 >= floor and (lowers[start - 2], lowers[start - 1]) in _INSTEAD and lowers[start] in _DOING:
        return False
    if start > floor and lowers[start - 1] == "as" and lowers[start].endswith("ing") and len(lowers[start]) > 4:
        return False  # a state, not a label, after "as": "the man is described as suffering from schizophrenia"
    if lowers[start] == "as" and labelled_as(lowers, start, floor):
        return True  # a match that holds its "as": "describe it as schizophrenic"
    i = start - 1
    noun_skipped = False
    while i >= floor and start - i <= 4:
        if lowers[i] in _SAYING or lowers[i] in EMPHASIS:  # "Instead of _crazy_ try _wild_"
            i -= 1
        elif not noun_skipped and _person_called_it(doc, lowers, i, floor):
            noun_skipped = True
            i -= 1
        else:
            break
    if i - 1 >= floor and lowers[i] == "being" and lowers[i - 1] == "as":
        i -= 1  # "decrying the other side as being retarded"
    elif i - 2 >= floor and lowers[i] == "being" and lowers[i - 1] in _ANYONE and lowers[i - 2] == "as":
        i -= 2  # "should not be dismissed as someone being crazy"
    if i >= floor and lowers[i] == "as" and labelled_as(lowers, i, floor):
        return True
    if i >= floor and lowers[i] == "as" and _referring_after_a_cue(doc, lowers, i, floor):
        return True
    if labelled_as_described(lowers, i, floor):
        return True
    listed = as_before_a_list(lowers, start - 1, floor)
    if listed is not None and (labelled_as(lowers, listed, floor) or avoid_cue_ends_at(lowers, listed, floor)):
        return True  # one of a list of labels: "presented as dangerous, unpredictable, “mad”, deranged"
    return any(avoid_cue_ends_at(lowers, at, floor) for at in range(max(i, floor), start))


_CALLING = frozenset(["call", "calling"])


def _person_called_it(doc: Doc, lowers: list[str], i: int, floor: int) -> bool:
    """Whether the word at ``i`` names whom "call" calls the match: "never call my sister crazy" (not "known as a
    recovering ..."), what they were when called it ("call someone annoying a retard"), a name or a plural ("call
    Bush a lunatic", "calling patients nutjobs")."""
    if not lowers[i].isalpha():
        return False
    determined = i - 2 >= floor and (lowers[i - 1] in OBJECT_DETERMINERS or lowers[i - 1] in _ANYONE)
    if determined and lowers[i - 2] in _CALLING:
        return True
    named_or_plural = doc[i].text[:1].isupper() or (lowers[i].endswith("s") and len(lowers[i]) > 3)
    return i - 1 >= floor and lowers[i - 1] in _CALLING and named_or_plural


_REFERRING = frozenset(["referring", "refer", "describing", "describe", "labelling", "labeling", "label", "calling"])


def _referring_after_a_cue(doc: Doc, lowers: list[str], at: int, floor: int) -> bool:
    """ "Instead of referring to someone as an epileptic", "avoid describing people as crazy": the way of referring to
    people that the sentence advises against (a referring verb, then an avoidance cue just before it)."""
    for j in range(at - 1, max(floor, at - 5) - 1, -1):
        if lowers[j] in _REFERRING:
            return avoid_cue_before(doc, j)
    return False


def modifies_a_noun(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """A one-word match between a determiner and another word: it modifies that noun ("the crazy guy"). A longer
    match after a determiner holds its own noun ("to avoid her alcoholic parents"): a cue before it is about the
    people, not the words."""
    if start == floor or words[start - 1] not in OBJECT_DETERMINERS:
        return False
    if end - start > 1:
        return words[start - 1] in POSSESSIVES and words[end - 1].isalpha() and words[end - 1] not in PHRASE_ENDERS
    return end < ceiling and words[end].isalpha() and words[end] not in PHRASE_ENDERS
