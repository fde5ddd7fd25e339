"""GitHub Actions workflow commands: findings become annotations on the pull request diff.

One ``::error``/``::warning``/``::notice`` line per finding (info maps to
notice, GitHub's lowest level), one ``::error`` per file that could not be
read, then the plain summary line for the log. Paths are made relative to
the working directory (the checkout), which is what annotations resolve against. GitHub parses these lines
from the step's stdout, so values are escaped the way its runner unescapes
them: ``%``, CR and LF everywhere, and also ``:`` and ``,`` inside properties,
where they would otherwise end a value.
"""

from __future__ import annotations

from langcheck.core.models import Finding, Severity
from langcheck.reports.base import Report, located_message
from langcheck.reports.baseline import relative_path
from langcheck.reports.text import summary_line

COMMANDS = {Severity.INFO: "notice", Severity.WARNING: "warning", Severity.ERROR: "error"}


def escape_data(value: str) -> str:
    """The message after ``::``."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A ``key=value`` property, where ``:`` and ``,`` are separators."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def message_with_rewrites(finding: Finding) -> str:
    """The rule's message (led by the paragraph in a Word document), then the rewrites on a second line."""
    message = located_message(finding)
    if not finding.suggestions:
        return message
    return message + "\nSuggested: " + " · ".join(s.text for s in finding.suggestions)


def render(report: Report) -> str:
    lines = []
    for result in report.files:
        path = relative_path(result.path)
        if result.error:
            lines.append(command("error", result.error, file=path, title="langcheck: file not checked"))
        for finding in result.findings:
            lines.append(
                command(
                    COMMANDS[finding.severity],
                    message_with_rewrites(finding),
                    file=path,
                    line=finding.line,
                    col=finding.column,
                    endLine=finding.end_line,
                    endColumn=finding.end_column,
                    title=finding.rule,
                )
            )
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
