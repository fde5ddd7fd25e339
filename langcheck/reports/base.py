"""What every reporter receives: per-file results and the rules that produced them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from langcheck.core.models import FileResult, Finding, Rule, Severity

DEFAULT_WIDTH = 100
"""Cells per line of the text report when the terminal's width is unknown (output to a file or a pipe)."""
MIN_WIDTH = 40


@dataclass(frozen=True)
class Report:
    """Everything a reporter renders; reporters are pure functions of this."""

    files: tuple[FileResult, ...]
    rules: Mapping[str, Rule] = field(default_factory=dict)
    color: bool = False
    fail_on: Severity | None = Severity.WARNING
    width: int = DEFAULT_WIDTH
    """Terminal cells per line: the text report cuts long source lines to fit."""

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.files for f in result.findings]

    def counts(self) -> dict[Severity, int]:
        out = {level: 0 for level in Severity}
        for finding in self.findings:
            out[finding.severity] += 1
        return out


def place(finding: Finding) -> str:
    """Where a finding is, for a person: ``line:column``, or in a Word document "paragraph 12, column 31"."""
    if finding.location is not None:
        return f"{finding.location.describe()}, column {finding.column}"
    return f"{finding.line}:{finding.column}"


def at(path: str, finding: Finding) -> str:
    """The head of a finding's line: ``path:line:column``, or "path: paragraph 12, column 31" in a Word document."""
    separator = " " if finding.location is not None else ""
    return f"{path}:{separator}{place(finding)}"


def located_message(finding: Finding) -> str:
    """The message, led in a Word document by the paragraph (machine formats point at lines a .docx does not have)."""
    if finding.location is None:
        return finding.message
    return f"{place(finding).capitalize()}: {finding.message}"


def rules_used(report: Report) -> list[Rule]:
    """Rules that produced at least one finding, in rule-id order."""
    ids = sorted({f.rule for f in report.findings})
    return [report.rules[i] for i in ids if i in report.rules]



__all__ = ["DEFAULT_WIDTH", "MIN_WIDTH", "FileResult", "Report", "Sequence", "rules_used"]
