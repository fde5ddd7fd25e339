"""Rewrites that tell of a death: "died by suicide" reports a death that happened, and says so.

"Committed suicide" often stands where no such report fits: an act threatened,
imagined or foretold, a death already told in the sentence, a reason for an act,
a figure for a body that is no person. A rewrite that says someone died there
says it twice, or says what the writer did not. ``death_misfits`` finds where
it would read wrong (offer nothing); ``death_unsure`` where a person should
look first (offer it, but not as a safe fix).
"""

from __future__ import annotations

import re

from langcheck.fixes.construction import Construction


def tells_a_death(replacement: str) -> bool:
    """Whether the rewrite says that someone died ("died by suicide", "death by suicide")."""
    return _DEATH.search(replacement) is not None


def death_misfits(replacement: str, c: Construction, start: int) -> bool:
    """A death told where the clause threatens it, already told when it happened, only imagined, or told as coming
    slowly."""
    return (
        _threatened_death(replacement, c, start)
        or _death_told_before(replacement, c, start)
        or _death_imagined(replacement, c, start)
        or _death_told_slowly(replacement, c, start)
    )


def _death_told_slowly(replacement: str, c: Construction, start: int) -> bool:
    """A death that comes slowly is a figure: "He was slowly committing suicide" (drinking himself to death) is no
    death "by suicide"."""
    return tells_a_death(replacement) and c.text_before(start).lower() in ("slowly", "gradually", "basically", "essentially")


def _way_told_after(replacement: str, c: Construction, end: int) -> bool:
    """The way told after the act with "by": "committed suicide yesterday by fighting a gorilla" stacks two "by"
    phrases after "died by suicide", which some readers stumble on."""
    return tells_a_death(replacement) and _BY_AFTER.match(c.text, end, c.bounds[1]) is not None


_BY_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}by\s+[^\W\d_]+ing\b", re.IGNORECASE)


def death_unsure(replacement: str, c: Construction, start: int, end: int) -> bool:
    """A death told again later in the sentence, with its reason after "for", foretold after "will", with its act
    taken up again, or with the way it came told after it."""
    return (
        _death_told_later(replacement, c, end)
        or _death_for_a_reason(replacement, c, end)
        or _death_foretold(replacement, c, start)
        or _act_taken_up_later(replacement, c, end)
        or _way_told_after(replacement, c, end)
    )


def _act_taken_up_later(replacement: str, c: Construction, end: int) -> bool:
    """A death told where the sentence goes on to speak of the act: "thought to have committed suicide, but ... he
    didn't do it voluntarily" has no act left for "do it" to take up after "died by suicide"."""
    return tells_a_death(replacement) and _ACT_TAKEN_UP.search(c.text, end, c.bounds[1]) is not None


def _threatened_death(replacement: str, c: Construction, start: int) -> bool:
    """A rewrite that says someone died, where the same clause threatens it ("had threatened numerous times to commit
    suicide"): one threatens an act, and "threatened ... to die by suicide" is no idiom."""
    return tells_a_death(replacement) and _THREAT_IN_CLAUSE.search(c.text, c.bounds[0], start) is not None


def _death_told_before(replacement: str, c: Construction, start: int) -> bool:
    """A rewrite that says someone died, in a clause about when a death already told happened: "David McLeod died on
    February 7 when he committed suicide" would read "died ... when he died by suicide"."""
    if not tells_a_death(replacement):
        return False
    return (
        _DEATH_THEN_WHEN.search(c.text, c.bounds[0], start) is not None
        or _LIVES_LOST_TO.search(c.text, c.bounds[0], start) is not None
    )


def _death_imagined(replacement: str, c: Construction, start: int) -> bool:
    """A death someone imagined, not one that happened: "Hinckley fantasized about ... committing
    suicide in front of her" names an act he pictured, which "dying by suicide" does not say."""
    return tells_a_death(replacement) and _IMAGINED_BEFORE.search(c.text, c.bounds[0], start) is not None


def _death_told_later(replacement: str, c: Construction, end: int) -> bool:
    """A rewrite that says someone died, in a sentence that tells of a death after it: "he died by suicide and died
    in hospital" (or "and passed away") says it twice, and "you die by suicide ... until you die" (a game's act)
    contradicts itself."""
    return tells_a_death(replacement) and _DEATH_LATER.search(c.text, end, c.bounds[1]) is not None


def _death_for_a_reason(replacement: str, c: Construction, end: int) -> bool:
    """A death told with its reason after "for": "died by suicide for scoring 145 marks" reads as dying for the sake
    of the score, where "committed suicide for" told the reason for an act."""
    return tells_a_death(replacement) and c.text_after(end).lower() == "for"


def _death_foretold(replacement: str, c: Construction, start: int) -> bool:
    """A death said to come, after "will" or "would": "said that he will die by suicide" tells an intention, which
    "die by suicide" (a way of reporting a death) may not carry."""
    return tells_a_death(replacement) and c.text_before(start).lower() in _FUTURE_AUXILIARIES


# The act spoken of again: "didn't do it voluntarily", "had done so before".
_ACT_TAKEN_UP = re.compile(r"\b(?:do|does|did|doing|done)\s+(?:it|so|this|that)\b", re.IGNORECASE)

_FUTURE_AUXILIARIES = frozenset(["will", "would", "'ll", "’ll", "'d", "’d", "shall"])

_IMAGINED_BEFORE = re.compile(r"\b(?:fantasi[sz]\w*|dream(?:s|ed|t|ing)?\s+(?:of|about)|imagin\w*)\b", re.IGNORECASE)

# Lives lost, then what they were lost to: "lives have often been lost due to committing suicide".
_LIVES_LOST_TO = re.compile(
    r"\b(?:lives|life)\b[^.;!?]{0,30}\blost\s+(?:due\s+to|to|through|from)\s+\Z", re.IGNORECASE
)

# A death told, then the clause that says when it happened, right up to the rewrite.
_DEATH_THEN_WHEN = re.compile(
    r"\b(?:died|dies|die|death)\b[^.;!?]{0,80}\b(?:when|as)\s+(?:he|she|they|it|\w+)\s+\Z"
    # or the way told after a comma: "died in October 2009, committing suicide three months after ..."
    r"|\b(?:died|dies|die)\b[^.;!?,]{0,60},\s*\Z",
    re.IGNORECASE,
)

_DEATH_WORDS = r"die|dies|died|dying|dead|death"

_DEATH = re.compile(rf"\b(?:{_DEATH_WORDS})\b", re.IGNORECASE)

# a death told later may also be told gently: "... and passed away"
_DEATH_LATER = re.compile(rf"\b(?:{_DEATH_WORDS}|pass(?:es|ed|ing)?\s+away)\b", re.IGNORECASE)

# A threat with no clause break between it and the end of the text searched ("threatened, then committed" has one).
_THREAT_IN_CLAUSE = re.compile(
    r"\bthreat(?:en|ens|ened|ening)\b(?![^,;:]*(?:[,;:]|\b(?:and|but|then)\b))[^,;:]*\Z", re.IGNORECASE
)
