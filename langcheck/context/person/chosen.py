"""Labels their bearer chose: "a self-described addict", "seven self-confessed alcoholics", "hesitate to
identify as an alcoholic", "she introduced herself as an addict", "I prefer addict or drunk".

Guides ask writers to respect the words people choose for themselves,
whoever they are, so such a label counts as self-description even when the
one who chose it is not the writer.
"""

from __future__ import annotations

from langcheck.context.person.words import ARTICLES, REFLEXIVE, SELF

# Words that make a label the person's own choice: "seven self-confessed alcoholics", "hesitate to identify as an
# alcoholic", "a self-described addict".
_SELF_CHOSEN = frozenset(["confessed", "described", "proclaimed", "identified", "professed", "avowed"])
_IDENTIFYING = frozenset(["identify", "identifies", "identified", "identifying"])
_NAMING_ONESELF = _IDENTIFYING | frozenset(
    ["introduce", "introduces", "introduced", "introducing", "describe", "describes", "described", "describing",
     "see", "sees", "saw", "seeing", "think", "thinks", "thought", "thinking", "regard", "regards", "regarded"]
)
_REFERRING = frozenset(["refer", "refers", "referred", "referring"])


def self_chosen(words: list[str], start: int, floor: int) -> bool:
    """Whether the label is one its bearer chose: after "self-confessed" and the like, or after "identify as"."""
    i = start - 1
    while i >= floor and words[i] in ARTICLES:
        i -= 1
    if i < floor:
        return False
    if words[i] == "avowed" or (words[i].startswith("self-") and words[i][5:] in _SELF_CHOSEN):
        return True
    if i - 2 >= floor and words[i - 2] == "self" and words[i - 1] == "-" and words[i] in _SELF_CHOSEN:
        return True  # split by the tokenizer: "self", "-", "confessed"
    if i - 1 >= floor and words[i] == "as" and words[i - 1] in _IDENTIFYING:
        return True
    if i - 2 >= floor and words[i] == "as" and words[i - 1] in REFLEXIVE | SELF and words[i - 2] in _NAMING_ONESELF:
        return True  # "he never identifies himself as an alcoholic", "she introduced herself as an addict"
    if (
        i - 3 >= floor
        and words[i] == "as"
        and words[i - 1] in REFLEXIVE | SELF
        and words[i - 2] == "to"
        and words[i - 3] in _REFERRING
    ):
        return True  # "people who refer to themselves as addicts"
    # the writer's own preference among words for themselves: "I prefer addict or drunk"
    return i - 1 >= floor and words[i] in ("prefer", "prefers") and words[i - 1] in SELF


# How a person names themselves, reported ("a self-described heroin user"); not "self-confessed" or "self-admitted",
# which report an admission others may have extracted ("200 self-confessed drug users have surrendered to police").
_SELF_LABELLING = frozenset(["described", "proclaimed", "identified", "declared", "professed", "styled"])
_SELF_LABELLED = frozenset("self-" + verb for verb in _SELF_LABELLING)  # the compound kept as one token


def self_described(words: list[str], start: int, floor: int) -> bool:
    """ "a self-described heroin user", "a self-identified addict": the label is the person's own, reported."""
    for i in range(start - 1, max(floor, start - 4) - 1, -1):
        if words[i] in _SELF_LABELLING and i - 2 >= floor and words[i - 1] == "-" and words[i - 2] == "self":
            return True
        if words[i] in _SELF_LABELLED:
            return True
    return False
