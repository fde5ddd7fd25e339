"""Errors a user can act on. Each renders as one line; the CLI maps them to exit status 2."""

from __future__ import annotations


class LangcheckError(Exception):
    """Base class: anything raised as this is the user's to fix, never a bug report."""


def one_line(text: str) -> str:
    """Messages from parsers can span lines; an error report is always one line."""
    return " ".join(text.split())


class PackError(LangcheckError):
    """A rule pack that cannot be used, located by file, line and key path."""

    def __init__(self, path: str, message: str, line: int | None = None, key: str = "") -> None:
        message = one_line(message)
        self.path = path
        self.line = line
        self.key = key
        self.reason = message
        where = f"{path}:{line}" if line else path
        at = f" {key}:" if key else ""
        super().__init__(one_line(f"{where}: invalid rule pack:{at} {message}"))


class ConfigError(LangcheckError):
    """A configuration file or option that cannot be used."""

    def __init__(self, path: str, message: str, line: int | None = None, key: str = "") -> None:
        message = one_line(message)
        self.path = path
        self.line = line
        self.key = key
        where = f"{path}:{line}" if line else path
        at = f" {key}:" if key else ""
        super().__init__(one_line(f"{where}: invalid config:{at} {message}"))


class InputError(LangcheckError):
    """A file that cannot be read or decoded; the run goes on with the other files."""
