"""GitHub Actions workflow commands: golden file, escaping, and the automatic choice in Actions."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from click.testing import CliRunner
from golden_report import golden_path, render

from langcheck.reports.github import command, escape_data, escape_property

DATA = Path(__file__).parents[1] / "data"


def test_github_output_matches_golden_file() -> None:
    assert render("github") == golden_path("github").read_text(encoding="utf-8")


def test_one_command_per_finding_and_per_unreadable_file() -> None:
    lines = render("github").splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == 14
    assert [c.split(" ", 1)[0] for c in commands] == [
        "::warning", "::notice", "::notice", "::error", *["::notice"] * 8, "::notice", "::error"
    ]  # fmt: skip
    assert not lines[-1].startswith("::")  # the summary stays a plain log line


def test_data_escapes_percent_and_line_breaks_only() -> None:
    assert escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"


def test_properties_also_escape_colon_and_comma() -> None:
    assert escape_property("C:\\docs\\a,b.md%\n") == "C%3A\\docs\\a%2Cb.md%25%0A"


def test_command_without_properties() -> None:
    assert command("error", "x:y") == "::error::x:y"


def test_multi_line_messages_stay_one_command() -> None:
    line = next(line for line in render("github").splitlines() if "committed" in line)
    assert "%0ASuggested: died by suicide" in line
    assert "title=suicide/committed-suicide::" in line


@pytest.fixture
def captured_format(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the linting step so the CLI test checks only the format choice."""
    seen: list[str] = []

    def run_check(inputs, settings, output_format, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(output_format)
        return 0

    monkeypatch.setitem(sys.modules, "langcheck.cli.check", types.SimpleNamespace(run_check=run_check))
    return seen


@pytest.mark.parametrize(("env", "expected"), [({"GITHUB_ACTIONS": "true"}, "github"), ({"GITHUB_ACTIONS": None}, "text")])
def test_cli_picks_github_format_inside_actions(captured_format: list[str], env: dict, expected: str, tmp_path: Path) -> None:
    from langcheck.cli import main

    result = CliRunner().invoke(main, ["check", str(tmp_path)], env=env)
    assert result.exit_code == 0, result.output
    assert captured_format == [expected]


def test_explicit_format_wins_inside_actions(captured_format: list[str], tmp_path: Path) -> None:
    from langcheck.cli import main

    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)], env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 0, result.output
    assert captured_format == ["json"]


def test_cli_end_to_end_inside_actions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from langcheck.cli import main

    (tmp_path / ".langcheck.yaml").write_text(f"builtin-packs: false\npacks: [{DATA / 'ci-pack.yaml'}]\nmodel: blank\n")
    (tmp_path / "post.md").write_text("# Post\n\nHe committed suicide, she said.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "post.md"], env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[0].startswith(
        "::warning file=post.md,line=3,col=4,endLine=3,endColumn=21,title=citest/committed-suicide::"
    )
