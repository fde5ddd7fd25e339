"""A label pinned on someone, reported as such: "listed him as a lunatic", "portrayed as violent psychopaths".

A record's category ("record the person as insane"), a label others gave
("derided him as a lunatic"), a description reported or questioned ("why
describe it as schizophrenic?"): a verb of labelling or describing before
"as" makes the word after it a label, not the writer's own word. It may
carry describing words of its own, or stand in a comma-separated list after
the "as".
"""

from __future__ import annotations

from langcheck.context.mention.shared import QUOTE_MARKS, plain


def labelled_as_described(lowers: list[str], i: int, floor: int) -> bool:
    """ "those who label all homeless people as dangerous drug addicts": the label with a describing word or two of
    its own between "as" and the match."""
    j = i
    while j >= floor and i - j < 2 and lowers[j].isalpha() and lowers[j] != "as" and lowers[j] not in _NAMING_VERBS:
        j -= 1
    return j != i and j >= floor and lowers[j] == "as" and labelled_as(lowers, j, floor)


_LIST_MARKS = QUOTE_MARKS | {",", "and", "or"}


def as_before_a_list(lowers: list[str], last: int, floor: int) -> int | None:
    """The "as" that opens a comma-separated list of one-word items whose last item ends at ``last`` (the match is
    the next item): "as dangerous, unpredictable, “mad”, deranged". None if there is no such list."""
    i = last
    while i >= floor and lowers[i] in QUOTE_MARKS:
        i -= 1
    if i < floor or lowers[i] not in (",", "and", "or"):
        return None  # the match is no item of a list
    commas = 0
    run = 0  # the words of the item being read: one or two words an item
    while i >= floor and last - i <= 12:
        word = lowers[i]
        if word == "as" and commas:
            return i
        if word == ",":
            commas += 1
            run = 0
        elif word.isalpha() and word not in ("and", "or"):
            run += 1
            if run > 2:
                return None
        elif word not in _LIST_MARKS:
            return None
        i -= 1
    return None


def labelled_as(lowers: list[str], at: int, floor: int) -> bool:
    """ "record the person as insane", "listed him as a lunatic": a record's category, with its object before "as";
    "decrying the other side as retarded", "derided him as a lunatic": a label others pinned on someone, reported."""
    i = at - 1
    while i >= floor and at - i <= 5 and lowers[i].isalpha() and lowers[i] not in _NAMING_VERBS:
        i -= 1
    if i >= floor and at - i <= 4 and lowers[i] in _LABELLING_VERBS:
        return True
    # "why describe it as schizophrenic?", "I've heard anchors describe a weather pattern as bipolar": the
    # description is someone else's, reported or questioned.
    return (
        i >= floor
        and lowers[i] in _DESCRIBING_VERBS
        and any(plain(word) in _REPORTING_CUES for word in lowers[max(floor, i - 7) : i])
    )


_LABELLING_VERBS = frozenset(
    ["record", "records", "recorded", "recording", "list", "lists", "listed", "listing", "class", "classed",
     "classify", "classifies", "classified", "classifying", "enumerate", "enumerated", "certify", "certifies",
     "certified", "register", "registered", "mark", "marked", "designate", "designated", "label", "labels",
     "labelled", "labeled", "labelling", "labeling", "categorise", "categorised", "categorize", "categorized",
     "decry", "decries", "decried", "decrying", "denounce", "denounces", "denounced", "denouncing", "deride", "derides",
     "derided", "deriding", "ridicule", "ridicules", "ridiculed", "ridiculing", "brand", "brands", "branded",
     "branding",
     # a portrayal others made, reported: "people with schizophrenia are often portrayed as violent psychopaths"
     "portray", "portrays", "portrayed", "portraying", "depict", "depicts", "depicted", "depicting", "stereotype",
     "stereotypes", "stereotyped", "stereotyping", "stigmatise", "stigmatised", "stigmatize", "stigmatized",
     "caricature", "caricatured"]
)


_DESCRIBING_VERBS = frozenset(
    ["describe", "describes", "described", "describing", "refer", "refers", "referred", "referring"]
)
_NAMING_VERBS = _LABELLING_VERBS | _DESCRIBING_VERBS
# What says a description is someone else's: asked why, heard, or what people often do.
_REPORTING_CUES = frozenset(
    ["why", "heard", "hear", "hears", "hearing", "overheard", "overhear", "overhears", "overhearing", "often",
     "commonly", "sometimes", "frequently", "routinely", "tend", "tends", "people", "media", "headlines", "anchors",
     "forecasters"]
)
