"""Two labels for one person: "I am a recovering alcoholic and addict", "I'm a junkie, a drunk, an addict".

The second label of a pair, or the next of a run, is the writer's when the
first is; this module finds where the first one stands, so that
``is_self_description`` can ask again there.
"""

from __future__ import annotations

from langcheck.context.person.words import NOT_MODIFIERS


def first_of_two_labels(words: list[str], start: int, end: int, floor: int) -> int | None:
    """Where the first label stands when the match is a singular label joined by "and"/"or" to the word before it
    ("an alcoholic and [an] addict"), or by a comma in a run of labels that each have their article ("I'm a junkie,
    a drunk, an addict": then where its article stands); None when it is not."""
    article = words[start] in ("a", "an")  # the match may hold its article ("an addict")
    joint = start - 2 if not article and start - 1 >= floor and words[start - 1] in ("a", "an") else start - 1
    # the second label may stand in brackets: "I think like an alcoholic (and an addict)"
    first = joint - 2 if joint - 2 >= floor and words[joint - 1] == "(" else joint - 1
    listed = (
        words[joint] == ","
        and words[joint + 1] in ("a", "an")
        and first - 1 >= floor
        and words[first - 1] in ("a", "an")
    )
    joined = (
        end - start == 1 + article
        # one person's two labels, or a group's: "addicts and alcoholics" (not "a friend and alcoholics")
        and first >= floor
        and (not words[end - 1].endswith("s") or words[first].endswith("s"))
        and (words[joint] in ("and", "or") or listed)
        and words[first].isalpha()
        and words[first] not in NOT_MODIFIERS
    )
    if not joined:
        return None
    if listed:
        return first - 1  # a listed label is checked with its article, so the run can go on
    while first - 1 >= floor and words[first - 1] in _WHAT_A_LABEL_NAMES:
        first -= 1  # the first label is a compound: "a grateful drug addict and alcoholic"
    return first


# Nouns that name what a compound label is about ("drug addict", "heroin addict"): part of the label.
_WHAT_A_LABEL_NAMES = frozenset(
    ["drug", "drugs", "heroin", "crack", "meth", "cocaine", "coke", "opioid", "opiate", "pill", "dope", "alcohol",
     "sex", "food", "gambling", "porn", "love"]
)
