"""Real Markdown and HTML documents written by others (tests/data/real-docs, sources in SOURCES.md).

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


def test_precision_and_recall_on_whole_documents(accuracy) -> None:  # type: ignore[no-untyped-def]
    """Scored as ``benchmarks/accuracy.py --documents`` scores them (disputed labels count neither way)."""
    result = accuracy.score_documents("blank")
    report = accuracy.report_documents(result)
    assert sum(result.documents.values()) >= 30, report
    assert result.precision() >= 0.90, report
    assert result.recall() >= 0.85, report
