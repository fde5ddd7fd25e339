"""First-person self-description: "I'm bipolar", "as an addict in recovery, I ...".

Guides ask writers to respect the words people choose for themselves, so
labels a writer applies to themselves are left alone by rules that opt in.
That covers the writer as subject ("I am", "we're all"), as object ("it
makes me an alcoholic"), and the writer's own group ("my fellow addicts",
"I carry the message to other alcoholics").
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words, sentence_bounds

_SELF = frozenset({"i", "we", "myself", "ourselves", "me", "us"})
_FIRST_PERSON = _SELF | {"my", "our", "mine", "ours"}
_IN_GROUP = frozenset({"fellow", "other"})
_COORDINATORS = frozenset({"and", "or", ","})
_BRIDGE = frozenset(
    ["am", "'m", "m", "was", "were", "are", "'re", "been", "be", "being", "have", "'ve", "has", "also", "still", "just", "actually", "now", "really", "recently", "proudly", "openly", "always", "long", "a", "an", "not", "no", "longer", "n't", "technically", "myself", "ourselves", "all", "both"]
)
_ARTICLES = frozenset({"a", "an", "the"})


def is_self_description(doc: Doc, start: int, end: int) -> bool:
    """The writer describes themselves: "I am an addict", "we're all alcoholics here", "as an addict, I"."""
    floor = sentence_bounds(doc, start)[0]
    words = lower_words(doc)
    i = start - 1
    while i >= floor and _plain(words[i]) in _BRIDGE:
        i -= 1
    if i >= floor and words[i] in _SELF:
        return True
    return _as_clause(doc, start, end, floor) or _own_group(doc, start, floor)


def _own_group(doc: Doc, start: int, floor: int) -> bool:
    """ "my fellow addicts", "I speak to other addicts and alcoholics": the writer counts themselves in.

    "Other" only says so when the writer is in the sentence; "fellow" always does.
    A second label joined by "and"/"or" belongs to the same group.
    """
    words = lower_words(doc)
    i = start - 1
    if i - 1 >= floor and words[i] in _COORDINATORS and words[i - 1].isalpha():
        i -= 2  # "other addicts and [alcoholics]": look before the first label
    if i < floor or words[i] not in _IN_GROUP:
        return False
    if words[i] == "fellow":
        return True
    sentence_end = sentence_bounds(doc, start)[1]
    return any(word in _FIRST_PERSON for word in words[floor:sentence_end])


def _as_clause(doc: Doc, start: int, end: int, floor: int) -> bool:
    words = lower_words(doc)
    i = start - 1
    while i >= floor and words[i] in _ARTICLES:
        i -= 1
    if i < floor or words[i] != "as":
        return False
    if any(word in _SELF for word in words[max(floor, i - 3) : i]):
        return True  # "I would label myself as an alcoholic", "see ourselves as addicts"
    sentence_end = sentence_bounds(doc, start)[1]
    return any(word in _SELF for word in words[end : min(end + 6, sentence_end)])


def _plain(word: str) -> str:
    """Curly apostrophes as straight ones: "I’m" bridges like "I'm"."""
    return word.replace("\u2019", "'")
