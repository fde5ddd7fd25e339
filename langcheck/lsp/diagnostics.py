"""Findings as the editor's diagnostics, and ranges in the position encoding agreed with the editor.

A diagnostic carries the rule id as its code, the rule's first source as the
link to its explanation (``codeDescription``; the same page SARIF's
``helpUri`` names), the finding's severity after configuration overrides,
and the exact range of the words in the editor's units (UTF-16 unless the
editor asked for UTF-8 or UTF-32). A finding inside a quotation always says
so in its message, whatever the ``quotations`` setting.
"""

from __future__ import annotations

from lsprotocol import types

from langcheck.api import Finding, LineIndex, Severity
from langcheck.core.models import QUOTATION_NOTE

SOURCE = "langcheck"
_SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def to_range(lines: LineIndex, start: int, end: int, encoding: str) -> types.Range:
    """The editor's range for the source characters ``[start, end)``."""
    return types.Range(_position(lines, start, encoding), _position(lines, end, encoding))


def _position(lines: LineIndex, offset: int, encoding: str) -> types.Position:
    line, character = lines.position(offset, encoding)
    return types.Position(line=line, character=character)


def to_offsets(lines: LineIndex, span: types.Range, encoding: str) -> tuple[int, int]:
    """The source offsets an editor's range covers."""
    start = lines.offset_at(span.start.line, span.start.character, encoding)
    end = lines.offset_at(span.end.line, span.end.character, encoding)
    return start, max(start, end)


def message_of(finding: Finding) -> str:
    if finding.quotation and QUOTATION_NOTE not in finding.message:
        return f"{finding.message} {QUOTATION_NOTE}"
    return finding.message


def to_diagnostic(finding: Finding, lines: LineIndex, encoding: str) -> types.Diagnostic:
    link = finding.sources[0] if finding.sources else None
    return types.Diagnostic(
        range=to_range(lines, finding.start, finding.end, encoding),
        message=message_of(finding),
        severity=_SEVERITIES[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=link) if link else None,
        source=SOURCE,
        data={"quotation": finding.quotation} if finding.quotation else None,
    )


def notice(
    message: str, code: str, severity: types.DiagnosticSeverity = types.DiagnosticSeverity.Information
) -> types.Diagnostic:
    """A diagnostic about the whole document (too large to check, say), shown at its start."""
    start = types.Position(line=0, character=0)
    return types.Diagnostic(
        range=types.Range(start, start), message=message, severity=severity, code=code, source=SOURCE
    )
