"""The configuration each document is linted with, read again whenever its files change.

A document gets the configuration ``langcheck check`` would use from the
document's folder: the nearest ``.langcheck.yaml`` or ``pyproject.toml``
with ``[tool.langcheck]`` at or above it (a document that is not a file
gets the workspace folder's). Each time a document is linted, the config
file and its custom packs are checked for changes (a few ``stat`` calls),
so an edited config, a new config closer to the document or an edited pack
takes effect at the next lint, whether or not the editor reports changed
files; when it does, the server re-lints the open documents at once.

A config or pack that cannot be used never stops the server: the problem
comes back with the settings to use meanwhile, which are the last ones
that worked for that config file, or the defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from langcheck.api import Engine, RunSettings, reload_packs, settings_from_config
from langcheck.core.errors import LangcheckError
from langcheck.workspace.config import Config, find_config, load_config
from langcheck.workspace.discovery import is_excluded

_PACK_SUFFIXES = (".yaml", ".yml")
MEMO_PIECES = 20_000
"""Pieces of text (about 300 to 1,000 characters each) an engine remembers the matches of: a few megabytes of open documents."""
Stamp = tuple[int, int]
"""Modification time and size of a file; (-1, -1) when it cannot be read."""


@dataclass(frozen=True)
class Scope:
    """What one document is linted with."""

    settings: RunSettings
    engine: Engine
    config_path: str | None
    problem: LangcheckError | None = None
    """A config or pack that could not be used; ``settings`` and ``engine`` are then stand-ins."""
    stand_in: str = ""
    """Which configuration stands in while there is a problem: "the last one that worked" or "the defaults"."""

    def display_path(self, path: Path | None, fallback: str) -> str:
        """The document's path as ``langcheck check`` run from the config's folder names it (for ``per-file-ignores``)."""
        if path is None:
            return fallback
        if self.settings.root:
            try:
                return path.resolve().relative_to(Path(self.settings.root).resolve()).as_posix()
            except ValueError:
                pass
        return str(path)

    def excludes(self, path: Path | None) -> bool:
        """Whether the config's ``exclude`` globs leave this document out."""
        if path is None or not self.settings.exclude:
            return False
        return is_excluded(path, self.settings.exclude, Path(self.settings.root) if self.settings.root else None)


@dataclass
class Configurations:
    """Scopes by config file (and workspace folder), rebuilt when a file they were read from changes."""

    _scopes: dict[tuple[str | None, str], tuple[Stamp, Scope]] = field(default_factory=dict)
    _working: dict[tuple[str | None, str], RunSettings] = field(default_factory=dict)
    _packs: dict[str, Stamp] = field(default_factory=dict)

    def scope_for(self, path: Path | None, workspace: Path | None) -> Scope:
        """The scope of a document at ``path`` (None when it is not a file) in the workspace folder ``workspace``."""
        folder = path.parent if path is not None else workspace
        config_path = find_config(folder) if folder is not None else None
        root = workspace or folder or Path.cwd()
        key = (str(config_path) if config_path else None, str(root))
        stamp = _stamp(str(config_path)) if config_path else (0, 0)
        known = self._scopes.get(key)
        if known is not None and self._packs_changed(known[1].settings.engine.packs):
            # An engine holds the rules it was built with: every one goes, with the packs read so far.
            reload_packs()
            self._scopes.clear()
            known = None
        if known is not None and known[0] == stamp:
            return known[1]
        scope = self._read(key, config_path, root)
        self._packs_changed(scope.settings.engine.packs)  # remember the packs as they are now
        self._scopes[key] = (stamp, scope)
        return scope

    def changed_on_disk(self) -> bool:
        """Whether a config file or custom pack read so far has changed since (the next lint reads it again)."""
        for (config, _), (stamp, scope) in self._scopes.items():
            if config is not None and _stamp(config) != stamp:
                return True
            if any(self._packs.get(name) != _stamp(name) for name in _pack_files(scope.settings.engine.packs)):
                return True
        return False

    def _read(self, key: tuple[str | None, str], config_path: Path | None, root: Path) -> Scope:
        where = str(config_path) if config_path else None
        try:
            settings = settings_from_config(load_config(config_path), root)
            scope = Scope(settings, _engine(settings), where)
        except LangcheckError as problem:
            working = self._working.get(key)
            fallback = working or settings_from_config(Config(), root)
            stand_in = "the last one that worked" if working else "the defaults"
            return Scope(fallback, _engine(fallback), where, problem, stand_in)
        self._working[key] = settings
        return scope

    def _packs_changed(self, packs: tuple[str, ...]) -> bool:
        """Whether a custom pack file changed since it was last seen; records what it is now."""
        changed = False
        for name in _pack_files(packs):
            stamp = _stamp(name)
            changed |= self._packs.get(name, stamp) != stamp
            self._packs[name] = stamp
        return changed


def _engine(settings: RunSettings) -> Engine:
    """An engine that remembers what it matched in each piece of text, so a re-lint after an edit redoes only the edit."""
    return Engine(settings.engine, memo=MEMO_PIECES)


def _pack_files(packs: tuple[str, ...]) -> list[str]:
    """The pack files, and the pack folders themselves (a folder's time changes when a pack is added or removed)."""
    files: list[str] = []
    for pack in packs:
        if os.path.isdir(pack):
            files.append(pack)
            files += sorted(os.path.join(pack, name) for name in os.listdir(pack) if name.endswith(_PACK_SUFFIXES))
        else:
            files.append(pack)
    return files


def _stamp(name: str) -> Stamp:
    try:
        status = os.stat(name)
    except OSError:
        return (-1, -1)
    return (status.st_mtime_ns, status.st_size)
