"""What is the writer's own, with no verb to say so: their condition ("my delusions"), a side of them ("the
addict in me"), a label marked with "myself" ("a recovering addict myself"), their abstinence ("my first day of
being clean").

Only the writer's: a word for a person after the label makes it someone
else's ("my addict brother"), and so does anyone else in the sentence where
"clean" or "sober" could be theirs.
"""

from __future__ import annotations

from langcheck.context.person.words import PEOPLE, POSSESSIVE, SELF, someone_else_in

# Between "my" and the match: "my own delusions", "my early psychosis".
# (and the self of recovery talk: "my inner addict", "my internal alcoholic")
_OWN = frozenset({"own", "early", "earlier", "first", "worst", "latest", "last", "recent", "past", "brief", "long",
                  "ongoing", "inner", "internal"})


def own_condition(words: list[str], start: int, end: int, floor: int) -> bool:
    """ "my delusions", "my own insanity": the writer's own condition, not a label for someone they know.

    Only a one-word match counts, and a word for a person right after it
    makes it a label for someone else ("my addict brother", "my schizophrenic
    mother").
    """
    if end - start != 1:
        return False  # "our mentally ill individuals" names a group
    i = start - 1
    while i >= floor and start - i <= 3 and words[i] in _OWN:
        i -= 1
    if i < floor or words[i] not in POSSESSIVE:
        return False
    return end >= len(words) or words[end] not in PEOPLE


_PARTS = frozenset(
    ["part", "parts", "side", "self", "voice", "brain", "mind", "mindset", "persona", "identity", "thinking"]
)

def part_of_the_writer(words: list[str], end: int) -> bool:
    """ "the addict part of me", "the addict in me", "the addict part of my brain": a side of the writer, named by the
    writer."""
    after = words[end : end + 4]
    if after[:1] and after[0] in _PARTS:
        after = after[1:]
    if len(after) >= 3 and after[1] in ("my", "our") and after[2] in _PARTS_OF_A_MIND:
        after = [after[0], "me"]
    return len(after) >= 2 and after[0] in ("of", "in", "inside", "within") and after[1] in ("me", "us", "myself")


_PARTS_OF_A_MIND = frozenset(["brain", "brains", "mind", "minds", "head", "heads", "psyche", "personality", "self"])


def emphatic_self_after(words: list[str], end: int) -> bool:
    """ "As a therapist and a recovering addict myself, I ...": the label the writer wears, marked by "myself"; or
    what the writer went through, "myself" after its object ("Having suffered from drug and alcohol addiction myself
    once, I ...")."""
    if end < len(words) and words[end] in ("myself", "ourselves"):
        return True
    following = words[end : end + 6]
    stop = next((i for i, word in enumerate(following) if word in (",", ";", ".", "and", "but")), len(following))
    return words[end - 1] in ("from", "with") and any(word in ("myself", "ourselves") for word in following[:stop + 1])


# Words for not using that describe a state, not a person: "my first day of being clean", "a clean and sober life".
_ABSTINENCE = frozenset(["clean", "sober"])

# Anyone else a sentence may speak of: "I hope the addicts stay clean", "if you stay clean". (A label in the
# singular is more often the writer's own: "I'm an alcoholic, and a clean and sober life has given me ...".)
_OTHERS = frozenset(
    ["you", "your", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "addicts", "alcoholics",
     "junkies", "users", "abusers", "teen", "teens", "teenager", "teenagers", "members", "member", "sponsor",
     "sponsee"]
)


def writers_own_abstinence(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "I celebrate my first day of being clean", "the joys a clean and sober life has given me": a state, not a
    label, in a sentence whose only person is the writer, so it can only be the writer's own."""
    if _ABSTINENCE.isdisjoint(words[start:end]):
        return False
    sentence = words[floor:ceiling]
    writer = not SELF.isdisjoint(sentence) or not POSSESSIVE.isdisjoint(sentence)
    return writer and not someone_else_in(sentence) and _OTHERS.isdisjoint(sentence)
