"""Hover on a finding: what the rule flags and why, what to write instead, and the sources.

The same content ``langcheck explain`` gives, for the words under the
cursor; Markdown when the editor renders it, plain text otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lsprotocol import types

from langcheck.api import Finding
from langcheck.lsp.diagnostics import message_of, to_range
from langcheck.lsp.snapshot import Snapshot, can_rewrite

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_SEPARATOR = {True: "\n\n---\n\n", False: "\n\n"}


def hover_for(snapshot: Snapshot, findings: Sequence[Finding], markdown: bool) -> types.Hover | None:
    if not findings:
        return None
    text = _SEPARATOR[markdown].join(_describe(finding, markdown) for finding in findings)
    kind = types.MarkupKind.Markdown if markdown else types.MarkupKind.PlainText
    first = findings[0]
    return types.Hover(
        contents=types.MarkupContent(kind=kind, value=text),
        range=to_range(snapshot.lines, first.start, first.end, snapshot.encoding),
    )


def _describe(finding: Finding, markdown: bool) -> str:
    plain = (lambda s: s) if not markdown else (lambda s: _MARKDOWN_SPECIAL.sub(r"\\\1", s))
    rewrites = " · ".join(
        f"{plain(s.text)}{' (safe rewrite)' if s.safe and can_rewrite(finding) else ''}" for s in finding.suggestions
    )
    heading = f"`{finding.rule}` ({finding.severity})" if markdown else f"{finding.rule} ({finding.severity})"
    parts = [f"langcheck {heading}: {plain(message_of(finding))}"]
    if finding.quotation:
        parts.append("Quoted from a source: reported, and never rewritten.")
    parts.append(plain(finding.explanation))
    if rewrites:
        parts.append(f"Write instead: {rewrites}")
    if finding.sources:
        bullet = "- " if markdown else "  "
        parts.append("Sources:\n" + "\n".join(f"{bullet}{_link(url, markdown)}" for url in finding.sources))
    return "\n\n".join(parts)


def _link(url: str, markdown: bool) -> str:
    return f"<{url}>" if markdown else url
