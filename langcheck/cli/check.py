"""The ``check`` command's work: lint, render, decide the exit status."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence

import click

from langcheck.api import Engine, RunSettings
from langcheck.cli.exit_codes import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from langcheck.cli.progress import lint_with_progress
from langcheck.core.models import Severity
from langcheck.reports import Report, get_renderer
from langcheck.reports.base import DEFAULT_WIDTH, MIN_WIDTH
from langcheck.reports.text import error_line


def exit_status(report: Report) -> int:
    """2 if any input failed, else 1 if a finding reaches the threshold, else 0."""
    if any(result.error for result in report.files):
        return EXIT_ERROR
    threshold = report.fail_on
    if threshold is not None and any(f.severity >= threshold for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def run_check(
    inputs: Sequence[str],
    settings: RunSettings,
    output_format: str,
    fail_on: str,
    color: bool,
    output_file: str | None = None,
    baseline: str | None = None,
) -> int:
    engine = Engine(settings.engine)
    results = lint_with_progress(inputs, settings, engine)
    if baseline:  # --baseline: hide the findings recorded by 'langcheck baseline' (see langcheck/reports/baseline.py)
        from langcheck.reports.baseline import apply_baseline, upgrade_hint

        results, known, recorded = apply_baseline(results, baseline)
        if recorded.outdated:
            click.echo(upgrade_hint(baseline), err=True)
        if known:
            click.echo(f"langcheck: {known} known {'finding' if known == 1 else 'findings'} hidden by baseline {baseline}", err=True)
    threshold = None if fail_on == "never" else Severity.parse(fail_on)
    width = report_width(to_terminal=output_file is None)
    report = Report(tuple(results), engine.rules, color=color, fail_on=threshold, width=width)
    # Files that could not be read go to standard error whatever the format, so that redirecting the
    # report never hides them; the machine-readable formats also carry them in the report itself.
    for result in results:
        if result.error:
            click.echo(error_line(result, color and click.get_text_stream("stderr").isatty()), err=True)
    rendered = get_renderer(output_format)(report)
    if output_file:
        with open(output_file, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(rendered)
    else:
        click.echo(rendered, nl=False)
    return exit_status(report)


def report_width(to_terminal: bool) -> int:
    """Cells per line for the text report: the terminal's width (or ``COLUMNS``), else a default.

    A report written to a file does not take the width of the terminal the
    command happened to run in, so that it is the same wherever it is made.
    """
    if to_terminal:
        columns = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    else:
        raw = os.environ.get("COLUMNS", "")
        columns = int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_WIDTH
    return max(MIN_WIDTH, columns)
