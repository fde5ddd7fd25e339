"""The public API: what every front-end (the command line, an editor, a web page, batch scans) builds on.

Check or fix a string (``check_text``, ``fix_text``), the text of one file,
such as an editor's unsaved buffer (``check_source``, ``fix_source``), or
files and folders on disk (``check_files``); list and look up rules
(``rules``, ``find_rule``). ``EngineOptions`` chooses packs, rules and model;
``RunSettings`` adds what applies to files (excludes, per-file ignores,
worker processes); an ``Engine`` holds compiled rules to reuse across calls.

Front-ends import this module and otherwise only ``langcheck.core`` (plain
data and errors), ``langcheck.workspace`` (configuration and files) and
``langcheck.reports`` (output formats); ``tests/test_architecture.py`` keeps
it that way. Importing it does not import spaCy: that happens only once some
text holds one of the rules' words.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from langcheck.core.models import FileResult, Finding, FixExample, Rule, Severity, Suggestion, SuggestionTemplate
from langcheck.documents import format_for_path, parse_document
from langcheck.fixes.edits import MAX_PASSES, Chooser, FixOutcome, first_safe
from langcheck.fixes.edits import fix_text as fix_until_stable
from langcheck.linting.document import lint_document
from langcheck.linting.files import RunSettings, lint_text_source, run
from langcheck.matching.engine import Engine
from langcheck.matching.options import EngineOptions
from langcheck.packs.ruleset import RuleSet

__all__ = [
    "Chooser",
    "Engine",
    "EngineOptions",
    "FileResult",
    "Finding",
    "FixExample",
    "FixOutcome",
    "Rule",
    "RunSettings",
    "Severity",
    "Suggestion",
    "SuggestionTemplate",
    "check_files",
    "check_source",
    "check_text",
    "find_rule",
    "fix_source",
    "fix_text",
    "rules",
]


def check_text(
    text: str,
    format: str = "text",
    *,
    engine: Engine | None = None,
    options: EngineOptions | None = None,
) -> list[Finding]:
    """Lint a string and return its findings: the entry point for programs.

    ``format`` is ``"text"``, ``"markdown"`` or ``"html"``. Pass an ``Engine``
    to reuse compiled rules across calls, or ``EngineOptions`` to choose rules,
    packs and model.
    """
    engine = engine or _default_engine(options or EngineOptions())
    return list(lint_document(parse_document(text, format), engine).findings)


def check_source(
    text: str,
    path: str,
    format: str | None = None,
    *,
    engine: Engine | None = None,
    settings: RunSettings | None = None,
) -> FileResult:
    """Lint ``text`` as the contents of the file ``path``, as ``check_files`` would lint that file.

    The format defaults to the one the file name implies (plain text if none);
    ``settings`` adds per-file ignores and reports of unused suppressions.
    """
    settings = settings or RunSettings()
    engine = engine or _default_engine(settings.engine)
    return lint_text_source(text, path, format or _format_of(path), engine, settings)


def check_files(
    paths: Sequence[str | Path],
    settings: RunSettings | None = None,
    *,
    engine: Engine | None = None,
) -> list[FileResult]:
    """Lint files and folders (walked recursively; ``"-"`` reads standard input): one result per file.

    A file that cannot be read or decoded becomes a result with ``error`` set,
    and the others are still linted.
    """
    settings = settings or RunSettings()
    return run([str(path) for path in paths], settings, engine or _default_engine(settings.engine))


def fix_text(
    text: str,
    format: str = "text",
    *,
    unsafe: bool = False,
    choose: Chooser | None = None,
    engine: Engine | None = None,
    options: EngineOptions | None = None,
    passes: int = MAX_PASSES,
) -> FixOutcome:
    """Apply rewrites to a string until another pass changes nothing; ``outcome.text`` is the result.

    Only safe rewrites are applied, or with ``unsafe`` the first rewrite of
    every finding; ``choose(finding, text)`` decides instead when given. Only
    the characters each chosen rewrite replaces change (the flagged words, or the construction around them).
    """
    settings = RunSettings(engine=options or EngineOptions())
    return fix_source(
        text, "<text>", format, unsafe=unsafe, choose=choose, engine=engine, settings=settings, passes=passes
    )


def fix_source(
    text: str,
    path: str,
    format: str | None = None,
    *,
    unsafe: bool = False,
    choose: Chooser | None = None,
    engine: Engine | None = None,
    settings: RunSettings | None = None,
    passes: int = MAX_PASSES,
) -> FixOutcome:
    """``fix_text`` for the contents of the file ``path``, linted as ``check_source`` lints it."""
    settings = settings or RunSettings()
    engine = engine or _default_engine(settings.engine)
    fmt = format or _format_of(path)

    def lint(current: str) -> Sequence[Finding]:
        return lint_text_source(current, path, fmt, engine, settings).findings

    return fix_until_stable(text, lint, choose or first_safe(unsafe), fmt, passes)


def rules(packs: Sequence[str | Path] = (), builtin: bool = True) -> tuple[Rule, ...]:
    """Every rule of the shipped packs (unless ``builtin`` is false) and of ``packs`` (files or folders), opt-in ones included."""
    return RuleSet.load(packs, builtin).rules


def find_rule(name: str, packs: Sequence[str | Path] = (), builtin: bool = True) -> Rule:
    """The rule with this full id or unambiguous bare name; an unknown name raises a ``LangcheckError`` with a hint."""
    return RuleSet.load(packs, builtin).find(name)


def _format_of(path: str) -> str:
    return format_for_path(path) or "text"


_ENGINES: dict[EngineOptions, Engine] = {}


def _default_engine(options: EngineOptions) -> Engine:
    """One engine per distinct options, kept for the life of the process."""
    if options not in _ENGINES:
        _ENGINES[options] = Engine(options)
    return _ENGINES[options]
