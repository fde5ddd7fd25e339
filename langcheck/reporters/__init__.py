"""Output formats by name. A reporter is a pure function ``Report -> str``."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from langcheck.reporters.base import FileResult, Report

_MODULES = {
    "text": "langcheck.reporters.text",
    "json": "langcheck.reporters.json_reporter",
    "sarif": "langcheck.reporters.sarif",
    "github": "langcheck.reporters.github",
    "gitlab": "langcheck.reporters.gitlab",
}

FORMATS = tuple(_MODULES)


def get_renderer(name: str) -> Callable[[Report], str]:
    return importlib.import_module(_MODULES[name]).render  # type: ignore[no-any-return]


__all__ = ["FORMATS", "FileResult", "Report", "get_renderer"]
