"""The public API: what every front-end (the command line, an editor, a web page, batch scans) builds on.

Check or fix a string (``check_text``, ``fix_text``), the text of one file,
such as an editor's unsaved buffer (``check_source``, ``fix_source``), the
bytes of one file in any format, Word documents included (``check_bytes``,
``fix_bytes``), or files and folders on disk (``check_files``); list and look up rules
(``rules``, ``find_rule``); the input formats and the file names that choose
them (``formats``, ``format_for_path``). ``EngineOptions`` chooses packs, rules and model;
``RunSettings`` adds what applies to files (excludes, per-file ignores,
worker processes); an ``Engine`` holds compiled rules to reuse across calls.

An editor also needs the settings a config file asks for
(``settings_from_config``), a rewrite as it is written into a document
(``rewrite_text``), the comment that silences one finding
(``suppression_edits``), the characters a rewrite replaces
(``replaced_range``), positions in the units it counts (``LineIndex``)
and a way to read changed packs again (``reload_packs``).

Front-ends import this module and otherwise only ``langcheck.core`` (plain
data and errors), ``langcheck.workspace`` (configuration and files) and
``langcheck.reports`` (output formats); ``tests/test_architecture.py`` keeps
it that way. Importing it does not import spaCy: that happens only once some
text holds one of the rules' words.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from langcheck.core.errors import InputError
from langcheck.core.models import (
    FileResult,
    Finding,
    FixExample,
    Location,
    Rule,
    Severity,
    Suggestion,
    SuggestionTemplate,
)
from langcheck.core.positions import LineIndex
from langcheck.documents import BINARY_FORMATS, Document, extensions_by_format
from langcheck.documents import format_for_path as _format_by_extension
from langcheck.documents.suppress import Insertion, suppression_insertions
from langcheck.fixes.edits import MAX_PASSES, Chooser, FixOutcome, first_safe, replaced_range, source_text
from langcheck.fixes.edits import fix_text as fix_until_stable
from langcheck.linting.document import lint_source
from langcheck.linting.files import Progress, RunSettings, lint_bytes, lint_parsed, lint_text_source, run
from langcheck.matching.engine import Engine
from langcheck.matching.options import EngineOptions
from langcheck.packs.loader import load_pack
from langcheck.packs.ruleset import RuleSet
from langcheck.workspace.config import Config
from langcheck.workspace.reader import decode, encode

__all__ = [
    "Chooser",
    "Engine",
    "EngineOptions",
    "FileFix",
    "FileResult",
    "Finding",
    "FixExample",
    "FixOutcome",
    "Insertion",
    "LineIndex",
    "Location",
    "Progress",
    "Rule",
    "RunSettings",
    "Severity",
    "Suggestion",
    "SuggestionTemplate",
    "binary_formats",
    "check_bytes",
    "check_files",
    "check_source",
    "check_text",
    "document_text",
    "find_rule",
    "fix_bytes",
    "fix_source",
    "fix_text",
    "format_for_path",
    "formats",
    "reload_packs",
    "replaced_range",
    "rewrite_text",
    "rules",
    "settings_from_config",
    "suppression_edits",
]


def check_text(
    text: str,
    format: str = "text",
    *,
    engine: Engine | None = None,
    options: EngineOptions | None = None,
) -> list[Finding]:
    """Lint a string and return its findings: the entry point for programs.

    ``format`` is a text format: ``"text"``, ``"markdown"``, ``"mdx"``,
    ``"html"`` or ``"rst"`` (a Word document is bytes: ``check_bytes``). Pass
    an ``Engine`` to reuse compiled rules across calls, or ``EngineOptions`` to
    choose rules, packs and model.
    """
    if format in BINARY_FORMATS:
        raise InputError(f"a {format} document is read from its bytes (check_bytes), not from text")
    engine = engine or _default_engine(options or EngineOptions())
    return list(lint_source(text, format, engine).findings)


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
    return lint_text_source(text, path, format or format_for_path(path), engine, settings)


def check_bytes(
    data: bytes,
    path: str,
    format: str | None = None,
    *,
    engine: Engine | None = None,
    settings: RunSettings | None = None,
) -> FileResult:
    """Lint the bytes of the file ``path`` as ``check_files`` lints it on disk: text decoded, a Word document opened.

    A file that cannot be decoded or opened gives a result with ``error``;
    a binary file that is no format langcheck reads, one with ``notice``.
    """
    settings = settings or RunSettings()
    engine = engine or _default_engine(settings.engine)
    return lint_bytes(data, path, format or format_for_path(path), engine, settings)


def document_text(data: bytes, path: str, format: str | None = None) -> str:
    """The text langcheck reads in a file's bytes, which findings' offsets refer to: the decoded text, or for a Word
    document its paragraphs, one a line (``InputError`` when it cannot be decoded or opened)."""
    fmt = format or format_for_path(path)
    if fmt in BINARY_FORMATS:
        from langcheck.linting.word import word_document

        return word_document(data, path).source
    return decode(data, path).text


def check_files(
    paths: Sequence[str | Path],
    settings: RunSettings | None = None,
    *,
    engine: Engine | None = None,
    progress: Progress | None = None,
) -> list[FileResult]:
    """Lint files and folders (walked recursively; ``"-"`` reads standard input): one result per file.

    A file that cannot be read or decoded becomes a result with ``error`` set,
    and the others are still linted. ``progress(done, total)`` is called after
    each file found in the folders.
    """
    settings = settings or RunSettings()
    return run([str(path) for path in paths], settings, engine or _default_engine(settings.engine), progress)


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
    fmt = format or format_for_path(path)

    def lint(current: str) -> Sequence[Finding]:
        return lint_text_source(current, path, fmt, engine, settings).findings

    return fix_until_stable(text, lint, choose or first_safe(unsafe), fmt, passes)


@dataclass(frozen=True)
class FileFix:
    """A fixed file: its new bytes (the same bytes when nothing changed) and its text before and after.

    The text is the decoded file, or for a Word document the text langcheck
    reads in it (one paragraph a line); ``outcome`` counts what was applied
    and held back, and ``outcome.held`` says why a chosen rewrite was not made.
    """

    data: bytes
    before: str
    after: str
    outcome: FixOutcome

    @property
    def changed(self) -> bool:
        return bool(self.outcome.applied)


def fix_bytes(
    data: bytes,
    path: str,
    format: str | None = None,
    *,
    unsafe: bool = False,
    choose: Chooser | None = None,
    engine: Engine | None = None,
    settings: RunSettings | None = None,
    passes: int = MAX_PASSES,
) -> FileFix:
    """``fix_source`` for the bytes of the file ``path``, in any format: text keeps its encoding and byte-order mark,
    a Word document its runs' formatting and every part that was not rewritten.

    Raises ``InputError`` for a file that cannot be decoded or opened (and its
    subclass ``BinaryFileError`` for a binary file of no format langcheck reads).
    """
    settings = settings or RunSettings()
    engine = engine or _default_engine(settings.engine)
    fmt = format or format_for_path(path)
    chooser = choose or first_safe(unsafe)
    if fmt in BINARY_FORMATS:
        from langcheck.linting.word import fix_word

        def lint_document_of(document: Document) -> Sequence[Finding]:
            return lint_parsed(document, path, engine, settings).findings

        fixed = fix_word(data, path, lint_document_of, chooser, passes)
        return FileFix(fixed.data, fixed.before, fixed.after, fixed.outcome)
    source = decode(data, path)
    outcome = fix_source(source.text, path, fmt, choose=chooser, engine=engine, settings=settings, passes=passes)
    new = encode(source, outcome.text) if outcome.applied else data
    return FileFix(new, source.text, outcome.text, outcome)


def rules(packs: Sequence[str | Path] = (), builtin: bool = True) -> tuple[Rule, ...]:
    """Every rule of the shipped packs (unless ``builtin`` is false) and of ``packs`` (files or folders), opt-in ones included."""
    return RuleSet.load(packs, builtin).rules


def find_rule(name: str, packs: Sequence[str | Path] = (), builtin: bool = True) -> Rule:
    """The rule with this full id or unambiguous bare name; an unknown name raises a ``LangcheckError`` with a hint."""
    return RuleSet.load(packs, builtin).find(name)


def formats() -> dict[str, tuple[str, ...]]:
    """The input formats (``"text"``, ``"markdown"``, ``"html"``, ``"mdx"``, ``"rst"``, ``"docx"``), each with the
    file extensions that choose it.

    Any other file name is read as plain text. The formats in
    ``binary_formats()`` are read from a file's bytes (``check_bytes``), not from text.
    """
    return extensions_by_format()


def binary_formats() -> frozenset[str]:
    """The formats read from bytes, not text (``"docx"``): ``check_bytes`` and ``fix_bytes`` take them, the text
    functions refuse them with an ``InputError``."""
    return BINARY_FORMATS


def format_for_path(path: str) -> str:
    """The format ``check_source`` reads the file ``path`` in: by its extension, plain text if none fits."""
    return _format_by_extension(path) or "text"


def settings_from_config(config: Config, root: str | Path | None = None) -> RunSettings:
    """The settings a config file asks for: what ``langcheck check`` runs with when given no options.

    ``root`` is the folder that ``exclude`` globs are relative to when there
    is no config file (otherwise the config file's folder).
    """
    options = EngineOptions(
        packs=config.packs,
        builtin=config.builtin_packs,
        select=config.select,
        ignore=config.ignore,
        profiles=config.profiles,
        allow=config.allow,
        model=config.model or "auto",
        severity=config.severity,
        quotations=config.quotations or "info",
    )
    folder = config.root if config.path or root is None else Path(root)
    return RunSettings(
        engine=options, exclude=config.exclude, per_file_ignores=config.per_file_ignores, root=str(folder)
    )


def rewrite_text(suggestion: Suggestion, format: str = "text") -> str:
    """The characters a rewrite puts in place of a finding's, as ``fix`` writes them (escaped in HTML)."""
    return source_text(suggestion, format)


def suppression_edits(text: str, finding: Finding, format: str = "text") -> tuple[Insertion, ...]:
    """The inline suppression comment that silences ``finding``'s rule on its line, as insertions into ``text``.

    Empty where the document has no place for one (front matter, an
    attribute of a tag that starts on an earlier line): ``per-file-ignores``
    in the config serves there.
    """
    return suppression_insertions(text, format, finding.start, finding.rule)


def reload_packs() -> None:
    """Forget the packs and pipelines read so far, so that the next ``Engine`` reads pack files again.

    A long-running program (an editor's server) calls this after a custom
    pack changed on disk; a command that runs once never needs it.
    """
    load_pack.cache_clear()
    _ENGINES.clear()
    pipeline = sys.modules.get("langcheck.matching.pipeline")  # not imported: no pipeline was built
    if pipeline is not None:
        pipeline.build_pipeline.cache_clear()


_ENGINES: dict[EngineOptions, Engine] = {}


def _default_engine(options: EngineOptions) -> Engine:
    """One engine per distinct options, kept for the life of the process."""
    if options not in _ENGINES:
        _ENGINES[options] = Engine(options)
    return _ENGINES[options]
