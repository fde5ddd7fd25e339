"""GitLab Code Quality report: a JSON array GitLab shows in merge requests and the pipeline.

GitLab reads a subset of the Code Climate issue format: ``description``,
``check_name``, ``fingerprint`` (unique per issue; GitLab uses it to tell new
issues from fixed ones between branches, so it is the baseline fingerprint,
which survives line shifts), ``severity`` and ``location`` with a path
relative to the project root and 1-based ``lines.begin``/``lines.end``.
Files that could not be read are reported as ``critical`` issues of the
pseudo-check ``langcheck/file-error`` so that a partial run is not silent.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from langcheck.core.models import Severity
from langcheck.reports.base import Report, located_message
from langcheck.reports.baseline import fingerprints, relative_path

SEVERITIES = {Severity.INFO: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}
FILE_ERROR_CHECK = "langcheck/file-error"


def render(report: Report) -> str:
    issues: list[dict[str, Any]] = []
    for result in report.files:
        path = relative_path(result.path)
        if result.error:
            issues.append(
                {
                    "description": f"File not checked: {result.error}",
                    "check_name": FILE_ERROR_CHECK,
                    "fingerprint": hashlib.sha256(f"{FILE_ERROR_CHECK}\0{path}".encode()).hexdigest(),
                    "severity": "critical",
                    "location": {"path": path, "lines": {"begin": 1, "end": 1}},
                }
            )
        for finding, mark in zip(result.findings, fingerprints(path, result.findings, result.source), strict=True):
            issues.append(
                {
                    "description": f"{located_message(finding)} [{finding.rule}]",
                    "check_name": finding.rule,
                    "fingerprint": mark,
                    "severity": SEVERITIES[finding.severity],
                    "location": {"path": path, "lines": {"begin": finding.line, "end": finding.end_line}},
                }
            )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
