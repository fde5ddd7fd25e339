"""Literal token patterns become phrases: same matches, found by the PhraseMatcher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from langcheck.matching.component import LangcheckComponent
from langcheck.matching.engine import Engine
from langcheck.matching.literal_patterns import literal_sequences

CORPUS = Path(__file__).parents[1] / "corpus"


def test_alternatives_and_optional_tokens_spell_out() -> None:
    pattern = [{"LOWER": {"IN": ["nut", "whack"]}}, {"ORTH": "-", "OP": "?"}, {"LOWER": "job"}]
    assert literal_sequences(pattern) == [("nut", "-", "job"), ("nut", "job"), ("whack", "-", "job"), ("whack", "job")]


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "crazy"}, {"IS_ALPHA": True}],  # another attribute
        [{"LOWER": "crazy"}, {"OP": "{0,3}"}, {"LOWER": "people"}],  # a wildcard
        [{"LOWER": "so"}, {"LOWER": "very", "OP": "+"}],  # a repeat
        [{"ORTH": "Mad"}, {"LOWER": "men"}],  # case matters
        [{"LOWER": "Crazy"}],  # never matches a lower-cased token: left to the Matcher as written
        [{"LOWER": {"NOT_IN": ["crazy"]}}],
        [{"LOWER": {"IN": [str(n) for n in range(30)]}}] * 2,  # too many sequences
    ],
)
def test_anything_else_stays_a_token_pattern(pattern: list[dict[str, object]]) -> None:
    assert literal_sequences(pattern) is None


def test_all_optional_pattern_has_no_empty_sequence() -> None:
    assert literal_sequences([{"LOWER": "very", "OP": "?"}]) == [("very",)]


def test_phrases_find_what_the_matcher_finds(blank_engine: Engine) -> None:
    texts = [json.loads(line)["text"] for path in sorted(CORPUS.glob("*.jsonl")) for line in path.open(encoding="utf-8")]
    nlp = blank_engine._pipeline()
    sentencizer = nlp.get_pipe("sentencizer")
    converted = nlp.get_pipe("langcheck")
    as_written = LangcheckComponent(nlp, list(blank_engine.rules.values()), literal_phrases=False)
    # rules are compiled on first use: compile both now, so the comparison does not depend on what ran before
    converted.compile_all()
    as_written.compile_all()
    assert len(as_written.phrases) < len(converted.phrases)

    def spans(component: LangcheckComponent) -> list[list[tuple[str, int, int]]]:
        docs = [component(sentencizer(nlp.make_doc(text))) for text in texts]
        return [[(span.label_, span.start, span.end) for span in doc.spans["langcheck"]] for doc in docs]

    found = spans(converted)
    assert sum(map(len, found)) > 400
    assert found == spans(as_written)
