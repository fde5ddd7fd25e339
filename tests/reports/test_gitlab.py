"""GitLab Code Quality: golden file and the fields GitLab requires."""

from __future__ import annotations

import json
from typing import Any

import pytest
from golden_report import golden_path, render


@pytest.fixture
def issues() -> list[dict[str, Any]]:
    return json.loads(render("gitlab"))


def test_gitlab_output_matches_golden_file() -> None:
    assert render("gitlab") == golden_path("gitlab").read_text(encoding="utf-8")


def test_every_issue_has_the_required_fields(issues: list[dict[str, Any]]) -> None:
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        lines = issue["location"]["lines"]
        assert 1 <= lines["begin"] <= lines["end"]
        assert not issue["location"]["path"].startswith(("/", "./"))


def test_severity_mapping(issues: list[dict[str, Any]]) -> None:
    by_check = {i["check_name"]: i["severity"] for i in issues}
    assert by_check["casual/crazy"] == "info"
    assert by_check["suicide/committed-suicide"] == "minor"
    assert by_check["identity/diagnosis-as-identity"] == "major"
    assert by_check["langcheck/file-error"] == "critical"


def test_fingerprints_are_unique(issues: list[dict[str, Any]]) -> None:
    marks = [i["fingerprint"] for i in issues]
    assert len(set(marks)) == len(marks)


def test_multi_line_span_keeps_its_range(issues: list[dict[str, Any]]) -> None:
    issue = next(i for i in issues if i["check_name"] == "identity/diagnosis-as-identity")
    assert issue["location"] == {"path": "docs/guide notes.md", "lines": {"begin": 5, "end": 6}}
