"""The pipeline's tokenizer: words stay words where the English defaults glue marks to them."""

from __future__ import annotations

import pytest

from langcheck.api import check_text
from langcheck.matching.pipeline import _base


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("for the insane.[6] Then", "insane"),
        ("He was crazy[1] and more.", "crazy"),
        ("a lunatic.[note 2]", "lunatic"),
        ('"a psycho",[3] she said', "psycho"),
    ],
)
def test_a_footnote_mark_glued_to_a_word_leaves_the_word_a_token(text: str, word: str) -> None:
    assert word in [token.text for token in _base(None).make_doc(text)]


def test_a_word_before_a_footnote_mark_is_found_where_it_stands() -> None:
    text = "Honestly, the queue for the new phone was crazy.[1]"
    (finding,) = [f for f in check_text(text) if f.rule == "dismissive/crazy-insane"]
    assert text[finding.start : finding.end] == "crazy"
