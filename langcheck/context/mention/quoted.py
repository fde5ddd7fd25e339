"""Quotation marks around the matched words: a quoted term or a quoted title is a mention.

A quoted word or short phrase is a term being talked about, unless it is a
scare-quoted word that still describes a noun ('your "OCD" habits'). A
quoted sentence is speech (a use) unless, short enough, it is framed as an
example (a noun of words before it, a verdict on it after it). A quotation
of any length that a verb names as a title ("a post entitled '...'") is the
title of a work.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from langcheck.context.annotations import doc_text, lower_words, token_offsets
from langcheck.context.mention.shared import (
    COPULAS,
    META_NOUNS,
    PHRASE_ENDERS,
    POSSESSIVES,
    QUOTE_MARKS,
    VERDICTS,
    plain,
)
from langcheck.context.quotes import MAX_QUOTED_TERM_WORDS

MAX_QUOTED_EXAMPLE_WORDS = 10
_SPEECH_VERBS = frozenset(["saying", "say", "says", "said", "phrases", "phrase", "like", "as"])
_QUOTE_VERDICTS = frozenset(
    ["trivialises", "trivializes", "trivialise", "trivialize", "minimises", "minimizes", "minimise", "minimize",
     "hurts", "harms", "stigmatises", "stigmatizes", "perpetuates", "reinforces", "mocks", "undermines", "dismisses",
     "diminishes", "belittles"]
)


def quoted_as_a_term(doc: Doc, quote: tuple[int, int]) -> bool:
    """A quoted word or short phrase is a mention; a quoted sentence is speech (a use) unless framed as an example."""
    q_start, q_end = quote
    words = len(doc_text(doc)[q_start:q_end].split())
    if words <= MAX_QUOTED_TERM_WORDS:
        return not _scare_quoted_modifier(doc, q_start, q_end)
    if words > MAX_QUOTED_EXAMPLE_WORDS:
        return False
    starts, ends = token_offsets(doc)
    ended = bisect_right(ends, q_start)  # the tokens that end by the start of the quotation
    after_quote = bisect_left(starts, q_end)  # the first token that starts after it
    words = lower_words(doc)
    before = words[max(0, ended - 3) : ended]
    after = words[after_quote : after_quote + 4]
    if any(w in META_NOUNS for w in before):
        return True
    judged_after = any(w in _QUOTE_VERDICTS or w in VERDICTS for w in after)
    return judged_after and (any(w in _SPEECH_VERBS for w in before) or after[0] in _QUOTE_CLOSERS)


_QUOTE_CLOSERS = frozenset({"”", '"', "’", "'"})
# What names the quoted words as a title: "a blog post entitled 'How to work from home without going insane'".
_TITLING = frozenset(["entitled", "titled", "named", "dubbed", "headlined", "headed", "captioned"])


def quoted_title(doc: Doc, quote: tuple[int, int]) -> bool:
    """A quotation right after a verb that names it is the title of a work, whatever its length."""
    before, _ = _words_around(doc, quote, _QUOTE_OR_LINK_MARKS)
    return before is not None and lower_words(doc)[before] in _TITLING


_QUOTE_OR_LINK_MARKS = QUOTE_MARKS | {"[", "*", "_"}
_KINDS = frozenset(["kind", "kinds", "sort", "sorts", "type", "types"])


def _words_around(doc: Doc, quote: tuple[int, int], marks: frozenset[str]) -> tuple[int | None, int | None]:
    """The words just before and just after a quotation, past its own marks (None at either end of the doc)."""
    starts, ends = token_offsets(doc)
    words = lower_words(doc)
    before = bisect_right(ends, quote[0]) - 1
    while before >= 0 and words[before] in marks:
        before -= 1
    after = bisect_left(starts, quote[1])
    while after < len(words) and words[after] in marks:
        after += 1
    return (before if before >= 0 else None), (after if after < len(words) else None)


def _scare_quoted_modifier(doc: Doc, q_start: int, q_end: int) -> bool:
    """ 'your "OCD" habits', 'all kinds of "psycho" behaviors': a quoted word between a possessive (or "kinds of")
    and its noun describes the noun (scare quotes distance the writer from the word but still use it); a word named
    as a word stands alone ('the "crazy" label', 'calling them "crazy" is')."""
    before, after = _words_around(doc, (q_start, q_end), QUOTE_MARKS)
    if before is None or after is None:
        return False
    words = lower_words(doc)
    kind_of = before >= 1 and words[before] == "of" and words[before - 1] in _KINDS
    if plain(words[before]) not in POSSESSIVES and not kind_of:
        return False
    noun = words[after]
    return noun.isalpha() and noun not in META_NOUNS and noun not in PHRASE_ENDERS and noun not in COPULAS
