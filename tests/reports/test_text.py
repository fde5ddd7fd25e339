"""Golden-file test for the human-readable reporter (see golden_report.py to regenerate)."""

from __future__ import annotations

from golden_report import golden_path, render


def test_text_output_matches_golden_file() -> None:
    assert render("text") == golden_path("text").read_text(encoding="utf-8")
