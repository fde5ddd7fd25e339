"""Which files to lint: explicit paths as given, folders walked with default globs.

Folders honour ``.gitignore`` files (with pathspec's git-compatible matching),
skip hidden folders, and apply ``--exclude``/config globs. Symlinked folders
are not followed, so link loops cannot trap the walk; unreadable folders are
reported and skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pathspec

DEFAULT_SUFFIXES = (
    ".md",
    ".markdown",
    ".mdown",
    ".mkd",
    ".mkdn",
    ".mdx",
    ".txt",
    ".text",
    ".html",
    ".htm",
    ".xhtml",
    ".rst",
    ".rest",
    ".docx",
)
"""What a folder walk lints: the extensions of every input format (tests keep this in step with the formats)."""


@dataclass(frozen=True)
class Discovered:
    path: Path
    error: str | None = None


def discover(paths: Sequence[str], exclude: Sequence[str] = (), root: Path | None = None) -> Iterator[Discovered]:
    excluded = _spec(exclude) if exclude else None
    base = root or Path.cwd()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, excluded, base)
        elif not path.exists() and not path.is_symlink():
            yield Discovered(path, "no such file or directory")
        elif not _is_excluded(path, excluded, base):
            yield Discovered(path)


def is_excluded(path: Path, globs: Sequence[str], root: Path | None = None) -> bool:
    """Whether ``exclude`` globs leave out the file ``path``, matched as for a path named on the command line."""
    return bool(globs) and _is_excluded(path, _spec(globs), root or Path.cwd())


def _spec(lines: Sequence[str]) -> pathspec.PathSpec:
    # Imported on first use: a pre-commit hook passes a few plain files and no globs, and needs none.
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _is_excluded(path: Path, spec: pathspec.PathSpec | None, base: Path) -> bool:
    if spec is None:
        return False
    try:
        relative = path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    return spec.match_file(relative) or spec.match_file(path.as_posix())


def _walk(top: Path, excluded: pathspec.PathSpec | None, base: Path) -> Iterator[Discovered]:
    ignores: list[tuple[Path, pathspec.PathSpec]] = []
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(top, onerror=errors.append, followlinks=False):
        here = Path(folder)
        spec = _gitignore(here)
        if spec is not None:
            ignores.append((here, spec))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _ignored(here / d, ignores, True))
        for name in sorted(files):
            path = here / name
            if path.suffix.lower() not in DEFAULT_SUFFIXES or _ignored(path, ignores, False):
                continue
            if not _is_excluded(path, excluded, base):
                yield Discovered(path)
        while errors:
            error = errors.pop(0)
            yield Discovered(Path(error.filename or folder), f"cannot read directory ({error.strerror})")


def _gitignore(folder: Path) -> pathspec.PathSpec | None:
    path = folder / ".gitignore"
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return _spec(lines)


def _ignored(path: Path, ignores: list[tuple[Path, pathspec.PathSpec]], is_dir: bool) -> bool:
    for folder, spec in ignores:
        try:
            relative = path.relative_to(folder).as_posix()
        except ValueError:
            continue
        if spec.match_file(relative + ("/" if is_dir else "")):
            return True
    return False
