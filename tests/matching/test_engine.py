"""The engine: the lexical pre-pass never changes results, and the component works inside spaCy."""

from __future__ import annotations

import json
from pathlib import Path

import spacy

from langcheck.matching.engine import Engine

CORPUS = Path(__file__).parents[1] / "corpus"


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    return texts


# The parity tests that run every rule over whole docs, or a trained pipeline twice, take an even spread of the
# corpus (every k-th sentence, at most SAMPLE): their time stays put as the corpus grows, and every batch of it
# still has sentences in the sample.
SAMPLE = 6000


def _corpus_sample(limit: int = SAMPLE) -> list[str]:
    texts = _corpus_texts()
    step = -(-len(texts) // limit)  # ceiling division
    return texts[::step]


def test_prefilter_gives_identical_results(blank_engine: Engine) -> None:
    texts = [*_corpus_texts(), "Plain text with no trigger at all.", "", "   "]
    # Blocks of several pieces: the pre-pass first looks at the whole block, then at each piece.
    texts += [" ".join(texts[start : start + 30]) for start in range(0, 300, 30)]
    texts.append("The build passed. " * 200 + "He committed suicide. " + "The docs were updated. " * 100)
    # No space in the first 1,000 characters: the first cut falls inside a word, before "psycho".
    texts.append("a" * 1000 + "psycho killer " + "b " * 4000)
    assert blank_engine.match_texts(texts, prefilter=True) == blank_engine.match_texts(texts, prefilter=False)


def test_running_only_triggered_matchers_gives_identical_results(blank_engine: Engine) -> None:
    # The Matcher only looks near trigger words and matches: the same as running it over whole docs.
    texts = _corpus_sample()
    texts.append(" ".join(texts[:40]))  # many sentences in one doc
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
    from langcheck.matching.engine import EngineOptions

    default = Engine(EngineOptions(model="blank"))
    person_first = Engine(EngineOptions(model="blank", profiles=("person-first",)))
    opt_in = set(person_first.rules) - set(default.rules)
    assert opt_in
    text = "She is an autistic person who loves trains."
    assert not default.match_texts([text])[0]
    assert person_first.match_texts([text])[0]


def test_long_blocks_are_cut_at_sentence_ends() -> None:
    from langcheck.matching.engine import MAX_PIECE, split_long_text

    text = " ".join(f"Sentence number {n} is here." for n in range(60))
    pieces = split_long_text(text)
    assert "".join(piece for _, piece in pieces) == text
    assert all(offset == text.index(piece) for offset, piece in pieces)
    assert all(len(piece) <= MAX_PIECE and piece.rstrip().endswith(".") for _, piece in pieces)


def test_a_long_last_sentence_stays_whole() -> None:
    from langcheck.matching.engine import MAX_PIECE, split_long_text

    tail = "Then " + "and then " * 150 + "not guilty by reason of insanity."
    pieces = split_long_text("Short one. " + tail)
    assert len(tail) > MAX_PIECE
    assert pieces[-1][1] == tail


def test_lowercase_after_a_full_stop_is_not_a_sentence_end() -> None:
    from langcheck.matching.engine import split_long_text

    text = "Words such as e.g. crazy are common. " * 20
    assert all(not piece.startswith("crazy") for _, piece in split_long_text(text))


def test_endless_sentence_is_cut_at_spaces() -> None:
    from langcheck.matching.engine import _STRETCH, MAX_PIECE, split_long_text

    text = "word " * 5000
    pieces = split_long_text(text)
    assert "".join(piece for _, piece in pieces) == text
    assert max(len(piece) for _, piece in pieces) <= MAX_PIECE * _STRETCH
    assert all(piece.endswith(" ") for _, piece in pieces[:-1])


def test_trained_pipeline_skips_docs_without_a_pattern_match_and_finds_the_same() -> None:
    import pytest

    from langcheck.matching.engine import EngineOptions
    from langcheck.matching.pipeline import resolve_model

    if resolve_model("auto") is None:
        pytest.skip("no trained pipeline installed")
    engine = Engine(EngineOptions(model="auto"))
    near_miss = "The suicide rate fell after he committed to the plan."  # the words, but no pattern
    texts = [*_corpus_sample(), near_miss]
    gated = engine.match_texts(texts)
    component = engine._pipeline().get_pipe("langcheck")
    assert engine.prefilter.scan(near_miss)
    assert not component.could_match(engine._pipeline().make_doc(near_miss))
    assert component.could_match(engine._pipeline().make_doc("He committed suicide."))
    engine.gate_trained = False
    try:
        assert engine.match_texts(texts) == gated
    finally:
        engine.gate_trained = True


def test_pieces_are_smaller_for_a_trained_pipeline() -> None:
    from langcheck.matching.engine import MAX_PIECE, TRAINED_PIECE, EngineOptions

    assert Engine(EngineOptions(model="blank")).piece_limit == MAX_PIECE
    assert Engine(EngineOptions(model="some_trained_model")).piece_limit == TRAINED_PIECE < MAX_PIECE


def _fresh_pipeline() -> spacy.language.Language:
    import langcheck.matching.component  # noqa: F401 - registers the factory

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("langcheck")
    return nlp


def test_rules_compiled_on_demand_give_the_same_spans_as_all_compiled_up_front() -> None:
    lazy, eager = _fresh_pipeline(), _fresh_pipeline()
    everything = eager.get_pipe("langcheck")
    everything.compile_all()
    assert everything._compiled == set(everything.rules)
    assert everything.matchers and everything.context_matchers and everything.shared_matchers
    component = lazy.get_pipe("langcheck")
    first = lazy("He committed suicide.")
    # Only the rules whose words occur in that sentence were compiled for it.
    assert "suicide/committed-suicide" in component._compiled
    assert len(component._compiled) < len(component.rules) / 4
    assert [(s.text, s.label_) for s in first.spans["langcheck"]] == [("committed suicide", "suicide/committed-suicide")]
    texts = _corpus_texts()
    spans = [[(s.start, s.end, s.label_) for s in doc.spans["langcheck"]] for doc in lazy.pipe(texts)]
    assert spans == [[(s.start, s.end, s.label_) for s in doc.spans["langcheck"]] for doc in eager.pipe(texts)]


def test_long_runs_without_spaces_are_masked_to_one_plain_word() -> None:
    from langcheck.matching.engine import LONG_RUN, mask_long_runs

    debris = "*_" * LONG_RUN + "crazy" + "_*" * LONG_RUN
    text = f"It was crazy. {debris} Then it was crazy again."
    masked = mask_long_runs(text)
    assert len(masked) == len(text)  # offsets hold
    run = masked[text.index(debris) : text.index(debris) + len(debris)]
    assert set(run) <= set("xcrazy") and " " not in run
    assert masked.replace(run, debris) == text  # nothing outside the run changes
    short = "x's" * (LONG_RUN // 4) + " https://example.org/a-path-of-ordinary-length"
    assert mask_long_runs(short) == short


def test_pathological_runs_are_tokenized_quickly_and_alike_with_or_without_the_prefilter(blank_engine) -> None:
    """Strings of affixes ("]]]…", "x's's…") made spaCy's tokenizer quadratic; masked, they match nothing."""
    texts = [
        "[" * 3000 + "crazy" + "]" * 3000,
        "It was crazy " + "x" + "'s" * 3000 + " and crazy again.",
        "*_" * 3000 + "crazy" + "_*" * 3000 + " But this is crazy.",
    ]
    with_prefilter = blank_engine.match_texts(texts, prefilter=True)
    assert with_prefilter == blank_engine.match_texts(texts, prefilter=False)
    assert [[text[s:e] for _, s, e in matches] for text, matches in zip(texts, with_prefilter, strict=True)] == [
        [],
        ["crazy", "crazy"],
        ["crazy"],
    ]


def test_an_engine_that_remembers_its_work_gives_identical_results() -> None:
    """``memo``: matches and Markdown parses of unchanged pieces are reused; the results are those of a fresh engine."""
    from langcheck.linting.document import lint_document
    from langcheck.matching.engine import EngineOptions

    texts = _corpus_texts()
    document = "\n\n".join(f"{text}\n\n> {texts[i + 1]}\n\n- {texts[i + 2]}" for i, text in enumerate(texts[:300:3]))
    remembering = Engine(EngineOptions(model="blank"), memo=50)  # a small memo: pieces are forgotten and redone too
    fresh = Engine(EngineOptions(model="blank"))
    versions = [document]
    for word in ("also", "crazy", "committed suicide", "bipolar"):
        middle = len(versions[-1]) // 2
        cut = versions[-1].index(" ", middle)
        versions.append(f"{versions[-1][:cut]} {word}{versions[-1][cut:]}")
    for version in versions * 2:
        expected = lint_document(fresh.parse(version, "markdown"), fresh)
        assert remembering.parse(version, "markdown") == fresh.parse(version, "markdown")
        assert lint_document(remembering.parse(version, "markdown"), remembering) == expected
    assert remembering.match_texts(texts[:200], document=True) == fresh.match_texts(texts[:200], document=True)


def test_invisible_joiners_around_a_dash_read_as_spaces(blank_engine: Engine) -> None:
    # Typeset books put a word joiner (U+2060) before an em dash: "mad\u2060—murdering mad".
    text = "His wife had gone raving mad\u2060\u2014murdering mad."
    ((rule, start, end),) = blank_engine.match_texts([text])[0]
    assert (rule, text[start:end]) == ("dismissive/mad-as-insane", "gone raving mad")
    assert blank_engine.match_texts(["It would drive me crazy\u200b\u2014really."])[0]


def test_period_terms_pass_everywhere_in_a_dated_document() -> None:
    from langcheck.matching.options import EngineOptions

    engine = Engine(EngineOptions(model="blank"))
    body = ["It is needless to multiply examples.", "A skilful advocate can set at liberty the most dangerous lunatic."]
    dated = engine.match_texts(["Read before the Medical Society, SEPTEMBER 4, 1877.", *body], document=True)
    undated = engine.match_texts(["Read before the Medical Society.", *body], document=True)
    assert not any(dated) and any(undated)


def test_a_dash_typed_against_a_word_leaves_the_word_whole() -> None:
    from langcheck.matching.options import EngineOptions

    text = "He's a former crack addict-- now clean for more than a decade."
    (matches,) = Engine(EngineOptions(model="blank")).match_texts([text])
    assert ("substance-use/drug-addict", text.index("former"), text.index("--")) in matches
