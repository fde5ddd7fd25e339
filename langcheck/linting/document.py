"""From a parsed document to findings positioned in the original source. No I/O here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from langcheck.context.citations import names_a_work
from langcheck.context.quotation import in_quotation
from langcheck.context.transcript import speech_blocks
from langcheck.core.models import QUOTATION_NOTE, Finding, Severity, Suggestion
from langcheck.core.positions import LineIndex
from langcheck.documents import Block, Directive, Document
from langcheck.documents.sentences import sentence_around
from langcheck.fixes.suggest import Rewrite, fit_suggestions
from langcheck.linting.suppression import apply_directives
from langcheck.matching.engine import Engine, Match


@dataclass(frozen=True)
class LintResult:
    findings: tuple[Finding, ...]
    unused_directives: tuple[Directive, ...] = ()


# Every directive names langcheck ("<!-- langcheck-disable -->", "langcheck: ignore").
_DIRECTIVE = re.compile("langcheck", re.IGNORECASE)


def lint_source(source: str, fmt: str, engine: Engine, prefilter: bool = True) -> LintResult:
    """Parse and lint ``source``; with ``prefilter``, a source in which no rule can match is not even parsed.

    That whole-file pre-pass (``Engine.might_match_source``) gives the same
    result as parsing: no findings. A source with a directive is parsed all
    the same, since a directive that silences nothing is itself reported.
    """
    if prefilter and not _DIRECTIVE.search(source) and not engine.might_match_source(source, fmt):
        return LintResult(())
    return lint_document(engine.parse(source, fmt), engine, prefilter)


def lint_document(document: Document, engine: Engine, prefilter: bool = True) -> LintResult:
    blocks = document.blocks
    matches = engine.matches([block.text for block in blocks], prefilter=prefilter, document=True)
    lines = LineIndex(document.source)
    quotations = engine.options.quotations
    findings: list[Finding] = []
    speech = speech_blocks(blocks) if any(matches) else frozenset()
    for index, (block, block_matches) in enumerate(zip(blocks, matches, strict=False)):
        for match in block_matches:
            rule_id, start, end = match.rule, match.start, match.end
            if engine.rules[rule_id].context.skip_names and names_a_work(block, start, end):
                continue
            quoted = in_quotation(block, start, end)
            if quoted and quotations == "ignore":
                continue
            span = block.to_source(start, end)
            # a speaker's turn in a transcript is still flagged, but a rewrite would misquote them
            rewritable = not quoted and index not in speech
            suggestions = _suggestions(engine, block, match, span, document.source) if rewritable else ()
            finding = _finding(engine, match, block, span, document, lines, suggestions)
            findings.append(_quoted(finding, quotations) if quoted else finding)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    kept, unused = apply_directives(_dedupe(findings), document.directives)
    return LintResult(tuple(kept), tuple(unused))


def _finding(
    engine: Engine,
    match: Match,
    block: Block,
    span: tuple[int, int],
    document: Document,
    lines: LineIndex,
    suggestions: tuple[Suggestion, ...],
) -> Finding:
    """The finding for ``match``, at ``span`` of the source: built once, complete (copying a frozen dataclass for each
    field set later costs time on text dense with findings)."""
    rule = engine.rules[match.rule]
    start, end = span
    text = document.source[start:end]
    line, column = lines.line_col(start)
    end_line, end_column = lines.line_col(end)
    return Finding(
        rule=rule.id,
        pack=rule.pack,
        severity=engine.severity_of(rule),
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=text,
        message=rule.message.replace("{text}", " ".join(text.split())),
        suggestions=suggestions,
        explanation=rule.explanation,
        sources=rule.sources,
        verbatim=text == block.text[match.start : match.end],
        context=sentence_around(block.text, match.start, match.end),
        location=document.places[line - 1] if document.places else None,
    )


def _suggestions(
    engine: Engine, block: Block, match: Match, span: tuple[int, int], source: str
) -> tuple[Suggestion, ...]:
    """The rule's rewrites fitted to the match's construction, placed in the source.

    A rewrite that reaches beyond the finding into markup or a quotation is
    left out: it could not be applied without touching either.
    """
    rule = engine.rules[match.rule]
    rewrites = fit_suggestions(rule.suggestions, block.text, match.start, match.end, match.sentence, rule.lexicon)
    placed = (_placed(block, rewrite, span, source) for rewrite in rewrites)
    return tuple(suggestion for suggestion in placed if suggestion is not None)


def _placed(block: Block, rewrite: Rewrite, span: tuple[int, int], source: str) -> Suggestion | None:
    start, end = block.to_source(rewrite.start, rewrite.end)
    replaced = source[start:end]
    wider_or_narrower = (start, end) != span
    if wider_or_narrower and (
        replaced != block.text[rewrite.start : rewrite.end] or in_quotation(block, rewrite.start, rewrite.end)
    ):
        return None
    return Suggestion(rewrite.replacement, rewrite.safe, start, end, replaced)


def _quoted(finding: Finding, policy: str) -> Finding:
    """A finding inside a quotation: marked, never rewritten, and by default only information."""
    if policy == "flag":
        return replace(finding, quotation=True)
    return replace(
        finding,
        quotation=True,
        severity=Severity.INFO,
        message=f"{finding.message} {QUOTATION_NOTE}",
    )


def _dedupe(findings: Sequence[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for finding in findings:
        key = (finding.rule, finding.start, finding.end)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out
