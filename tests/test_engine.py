"""The engine: the lexical pre-pass never changes results, and the component works inside spaCy."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from langcheck.engine import Engine

CORPUS = Path(__file__).parent / "corpus"


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    return texts


def test_prefilter_gives_identical_results(blank_engine: Engine) -> None:
    texts = [*_corpus_texts(), "Plain text with no trigger at all.", "", "   "]
    assert blank_engine.match_texts(texts, prefilter=True) == blank_engine.match_texts(texts, prefilter=False)


def test_running_only_triggered_matchers_gives_identical_results(blank_engine: Engine) -> None:
    texts = _corpus_texts()
    narrow = blank_engine.match_texts(texts, prefilter=False)
    component = blank_engine._pipeline().get_pipe("langcheck")
    component.narrow_matchers = False
    try:
        assert blank_engine.match_texts(texts, prefilter=False) == narrow
    finally:
        component.narrow_matchers = True


def test_prefilter_finds_rules_keyed_on_longer_words(blank_engine: Engine) -> None:
    # "mental" and "mentally" are both trigger words; the regex stops at the shorter one.
    assert blank_engine.prefilter.candidate_rules("The mentally ill.") >= {"identity-first/the-mentally-ill"}


def test_prefilter_skips_clean_blocks(blank_engine: Engine) -> None:
    assert not blank_engine.might_match("The build passed and the docs were updated.")
    assert blank_engine.might_match("He committed suicide.")


def test_component_in_a_users_own_pipeline() -> None:
    import langcheck.component  # noqa: F401 - registers the factory

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("langcheck", config={"select": ["suicide"]})
    doc = nlp("He committed suicide. I'm so OCD about fonts.")
    spans = list(doc.spans["langcheck"])
    assert [(s.text, s.label_) for s in spans] == [("committed suicide", "suicide/committed-suicide")]
    assert spans[0]._.langcheck_rule.pack == "suicide"


def test_opt_in_rules_run_only_with_their_profile() -> None:
    from langcheck.engine import EngineOptions

    default = Engine(EngineOptions(model="blank"))
    person_first = Engine(EngineOptions(model="blank", profiles=("person-first",)))
    opt_in = set(person_first.rules) - set(default.rules)
    assert opt_in
    text = "She is an autistic person who loves trains."
    assert not default.match_texts([text])[0]
    assert person_first.match_texts([text])[0]
