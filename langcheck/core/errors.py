"""Errors a user can act on. Each renders as one line; the CLI maps them to exit status 2."""

from __future__ import annotations


class LangcheckError(Exception):
    """Base class: anything raised as this is the user's to fix, never a bug report."""


def one_line(text: str) -> str:
    """Messages from parsers can span lines; an error report is always one line."""
    return " ".join(text.split())


class _LocatedError(LangcheckError):
    """A problem in a file the user wrote, located by file, line and key path."""

    what = "invalid file"

    def __init__(self, path: str, message: str, line: int | None = None, key: str = "") -> None:
        self.path = path
        self.line = line
        self.key = key
        self.reason = one_line(message)
        where = f"{path}:{line}" if line else path
        at = f" {key}:" if key else ""
        super().__init__(one_line(f"{where}: {self.what}:{at} {self.reason}"))


class PackError(_LocatedError):
    """A rule pack that cannot be used."""

    what = "invalid rule pack"


class ConfigError(_LocatedError):
    """A configuration file or option that cannot be used."""

    what = "invalid config"


class InputError(LangcheckError):
    """A file that cannot be read or decoded; the run goes on with the other files."""
