"""Cold start: wall time of one command linting one small file from scratch, as a pre-commit hook does."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from speedbench.results import ColdStart, Report
from speedbench.timing import wall_time

CLEAN_MARKDOWN = """\
# Release notes

This release makes the parser faster on long documents and fixes two crashes
that happened when a heading was followed directly by a table.

## Upgrading

Install the new version with your package manager and run the test suite. The
configuration format has not changed, so existing files keep working.

- Faster parsing of nested lists.
- Clearer error messages when a file cannot be decoded.
- The `--quiet` option now also hides progress output.

Thanks to everyone who reported problems and sent patches during this cycle.
"""

# Clean too, but without any trigger word, so the pre-pass never loads spaCy: the floor of a cold start.
TRIGGER_FREE_MARKDOWN = """\
# Changelog

Version 2.4 improves the speed of the parser on long documents.

## Upgrading

Install the new version with your package manager and run the test suite.
The configuration format has not changed.

- Faster parsing of nested lists.
- Clearer error messages for files that cannot be decoded.
"""

FINDINGS_MARKDOWN = """\
# Team retrospective

Honestly, the release week was insane. I'm so OCD about the changelog that I
reread it five times, and the deploy script is completely schizo.

## What went wrong

Our lead was a victim of depression last spring, and some people still treat
him like a psycho whenever he asks for a quiet room.

- The on-call rota made everyone crazy.
- One customer committed suicide threats in the support queue, which we
  handled badly.

Next time we should stop calling every bug report "mental" and ask what
actually happened.
"""


def langcheck_script() -> Path | None:
    """The installed ``langcheck`` console script next to this interpreter, if any."""
    beside = Path(sys.executable).parent / "langcheck"
    if beside.is_file():
        return beside
    found = shutil.which("langcheck")
    return Path(found) if found else None


def cold_start_commands(trained: str | None, alex_dir: Path | None) -> dict[str, list[str]]:
    """Each way of linting one file from scratch; the file name is appended per run."""
    commands = {
        "python -m langcheck (blank)": [sys.executable, "-m", "langcheck", "check", "--model", "blank", "--no-color"]
    }
    script = langcheck_script()
    if script:
        commands["langcheck script (blank)"] = [str(script), "check", "--model", "blank", "--no-color"]
    if trained:
        commands["python -m langcheck (trained)"] = [
            sys.executable,
            "-m",
            "langcheck",
            "check",
            "--model",
            "auto",
            "--no-color",
        ]
    if alex_dir is not None:
        # Markdown mode (alex's default for .md), as langcheck parses .md files as Markdown.
        commands["alex CLI"] = ["node", str(alex_dir / "node_modules" / "alex" / "cli.js")]
    return commands


def measure_cold_start(workdir: Path, repeats: int, trained: str | None, alex_dir: Path | None, report: Report) -> None:
    """Wall time per command on a small clean file and a small file with findings, run from an empty folder."""
    folder = workdir / "cold"
    folder.mkdir()
    # pip byte-compiles a package it installs; an editable or source checkout (or PYTHONDONTWRITEBYTECODE)
    # would otherwise compile langcheck's modules on every start and time that instead.
    import compileall

    import langcheck

    compileall.compile_dir(Path(langcheck.__file__).parent, quiet=1)
    files = {"clean.md": CLEAN_MARKDOWN, "no-triggers.md": TRIGGER_FREE_MARKDOWN, "findings.md": FINDINGS_MARKDOWN}
    for file_name, content in files.items():
        (folder / file_name).write_text(content, "utf-8")
    for tool, command in cold_start_commands(trained, alex_dir).items():
        for file_name in files:
            print(f"  cold start: {tool} on {file_name} ...", file=sys.stderr)
            seconds, status = wall_time([*command, file_name], folder, repeats)
            report.cold_start.append(ColdStart(tool, file_name, seconds, status, repeats))
