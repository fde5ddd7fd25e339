"""Lists of words: the earlier items of a list that the match ends, and lists named as words.

A cue before a list covers every item ("avoid words like crazy, insane and
psycho"), so the mention checks ask the cues before each item that
``earlier_list_items`` finds. A list may also be named after it ("lunatics,
imbeciles and cretins – terms which ...") or introduced by a colon after a
clause about words ("Avoid terms that stigmatise: crazy, insane").
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words
from langcheck.context.mention.shared import FRAME_REACH, META_NOUNS, SKIPPABLE, plain, sentence_start


def listed_after_a_cue(words: list[str], first_item: int, floor: int) -> bool:
    """ "Avoid terms that stigmatise mental illness: crazy, insane, psycho": a list introduced after a colon by a
    clause that names words or says to avoid them."""
    i = first_item - 1
    while i >= floor and words[i] in ("_", "*", '"', "“", "'", "‘", "the", "a", "an"):
        i -= 1  # (and the first item's article: "never use the following: the mentally ill, addicts")
    if i < floor or words[i] != ":":
        return False
    clause = {plain(word) for word in words[max(floor, i - FRAME_REACH) : i]}
    return bool(clause & META_NOUNS) or bool(clause & _AVOID_WORDS)


_AVOID_WORDS = frozenset(
    ["avoid", "avoiding", "instead", "replace", "never", "don't", "stop", "banned", "ban", "forbidden", "blocklist",
     "blacklist", "offensive", "ableist", "stigmatizing", "stigmatising"]
)


def named_as_terms_after(doc: Doc, words: list[str], end: int, ceiling: int) -> bool:
    """ "Lunatics, imbeciles, idiots and cretins – terms which ...": a list the sentence then calls words or terms,
    or that ends in "or similar words".

    A hyphen inside a word sets nothing off: "suffer from long-term depression" names no terms. Nor is a clause a
    list item: "the most insane things started to happen: words being deleted" names no terms.
    """
    i = end
    item_words = 1
    while i < ceiling and i - end < 12 and (words[i] in _LIST_SEPARATORS or _list_word(words[i])):
        item_words = 0 if words[i] in _LIST_SEPARATORS else item_words + 1
        if item_words > MAX_LIST_ITEM_WORDS:
            return False
        i += 1
    if (
        i < ceiling
        and words[i] in META_NOUNS
        and i - 2 >= end
        and words[i - 1] in _KINDRED
        and words[i - 2] in ("or", "and")
    ):
        return True  # the list ends in its own kind: "crazy, insane, or similar words to describe people"
    if i >= ceiling or words[i] not in ("–", "—", "-", ",", ":", "("):
        return False  # the words must be set off as a list before they are named
    if words[i] == "-" and i > end and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
        return False
    return i + 1 < ceiling and words[i + 1] in META_NOUNS


# What the last item of a list of words may call the rest: "crazy, insane, or similar words".
_KINDRED = frozenset(["similar", "other", "such", "related", "comparable", "equivalent", "like"])
_LIST_SEPARATORS = frozenset([",", "and", "or", "&", "/", ";", "nor", "_", "*"])
MAX_LIST_ITEM_WORDS = 3


def earlier_list_items(doc: Doc, start: int) -> list[int]:
    """Where the earlier items of a list that ends with the match begin ("words like crazy, insane, and psycho").

    A cue before a list of words covers every item, not only the first:
    "avoid words like crazy, insane and psycho" mentions all three. Items are
    one or two plain words between separators. A two-word item may be a cue
    word and an item ("avoid crazy"), so each word of an item counts as a
    possible start; a word such as "like" or "words" ends the walk.
    """
    words = lower_words(doc)
    floor = sentence_start(doc, start)
    found: list[int] = []
    i = start - 1
    if i >= floor and words[i] in _ITEM_ARTICLES:
        i -= 1  # the match's own article: "a drunk or [a] junkie"
    if i - 1 >= floor and words[i].endswith("ly") and _list_word(words[i]) and words[i - 1] in _LIST_SEPARATORS:
        found.append(i)  # the match's own adverb: "bigots, rabid, and [mentally] deranged"
        i -= 1
    while True:
        separators = i
        while i >= floor and words[i] in _LIST_SEPARATORS:
            i -= 1
        if i == separators:
            return found
        item_end = i
        while i >= floor and item_end - i < MAX_LIST_ITEM_WORDS and _list_word(words[i]):
            found.append(i)
            i -= 1
        if i == item_end:
            return found
        if i >= floor and words[i] in _ITEM_ARTICLES:
            i -= 1  # an item's article: "don't think of [a] drunk or a junkie"
        elif i - 1 >= floor and words[i] == "the" and words[i - 1] == ":":
            i -= 1  # the first item's article after a colon: "never use the following: the mentally ill, addicts"


_ITEM_ARTICLES = frozenset(["a", "an"])


def _list_word(word: str) -> bool:
    return word.isalpha() and word not in META_NOUNS and word not in SKIPPABLE and word not in _LIST_SEPARATORS
