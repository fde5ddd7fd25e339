"""Where ``check`` puts things: per-file errors on standard error, the report's width from the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from langcheck.cli import main
from langcheck.cli.check import report_width
from langcheck.reports.base import DEFAULT_WIDTH, MIN_WIDTH

UNDECODABLE = "cannot decode as UTF-8 at byte 3"


def _run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--model", "blank", *args], env=env or {})


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[str, str]:
    broken = tmp_path / "latin.txt"
    broken.write_bytes("caf\xe9 crazy\n".encode("latin-1"))
    good = tmp_path / "ok.txt"
    good.write_text("He committed suicide.\n", encoding="utf-8")
    return str(broken), str(good)


def test_text_output_puts_per_file_errors_on_stderr(inputs: tuple[str, str]) -> None:
    result = _run(*inputs)
    assert result.exit_code == 2
    assert UNDECODABLE not in result.stdout
    assert f"{inputs[0]}: error: {UNDECODABLE}" in result.stderr
    assert "ok.txt:1:4" in result.stdout  # the other file is still linted and reported
    assert result.stdout.rstrip().endswith("1 file could not be checked.")


def test_text_report_written_to_a_file_has_no_errors_in_it(inputs: tuple[str, str], tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    result = _run(*inputs, "--output-file", str(report))
    assert result.exit_code == 2
    assert UNDECODABLE in result.stderr
    assert UNDECODABLE not in report.read_text("utf-8")


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "gitlab", "rdjson"])
def test_machine_formats_keep_per_file_errors_in_the_report(inputs: tuple[str, str], fmt: str) -> None:
    result = _run(*inputs, "--format", fmt)
    assert result.exit_code == 2
    assert UNDECODABLE in result.stdout
    assert UNDECODABLE in result.stderr
    if fmt != "github":
        json.loads(result.stdout)  # standard output stays one clean document


def test_report_width_comes_from_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import shutil

    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((132, 40)))
    assert report_width(to_terminal=True) == 132
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((10, 40)))
    assert report_width(to_terminal=True) == MIN_WIDTH


def test_report_width_for_a_file_is_columns_or_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    assert report_width(to_terminal=False) == DEFAULT_WIDTH
    monkeypatch.setenv("COLUMNS", "72")
    assert report_width(to_terminal=False) == 72
    monkeypatch.setenv("COLUMNS", "wide")
    assert report_width(to_terminal=False) == DEFAULT_WIDTH


def test_a_long_line_is_shown_as_a_window_of_the_width(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text((" ".join(["word"] * 200) + " so crazy ") * 50, encoding="utf-8")
    result = _run(str(path), "--fail-on", "never", env={"COLUMNS": "60"})
    excerpts = [line for line in result.stdout.splitlines() if line.startswith("    1 | ")]
    assert len(excerpts) == 50
    assert all(len(line) <= 60 and "crazy" in line for line in excerpts)
    assert len(result.stdout) < 50 * 1000  # a few lines per finding, never the whole line
