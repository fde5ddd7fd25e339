"""Reported self-description: "she told me that she was bipolar", "he admitted he was an addict".

Someone's own words about themselves, which the writer passes on, are theirs
as the writer's own would be. The one who says it must be the one it is said
of: "Everyone at the office says she's bipolar" is someone else's word.
"""

from __future__ import annotations

from langcheck.context.person.words import ARTICLES, plain


def reported_self_description(words: list[str], start: int, floor: int) -> bool:
    """Someone's own words about themselves, reported: "She told me that she was bi-polar and wanted to make sure I
    was okay with this", "he admitted he was an addict". The word is theirs, as the writer's own would be."""
    if words[start].endswith("ing"):
        return False  # a state told by someone else ("said he was suffering from schizophrenia"), not a word worn
    i = start if plain(words[start]) in _REPORTED_COPULAS else start - 1  # the match may hold its verb: "was bipolar"
    if i >= floor and words[i] in ARTICLES:
        i -= 1
    if i < floor or plain(words[i]) not in _REPORTED_COPULAS:
        return False
    i -= 1
    if i < floor or words[i] not in ("he", "she", "they"):
        return False
    person = words[i]
    i -= 1
    if i >= floor and words[i] == "that":
        i -= 1
    if i >= floor and words[i] in ("me", "us", "him", "her", "them"):
        i -= 1
        if i >= floor and words[i] == "to":
            i -= 1  # "he has reported to me that he is bipolar"
    if i <= floor or words[i] not in _SAYING_ABOUT_ONESELF:
        return False
    i -= 1
    if words[i] in _AUXILIARIES and i > floor:
        i -= 1  # "she has told me that she is bipolar"
    # the one who says it is the one it is said of ("Everyone at the office says she's bipolar" is not); a relative
    # pronoun stands for the one it follows ("the neighbour who has told me he is bipolar")
    return words[i] == person or words[i] in ("who", "that")


_REPORTED_COPULAS = frozenset(["is", "was", "are", "were", "'s"])
_SAYING_ABOUT_ONESELF = frozenset(
    ["told", "tells", "said", "says", "admitted", "admits", "explained", "explains", "confided", "confides", "revealed",
     "reveals", "disclosed", "discloses", "announced", "announces", "shared", "shares", "confessed", "confesses",
     "reported", "reports", "informed", "informs"]
)
_AUXILIARIES = frozenset(["has", "had", "have", "'s", "'d", "once", "also", "just", "openly", "finally"])
