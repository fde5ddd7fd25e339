"""A noun of words just before the matched words: "the word crazy", "terms such as insane", "Terms deemed
unacceptable include crazy".

The walk back from the match steps over the small words and marks that may
stand between the noun and the word (``SKIPPABLE``); a noun that ends a
compound ("long-term") names no word.
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words
from langcheck.context.mention.shared import META_NOUNS, SKIPPABLE, sentence_start

# What joins a compound: a meta noun after one ends the compound and names no word ("long-term").
_HYPHENS = frozenset(["-", "‑", "–"])


def meta_noun_before(doc: Doc, start: int) -> bool:
    floor = sentence_start(doc, start)
    words = lower_words(doc)
    i = start - 1
    skipped = 0
    while i >= floor and skipped <= 4:
        lower = words[i]
        if lower in META_NOUNS:
            # the end of a compound names no word ("her long-term battle with anorexia"), except a letter's word:
            # "the r-word (retard or retarded)"
            compound = i > floor and words[i - 1] in _HYPHENS and not doc[i - 1].whitespace_
            return not compound or (i - 2 >= floor and len(words[i - 2]) == 1 and words[i - 2].isalpha())
        if lower in _INCLUDE and not META_NOUNS.isdisjoint(words[max(floor, i - _DESCRIBED_NOUN_REACH) : i]):
            return True  # "Terms deemed unacceptable include crazy, insane, ..."
        if lower not in SKIPPABLE:
            return False
        i -= 1
        skipped += 1
    return False


_INCLUDE = frozenset(["include", "includes", "included"])
# How far before "include" the noun of words may stand, with what describes it between: "terms deemed unacceptable".
_DESCRIBED_NOUN_REACH = 4
