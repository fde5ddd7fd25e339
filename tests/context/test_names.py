from __future__ import annotations

import pytest

from langcheck.context.names import is_name


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("We watched Crazy Rich Asians last night.", "Crazy", True),
        ("Crazy Rich Asians was a hit.", "Crazy", True),
        ("He found help at Alcoholics Anonymous.", "Alcoholics", True),
        ("Crazy drivers are everywhere.", "Crazy", False),
        ("That was crazy.", "crazy", False),
        ("I'm so OCD about fonts.", "OCD", False),
        ("Ten Crazy Ideas For Your Garden", "Crazy", False),
    ],
)
def test_names_and_titles(nlp, token_range, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert is_name(doc, *token_range(doc, word)) is expected
