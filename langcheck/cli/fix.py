"""The ``fix`` command's work: rewrite files in place, show a diff, or ask the writer.

Reads bytes and a fingerprint, rewrites only the findings' characters (text
keeps its encoding and BOM; a Word document its runs' formatting and every
part not rewritten), and writes back atomically. A Word document that Word
has open (its lock file beside it) is not written.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import click

from langcheck.api import Chooser, Engine, FixOutcome, RunSettings, check_bytes, fix_bytes
from langcheck.cli.exit_codes import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS
from langcheck.core.errors import InputError
from langcheck.core.models import Finding, Severity, Suggestion
from langcheck.core.positions import LineIndex
from langcheck.reports.base import at, place
from langcheck.reports.text import rewrite_label
from langcheck.workspace.discovery import discover
from langcheck.workspace.locks import office_lock
from langcheck.workspace.reader import BinaryFileError
from langcheck.workspace.safe_write import ConcurrentEditError, fingerprint, write_atomically


@dataclass(frozen=True)
class FixRequest:
    unsafe: bool = False
    diff: bool = False
    interactive: bool = False
    fail_on: Severity | None = Severity.WARNING


@dataclass
class FixTally:
    fixed: int = 0
    files_changed: int = 0
    held_back: int = 0
    remaining: int = 0
    failing: int = 0
    errors: int = 0
    unsafe_here: int = 0
    """Rewrites chosen but not made, because the document's structure there made them unsafe (Word runs)."""


def is_terminal() -> bool:
    return sys.stdin.isatty()


def fix_paths(inputs: Sequence[str], settings: RunSettings, request: FixRequest) -> int:
    if request.interactive and not is_terminal():
        raise click.UsageError("--interactive needs a terminal (stdin is not a TTY)")
    engine = Engine(settings.engine)
    tally = FixTally()
    chooser = InteractiveChooser() if request.interactive else None
    for found in discover(list(inputs), settings.exclude, Path(settings.root) if settings.root else None):
        if found.error:
            click.echo(f"{found.path}: error: {found.error}", err=True)
            tally.errors += 1
            continue
        if isinstance(chooser, InteractiveChooser):
            if chooser.quit:
                break
            chooser.path = str(found.path)
        _fix_one(found.path, engine, settings, request, tally, chooser)
    click.echo(_summary(tally, request), err=True)
    if tally.errors:
        return EXIT_ERROR
    if request.diff:
        return EXIT_FINDINGS if tally.fixed else EXIT_CLEAN
    return EXIT_FINDINGS if tally.failing else EXIT_CLEAN


ATTEMPTS = 3
"""How many times a file that another program keeps changing is read and fixed again before it is left alone."""


def _fix_one(
    path: Path, engine: Engine, settings: RunSettings, request: FixRequest, tally: FixTally, chooser: Chooser | None
) -> None:
    """Fix one file; if another program writes it meanwhile, fix the new version (its edit is never overwritten).

    An interactive run is not repeated: the writer's choices were made on a
    version that no longer exists, so the file is reported instead.
    """
    attempts = 1 if request.interactive else ATTEMPTS
    for attempt in range(1, attempts + 1):
        try:
            _fix_once(path, engine, settings, request, tally, chooser)
            return
        except ConcurrentEditError as exc:
            if attempt == attempts:
                again = f" ({attempts} times)" if attempts > 1 else ""
                click.echo(f"error: {exc}{again}; run fix again", err=True)
                tally.errors += 1
                return
            click.echo(f"{path}: changed on disk while being fixed; fixing the new version", err=True)


def _fix_once(
    path: Path, engine: Engine, settings: RunSettings, request: FixRequest, tally: FixTally, chooser: Chooser | None
) -> None:
    name, passes = str(path), 1 if request.interactive else 4
    lock = None if request.diff else office_lock(path)
    if lock is not None:
        click.echo(f"{path}: error: open in another program (lock file {lock.name}); close it and run fix again", err=True)
        tally.errors += 1
        return
    try:
        raw = path.read_bytes()
        fixed = fix_bytes(raw, name, unsafe=request.unsafe, choose=chooser, engine=engine, settings=settings, passes=passes)
    except BinaryFileError:
        return
    except (InputError, OSError) as exc:
        click.echo(f"{path}: error: {str(exc).removeprefix(f'{path}: ')}", err=True)
        tally.errors += 1
        return
    outcome = fixed.outcome
    for finding, reason in outcome.held:
        click.echo(f"{path}: {place(finding)}: not rewritten ({finding.rule}): {reason}", err=True)
    remaining = check_bytes(fixed.data, name, engine=engine, settings=settings).findings
    if fixed.changed and not request.diff:
        try:
            write_atomically(path, fixed.data, fingerprint(raw))
        except ConcurrentEditError:
            raise
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            tally.errors += 1
            return
    _count(outcome, remaining, request, tally)
    if not outcome.applied:
        return
    tally.files_changed += 1
    if request.diff:
        click.echo(_diff(str(path), fixed.before, fixed.after), nl=False)
        return
    count = len(outcome.applied)
    click.echo(f"Fixed {count} {'finding' if count == 1 else 'findings'} in {path}", err=True)


def _count(outcome: FixOutcome, remaining: Sequence[Finding], request: FixRequest, tally: FixTally) -> None:
    tally.fixed += len(outcome.applied)
    tally.held_back += outcome.held_back
    tally.unsafe_here += len(outcome.held)
    tally.remaining += len(remaining)
    if request.fail_on is not None:
        tally.failing += sum(1 for f in remaining if f.severity >= request.fail_on)


def _diff(name: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n" for line in lines)


def _summary(tally: FixTally, request: FixRequest) -> str:
    verb = "Would fix" if request.diff else "Fixed"
    text = f"{verb} {tally.fixed} {'finding' if tally.fixed == 1 else 'findings'} in {tally.files_changed} "
    text += "file." if tally.files_changed == 1 else "files."
    if tally.held_back and not request.interactive:
        hint = "" if request.unsafe else " (use --unsafe-fixes or --interactive to apply)"
        text += f" {tally.held_back} held back: no safe rewrite{hint}."
    if tally.unsafe_here:
        text += f" {tally.unsafe_here} not rewritten where the document's structure made it unsafe (see above)."
    if not request.diff:
        text += f" {tally.remaining} remaining."
    return text


class InteractiveChooser:
    """Show each finding with its line and let the writer pick a rewrite, skip it, or quit.

    Quitting keeps the rewrites already chosen, like ``git add -p``.
    """

    def __init__(self) -> None:
        self.quit = False
        self.path = ""

    def __call__(self, finding: Finding, source: str) -> Suggestion | None:
        if self.quit:
            return None
        line = LineIndex(source).line_text(finding.line)
        click.echo(f"\n{at(self.path, finding)}: [{finding.rule}] {finding.message}")
        click.echo(f"  {line}")
        for number, suggestion in enumerate(finding.suggestions, 1):
            click.echo(f"  {number}) {rewrite_label(finding, suggestion)}{'  (safe)' if suggestion.safe else ''}")
        answer = click.prompt("  choose a number, s to skip, q to quit", default="s", show_default=False).strip()
        if answer.lower() == "q":
            self.quit = True
            return None
        if answer.isdigit() and 1 <= int(answer) <= len(finding.suggestions):
            return finding.suggestions[int(answer) - 1]
        return None
