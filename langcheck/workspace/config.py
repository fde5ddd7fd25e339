"""Project configuration: ``.langcheck.yaml`` or ``[tool.langcheck]`` in ``pyproject.toml``.

The file is found by walking up from the working directory, so running from a
sub-folder of a repository behaves like running from its root. Keys are
checked: a misspelt key is an error with a hint, never silently ignored.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langcheck.core.errors import ConfigError
from langcheck.core.models import QUOTATION_POLICIES
from langcheck.core.yamlsource import YamlSyntaxError, line_of, load_yaml

YAML_NAMES = (".langcheck.yaml", ".langcheck.yml")
LEVELS = ("info", "warning", "error")
FAIL_LEVELS = (*LEVELS, "never")


@dataclass(frozen=True)
class Config:
    """Settings from a config file; CLI options are merged over these by the caller."""

    path: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    packs: tuple[str, ...] = ()
    builtin_packs: bool = True
    allow: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    profiles: tuple[str, ...] = ()
    model: str | None = None
    fail_on: str | None = None
    quotations: str | None = None

    @property
    def root(self) -> Path:
        """Folder that relative paths in the config (packs, globs) are resolved against."""
        return Path(self.path).parent if self.path else Path.cwd()


_KEYS = {
    "select": "list of rule ids or pack names",
    "ignore": "list of rule ids or pack names",
    "severity": "mapping of rule id or pack to info, warning or error",
    "packs": "list of rule pack files or folders",
    "builtin-packs": "true or false",
    "allow": "list of phrases the organisation accepts",
    "exclude": "list of glob patterns",
    "per-file-ignores": "mapping of glob pattern to list of rule ids or pack names",
    "profile": "profile name or list of names (e.g. person-first)",
    "model": "spaCy pipeline name, 'auto' or 'blank'",
    "fail-on": "one of info, warning, error, never",
    "quotations": "one of flag, info, ignore",
}


def find_config(start: Path | None = None) -> Path | None:
    """The nearest config file at or above ``start``."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in YAML_NAMES:
            if (candidate / name).is_file():
                return candidate / name
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "langcheck" in tomllib.loads(path.read_text("utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read: {exc}") from None
    if path.suffix == ".toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("langcheck", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(str(path), str(exc)) from None
        return _parse(data, str(path), lambda key: None)
    try:
        data = load_yaml(text) or {}
    except YamlSyntaxError as exc:
        raise ConfigError(str(path), str(exc), exc.line) from None
    return _parse(data, str(path), lambda key: line_of(text, [key]))


def _parse(data: Any, path: str, line: Any) -> Config:
    if not isinstance(data, dict):
        raise ConfigError(path, "expected a mapping of settings at the top level")
    for key in data:
        if key not in _KEYS:
            close = difflib.get_close_matches(str(key), list(_KEYS), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; known keys: {', '.join(_KEYS)}"
            raise ConfigError(path, f"unknown key {key!r}{hint}", line(key))

    def fail(key: str) -> ConfigError:
        return ConfigError(path, f"expected {_KEYS[key]}", line(key), key)

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str) and key == "profile":
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key)
        return tuple(value)

    severity = data.get("severity", {})
    if not isinstance(severity, dict) or not all(v in LEVELS for v in severity.values()):
        raise fail("severity")
    ignores = data.get("per-file-ignores", {})
    if not isinstance(ignores, dict) or not all(
        isinstance(v, list) and all(isinstance(x, str) for x in v) for v in ignores.values()
    ):
        raise fail("per-file-ignores")
    for key, allowed in (("model", None), ("fail-on", FAIL_LEVELS), ("quotations", QUOTATION_POLICIES)):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or (allowed and value not in allowed)):
            raise fail(key)
    if not isinstance(data.get("builtin-packs", True), bool):
        raise fail("builtin-packs")
    root = Path(path).parent
    return Config(
        path=path,
        select=strings("select"),
        ignore=strings("ignore"),
        severity=tuple((str(k), str(v)) for k, v in severity.items()),
        packs=tuple(str((root / p).resolve()) for p in strings("packs")),
        builtin_packs=data.get("builtin-packs", True),
        allow=strings("allow"),
        exclude=strings("exclude"),
        per_file_ignores=tuple((str(k), tuple(v)) for k, v in ignores.items()),
        profiles=strings("profile"),
        model=data.get("model"),
        fail_on=data.get("fail-on"),
        quotations=data.get("quotations"),
    )
