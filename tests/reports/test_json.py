"""Golden-file test for the JSON reporter (see golden_report.py to regenerate)."""

from __future__ import annotations

import json

from golden_report import build_report, golden_path, render


def test_json_output_matches_golden_file() -> None:
    assert render("json") == golden_path("json").read_text(encoding="utf-8")


def test_json_output_is_versioned_and_counts_every_finding() -> None:
    data = json.loads(render("json"))
    assert data["version"] == 1
    assert sum(len(entry["findings"]) for entry in data["files"]) == len(build_report().findings)
