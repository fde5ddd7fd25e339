"""SARIF 2.1.0: golden file, validity against the official schema, and the parts code scanning relies on."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from golden_report import GUIDE, build_report, golden_path, render

from langcheck.reports import get_renderer
from langcheck.reports.base import FileResult, Report
from langcheck.reports.baseline import FINGERPRINT_KEY

SCHEMA = Path(__file__).parents[1] / "data" / "sarif-2.1.0-rtm.5.json"


def _validate(log: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)  # draft-04, from the schema's $schema
    validator.check_schema(schema)
    errors = sorted(validator(schema).iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def _sarif(report: Report) -> dict[str, Any]:
    return json.loads(get_renderer("sarif")(report))


@pytest.fixture
def log() -> dict[str, Any]:
    return json.loads(render("sarif"))


def test_sarif_output_matches_golden_file() -> None:
    assert render("sarif") == golden_path("sarif").read_text(encoding="utf-8")


def test_schema_is_draft_04() -> None:
    assert json.loads(SCHEMA.read_text(encoding="utf-8"))["$schema"] == "http://json-schema.org/draft-04/schema#"


def test_output_validates_against_the_official_schema(log: dict[str, Any]) -> None:
    _validate(log)


def test_empty_report_validates_too() -> None:
    log = _sarif(Report((FileResult("clean.md", source="Fine.\n"),)))
    _validate(log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_driver_and_rule_metadata(log: dict[str, Any]) -> None:
    driver = log["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"], driver["informationUri"]) == ("langcheck", "9.9.9", "https://example.org/langcheck")
    rules = {rule["id"]: rule for rule in driver["rules"]}
    committed = rules["suicide/committed-suicide"]
    assert committed["shortDescription"]["text"] == '"Commit" comes from the time when suicide was a crime or a sin.'
    assert committed["fullDescription"]["text"].endswith('Say "died by suicide".')
    assert "- died by suicide" in committed["help"]["text"]
    assert committed["helpUri"] == "https://reportingonsuicide.org/"
    assert committed["defaultConfiguration"]["level"] == "warning"
    assert committed["properties"]["tags"] == ["suicide"]
    assert rules["casual/crazy"]["defaultConfiguration"]["level"] == "note"
    assert "helpUri" not in rules["casual/crazy"]  # no sources, no link
    assert rules["identity/diagnosis-as-identity"]["defaultConfiguration"]["level"] == "error"


def test_results_point_at_their_rule_and_position(log: dict[str, Any]) -> None:
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    first = run["results"][0]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "docs/guide%20notes.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {
        "startLine": 3,
        "startColumn": 4,
        "endLine": 3,
        "endColumn": 21,
        "snippet": {"text": "committed suicide"},
    }
    assert [r["level"] for r in run["results"]] == ["warning", "note", "note", "error", *["note"] * 8, "note"]


def test_only_safe_verbatim_suggestions_become_fixes(log: dict[str, Any]) -> None:
    results = log["runs"][0]["results"]
    fixes = {r["ruleId"]: r.get("fixes") for r in results}
    (fix,) = fixes["suicide/committed-suicide"]
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    assert replacement["insertedContent"] == {"text": "died by suicide"}
    assert replacement["deletedRegion"] == {"startLine": 3, "startColumn": 4, "endLine": 3, "endColumn": 21}
    assert fixes["casual/crazy"] is None  # suggestions that need judgement are not fixes
    assert fixes["identity/diagnosis-as-identity"] is None  # safe, but the span is not plain prose


def test_a_fix_replaces_the_construction_its_rewrite_covers(log: dict[str, Any]) -> None:
    (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "casual/drives-me-crazy"]
    assert result["locations"][0]["physicalLocation"]["region"]["snippet"] == {"text": "drives me crazy"}
    (fix,) = result["fixes"]
    assert fix["description"] == {"text": "Replace “crazy” with “up the wall”"}
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    assert replacement["deletedRegion"] == {"startLine": 7, "startColumn": 14, "endLine": 7, "endColumn": 19}


def test_file_errors_are_notifications_and_mark_the_run_unsuccessful(log: dict[str, Any]) -> None:
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    levels = [(n["level"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for n in invocation["toolExecutionNotifications"]]
    assert levels == [("error", "broken.txt"), ("note", "logo.png")]


def test_fingerprints_are_unique_and_ignore_line_shifts(log: dict[str, Any]) -> None:
    marks = [r["partialFingerprints"][FINGERPRINT_KEY] for r in log["runs"][0]["results"]]
    assert len(set(marks)) == len(marks)  # the two identical "crazy" differ by occurrence
    report = build_report()
    guide = report.files[0]
    shift = len("Intro.\n\n")
    moved = tuple(
        replace(f, start=f.start + shift, end=f.end + shift, line=f.line + 2, end_line=f.end_line + 2) for f in guide.findings
    )
    shifted = replace(report, files=(replace(guide, findings=moved, source="Intro.\n\n" + GUIDE), *report.files[1:]))
    marks_after = [r["partialFingerprints"][FINGERPRINT_KEY] for r in _sarif(shifted)["runs"][0]["results"]]
    assert marks_after == marks


def test_absolute_paths_become_relative_to_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = build_report()
    moved = replace(report.files[0], path=str(tmp_path / "docs" / "guide notes.md"))
    log = _sarif(replace(report, files=(moved,)))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "docs/guide%20notes.md"
    _validate(log)


def test_schema_check_catches_invalid_output(log: dict[str, Any]) -> None:
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError):
        _validate(log)
