"""Words reclaimed: "Mad Pride reclaims 'crazy' and 'nuts' as badges of pride".

The word is what is reclaimed, not who reclaims something ("addicts
reclaimed the park"), and the reclaiming verb has to be near it.
"""

from __future__ import annotations

from langcheck.context.mention.shared import META_NOUNS

RECLAIMING = frozenset(
    ["reclaim", "reclaims", "reclaimed", "reclaiming", "reclamation", "(re)claimed", "re-claimed", "re-claim"]
)


def reclaimed(words: list[str], start: int, floor: int, ceiling: int) -> bool:
    """A sentence about reclaiming words ("Mad Pride reclaims 'crazy' and 'nuts' as badges of pride") mentions them.

    The reclaiming verb has to be within reach of the word: a long sentence may go on to something else.
    """
    for at in range(max(floor, start - _RECLAIM_REACH), min(ceiling, start + _RECLAIM_REACH)):
        if words[at] not in RECLAIMING:
            continue
        if at < start and not (at + 1 < ceiling and words[at + 1] == "by"):
            return True  # the word is what is reclaimed: "Mad Pride reclaims 'crazy'"
        if at > start and at > floor and words[at - 1] in _PASSIVE_AUXILIARIES:
            return True  # "'Crazy' has been reclaimed by activists"
        if at > start and not META_NOUNS.isdisjoint(words[at + 1 : min(ceiling, at + 7)]):
            return True  # "being mad or crazy ... and reclaims the hurtful language"
    return False  # "the park is reclaimed by drug addicts", "addicts reclaimed the park": who reclaims, not what


_PASSIVE_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "being", "'s", "’s", "get", "gets", "got"])


_RECLAIM_REACH = 15
