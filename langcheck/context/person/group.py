"""The writer's own group: "most of us are alcoholics", "I'm one of the mentally ill people I write about",
"a member of a group of drunks", "my fellow addicts", "alcoholics like me", "Like many alcoholics, I ...", "mad
people (us)".

A writer who counts themselves among the people a label names describes
themselves with it as surely as with "I am"; so does the recovery
community's own word for its members ("we meet recovering addicts") where the
writer is one of them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words, sentence_bounds
from langcheck.context.person.words import (
    COPULA_FORMS,
    PEOPLE,
    SELF,
    clause_after_a_comma,
    plain,
    someone_else_in,
    writer_follows,
)


def some_of_us(words: list[str], start: int, floor: int) -> bool:
    """ "Most of us in the rooms are alcoholics": a group of which the writer is one, said to be what is named."""
    i = start - 1
    while i >= floor and words[i] in ("a", "an", "all", "still", "just", "recovering", "once"):
        i -= 1
    if i < floor or words[i] not in _US_COPULAS:
        return False
    clause = words[max(floor, i - 6) : i]
    if "," in clause:
        clause = clause[len(clause) - clause[::-1].index(",") :]
    return any(clause[k] == "of" and clause[k + 1] == "us" for k in range(len(clause) - 1))


_US_COPULAS = frozenset(["are", "were", "'re", "’re", "be", "been"])


def one_of_them(words: list[str], start: int, floor: int) -> bool:
    """ "I'm one of the mentally ill people I write about", "we were among those addicts": the writer counts
    themselves in the group named."""
    i = start - 1
    if i >= floor and words[i] in ("the", "those", "these", "many"):
        i -= 1
    if i - 1 < floor or (not (words[i] == "of" and words[i - 1] == "one") and words[i] != "among"):
        return False
    i -= 2 if words[i] == "of" else 1
    return _the_writer_is(words, i, floor, ("just", "also", "only", "still", "really", "probably", "definitely"))


def member_of_them(words: list[str], start: int, floor: int) -> bool:
    """ "I'm simply a member of a group of drunks", "we are members of the addicts' community": the writer counts
    themselves in the group named, as a member of it."""
    i = start - 1
    if i >= floor and words[i] in ("the", "those", "these"):
        i -= 1
    if i - 1 >= floor and words[i] == "of" and words[i - 1] in _GROUP_NOUNS:
        i -= 2
        if i >= floor and words[i] in ("a", "the", "this", "our"):
            i -= 1
    if i - 1 < floor or words[i] != "of" or words[i - 1] not in _MEMBER_NOUNS:
        return False
    i -= 2
    if i >= floor and words[i] in ("a", "an", "one"):
        i -= 1
    return _the_writer_is(words, i, floor, ("just", "also", "only", "still", "simply", "really", "proudly", "now"))


_GROUP_NOUNS = frozenset(["group", "bunch", "fellowship", "roomful", "community", "family", "band", "room"])
_MEMBER_NOUNS = frozenset(["member", "members", "part"])


def _the_writer_is(words: list[str], i: int, floor: int, adverbs: tuple[str, ...]) -> bool:
    """Whether the words ending at ``i`` are "I am" or "we are" (in any tense), with these adverbs after the verb."""
    while i >= floor and words[i] in adverbs:
        i -= 1
    return i - 1 >= floor and plain(words[i]) in COPULA_FORMS and words[i - 1] in ("i", "we")


_IN_GROUP = frozenset({"fellow", "other"})
_COORDINATORS = frozenset({"and", "or", ","})

_NOT_QUITE = frozenset(["not", "never", "barely", "half", "partly", "hardly"])


def own_group(doc: Doc, start: int, floor: int) -> bool:
    """ "my fellow addicts", "I speak to other addicts and alcoholics": the writer counts themselves in.

    "Other" only says so when the writer is a person in the sentence ("I", "we", "me"), not merely a
    possessive ("parents of other addicts, my son" is about the son); "fellow" does unless another's possessive
    comes before it ("his fellow junkies").
    A second label joined by "and"/"or" belongs to the same group.
    """
    words = lower_words(doc)
    i = start - 1
    sentence_end = sentence_bounds(doc, start)[1]
    recovering = {words[start], words[i] if i >= floor else ""} & {"recovering", "recovered"}
    # recovery denied is no community's word: "a not quite-recovered heroin addict" the writer lived with is
    # someone else
    recovering = recovering and not _NOT_QUITE.intersection(words[max(floor, i - 3) : i])
    sentence = words[floor:sentence_end]
    if recovering and (_among_us(sentence) or ("i" in sentence and not someone_else_in(sentence))):
        # "we meet recovering addicts", "I crawled into a meeting of recovering alcoholics": the recovery
        # community's own word for its members, where the writer is the only other person in the sentence
        return True
    if i - 1 >= floor and words[i] in _COORDINATORS and words[i - 1].isalpha():
        i -= 2  # "other addicts and [alcoholics]": look before the first label
    if i < floor or words[i] not in _IN_GROUP:
        return False
    if words[i] == "fellow":
        # someone else's fellows are theirs: "His fellow junkies and alcoholics were where he felt most loved"
        return not (i - 1 >= floor and (words[i - 1] in _THIRD_PERSON_OWNERS or words[i - 1] in ("'s", "’s")))
    return any(word in SELF for word in words[floor:sentence_end])


_WE = frozenset({"we", "us", "our", "ourselves"})
_THIRD_PERSON_OWNERS = frozenset({"his", "her", "their", "its"})


def _among_us(sentence: list[str]) -> bool:
    """Whether the writer speaks as one of a "we" in the sentence; "our" that only says whose a relative is ("Our son is
    a recovering heroin addict") does not count."""
    for at, word in enumerate(sentence):
        if word in _WE and not (word == "our" and at + 1 < len(sentence) and sentence[at + 1] in PEOPLE):
            return True
    return False


def like_the_writer(words: list[str], end: int) -> bool:
    """ "a society of addicts like ourselves", "alcoholics like me": people the writer counts themselves among."""
    return end + 1 < len(words) and words[end] in ("like", "such") and words[end + 1] in _LIKE_THE_WRITER


_LIKE_THE_WRITER = frozenset(["me", "us", "myself", "ourselves"])

_QUANTIFIERS = frozenset(
    ["many", "most", "other", "all", "some", "so", "lots", "a", "lot", "of", "countless", "plenty", "fellow"]
)


def like_many(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "Like many alcoholics, I hid bottles": the writer counts themselves among the people named."""
    i = start - 1
    while i >= floor and start - i <= 3 and words[i] in _QUANTIFIERS:
        i -= 1
    if not (i >= floor and i < start - 1 and words[i] == "like"):
        return False
    if words[i + 1 : start] in (["a"], ["an"]):
        return False  # "Like a junkie just out of rehab, I'm off TV": one compared with, not one of many
    if writer_follows(words, end, ceiling):
        return True
    # "Like so many other alcoholics, it was tough to make this admission": "other" counts the one the sentence is
    # about among them, and with no person as its subject that is the writer
    return "other" in words[i + 1 : start] and _dummy_subject_follows(words, end, ceiling)


def _dummy_subject_follows(words: list[str], end: int, sentence_end: int) -> bool:
    """ "..., it was tough": the clause after the comma has no person for its subject."""
    following = clause_after_a_comma(words, end, sentence_end)
    return following[:1] == ["it"] and len(following) > 1 and following[1] in ("was", "is", "'s", "’s", "has", "had")


def writer_in_brackets(words: list[str], end: int) -> bool:
    """ "mad people (us)", "addicts (like me)": the writer adds themselves to the group in brackets."""
    after = words[end : end + 4]
    if after[:1] != ["("]:
        return False
    inside = after[2:3] if after[1:2] == ["like"] else after[1:2]
    return bool(inside) and inside[0] in SELF
