"""File discovery: default globs, .gitignore, excludes, symlink loops, unreadable folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from langcheck.workspace.discovery import discover


def _names(found) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(str(d.path.name) for d in found if not d.error)


def _tree(root: Path) -> None:
    (root / "docs").mkdir()
    (root / "docs" / "post.md").write_text("x", encoding="utf-8")
    (root / "docs" / "page.html").write_text("x", encoding="utf-8")
    (root / "notes.txt").write_text("x", encoding="utf-8")
    (root / "script.py").write_text("x", encoding="utf-8")
    (root / "build").mkdir()
    (root / "build" / "out.md").write_text("x", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "secret.md").write_text("x", encoding="utf-8")


def test_default_globs_and_hidden_folders(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert _names(discover([str(tmp_path)])) == ["notes.txt", "out.md", "page.html", "post.md"]


def test_gitignore_is_honoured_also_nested(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / ".gitignore").write_text("build/\n", encoding="utf-8")
    (tmp_path / "docs" / ".gitignore").write_text("*.html\n", encoding="utf-8")
    assert _names(discover([str(tmp_path)])) == ["notes.txt", "post.md"]


def test_exclude_globs(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = discover([str(tmp_path)], exclude=["docs/**", "*.txt"], root=tmp_path)
    assert _names(found) == ["out.md"]


def test_explicit_files_are_linted_whatever_their_extension(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert _names(discover([str(tmp_path / "script.py")])) == ["script.py"]


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    (found,) = list(discover([str(tmp_path / "nope.md")]))
    assert found.error == "no such file or directory"


def test_symlink_loop_does_not_trap_the_walk(tmp_path: Path) -> None:
    _tree(tmp_path)
    os.symlink(tmp_path, tmp_path / "docs" / "loop")
    assert _names(discover([str(tmp_path)])) == ["notes.txt", "out.md", "page.html", "post.md"]


def test_unreadable_folder_is_reported_and_the_rest_walked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    real_scandir = os.scandir
    locked = str(tmp_path / "build")

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(discover([str(tmp_path)]))
    assert _names(found) == ["notes.txt", "page.html", "post.md"]
    errors = [d for d in found if d.error]
    assert len(errors) == 1 and "Permission denied" in (errors[0].error or "")


def test_is_excluded_matches_as_for_a_named_file(tmp_path: Path) -> None:
    from langcheck.workspace.discovery import is_excluded

    (tmp_path / "drafts").mkdir()
    draft = tmp_path / "drafts" / "a.md"
    assert is_excluded(draft, ["drafts/**"], tmp_path)
    assert not is_excluded(tmp_path / "b.md", ["drafts/**"], tmp_path)
    assert not is_excluded(draft, [], tmp_path)
