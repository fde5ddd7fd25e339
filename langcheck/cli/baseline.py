"""The ``baseline`` command's work: lint, then record the findings so that CI fails only on new ones.

The fingerprints and the file format are in :mod:`langcheck.reports.baseline`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from langcheck.api import Engine, RunSettings
from langcheck.cli.exit_codes import EXIT_CLEAN, EXIT_ERROR
from langcheck.cli.progress import lint_with_progress
from langcheck.reports.baseline import BaselineError, dumps, entries, root_of


def record_baseline(inputs: Sequence[str], settings: RunSettings, output: str) -> int:
    """``langcheck baseline``: lint ``inputs`` and write their findings to ``output`` ('-': stdout).

    Nothing is written when a file could not be read: a baseline missing that
    file's findings would let them through later without anyone noticing.
    """
    results = lint_with_progress(inputs, settings, Engine(settings.engine))
    failed = [result for result in results if result.error]
    for result in failed:
        click.echo(f"langcheck: error: {result.path}: {result.error}", err=True)
    if failed:
        click.echo("langcheck: baseline not written because some files could not be checked", err=True)
        return EXIT_ERROR
    root = Path.cwd() if output == "-" else root_of(output)
    recorded = entries(results, root)
    text = dumps(recorded)
    if output == "-":
        click.echo(text, nl=False)
    else:
        try:
            Path(output).write_text(text, encoding="utf-8", newline="\n")
        except OSError as exc:
            raise BaselineError(output, f"cannot write: {exc.strerror or exc}") from None
    files = len({entry.path for entry in recorded})
    noun = "finding" if len(recorded) == 1 else "findings"
    click.echo(
        f"langcheck: recorded {len(recorded)} {noun} in {files} {'file' if files == 1 else 'files'} to {output}",
        err=True,
    )
    return EXIT_CLEAN
