"""Reports: output formats by name, and the baseline fingerprints some of them carry.

A reporter is a pure function ``Report -> str`` in a module of its own
(``text``, ``json_reporter``, ``sarif``, ``github``, ``gitlab``, ``rdjson``), registered
below by name. ``baseline`` fingerprints findings so that they can be
recognised after unrelated edits; SARIF and GitLab output reuse them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from langcheck.reports.base import FileResult, Report

_MODULES = {
    "text": "langcheck.reports.text",
    "json": "langcheck.reports.json_reporter",
    "sarif": "langcheck.reports.sarif",
    "github": "langcheck.reports.github",
    "gitlab": "langcheck.reports.gitlab",
    "rdjson": "langcheck.reports.rdjson",
}

FORMATS = tuple(_MODULES)


def get_renderer(name: str) -> Callable[[Report], str]:
    return importlib.import_module(_MODULES[name]).render  # type: ignore[no-any-return]


__all__ = ["FORMATS", "FileResult", "Report", "get_renderer"]
