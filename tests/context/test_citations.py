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
