"""One lint of one version of an open document: what diagnostics, code actions and hovers are made from."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from lsprotocol import types

from langcheck.api import Finding, LineIndex
from langcheck.core.errors import LangcheckError
from langcheck.lsp.configuration import Scope
from langcheck.lsp.diagnostics import to_diagnostic


@dataclass(frozen=True)
class Snapshot:
    uri: str
    version: int | None
    text: str
    format: str
    encoding: str
    """The position encoding agreed with the editor ("utf-16", "utf-8" or "utf-32")."""
    path: str = ""
    """The document's path as ``per-file-ignores`` and ``langcheck check`` name it."""
    findings: tuple[Finding, ...] = ()
    scope: Scope | None = None
    """None when the document was not linted (too large, excluded, or linting failed)."""
    notice: types.Diagnostic | None = None
    """Said instead of findings about a document that was not linted."""
    problem: LangcheckError | None = None
    """A config or pack problem met while linting it."""
    config_path: str | None = None
    """The config file it was linted with (None for the defaults)."""
    excluded: bool = False
    """The config's ``exclude`` globs leave it out."""

    @functools.cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @functools.cached_property
    def diagnostics(self) -> list[types.Diagnostic]:
        """What the editor shows: the findings, or the notice that stands in for them."""
        if self.notice is not None:
            return [self.notice]
        return [to_diagnostic(finding, self.lines, self.encoding) for finding in self.findings]

    def findings_between(self, start: int, end: int) -> list[Finding]:
        """Findings that touch the source range ``[start, end]`` (a caret at either end of a word counts)."""
        return [finding for finding in self.findings if finding.start <= end and start <= finding.end]

    @functools.cached_property
    def rewritable(self) -> tuple[Finding, ...]:
        """Findings ``fix`` would rewrite: a safe rewrite, plain prose, not a quotation."""
        return tuple(f for f in self.findings if can_rewrite(f) and any(s.safe for s in f.suggestions))


def can_rewrite(finding: Finding) -> bool:
    """Whether a rewrite may replace the finding's characters: never a quotation's, never markup's."""
    return finding.verbatim and not finding.quotation
