"""The ``check`` command's work: lint, render, decide the exit status."""

from __future__ import annotations

from collections.abc import Sequence

import click

from langcheck.api import Engine, RunSettings
from langcheck.cli.exit_codes import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from langcheck.cli.progress import lint_with_progress
from langcheck.core.models import Severity
from langcheck.reports import Report, get_renderer


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
        from langcheck.reports.baseline import apply_baseline

        results, known = apply_baseline(results, baseline)
        if known:
            click.echo(f"langcheck: {known} known {'finding' if known == 1 else 'findings'} hidden by baseline {baseline}", err=True)
    threshold = None if fail_on == "never" else Severity.parse(fail_on)
    report = Report(tuple(results), engine.rules, color=color, fail_on=threshold)
    rendered = get_renderer(output_format)(report)
    if output_file:
        with open(output_file, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(rendered)
    else:
        click.echo(rendered, nl=False)
    for result in results:
        if result.error and output_format != "text":
            click.echo(f"langcheck: error: {result.path}: {result.error}", err=True)
    return exit_status(report)
