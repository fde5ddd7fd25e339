"""``is_mention``: the matched words are mentioned, not used, as soon as one signal says so.

A quotation around the words (``quoted``), a verdict on them just after
(``verdicts``), an aside that gives them to someone else (``asides``) and a
head such as "Avoid:" that opens their line (``headed``) are asked first. Then come the frames of the sentence that
talk about the words as words: what they are said to be (``predicated``),
what they mean (``definitions``), how people use them (``usage``), naming
someone by them as a subject (``naming``), reclaiming them (``reclaimed``),
a bare adjective standing for itself (``bare_adjectives``), a list of them
that is then called terms (``lists``). Last come the cues before the match,
or before any earlier item of a list that the match ends (``lists``): a
noun of words (``nouns``), a word said bare (``usage``), an avoidance or
labelling cue (``avoidance``), a colon after a clause about words. The rarer
frames are looked for only where their words occur in the doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import cached, doc_text, lower_words, sentence_bounds, token_offsets
from langcheck.context.mention.asides import attributed_in_an_aside
from langcheck.context.mention.avoidance import avoid_cue_before, modifies_a_noun
from langcheck.context.mention.bare_adjectives import bare_adjective_as_a_subject, bare_adjectives_as_an_object
from langcheck.context.mention.definitions import (
    confused_with,
    defined,
    example_after_a_word_noun,
    glossed_as_a_word,
    named_as_the_term_of_its_day,
    short_for,
    term_defined,
    what_it_is_defined,
)
from langcheck.context.mention.headed import headed_by_a_word_of_avoidance
from langcheck.context.mention.lists import earlier_list_items, listed_after_a_cue, named_as_terms_after
from langcheck.context.mention.naming import NAMING_GERUNDS, named_by_a_gerund_subject
from langcheck.context.mention.nouns import meta_noun_before
from langcheck.context.mention.predicated import MODALS, a_predicate, denied_as_a_word, predicated_as_a_word
from langcheck.context.mention.quoted import quoted_as_a_term, quoted_title
from langcheck.context.mention.reclaimed import RECLAIMING, reclaimed
from langcheck.context.mention.shared import COPULAS, META_NOUNS
from langcheck.context.mention.usage import (
    SAY_VERBS,
    reported_usage,
    said_bare,
    said_by_people_in_general,
    used_as_a_kind_of_word,
)
from langcheck.context.mention.verdicts import verdict_after
from langcheck.context.quotes import enclosing_quote


def is_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are mentioned rather than used."""
    starts, ends = token_offsets(doc)
    quote = enclosing_quote(doc_text(doc), starts[start], ends[end - 1])
    if quote is not None and (quoted_as_a_term(doc, quote) or quoted_title(doc, quote)):
        return True
    if verdict_after(doc, end):
        return True
    words = lower_words(doc)
    floor, ceiling = sentence_bounds(doc, start)
    if attributed_in_an_aside(words, end, ceiling) or (":" in _present_words(doc) and headed_by_a_word_of_avoidance(doc, start, floor)):
        return True
    present = _present_words(doc)
    if (
        (
            end < ceiling
            and words[end] in COPULAS
            and not a_predicate(words, start, floor)
            and denied_as_a_word(words, end, ceiling)
        )
        or (
            end < ceiling
            and (words[end] in COPULAS or words[end] in MODALS or words[end] in ("sounds", "and", "or"))
            and predicated_as_a_word(words, start, end, floor, ceiling)
        )
        or reported_usage(words, start, end, floor, ceiling)
        or (not present.isdisjoint(META_NOUNS) and named_as_terms_after(doc, words, end, ceiling))
        or (start > floor and words[start - 1] == "by" and defined(words, start, end, floor, ceiling))
        or glossed_as_a_word(words, end, ceiling, opens=not any(w.isalnum() for w in words[floor:start]))
        or term_defined(words, start, end, floor, ceiling)
        or (start > floor and words[start - 1] in _DEFINING and end < ceiling and words[end] == "as")
        or (not present.isdisjoint(RECLAIMING) and reclaimed(words, start, floor, ceiling))
        or (not present.isdisjoint(NAMING_GERUNDS) and named_by_a_gerund_subject(words, start, end, floor, ceiling))
        or (start > floor and what_it_is_defined(words, start, end, floor, ceiling))
        or (
            end < ceiling
            and words[end] in _WORD_NOUNS_AFTER
            and start > floor
            and words[start - 1] in _ARTICLES_OF_A_WORD
        )
        or (not present.isdisjoint(SAY_VERBS) and said_by_people_in_general(words, start, end, floor))
        or used_as_a_kind_of_word(words, start, end, floor, ceiling)
        or short_for(words, start, end, floor)
        or ("(" in present and example_after_a_word_noun(words, start, floor))
        or (end < ceiling and words[end] in _EQUATED)  # "Retarded = backwards": the word set equal to its sense
        or ("(" in present and _part_of_speech_after(words, end, ceiling))
        or confused_with(words, start, end, floor, ceiling)
        or named_as_the_term_of_its_day(words, end, ceiling)
        or bare_adjective_as_a_subject(words, start, end, floor, ceiling)
        or bare_adjectives_as_an_object(words, start, end, floor, ceiling)
    ):
        return True
    items = (start, *earlier_list_items(doc, start))
    if any(meta_noun_before(doc, at) or said_bare(words, at, end, floor, ceiling) for at in items):
        return True
    # "don't call the crazy guy": a word that describes a noun is used in a sentence about something else
    if not modifies_a_noun(words, start, end, floor, ceiling) and any(avoid_cue_before(doc, at) for at in items):
        return True
    return ":" in present and listed_after_a_cue(words, min(items), floor)


_EQUATED = frozenset(["=", "≠", "==", "≈"])

# A dictionary's mark of a word's part of speech: "Retard (n.) and retarded are further along the spectrum".
_PART_OF_SPEECH_MARKS = frozenset(
    ["n", "n.", "adj", "adj.", "v", "v.", "adv", "adv.", "noun", "adjective", "verb", "adverb", "pl", "pl."]
)


def _part_of_speech_after(words: list[str], end: int, ceiling: int) -> bool:
    """The match is followed by a bracketed part-of-speech mark ("(n.)", "(adj.)", "(noun)"), as a dictionary
    heads an entry."""
    if end + 2 >= ceiling or words[end] != "(" or words[end + 1] not in _PART_OF_SPEECH_MARKS:
        return False
    closing = end + 2 if words[end + 2] != "." else end + 3
    return closing < ceiling and words[closing].startswith(")")

# The words themselves named by a noun right after them: "the crazy wording was a pun on the name", "that psycho label".
_WORD_NOUNS_AFTER = frozenset(["wording", "label", "labels", "slur", "slurs", "epithet", "epithets", "moniker"])
_ARTICLES_OF_A_WORD = frozenset(["the", "that", "this", "a", "an", "those", "these", "'", "‘", '"', "“"])


def _present_words(doc: Doc) -> frozenset[str]:
    """Every lower-case word of the doc: the rarer frames are not looked for where their words are absent."""
    return cached(doc, "present-words", lambda: frozenset(lower_words(doc)))


# "The dictionary defines lunatic as a foolish person": the word is what is defined.
_DEFINING = frozenset(["defines", "define", "defined", "defining", "glosses", "glossed", "translates", "translated"])
