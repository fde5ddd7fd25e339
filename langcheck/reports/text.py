"""Human-readable output: one block per finding, then a summary line.

Each block starts with ``path:line:col: severity [rule-id] message`` (the form
editors and terminals link), shows the source line with the span underlined,
the suggested rewrites and one line of why. Colour only when asked (TTY).

The source line is a window of ``Report.width`` cells around the span (see
``excerpt``), so a report is never much bigger than its findings, however
long the lines. Files that could not be read are not part of this report:
the command line prints them on standard error, where a user who redirects
the report still sees them; the summary line counts them.
"""

from __future__ import annotations

from langcheck.core.models import FileResult, Finding, Severity, Suggestion
from langcheck.core.positions import LineIndex
from langcheck.reports.base import Report, at
from langcheck.reports.excerpt import window

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def render(report: Report) -> str:
    out: list[str] = []
    for result in report.files:
        out.extend(_file_lines(result, report.color, report.width))
    out.append(summary_line(report))
    return "\n".join(out) + "\n"


def _file_lines(result: FileResult, color: bool, width: int) -> list[str]:
    lines: list[str] = []
    if result.notice:
        lines.append(f"{result.path}: notice: {result.notice}")
    index = LineIndex(result.source) if result.source is not None and result.findings else None
    for finding in result.findings:
        lines.extend(_finding_lines(result.path, finding, index, color, width))
    return lines


def error_line(result: FileResult, color: bool = False) -> str:
    """How the command line reports a file that could not be read (on standard error)."""
    return f"{result.path}: {_paint('error', '31;1', color)}: {result.error}"


def _finding_lines(path: str, finding: Finding, index: LineIndex | None, color: bool, width: int) -> list[str]:
    level = _paint(str(finding.severity), _COLORS[finding.severity], color)
    head = f"{at(path, finding)}: {level} [{finding.rule}] {finding.message}"
    lines = [head]
    if index is not None:
        lines.extend(_excerpt(index, finding, color, width))
    if finding.location is not None and finding.context:
        lines.append(_sentence(finding, width))
    if finding.suggestions:
        labels = (rewrite_label(finding, s) + (" (safe fix)" if s.safe else "") for s in finding.suggestions)
        lines.append("  suggest: " + " · ".join(labels))
    why = finding.explanation.split(". ")[0].rstrip(".")
    source = f" ({finding.sources[0]})" if finding.sources else ""
    lines.append(f"  why: {why}.{source}")
    return lines


def rewrite_label(finding: Finding, suggestion: Suggestion) -> str:
    """A rewrite as a reader sees it: its words, and what it replaces where that is not the flagged text."""
    if suggestion.replaces is not None and suggestion.replaces != finding.text:
        return f"“{suggestion.replaces}” → “{suggestion.text}”"
    return suggestion.text


def _sentence(finding: Finding, width: int) -> str:
    """The sentence that holds a finding in a Word document, to search for there (cut around the words if long)."""
    sentence = finding.context
    label = "  sentence: "
    start = max(0, sentence.find(" ".join(finding.text.split())))
    end = start + len(finding.text)
    shown = window(sentence, 0, len(sentence), start, min(end, len(sentence)), width - len(label) - 2)
    return f"{label}“{shown.text}”"


def _excerpt(index: LineIndex, finding: Finding, color: bool, width: int) -> list[str]:
    """The finding's line (a Word document's paragraph, numbered as such), cut to fit ``width`` cells, markers under the span."""
    number = finding.location.paragraph if finding.location is not None else finding.line
    gutter = f"{number:>5} | "
    line_start, line_end = index.span(finding.line)
    shown = window(index.source, line_start, line_end, finding.start, finding.end, width - len(gutter))
    marks = _paint("^" * shown.marks, "1", color)
    return [gutter + shown.text, " " * (len(gutter) - 2) + "| " + " " * shown.pad + marks]


def summary_line(report: Report) -> str:
    counts = report.counts()
    total = sum(counts.values())
    files = len(report.files)
    errors = sum(1 for r in report.files if r.error)
    plural = "file" if files == 1 else "files"
    if not total:
        text = f"No problems found in {files} {plural}."
    else:
        parts = [f"{counts[level]} {level}" for level in sorted(counts, reverse=True) if counts[level]]
        noun = "problem" if total == 1 else "problems"
        text = f"Found {total} {noun} ({', '.join(parts)}) in {files} {plural}."
    if errors:
        text += f" {errors} {'file' if errors == 1 else 'files'} could not be checked."
    return text
