"""Real Markdown and HTML documents written by others (tests/data/real-docs, sources in SOURCES.md).

Every finding must point at exactly its text in the file, and the findings are
scored against hand labels: a finding matches a label on the same line, of the
same pack, when one text contains the other.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from langcheck.api import check_text
from langcheck.core.positions import LineIndex
from langcheck.documents import format_for_path
from langcheck.matching.engine import Engine, EngineOptions

DOCS = Path(__file__).parent / "data" / "real-docs"
EXPECTED = json.loads((DOCS / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def findings() -> dict[str, list]:
    engine = Engine(EngineOptions(model="blank"))
    out = {}
    for name in EXPECTED:
        source = (DOCS / name).read_bytes().decode("utf-8-sig")
        out[name] = (source, check_text(source, format_for_path(name) or "text", engine=engine))
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_positions_match_the_file(name: str, findings: dict) -> None:
    source, found = findings[name]
    index = LineIndex(source)
    for finding in found:
        start = index.starts[finding.line - 1] + finding.column - 1
        end = index.starts[finding.end_line - 1] + finding.end_column - 1
        assert source[start:end] == finding.text == source[finding.start : finding.end]


def test_precision_and_recall_on_whole_documents(findings: dict) -> None:
    tp = fp = fn = 0
    for name, labels in EXPECTED.items():
        _, found = findings[name]
        unmatched = list(labels)
        for finding in found:
            hit = next(
                (
                    label
                    for label in unmatched
                    if label["line"] == finding.line
                    and label["pack"] == finding.pack
                    and (label["text"] in finding.text or finding.text in label["text"])
                ),
                None,
            )
            if hit is None:
                fp += 1
            else:
                unmatched.remove(hit)
                tp += 1
        fn += len(unmatched)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    assert precision >= 0.75 and recall >= 0.75, (tp, fp, fn)
