"""The words around a match: the shortcut that skips the search for a ``before`` phrase must never change its answer."""

from __future__ import annotations

import pytest

from langcheck.fixes.construction import Construction, phrases_regex

PHRASES = [
    ("drives", "drive"),
    ("so-called",),
    ("'s",),  # ends in a word, after an apostrophe
    ("me,",),  # ends in punctuation: the shortcut cannot tell
    ("café",),  # a word outside ASCII
    ("very so", "so"),
    ("x" * 45,),
]
TEXTS = [
    "It drives crazy",
    "It drive crazy",
    "He also crazy",
    "the so-called crazy",
    "the so\u2010called crazy",
    "he's crazy",
    "tell me, crazy",
    "the CAFÉ crazy",
    "the café crazy",
    "it is very so crazy",
    "it is veryso crazy",
    "a " + "x" * 45 + " crazy",
    "a " + "yx" * 30 + " crazy",
    "crazy",
    "_so crazy",
]


def _by_search(c: Construction, phrases: tuple[str, ...]) -> tuple[int, int] | None:
    """What ``before`` answered before the shortcut: a search of the text before the match, nothing skipped."""
    stripped = c.text[: c.start].rstrip()
    found = phrases_regex(phrases, at_end=True).search(stripped)  # type: ignore[union-attr]
    return (found.start(), found.end()) if found else None


@pytest.mark.parametrize("phrases", PHRASES)
@pytest.mark.parametrize("text", TEXTS)
def test_the_phrase_before_a_match_is_found_exactly_as_a_full_search_finds_it(text: str, phrases: tuple[str, ...]) -> None:
    start = text.rindex("crazy")
    c = Construction(text, start, start + len("crazy"))
    assert c.before(phrases) == _by_search(c, phrases)


AFTER_PHRASES = [
    ("people", "person"),
    ("so-called",),
    (".", ",", "!"),  # marks: the shortcut compares the first character
    ("'s",),
    ("café",),
    ("day was", "day"),
    ("$", "to"),  # the sentence's end is told apart by its own test
]
AFTER_TEXTS = [
    "crazy people here",
    "crazy  person",
    "crazy peoples",
    "crazy so-called",
    "crazy so\u2010called",
    "crazy.",
    "crazy , then",
    "crazy's",
    "crazy CAFÉ",
    "crazy café",
    "crazy days was",
    "crazy day  was long",
    "crazy",
    "crazy _day",
    "crazy to go",
]


def _after_by_search(c: Construction, phrases: tuple[str, ...]) -> tuple[int, int] | None:
    """What ``after`` answers with every pattern tried: a match at the first character after the spaces."""
    tail = c.text[c.end :]
    gap = len(tail) - len(tail.lstrip())
    regex = phrases_regex(phrases)
    found = regex.match(tail, gap) if regex else None
    return (c.end + found.start(), c.end + found.end()) if found else None


def _inside_by_search(c: Construction, phrases: tuple[str, ...]) -> tuple[int, int] | None:
    found = phrases_regex(phrases, in_compounds=True).search(c.matched)  # type: ignore[union-attr]
    return (c.start + found.start(), c.start + found.end()) if found else None


@pytest.mark.parametrize("phrases", AFTER_PHRASES)
@pytest.mark.parametrize("text", AFTER_TEXTS)
def test_the_phrase_after_a_match_is_found_exactly_as_trying_every_pattern_finds_it(text: str, phrases: tuple[str, ...]) -> None:
    c = Construction(text, 0, len("crazy"))
    expected = _after_by_search(c, phrases)
    found = c.after(phrases)
    if "$" in phrases and expected is None and found is not None:
        assert found[0] == found[1]  # the sentence's end, an empty range
    else:
        assert found == expected


@pytest.mark.parametrize("phrases", [p for p in AFTER_PHRASES if "$" not in p])
@pytest.mark.parametrize(
    "matched", ["crazy people", "so-called crazy", "so\u2010called", "crazy, then", "a CAFÉ", "ex-people", "daylight was"]
)
def test_a_phrase_inside_a_match_is_found_exactly_as_a_full_search_finds_it(matched: str, phrases: tuple[str, ...]) -> None:
    c = Construction(matched + " and more", 0, len(matched))
    assert c.inside(phrases) == _inside_by_search(c, phrases)


def test_words_before_and_after_stay_in_the_sentence_and_in_reach() -> None:
    text = "It rained. Many of her fellow addicts are here today, she said."
    start = text.index("addicts")
    end = start + len("addicts")
    c = Construction(text, start, end)
    assert c.words_before(start, 2) == ["her", "fellow"]
    assert c.words_before(start) == ["many", "of", "her", "fellow"]  # not "It rained."
    assert c.words_before(start, reach=7) == ["fellow"]
    assert c.words_after(end, 3) == ["are", "here", "today"]
    assert c.words_after(end, 9) == ["are", "here", "today", "she", "said"]
