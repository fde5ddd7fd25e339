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
