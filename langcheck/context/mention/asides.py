"""An aside just after the words that gives them to someone else: "the crazies (his word, not mine)", "my OCD (as
the hip kids call it)".

The writer hands the word back to whoever uses it: a bracket or a comma,
then either a noun of words within a few words ("his word", "their term"),
or "as" and, a few words on, a verb of naming with its "it" ("as the kids
call it").
"""

from __future__ import annotations

from langcheck.context.mention.shared import META_NOUNS

# How far into the aside its noun of words or its verb of naming may stand.
_ASIDE_REACH = 8
# (not "as someone once put it", "as they say": a saying passed on, not a word)
_NAMING = frozenset(["call", "calls", "called", "term", "terms", "termed", "dub", "dubs", "dubbed"])
_NAMED = frozenset(["it", "them", "that", "this", ")", ","])


def attributed_in_an_aside(words: list[str], end: int, ceiling: int) -> bool:
    """Whether the words are followed by an aside that gives them to someone else."""
    if end >= ceiling or words[end] not in ("(", ",", "—", "–"):
        return False
    aside = words[end + 1 : min(ceiling, end + 1 + _ASIDE_REACH)]
    closing = next((at for at, word in enumerate(aside) if word in (")", ".", ";")), len(aside))
    aside = aside[:closing]
    if words[end] == "(" and any(word in META_NOUNS for word in aside[:4]):
        return True  # "(his word, not mine)", "(their term)"
    if not aside or aside[0] != "as":
        return False
    return any(
        word in _NAMING and (at + 1 >= len(aside) or aside[at + 1] in _NAMED) for at, word in enumerate(aside[1:], 1)
    )
