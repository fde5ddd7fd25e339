"""A bare adjective standing for itself: "Crazy might seem harmless", "the stigma of crazy and mad."

An adjective with no noun cannot be a subject or an object of its own; the
word can. Only a few adjectives of the kind, and only in frames where they
describe nothing ("Crazy sounds like a plan" and "from crazy to insane
ideas" stay uses).
"""

from __future__ import annotations

from langcheck.context.mention.shared import AFTER_A_WORD_SAID, LEAD_INS, plain


def bare_adjective_as_a_subject(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """An adjective with no noun, opening its sentence as the subject of a judgement: "Crazy might seem harmless",
    "Insane can hurt". An adjective cannot be a subject; the word is. "Crazy is no excuse for violence" stays a use,
    so only a modal or a verb of seeming follows, and then a judgement of a word's weight or harm ("Crazy might work"
    and "Crazy sounds like a plan" describe a plan)."""
    if end - start != 1 or plain(words[start]) not in _BARE_ADJECTIVES:
        return False
    lead = [w for w in (plain(word) for word in words[floor:start]) if w.isalnum()]
    if lead and not all(w in LEAD_INS for w in lead):
        return False
    after = words[end : min(end + 3, ceiling)]
    if after[:1] and after[0] in _MODALS:
        after = after[1:]  # "might seem", "can sound"
        if not after or after[0] not in _JUDGED_AS:
            return False
        if after[0] not in _SEEM_VERBS:
            return True  # "Crazy can hurt", "Insane may offend"
    elif not after or after[0] not in _SEEMING:
        return False
    return len(after) > 1 and after[1] in _WORD_WEIGHTS  # "Crazy sounds harmless" (not "Crazy sounds like a plan")


def bare_adjectives_as_an_object(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """Two such adjectives joined, after a preposition and before a verb or the sentence's end: the pair is what is
    talked about ("giving negative value to crazy or insane contributes to ...", "the stigma of crazy and mad.").
    Described things follow the pair ("the jump from crazy to insane ideas"), or a copula or a degree comes before
    it, and those stay uses."""
    if end - start != 1 or plain(words[start]) not in _BARE_ADJECTIVES:
        return False
    for first in (start - 2, start):  # the match as the second of the pair, then as the first
        second = first + 2
        if first <= floor or second >= ceiling or words[first + 1] not in ("or", "and"):
            continue
        if not {plain(words[first]), plain(words[second])} <= _BARE_ADJECTIVES:
            continue
        if words[first - 1] not in _PAIR_PREPOSITIONS or _a_change_to(words, first - 1, floor):
            continue
        following = words[second + 1] if second + 1 < ceiling else "."
        if following in _PHRASE_ENDS or following in _FINITE_AFTER_A_SUBJECT:
            return True
    return False


def _a_change_to(words: list[str], to: int, floor: int) -> bool:
    """ "went from bad to crazy and insane", "drove him to mad or bonkers": "to" ends a change of state, so the pair
    describes where it ended."""
    if words[to] != "to":
        return False
    before = words[max(floor, to - 5) : to]
    return "from" in before or not _CHANGE_VERBS.isdisjoint(before[-3:])


_CHANGE_VERBS = frozenset(
    ["go", "goes", "went", "gone", "going", "drive", "drives", "drove", "driven", "driving", "turn", "turns", "turned",
     "turning", "slide", "slid", "descend", "descended", "bordering", "verging", "close", "near", "next"]
)
_BARE_ADJECTIVES = frozenset(
    ["crazy", "insane", "nuts", "mad", "psycho", "loony", "looney", "bonkers", "retarded", "lunatic"]
)
_SEEMING = frozenset(["seems", "seemed", "sounds", "sounded"])
_SEEM_VERBS = frozenset(["seem", "sound", "feel"])
_WORD_WEIGHTS = frozenset(
    ["harmless", "innocent", "innocuous", "benign", "mild", "casual", "harsh", "offensive", "cruel", "hurtful",
     "funny", "neutral", "trivial", "silly", "playful"]
)
_MODALS = frozenset(["might", "may", "can", "could", "would", "will", "must"])
_JUDGED_AS = frozenset(["seem", "sound", "feel", "hurt", "harm", "stigmatize", "stigmatise", "mean", "carry", "offend"])
_PAIR_PREPOSITIONS = frozenset(["to", "of", "about", "with", "like", "against", "than"])
_PHRASE_ENDS = AFTER_A_WORD_SAID - {"or", "and"}
_FINITE_AFTER_A_SUBJECT = frozenset(
    ["contributes", "contribute", "is", "are", "was", "were", "has", "have", "hurts", "hurt", "harms", "harm",
     "stigmatizes", "stigmatises", "marginalizes", "marginalises", "reinforces", "perpetuates", "means", "mean"]
)
