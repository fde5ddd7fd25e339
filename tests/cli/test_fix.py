"""``langcheck fix`` end to end: encodings, line endings, modes, diff, interactive, concurrent edits."""

from __future__ import annotations

import codecs
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from langcheck.cli import fix as fixing
from langcheck.cli import main
from langcheck.workspace import safe_write


def fix(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["fix", "--model", "blank", *args], input=stdin)


def test_markdown_with_crlf_and_bom_keeps_both(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    body = "# Notes\r\n\r\nHer cousin committed suicide.\r\n\r\n```\r\ncommitted suicide\r\n```\r\n"
    path.write_bytes(codecs.BOM_UTF8 + body.encode("utf-8"))
    result = fix(str(path))
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == codecs.BOM_UTF8 + body.replace("cousin committed", "cousin died by").encode()


def test_utf16_file_stays_utf16(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Schizophrenics need care.\n".encode("utf-16-le"))
    fix(str(path))
    assert path.read_bytes() == codecs.BOM_UTF16_LE + "People with schizophrenia need care.\n".encode("utf-16-le")


def test_html_file_is_fixed_and_mode_kept(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    path.write_text("<p>He committed suicide.</p><script>x='committed suicide'</script>\n", encoding="utf-8")
    os.chmod(path, 0o640)
    fix(str(path))
    assert path.read_text("utf-8") == "<p>He died by suicide.</p><script>x='committed suicide'</script>\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_diff_writes_nothing_and_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("He committed suicide.\n", encoding="utf-8")
    result = fix("--diff", str(path))
    assert result.exit_code == 1
    assert "-He committed suicide." in result.output
    assert "+He died by suicide." in result.output
    assert path.read_text("utf-8") == "He committed suicide.\n"
    assert fix("--diff", str(tmp_path / "a.txt"), "--select", "dismissive").exit_code == 0


def test_summary_counts_held_back_unsafe_rewrites(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("He committed suicide. That was a crazy idea.\n", encoding="utf-8")
    result = fix(str(path))
    assert "Fixed 1 finding in 1 file." in result.output
    assert "1 held back" in result.output
    assert result.exit_code == 1  # "crazy" remains
    fix("--unsafe-fixes", str(path))
    assert path.read_text("utf-8") == "He died by suicide. That was a wild idea.\n"


def test_fix_then_check_is_clean_and_refix_is_noop(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("Addicts and schizophrenics. He commits suicide.\n", encoding="utf-8")
    fix(str(path))
    once = path.read_bytes()
    fix(str(path))
    assert path.read_bytes() == once
    check = CliRunner().invoke(main, ["check", "--model", "blank", "--select", "suicide", str(path)])
    assert check.exit_code == 0


def test_check_with_fix_applies_then_reports(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("He committed suicide.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--model", "blank", "--fix", str(path)])
    assert result.exit_code == 0
    assert path.read_text("utf-8") == "He died by suicide.\n"


def _other_process_writes(path: Path, text: str, how: str = "rename") -> None:
    """Another program writes ``path`` and exits: an editor saving by rename, or a tool writing in place."""
    if how == "rename":
        code = (
            "import os, sys; p = sys.argv[1]; open(p + '.editor', 'w', encoding='utf-8').write(sys.argv[2]); "
            "os.replace(p + '.editor', p)"
        )
    else:
        code = "import sys; open(sys.argv[1], 'w', encoding='utf-8').write(sys.argv[2])"
    subprocess.run([sys.executable, "-c", code, str(path), text], check=True)


def test_a_write_while_linting_is_kept_and_the_new_version_fixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process writes the file after fix read it: its edit survives, and the fix is made on top of it."""
    path = tmp_path / "a.txt"
    path.write_text("He committed suicide.\n", encoding="utf-8")
    real, calls = fixing.fix_bytes, []

    def then_an_editor_saves(*args, **kwargs):  # type: ignore[no-untyped-def]
        outcome = real(*args, **kwargs)
        calls.append(outcome)
        if len(calls) == 1:
            _other_process_writes(path, "Edited elsewhere: her uncle committed suicide.\n")
        return outcome

    monkeypatch.setattr(fixing, "fix_bytes", then_an_editor_saves)
    result = fix(str(path))
    assert result.exit_code == 0, result.output
    assert path.read_text("utf-8") == "Edited elsewhere: her uncle died by suicide.\n"
    assert "changed on disk while being fixed; fixing the new version" in result.stderr
    assert len(calls) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".langcheck-tmp", ".editor"))]


@pytest.mark.parametrize("how", ["rename", "in place"])
def test_a_write_during_the_final_check_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """The file is written after its content was checked, just before the replace: the write must still win."""
    path = tmp_path / "a.txt"
    path.write_text("He committed suicide.\n", encoding="utf-8")
    real, checks = safe_write._read_with_identity, []

    def checked_then_written(target: Path):  # type: ignore[no-untyped-def]
        seen = real(target)
        checks.append(seen)
        if len(checks) == 1:
            _other_process_writes(target, "The editor's version: he committed suicide, twice.\n", how)
        return seen

    monkeypatch.setattr(safe_write, "_read_with_identity", checked_then_written)
    result = fix(str(path))
    assert result.exit_code == 0, result.output
    assert path.read_text("utf-8") == "The editor's version: he died by suicide, twice.\n"
    assert len(checks) == 2


def test_a_file_that_keeps_changing_is_left_alone_and_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text("He committed suicide.\n", encoding="utf-8")
    real, writes = safe_write.write_atomically, []

    def meddle(target: Path, data: bytes, expected: str) -> None:
        writes.append(data)
        _other_process_writes(target, f"Edit {len(writes)}: he committed suicide.\n")
        real(target, data, expected)

    monkeypatch.setattr(fixing, "write_atomically", meddle)
    result = fix(str(path))
    assert result.exit_code == 2
    assert f"changed on disk while being fixed; left untouched ({fixing.ATTEMPTS} times); run fix again" in result.stderr
    assert path.read_text("utf-8") == f"Edit {fixing.ATTEMPTS}: he committed suicide.\n"
    assert len(writes) == fixing.ATTEMPTS
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".langcheck-tmp")]


def test_interactive_needs_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("He committed suicide.\n", encoding="utf-8")
    result = fix("--interactive", str(path))
    assert result.exit_code == 2
    assert "needs a terminal" in result.output


def test_interactive_pick_skip_and_quit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fixing, "is_terminal", lambda: True)
    path = tmp_path / "a.txt"
    path.write_text("He suffers from depression. Addicts need care. Schizophrenics too.\n", encoding="utf-8")
    result = fix("--interactive", str(path), stdin="2\ns\nq\n")
    assert result.exit_code in (0, 1), result.output
    assert "1) has  (safe)" in result.output
    assert path.read_text("utf-8") == "He lives with depression. Addicts need care. Schizophrenics too.\n"


def test_interactive_shows_what_a_construction_rewrite_replaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fixing, "is_terminal", lambda: True)
    path = tmp_path / "a.txt"
    path.write_text("Does it drive you crazy?\n", encoding="utf-8")
    result = fix("--interactive", str(path), stdin="1\n")
    assert "1) “crazy” → “up the wall”" in result.output
    assert path.read_text("utf-8") == "Does it drive you up the wall?\n"
