"""Stable, versioned JSON for programs (schema documented in the README)."""

from __future__ import annotations

import json

from langcheck.reports.base import Report

JSON_VERSION = 1


def render(report: Report) -> str:
    files = []
    for result in report.files:
        entry: dict[str, object] = {"path": result.path, "findings": [f.to_dict() for f in result.findings]}
        if result.error:
            entry["error"] = result.error
        if result.notice:
            entry["notice"] = result.notice
        files.append(entry)
    counts = report.counts()
    summary = {str(level): counts[level] for level in counts}
    return json.dumps({"version": JSON_VERSION, "files": files, "summary": summary}, indent=2, ensure_ascii=False) + "\n"
