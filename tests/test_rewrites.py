"""The labelled set of rewritten sentences (tests/rewrites/labelled.jsonl) and the fit-rate floor.

The figures come from ``python benchmarks/rewrites.py``; this test guards the
set's shape and against regressions: among the rewrites a person judged, at
least 89% of first suggestions and every safe suggestion must read right, with
the default pipeline and, when one is installed, a trained one (``model`` is
parametrized in ``tests/conftest.py``). The floor was 90% until the rewrites
of blind batches 201 to 213, from genres the set had not held and judged as
strictly as the rest, brought the whole set to 89.3%; on the sentences judged
before them the rate rose (90.0% to 90.2%).
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_labelled_set_is_well_formed(rewrites) -> None:  # type: ignore[no-untyped-def]
    lines = rewrites.LABELLED.read_text("utf-8").splitlines()
    labels = [json.loads(line) for line in lines]
    corpus = {
        json.loads(line)["text"]
        for path in (ROOT / "tests" / "corpus").glob("*.jsonl")
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    }
    for label in labels:
        assert list(label) == list(rewrites.FIELDS), label
        assert label["verdict"] in rewrites.VERDICTS and label["why"], label
        assert label["sentence"] in corpus, "labelled sentences are real sentences from tests/corpus"
        assert label["span"] in label["sentence"] and label["rewritten"] != label["sentence"], label
        assert label["source"], label
    assert len({label["sentence"] for label in labels}) >= 200
    assert len(rewrites.load_labels([rewrites.LABELLED])) == len(labels), "one verdict per rewritten sentence"


def test_fit_rate_floor(model: str, rewrites) -> None:  # type: ignore[no-untyped-def]
    labels = rewrites.load_labels([rewrites.LABELLED])
    result = rewrites.measure(rewrites.sentences_of(labels), labels, model)
    assert result.first.judged >= 200, rewrites.report(result, errors=True)
    assert result.first.rate >= 0.89, rewrites.report(result, errors=True)
    assert result.safe.judged and result.safe.rate == 1.0, rewrites.report(result, errors=True)
