"""SARIF 2.1.0, the format GitHub code scanning and most CI dashboards import.

One run with the rules that produced findings (rule metadata lives once in
``tool.driver.rules``; results point at it by id and index), one result per
finding, a fix for each *safe* suggestion, and files that could not be read
as tool execution notifications, so a partial run is visible as such.

Paths are relative POSIX URIs against ``%SRCROOT%`` (the working directory),
which is what code scanning resolves against the checkout. Columns count
Unicode code points, declared with ``columnKind``.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from langcheck import __version__
from langcheck.core.models import FileResult, Finding, Rule, Severity, Suggestion, SuggestionTemplate
from langcheck.core.positions import LineIndex
from langcheck.reports.base import Report
from langcheck.reports.baseline import FINGERPRINT_KEY, fingerprints, relative_path

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"


def _home_page() -> str | None:
    """The project URL from the installed package metadata (``[project.urls]``), if it declares one."""
    from importlib import metadata

    try:
        meta = metadata.metadata("langcheck")
    except metadata.PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or ():
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "documentation", "repository", "source"} and url.strip():
            return url.strip()
    return meta.get("Home-page") or None


INFORMATION_URI: str | None = _home_page()
"""``tool.driver.informationUri``; omitted (it is optional in SARIF) while the project declares no URL."""

LEVELS = {Severity.INFO: "note", Severity.WARNING: "warning", Severity.ERROR: "error"}


def render(report: Report) -> str:
    descriptors, index = _rules(report)
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for file in report.files:
        uri = _uri(file.path)
        notifications.extend(_notifications(file, uri))
        path = relative_path(file.path)
        lines = LineIndex(file.source) if file.source is not None else None
        for finding, mark in zip(file.findings, fingerprints(path, file.findings, file.source), strict=True):
            results.append(_result(finding, uri, index[finding.rule], mark, lines))
    driver: dict[str, Any] = {"name": "langcheck", "version": __version__, "semanticVersion": __version__}
    if INFORMATION_URI:
        driver["informationUri"] = INFORMATION_URI
    driver["rules"] = descriptors
    invocation: dict[str, Any] = {"executionSuccessful": not any(file.error for file in report.files)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _uri(path: str) -> str:
    """A relative URI reference: POSIX separators, reserved characters percent-encoded."""
    return quote(relative_path(path), safe="/")


def _location(uri: str) -> dict[str, Any]:
    return {"uri": uri, "uriBaseId": SRCROOT}


def _region(finding: Finding) -> dict[str, Any]:
    return {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
    }


def _replaced_region(finding: Finding, suggestion: Suggestion, lines: LineIndex | None) -> dict[str, Any] | None:
    """The region a suggestion replaces: the finding's, or its construction's (found through the source)."""
    start, end = finding.replaced_range(suggestion)
    if (start, end) == (finding.start, finding.end):
        return _region(finding)
    if lines is None:
        return None  # no source to place a wider or narrower construction in
    (line, column), (end_line, end_column) = lines.line_col(start), lines.line_col(end)
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _rules(report: Report) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Descriptors for every rule with a finding, in id order, and each id's index."""
    firsts: dict[str, Finding] = {}
    for finding in report.findings:
        firsts.setdefault(finding.rule, finding)
    ids = sorted(firsts)
    descriptors = [_descriptor(report.rules.get(rule_id), firsts[rule_id]) for rule_id in ids]
    return descriptors, {rule_id: i for i, rule_id in enumerate(ids)}


def _descriptor(rule: Rule | None, finding: Finding) -> dict[str, Any]:
    """Rule metadata; built-in checks that are not pack rules (e.g. unused suppressions) use the finding's."""
    rule_id = rule.id if rule else finding.rule
    explanation = rule.explanation if rule else finding.explanation
    summary = rule.summary if rule else explanation.strip().split(". ", 1)[0].rstrip(".") + "."
    sources = rule.sources if rule else finding.sources
    severity = rule.severity if rule else finding.severity
    rewrites = [_written_instead(t) for t in rule.suggestions] if rule else [s.text for s in finding.suggestions]
    help_text = explanation
    help_markdown = explanation
    if rewrites:
        help_text += "\n\nWrite instead:\n" + "\n".join(f"- {text}" for text in rewrites)
        help_markdown += "\n\n**Write instead:**\n\n" + "\n".join(f"- {text}" for text in rewrites)
    if sources:
        help_markdown += "\n\n**Sources:**\n\n" + "\n".join(f"- <{url}>" for url in sources)
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "name": rule_id.split("/", 1)[-1],
        "shortDescription": {"text": summary},
        "fullDescription": {"text": explanation},
        "help": {"text": help_text, "markdown": help_markdown},
    }
    if sources:
        descriptor["helpUri"] = sources[0]
    descriptor["defaultConfiguration"] = {"level": LEVELS[severity]}
    descriptor["properties"] = {"tags": [rule.pack if rule else finding.pack]}
    return descriptor


def _result(finding: Finding, uri: str, rule_index: int, mark: str, lines: LineIndex | None = None) -> dict[str, Any]:
    region = _region(finding) | {"snippet": {"text": finding.text}}
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_result_location(finding, uri, region)],
        "partialFingerprints": {FINGERPRINT_KEY: mark},
    }
    fixes = _fixes(finding, uri, lines)
    if fixes:
        result["fixes"] = fixes
    properties: dict[str, Any] = {}
    if finding.quotation:
        properties["quotation"] = True
    if finding.location is not None:
        properties["location"] = finding.to_dict()["location"]
    if properties:
        result["properties"] = properties
    return result


def _result_location(finding: Finding, uri: str, region: dict[str, Any]) -> dict[str, Any]:
    """Where a result is: the region of the file, and in a Word document also the paragraph as a logical location.

    A Word document has no lines of its own: its region counts in langcheck's
    text of it (one paragraph a line), and ``logicalLocations`` names the
    paragraph as a person finds it ("body/paragraph 12").
    """
    location: dict[str, Any] = {"physicalLocation": {"artifactLocation": _location(uri), "region": region}}
    if finding.location is not None:
        place = finding.location
        parent = place.where or place.part
        location["logicalLocations"] = [
            {
                "name": f"paragraph {place.paragraph}",
                "fullyQualifiedName": f"{parent}/paragraph {place.paragraph}",
                "kind": "element",
            }
        ]
    return location


def _fixes(finding: Finding, uri: str, lines: LineIndex | None) -> list[dict[str, Any]]:
    """Safe rewrites only, and only where the span is plain prose (not markup, not a quotation) that can be replaced.

    A Word document gets none: a SARIF replacement edits a text file's characters, and a .docx is not one
    (``langcheck fix`` rewrites its runs).
    """
    if not finding.verbatim or finding.quotation or finding.location is not None:
        return []
    fixes = []
    for suggestion in finding.suggestions:
        region = _replaced_region(finding, suggestion, lines) if suggestion.safe else None
        if region is None:
            continue
        replaced = finding.text if suggestion.replaces is None else suggestion.replaces
        fixes.append(
            {
                "description": {"text": f"Replace “{replaced}” with “{suggestion.text}”"},
                "artifactChanges": [
                    {
                        "artifactLocation": _location(uri),
                        "replacements": [{"deletedRegion": region, "insertedContent": {"text": suggestion.text}}],
                    }
                ],
            }
        )
    return fixes


def _written_instead(template: SuggestionTemplate) -> str:
    """A rule's rewrite for its help text: the first fix example shows it in a sentence."""
    if template.fix:
        return f"{template.fix[0].before} → {template.fix[0].after}"
    return template.text


def _notifications(file: FileResult, uri: str) -> list[dict[str, Any]]:
    """Unreadable files (errors) and skipped ones (notices), so a partial run says so."""
    out = []
    for level, text in (("error", file.error), ("note", file.notice)):
        if text:
            out.append(
                {
                    "level": level,
                    "message": {"text": f"{file.path}: {text}"},
                    "locations": [{"physicalLocation": {"artifactLocation": _location(uri)}}],
                }
            )
    return out
