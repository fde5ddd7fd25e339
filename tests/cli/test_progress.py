"""Progress on standard error: drawn on a terminal, never when piped or in CI."""

from __future__ import annotations

import os
import pty
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from langcheck.cli import main, progress
from langcheck.linting.files import RunSettings


def many_files(folder: Path, count: int = 12) -> None:
    for number in range(count):
        (folder / f"post-{number}.md").write_text("# Notes\n\nThe week was crazy.\n", "utf-8")


def test_a_bar_with_files_rate_and_time_left_is_drawn_on_a_terminal(tmp_path: Path, monkeypatch, blank_engine) -> None:  # type: ignore[no-untyped-def]
    many_files(tmp_path)
    master, slave = pty.openpty()
    terminal = os.fdopen(slave, "w", buffering=1)
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(progress, "DELAY", 0.0)
    results = progress.lint_with_progress([str(tmp_path)], RunSettings(jobs=1), blank_engine)
    terminal.flush()
    drawn = os.read(master, 65536).decode()
    terminal.close()
    os.close(master)
    assert len(results) == 12
    assert "Linting" in drawn and "/12" in drawn and "files/s" in drawn


def test_nothing_is_drawn_in_ci_or_when_piped(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CI", "true")
    assert not progress.wanted()
    many_files(tmp_path)
    result = CliRunner().invoke(main, ["check", "--model", "blank", str(tmp_path)], env={"CI": ""})
    assert "Linting" not in result.stderr


@pytest.mark.parametrize("delay", [60.0])
def test_a_short_run_draws_nothing(delay: float) -> None:
    bar = progress.FileProgress(delay=delay)
    bar(1, 10)
    bar(10, 10)
    bar.close()
    assert bar._bar is None
