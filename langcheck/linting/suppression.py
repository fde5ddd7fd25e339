"""Inline suppression: comments in the document that silence findings.

Markdown and HTML use ``<!-- langcheck-disable-next-line [RULE ...] -->``,
``<!-- langcheck-disable [RULE ...] -->`` ... ``<!-- langcheck-enable -->``;
plain text uses a ``langcheck: ignore [RULE ...]`` marker. A directive names
rule ids, bare rule names or packs; none means every rule. Each directive
records whether it silenced anything, so unused ones can be reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from langcheck.core.models import Finding
from langcheck.documents import Directive

_LINE_KINDS = {"disable-next-line", "ignore-line"}


@dataclass(frozen=True, slots=True)
class _Range:
    directive: Directive
    first_line: int
    last_line: int | None


def names_rule(names: Sequence[str], finding: Finding) -> bool:
    if not names:
        return True
    bare = finding.rule.split("/", 1)[-1]
    return any(name in (finding.rule, finding.pack, bare) for name in names)


def apply_directives(
    findings: Sequence[Finding], directives: Sequence[Directive]
) -> tuple[list[Finding], list[Directive]]:
    """Findings that survive the directives, and the directives that silenced nothing."""
    ranges = _ranges(directives)
    used: set[int] = set()
    kept: list[Finding] = []
    for finding in findings:
        silencer = next((i for i, r in enumerate(ranges) if _covers(r, finding)), None)
        if silencer is None:
            kept.append(finding)
        else:
            used.add(silencer)
    unused = [r.directive for i, r in enumerate(ranges) if i not in used]
    return kept, unused


def _covers(span: _Range, finding: Finding) -> bool:
    if finding.line < span.first_line or (span.last_line is not None and finding.line > span.last_line):
        return False
    return names_rule(span.directive.rules, finding)


def _ranges(directives: Sequence[Directive]) -> list[_Range]:
    ranges: list[_Range] = []
    open_ranges: list[int] = []
    for directive in sorted(directives, key=lambda d: d.line):
        if directive.kind in _LINE_KINDS:
            first = directive.line if directive.kind == "ignore-line" else directive.line + 1
            ranges.append(_Range(directive, min(first, directive.end_line), directive.end_line))
        elif directive.kind == "disable":
            open_ranges.append(len(ranges))
            ranges.append(_Range(directive, directive.line, None))
        elif directive.kind == "enable":
            for index in list(open_ranges):
                opened = ranges[index].directive
                if not directive.rules or set(opened.rules) <= set(directive.rules):
                    ranges[index] = _Range(opened, ranges[index].first_line, directive.line)
                    open_ranges.remove(index)
    return ranges
