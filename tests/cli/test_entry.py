"""The process entry point (console script and ``python -m langcheck``), run as a real process.

It ends the process without interpreter teardown once the command is done, so
these tests check what a caller sees: every byte of the report, the messages
on stderr, and the exit status, for findings, clean input and errors.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from langcheck.cli import main
from langcheck.cli.entry import _status

FINDINGS = "He committed suicide and I'm so OCD about my desk.\n"


def langcheck(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "langcheck", *args], check=False, input=stdin, capture_output=True, text=True, timeout=120
    )


def test_the_whole_report_reaches_a_pipe(tmp_path: Path) -> None:
    # Larger than a pipe buffer, so the report is still being written while the reader drains it.
    draft = tmp_path / "draft.txt"
    draft.write_text(FINDINGS * 400, encoding="utf-8")
    process = langcheck("check", "--model", "blank", "--format", "json", str(draft))
    in_process = CliRunner().invoke(main, ["check", "--model", "blank", "--format", "json", str(draft)])
    assert process.returncode == 1
    assert len(process.stdout) > 65536
    assert process.stdout == in_process.output


def test_clean_input_exits_0() -> None:
    process = langcheck("check", "--model", "blank", "-", stdin="She was diagnosed with OCD.\n")
    assert process.returncode == 0
    assert "No problems found" in process.stdout


def test_errors_keep_status_2_and_their_message(tmp_path: Path) -> None:
    process = langcheck("check", "--model", "blank", str(tmp_path / "missing.md"))
    assert process.returncode == 2
    assert "missing.md" in process.stdout + process.stderr
    usage = langcheck("check", "--no-such-option")
    assert usage.returncode == 2
    assert "No such option" in usage.stderr


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (2, 2), (256 + 3, 3), ("message", 1)])
def test_exit_codes_map_like_sys_exit(code: object, status: int) -> None:
    assert _status(code) == status
