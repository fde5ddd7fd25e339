"""Real Markdown and HTML documents written by others (tests/data/real-docs and the blind sets
tests/data/real-docs-blind-*, sources in each folder's SOURCES.md).

Every finding must point at exactly its text in the file, and the findings are
scored against hand labels the way ``benchmarks/accuracy.py --documents``
scores them.
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
BLIND = sorted(DOCS.parent.glob("real-docs-blind-*"))
# Every labelled document, by its path relative to the data folder.
EXPECTED = {
    f"{folder.name}/{name}": labels
    for folder in (DOCS, *BLIND)
    for name, labels in json.loads((folder / "expected.json").read_text("utf-8")).items()
}


@pytest.fixture(scope="module")
def findings() -> dict[str, list]:
    engine = Engine(EngineOptions(model="blank"))
    out = {}
    for name in EXPECTED:
        source = (DOCS.parent / name).read_bytes().decode("utf-8-sig")
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


def test_precision_and_recall_on_whole_documents(accuracy) -> None:  # type: ignore[no-untyped-def]
    """Scored as ``benchmarks/accuracy.py --documents`` scores them (disputed labels count neither way)."""
    result = accuracy.score_documents("blank")
    report = accuracy.report_documents(result)
    assert sum(result.documents.values()) >= 30, report
    assert result.precision() >= 0.90, report
    assert result.recall() >= 0.85, report


def test_precision_and_recall_on_documents_labelled_blind(accuracy) -> None:  # type: ignore[no-untyped-def]
    """The blind sets, taken together, guard against regressions at their level after tuning (fiction's
    narration, which its labeller read as the characters' voices, holds most of the false alarms; an 1877 address
    that dates itself, whose labeller asked for its period words to be changed, most of the misses)."""
    assert len(BLIND) >= 2, "the blind sets of whole documents are missing"
    results = [accuracy.score_documents("blank", folder) for folder in BLIND]
    report = "\n".join(accuracy.report_documents(result) for result in results)
    tp = sum(sum(result.tp.values()) for result in results)
    fp = sum(sum(result.fp.values()) for result in results)
    fn = sum(sum(result.fn.values()) for result in results)
    assert tp / (tp + fp) >= 0.75, report
    assert tp / (tp + fn) >= 0.75, report
