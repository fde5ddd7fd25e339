"""Baselines: fingerprints that survive unrelated edits, the file format, and the CLI round trip."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from langcheck.core.models import Finding, Severity
from langcheck.core.positions import LineIndex
from langcheck.reports.base import FileResult
from langcheck.reports.baseline import (
    BaselineError,
    dumps,
    entries,
    filter_results,
    fingerprints,
    load,
    normalise,
    relative_path,
    sentence_around,
)

PACK = Path(__file__).parents[1] / "data" / "ci-pack.yaml"
PHRASE = re.compile(r"commit(?:ted|s)?\s+suicide", re.IGNORECASE)

DOC = """# Our year

The spring was busy and the volunteers were wonderful.

One member told us her cousin committed suicide last winter.
The local paper wrote that he committed suicide, in the headline.

Thank you all for coming.
"""


def _lint(source: str, path: str = "docs/year.md") -> FileResult:
    """Findings as the linter would produce them, without spaCy: every 'committed suicide'."""
    index = LineIndex(source)
    findings = []
    for match in PHRASE.finditer(source):
        line, column = index.line_col(match.start())
        end_line, end_column = index.line_col(match.end())
        findings.append(
            Finding(
                rule="suicide/committed-suicide",
                pack="suicide",
                severity=Severity.WARNING,
                start=match.start(),
                end=match.end(),
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column,
                text=match.group(),
                message="frames suicide as a crime",
                suggestions=(),
                explanation="",
                sources=(),
            )
        )
    return FileResult(path, tuple(findings), source=source)


def _marks(source: str) -> list[str]:
    result = _lint(source)
    return fingerprints("docs/year.md", result.findings, result.source)


def _new(baseline_source: str, source: str) -> list[Finding]:
    known = Counter(e.fingerprint for e in entries([_lint(baseline_source)], root="."))
    results, _ = filter_results([_lint(source)], known, ".")
    return list(results[0].findings)


def test_normalise_collapses_whitespace_and_case() -> None:
    assert normalise("  He  Committed\n suicide\t") == "he committed suicide"


def test_sentence_stops_at_full_stops_blank_lines_and_list_items() -> None:
    source = "First one. He committed suicide\nlast year. Next.\n\n- item one\n- a crazy item\n- item three\n"
    start = source.index("committed")
    assert sentence_around(source, start, start + 17) == "He committed suicide\nlast year."
    start = source.index("crazy")
    assert sentence_around(source, start, start + 5) == "- a crazy item"


def test_fingerprints_ignore_lines_inserted_above() -> None:
    moved = DOC.replace("# Our year\n", "# Our year\n\nA new paragraph.\n\nAnd another one\nover two lines.\n")
    assert _marks(moved) == _marks(DOC)
    assert _lint(moved).findings[0].line != _lint(DOC).findings[0].line


def test_fingerprints_ignore_edits_to_other_paragraphs_and_rewrapping() -> None:
    edited = DOC.replace("busy and the volunteers were wonderful", "quiet").replace("Thank you all", "Thanks, everyone,")
    edited = edited.replace("her cousin committed suicide last winter", "her cousin committed\nsuicide   last winter")
    assert _marks(edited) == _marks(DOC)


def test_editing_the_sentence_itself_makes_a_new_finding() -> None:
    edited = DOC.replace("last winter", "in March")
    assert _marks(edited)[0] != _marks(DOC)[0]
    assert _marks(edited)[1] == _marks(DOC)[1]


def test_identical_findings_get_distinct_fingerprints() -> None:
    source = "He committed suicide, they said he committed suicide.\n"
    marks = _marks(source)
    assert len(marks) == 2 and marks[0] != marks[1]


def test_path_and_rule_are_part_of_the_fingerprint() -> None:
    result = _lint(DOC)
    assert fingerprints("a.md", result.findings, DOC) != fingerprints("b.md", result.findings, DOC)


def test_filter_reports_only_new_findings() -> None:
    changed = DOC.replace("Thank you all for coming.", "Thank you all. Sadly, a friend committed suicide in May.")
    changed = "Intro line.\n\n" + changed
    new = _new(DOC, changed)
    assert [f.line for f in new] == [10]
    assert "in May" in changed.splitlines()[new[0].line - 1]


def test_filter_counts_multiplicity() -> None:
    once = "He committed suicide. He committed suicide.\n"  # two sentences, same normalised text
    thrice = once + "He committed suicide.\n"
    assert len(_new(once, once)) == 0
    assert len(_new(once, thrice)) == 1
    assert len(_new(thrice, once)) == 0  # fixing some of them is never a failure


def test_filter_leaves_other_files_and_counts_hidden() -> None:
    known = Counter(e.fingerprint for e in entries([_lint(DOC)], root="."))
    other = _lint(DOC, path="docs/other.md")
    results, hidden = filter_results([_lint(DOC), other], known, ".")
    assert hidden == 2
    assert results[0].findings == ()
    assert results[1] is other


def test_file_format_is_sorted_stable_and_versioned() -> None:
    results = [_lint(DOC, "b.md"), _lint(DOC, "a.md")]
    text = dumps(entries(results, root="."))
    data = json.loads(text)
    assert data["version"] == 1
    assert [set(item) for item in data["findings"]] == [{"path", "rule", "fingerprint", "text"}] * 4
    assert [item["path"] for item in data["findings"]] == ["a.md", "a.md", "b.md", "b.md"]
    assert dumps(entries(list(reversed(results)), root=".")) == text
    assert text.endswith("}\n")


def test_relative_paths_are_posix_and_relative_to_the_root(tmp_path: Path) -> None:
    assert relative_path(str(tmp_path / "docs" / "a.md"), tmp_path) == "docs/a.md"
    assert relative_path("./docs/../docs/a.md", Path.cwd()) == "docs/a.md"
    assert relative_path("<stdin>") == "<stdin>"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not JSON"),
        ('{"version": 2, "findings": []}', '"version": 1'),
        ('{"version": 1, "findings": [{"path": "a"}]}', "fingerprint"),
    ],
)
def test_bad_baseline_files_are_user_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content)
    with pytest.raises(BaselineError, match=message):
        load(path)


def test_missing_baseline_file_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="langcheck baseline"):
        load(tmp_path / "nope.json")


# --- the command line, end to end (blank spaCy pipeline, the one-rule test pack) ---


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".langcheck.yaml").write_text(f"builtin-packs: false\npacks: [{PACK}]\nmodel: blank\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "year.md").write_text(DOC, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def _cli(*args: str):  # type: ignore[no-untyped-def]
    from langcheck.cli import main

    return CliRunner().invoke(main, list(args))


def test_cli_baseline_then_check(project: Path) -> None:
    assert _cli("check", "docs").exit_code == 1

    recorded = _cli("baseline", "docs", "-o", ".langcheck-baseline.json")
    assert recorded.exit_code == 0, recorded.output
    data = json.loads((project / ".langcheck-baseline.json").read_text())
    assert [(f["path"], f["rule"], f["text"]) for f in data["findings"]] == [
        ("docs/year.md", "citest/committed-suicide", "committed suicide"),
        ("docs/year.md", "citest/committed-suicide", "committed suicide"),
    ]

    clean = _cli("check", "docs", "--baseline", ".langcheck-baseline.json")
    assert clean.exit_code == 0, clean.output
    assert "2 known findings hidden" in clean.output

    page = project / "docs" / "year.md"
    page.write_text("# Moved down\n\nNew intro.\n\n" + DOC.replace("wonderful", "kind"), encoding="utf-8")
    assert _cli("check", "docs", "--baseline", ".langcheck-baseline.json").exit_code == 0

    page.write_text(page.read_text() + "\nA reader wrote that his uncle committed suicide.\n", encoding="utf-8")
    new = _cli("check", "docs", "--baseline", ".langcheck-baseline.json", "--format", "json", "--no-color")
    assert new.exit_code == 1, new.output
    report = json.loads(new.output[new.output.index("{") :])
    lines = page.read_text().splitlines()
    assert [f["line"] for f in report["files"][0]["findings"]] == [len(lines)]


def test_cli_baseline_works_from_a_sub_folder(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _cli("baseline", "docs").exit_code == 0
    monkeypatch.chdir(project / "docs")
    result = _cli("check", "year.md", "--baseline", "../.langcheck-baseline.json")
    assert result.exit_code == 0, result.output


def test_cli_baseline_to_stdout(project: Path) -> None:
    result = _cli("baseline", "docs", "-o", "-")
    assert result.exit_code == 0
    assert '"version": 1' in result.output


def test_cli_missing_baseline_is_an_error(project: Path) -> None:
    result = _cli("check", "docs", "--baseline", "missing.json")
    assert result.exit_code == 2
    assert "invalid baseline" in result.output
