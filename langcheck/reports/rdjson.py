"""reviewdog's Diagnostic Format (rdjson): review comments with one-click suggested changes.

One ``DiagnosticResult`` with a diagnostic per finding, for ``reviewdog
-f=rdjson``, which posts them as pull-request review comments on GitHub,
GitLab and Gitea. A finding's *safe* rewrites become suggestions, which
reviewdog turns into "suggested change" blocks; rewrites that need judgement
are only named in the message, and a finding inside a quotation (a source's
words) or over markup (not ``verbatim``) gets no suggestion at all, exactly
as ``fix`` would leave it.

Positions follow the format: lines are 1-based and columns count UTF-8
*bytes*, 1-based, the end exclusive. A suggestion replaces whole lines (a
range with lines and no columns, its text the finding's lines with the
rewrite spliced in): reviewdog's GitLab reporter applies a suggestion's text
to whole lines whatever its columns, and its GitHub reporter rebuilds the
same lines itself, so line ranges give the right suggested change on both.
Lines longer than ``MAX_SUGGESTED_LINE`` characters get no suggestion; a
suggested change that repeats a huge line helps no reviewer.

Files that could not be read become ERROR diagnostics of the pseudo-rule
``langcheck/file-error`` with a path and no range, so a partial run is not
silent (reviewdog shows them with ``-filter-mode=nofilter``).
"""

from __future__ import annotations

import json
from typing import Any

from langcheck.core.models import FileResult, Finding, Severity
from langcheck.core.positions import LineIndex
from langcheck.reports.base import Report
from langcheck.reports.baseline import relative_path
from langcheck.reports.github import message_with_rewrites

SEVERITIES = {Severity.INFO: "INFO", Severity.WARNING: "WARNING", Severity.ERROR: "ERROR"}
FILE_ERROR_CODE = "langcheck/file-error"
SOURCE_NAME = "langcheck"
MAX_SUGGESTED_LINE = 10_000


def render(report: Report) -> str:
    from langcheck.reports.sarif import INFORMATION_URI

    diagnostics: list[dict[str, Any]] = []
    for result in report.files:
        path = relative_path(result.path)
        if result.error:
            diagnostics.append(
                {
                    "message": f"File not checked: {result.error}",
                    "location": {"path": path},
                    "severity": "ERROR",
                    "code": {"value": FILE_ERROR_CODE},
                }
            )
        lines = _Lines(result) if result.findings else None
        for finding in result.findings:
            assert lines is not None
            diagnostics.append(_diagnostic(finding, path, lines))
    source: dict[str, str] = {"name": SOURCE_NAME}
    if INFORMATION_URI:
        source["url"] = INFORMATION_URI
    return json.dumps({"source": source, "diagnostics": diagnostics}, indent=2, ensure_ascii=False) + "\n"


def _diagnostic(finding: Finding, path: str, lines: _Lines) -> dict[str, Any]:
    code: dict[str, str] = {"value": finding.rule}
    if finding.sources:
        code["url"] = finding.sources[0]
    diagnostic: dict[str, Any] = {
        "message": message_with_rewrites(finding),
        "location": {
            "path": path,
            "range": {
                "start": lines.position(finding.line, finding.column),
                "end": lines.position(finding.end_line, finding.end_column),
            },
        },
        "severity": SEVERITIES[finding.severity],
        "code": code,
    }
    suggestions = _suggestions(finding, lines)
    if suggestions:
        diagnostic["suggestions"] = suggestions
    return diagnostic


def _suggestions(finding: Finding, lines: _Lines) -> list[dict[str, Any]]:
    """Each safe rewrite as the lines it touches rewritten; none inside quotations or over markup.

    A rewrite replaces its construction, which may be wider or narrower than
    the finding ("drives me crazy" -> "drives me up the wall" replaces "crazy").
    """
    if finding.quotation or not finding.verbatim or lines.index is None or finding.location is not None:
        return []  # a Word document's lines are langcheck's text of it, not lines a review could change
    out = []
    for suggestion in finding.suggestions:
        if not suggestion.safe:
            continue
        start, end = finding.replaced_range(suggestion)
        first, last = lines.index.line_col(start)[0], lines.index.line_col(end)[0]
        first_span, last_span = lines.span(first), lines.span(last)
        if first_span is None or last_span is None or last_span[1] - first_span[0] > MAX_SUGGESTED_LINE:
            continue
        source = lines.index.source
        text = source[first_span[0] : start] + suggestion.text + source[end : last_span[1]]
        out.append({"range": {"start": {"line": first}, "end": {"line": last}}, "text": text})
    return out


class _Lines:
    """One file's lines: UTF-8 byte columns, and where each line starts and ends (without its line break)."""

    def __init__(self, result: FileResult) -> None:
        self.index = LineIndex(result.source) if result.source is not None else None
        self.ascii = result.source is None or result.source.isascii()

    def span(self, line: int) -> tuple[int, int] | None:
        if self.index is None or not 1 <= line <= len(self.index.starts):
            return None
        return self.index.span(line)

    def position(self, line: int, column: int) -> dict[str, int]:
        """A code-point column as rdjson's UTF-8 byte column (the same for ASCII text)."""
        span = None if self.ascii else self.span(line)
        if span is None:
            return {"line": line, "column": column}
        assert self.index is not None
        prefix = self.index.source[span[0] : span[0] + column - 1]
        return {"line": line, "column": len(prefix.encode("utf-8", "surrogatepass")) + 1}
