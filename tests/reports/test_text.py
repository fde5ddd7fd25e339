"""Golden-file test for the human-readable reporter (see golden_report.py to regenerate)."""

from __future__ import annotations

from golden_report import golden_path, render


def test_text_output_matches_golden_file() -> None:
    assert render("text") == golden_path("text").read_text(encoding="utf-8")


def _long_line_report(repeats: int, width: int = 100):  # type: ignore[no-untyped-def]
    """The issue's input: a single line of 200 words, then "so crazy", repeated; one finding per repeat."""
    from golden_report import CRAZY, _finding

    from langcheck.reports.base import FileResult, Report

    line = (" ".join(["word"] * 200) + " so crazy ") * repeats
    findings = tuple(_finding(line, CRAZY, "crazy", nth) for nth in range(repeats))
    return Report((FileResult("long.txt", findings, source=line),), {CRAZY.id: CRAZY}, width=width), line


def test_a_long_line_gives_a_report_bounded_by_its_findings() -> None:
    from langcheck.reports.text import render as render_text

    report, line = _long_line_report(200)
    output = render_text(report)
    assert len(line) > 200_000
    assert len(output) < 200 * 600  # each block: the header, a window of the line, markers, suggestions, why
    excerpts = [row for row in output.splitlines() if row.startswith("    1 | ")]
    assert len(excerpts) == 200
    assert all(len(row) <= 100 for row in excerpts)


def test_the_window_follows_the_report_width() -> None:
    from langcheck.reports.excerpt import cells
    from langcheck.reports.text import render as render_text

    for width in (40, 80, 160):
        report, _ = _long_line_report(3, width)
        rows = render_text(report).splitlines()
        excerpts = [row for row in rows if row.startswith("    1 | ")]
        markers = [row for row in rows if row.startswith("      | ")]
        assert all(sum(cells(c) for c in row) == width for row in excerpts)
        for excerpt, marker in zip(excerpts, markers, strict=True):
            column = marker.index("^")
            assert excerpt[column : column + 5] == "crazy"
