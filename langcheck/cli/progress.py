"""Progress of a run over many files (or documents), on standard error, for a person watching a terminal.

Files done of the total, the rate and the time left, drawn with click's own
progress bar. Nothing is drawn when standard error is not a terminal (piped,
redirected) or in CI (``CI`` set, as every CI service does), and nothing for a
run that ends within ``DELAY`` seconds: a pre-commit hook on a few files
should not flash a bar.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from typing import Any

import click

from langcheck.api import Engine, FileResult, RunSettings, check_files

DELAY = 0.5


def wanted() -> bool:
    """Whether progress may be shown: standard error is a terminal and this is not a CI run."""
    return sys.stderr.isatty() and not os.environ.get("CI")


class FileProgress:
    """A ``progress(done, total)`` callback that draws a bar once a run has taken ``DELAY`` seconds."""

    def __init__(self, label: str = "Linting", delay: float | None = None, unit: str = "files") -> None:
        self.label = label
        self.unit = unit
        self.delay = DELAY if delay is None else delay
        self.started = time.monotonic()
        self._bar: Any = None
        self._done = 0

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            if time.monotonic() - self.started < self.delay or done >= total:
                return
            self._bar = click.progressbar(
                length=total,
                label=self.label,
                file=sys.stderr,
                show_pos=True,
                show_eta=True,
                item_show_func=self._rate,
            )
            self._bar.__enter__()
        self._bar.update(done - self._done, done)
        self._done = done

    def _rate(self, done: int | None) -> str:
        elapsed = time.monotonic() - self.started
        return f"{(done or 0) / elapsed:,.0f} {self.unit}/s" if elapsed > 0 else ""

    def close(self) -> None:
        """Finish the bar (it clears its line), if one was drawn."""
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None


def lint_with_progress(inputs: Sequence[str], settings: RunSettings, engine: Engine) -> list[FileResult]:
    """``check_files``, showing progress when it may be shown."""
    if not wanted():
        return check_files(inputs, settings, engine=engine)
    progress = FileProgress()
    try:
        return check_files(inputs, settings, engine=engine, progress=progress)
    finally:
        progress.close()
