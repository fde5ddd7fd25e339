"""Titles of cited works in link text and <cite>: the authors' words, not the writer's."""

from __future__ import annotations

import pytest

from langcheck.context.citations import names_a_work
from langcheck.documents import Block, Mark, Segment


def _linked(text: str, href: str, kind: str = "link") -> Block:
    return Block(text, (Segment(0, 0, len(text), len(text)),), "paragraph", False, (Mark(0, len(text), kind, href),))


@pytest.mark.parametrize(
    ("text", "href", "expected"),
    [
        ("Low mood in bipolar men", "https://example.org/2021/05/low-mood-in-bipolar-men/", True),
        ("Cognition in schizophrenic patients", "https://doi.org/10.1000/182", True),
        ("Outcomes for schizophrenic patients", "https://example.org/papers/outcomes.pdf", True),
        ("The Schizophrenic Brain Revisited", "https://example.org/a", True),
        ("Why Bipolar Thinking is Wrong", "https://example.org/a", True),
        ("my post about schizophrenics", "https://example.org/a-post", False),
        # a short address named by a word of the text
        ("the bipolar Lisp programmer", "https://marktarver.com/bipolar.html", True),
        ("my post about schizophrenics", "https://example.org/index.html", False),
        ("schizophrenics", "https://example.org/schizophrenics", False),
    ],
)
def test_link_text_that_is_a_title(text: str, href: str, expected: bool) -> None:
    block = _linked(text, href)
    word = next(w for w in ("bipolar", "schizophrenic") if w in text.lower())
    start = text.lower().index(word)
    assert names_a_work(block, start, start + len(word)) is expected


def test_a_cited_title() -> None:
    block = _linked("Madness and Civilization", "", kind="cite")
    assert names_a_work(block, 0, 7)


def _italic(text: str, italic: str) -> Block:
    start = text.index(italic)
    mark = Mark(start, start + len(italic), "emphasis")
    return Block(text, (Segment(0, 0, len(text), len(text)),), "list_item", False, (mark,))


@pytest.mark.parametrize(
    ("text", "italic", "word", "expected"),
    [
        ("Clean and Sober – an addict visits an AA meeting.", "Clean and Sober", "Clean", True),
        ("She watched The Junkie Diaries again.", "The Junkie Diaries", "Junkie", True),
        ("Drunks – a 1995 film starring Richard Lewis.", "Drunks", "Drunks", True),
        ("Drunks (1995) follows one meeting.", "Drunks", "Drunks", True),
        # a journal in a reference, its volume and issue after it, whatever its case
        ("Confronting stigma. Substance abuse, 35(3), 217–221.", "Substance abuse", "abuse", True),
        ("He wrote about substance abuse, and more.", "substance abuse", "abuse", False),
        # italics that stress a word, or one capitalised word with nothing to say it is a work
        ("It was not crazy at all.", "not crazy", "crazy", False),
        ("He was a Drunk by noon.", "Drunk", "Drunk", False),
    ],
)
def test_italic_words_written_as_a_title(text: str, italic: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert names_a_work(_italic(text, italic), start, start + len(word)) is expected
