"""Apply rewrites to the original source, never touching anything else.

An edit replaces exactly the characters its suggestion covers: the finding's
span, or the wider or narrower construction the rewrite was fitted to. Only findings whose
source characters are the prose that matched (``Finding.verbatim``: no markup
or entity inside) are edited, so Markdown and HTML stay byte-for-byte intact
outside the rewritten words. Findings inside quotations are never edited:
they are a source's words. Overlapping edits are never combined: the first
wins and the rest wait for the next pass. Passes repeat until nothing changes,
so running ``fix`` twice changes nothing the second time.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from langcheck.core.models import Finding, Suggestion

Chooser = Callable[[Finding, str], Suggestion | None]
MAX_PASSES = 4


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str
    finding: Finding


@dataclass(frozen=True)
class FixOutcome:
    text: str
    applied: tuple[Edit, ...]
    held_back: int
    """Findings that had rewrites, but none safe (or could not be applied automatically)."""
    held: tuple[tuple[Finding, str], ...] = ()
    """Rewrites chosen but not made, each with the reason (a Word document's runs where a rewrite is not safe)."""


def first_safe(unsafe: bool) -> Chooser:
    """The default choice: the first safe rewrite, or with ``unsafe`` the first rewrite at all."""

    def choose(finding: Finding, _source: str) -> Suggestion | None:
        for suggestion in finding.suggestions:
            if suggestion.safe or unsafe:
                return suggestion
        return None

    return choose


def plan_edits(source: str, findings: Sequence[Finding], choose: Chooser, fmt: str) -> tuple[list[Edit], int]:
    """Non-overlapping edits for the findings that can be rewritten, and how many were held back."""
    edits: list[Edit] = []
    held_back = 0
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if not finding.suggestions or finding.quotation:
            continue  # a quotation is a source's words: never rewritten, whatever the suggestion
        suggestion = choose(finding, source) if finding.verbatim else None
        if suggestion is None:
            held_back += 1
            continue
        start, end = replaced_range(finding, suggestion)
        if any(start < edit.end and edit.start < end for edit in edits):
            continue  # overlaps an earlier edit: the next pass sees the finding again
        replacement = source_text(suggestion, fmt)
        if replacement != source[start:end]:
            edits.append(Edit(start, end, replacement, finding))
    return sorted(edits, key=lambda e: e.start), held_back


def replaced_range(finding: Finding, suggestion: Suggestion) -> tuple[int, int]:
    """The source characters a suggestion replaces: its construction, or else the finding's span."""
    return finding.replaced_range(suggestion)


def source_text(suggestion: Suggestion, fmt: str) -> str:
    """The characters a rewrite puts into a document of format ``fmt``: escaped in HTML."""
    return html.escape(suggestion.text, quote=False) if fmt == "html" else suggestion.text


def apply_edits(source: str, edits: Sequence[Edit]) -> str:
    """Splice edits into the source from the end backwards, so earlier offsets stay valid."""
    out = source
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        out = out[: edit.start] + edit.replacement + out[edit.end :]
    return out


def fix_text(
    source: str, lint: Callable[[str], Sequence[Finding]], choose: Chooser, fmt: str, passes: int = MAX_PASSES
) -> FixOutcome:
    """Lint, rewrite, and repeat until stable (a second ``fix`` must be a no-op)."""
    text = source
    applied: list[Edit] = []
    held_back = 0
    for _ in range(passes):
        edits, held_back = plan_edits(text, lint(text), choose, fmt)
        if not edits:
            break
        text = apply_edits(text, edits)
        applied.extend(edits)
    return FixOutcome(text, tuple(applied), held_back)
