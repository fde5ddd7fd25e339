"""Lint inputs (files, folders, stdin) into per-file results.

The only module that reads input files. Each file is independent: a file
that cannot be read or decoded becomes an error result and the others are
still linted. ``jobs > 1`` spreads files over worker processes; ``jobs == 0``
(the command line's default) uses one per core once there are enough files
to share out, as ruff does.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from langcheck.core.errors import InputError
from langcheck.core.models import FileResult, Finding, Location
from langcheck.documents import BINARY_FORMATS, Document, format_for_path
from langcheck.linting.document import LintResult, lint_document, lint_source
from langcheck.linting.suppression import names_rule
from langcheck.matching.engine import Engine
from langcheck.matching.options import EngineOptions
from langcheck.workspace.discovery import discover
from langcheck.workspace.reader import BinaryFileError, decode, read_bytes

if TYPE_CHECKING:
    import pathspec

STDIN = "-"


@dataclass(frozen=True)
class RunSettings:
    engine: EngineOptions = field(default_factory=EngineOptions)
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    stdin_filename: str | None = None
    report_unused_suppressions: bool = False
    root: str | None = None
    jobs: int = 1  # 0: one worker process per core when there are enough files (see ``worker_count``)


Progress = Callable[[int, int], None]
"""Told ``(files done, files in all)`` after each file."""

# Fewer files than this per worker are not worth a worker process.
FILES_PER_WORKER = 4


def worker_count(jobs: int, files: int) -> int:
    """How many worker processes lint ``files`` files: ``jobs``, or with 0 one per usable core, at most one per few files."""
    if jobs:
        return jobs
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, files // FILES_PER_WORKER))


def lint_text_source(text: str, display: str, fmt: str, engine: Engine, settings: RunSettings) -> FileResult:
    """Lint already-decoded text that belongs to ``display`` (a path or the stdin name)."""
    if fmt in BINARY_FORMATS:
        raise InputError(f"{display}: a {fmt} document is read from its bytes, not from text")
    return _file_result(lint_source(text, fmt, engine), display, text, (), settings)


def lint_parsed(document: Document, display: str, engine: Engine, settings: RunSettings) -> FileResult:
    """Lint a parsed document (a Word document's) that belongs to ``display``."""
    return _file_result(lint_document(document, engine), display, document.source, document.places, settings)


def _file_result(
    result: LintResult, display: str, source: str, places: tuple[Location, ...], settings: RunSettings
) -> FileResult:
    """Per-file ignores applied, and unused suppressions reported if asked."""
    findings = _drop_per_file_ignores(display, list(result.findings), settings)
    if settings.report_unused_suppressions:
        findings += [_unused(d, source, places) for d in result.unused_directives]
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return FileResult(display, tuple(findings), source=source)


def lint_bytes(data: bytes, display: str, fmt: str, engine: Engine, settings: RunSettings) -> FileResult:
    """Lint a file's bytes as the format ``fmt``: text is decoded (encodings, byte-order marks), a Word document opened.

    A file that cannot be decoded or opened is a result with ``error``; one
    that is not text, a result with a ``notice``.
    """
    try:
        if fmt in BINARY_FORMATS:
            from langcheck.linting.word import word_document

            return lint_parsed(word_document(data, display), display, engine, settings)
        source = decode(data, display)
    except BinaryFileError:
        return FileResult(display, notice="binary file skipped")
    except InputError as exc:
        return FileResult(display, error=str(exc).removeprefix(f"{display}: "))
    return lint_text_source(source.text, display, fmt, engine, settings)


def lint_path(path: Path, engine: Engine, settings: RunSettings) -> FileResult:
    display = str(path)
    try:
        data = read_bytes(path)
    except InputError as exc:
        return FileResult(display, error=str(exc).removeprefix(f"{display}: "))
    return lint_bytes(data, display, format_for_path(display) or "text", engine, settings)


def lint_stdin(engine: Engine, settings: RunSettings) -> FileResult:
    """Standard input, in the format ``--stdin-filename`` implies: its bytes, so a Word document can be piped in too."""
    display = settings.stdin_filename or "<stdin>"
    fmt = format_for_path(settings.stdin_filename or "") or "text"
    result = lint_bytes(sys.stdin.buffer.read(), display, fmt, engine, settings)
    if result.notice:
        return FileResult(display, notice="binary input skipped")
    return result


def run(
    inputs: Sequence[str], settings: RunSettings, engine: Engine | None = None, progress: Progress | None = None
) -> list[FileResult]:
    engine = engine or Engine(settings.engine)
    root = Path(settings.root) if settings.root else None
    results: list[FileResult] = []
    paths: list[Path] = []
    for raw in inputs:
        if raw == STDIN:
            results.append(lint_stdin(engine, settings))
            continue
        for found in discover([raw], settings.exclude, root):
            if found.error:
                results.append(FileResult(str(found.path), error=found.error))
            else:
                paths.append(found.path)
    workers = worker_count(settings.jobs, len(paths))
    if workers > 1 and len(paths) > 1:
        linted: Iterable[FileResult] = _parallel(paths, engine, settings, workers)
    else:
        linted = (lint_path(path, engine, settings) for path in paths)
    for done, result in enumerate(linted, 1):
        results.append(result)
        if progress is not None:
            progress(done, len(paths))
    return results


def _parallel(paths: list[Path], engine: Engine, settings: RunSettings, workers: int) -> Iterator[FileResult]:
    """Lint files in worker processes, yielding the results in order as they come.

    Where processes can be forked, the parent builds the spaCy pipeline first and
    the workers inherit it, so each worker starts linting at once instead of
    importing spaCy again; each compiles the rules its files need. What the parent built is
    then frozen out of the garbage collector: otherwise each worker's (and the
    parent's, while it gathers results) full collections walk the whole spaCy
    heap, touching, and so copying, pages the processes could have shared.
    """
    # Imported here: a single-process run (every pre-commit hook call) need not pay for them.
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_ENGINE
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        engine.warm(compile_rules=False)
        gc.freeze()
        _WORKER_ENGINE = engine
        context = multiprocessing.get_context("fork")
    else:  # pragma: no cover - platforms without fork
        context = multiprocessing.get_context()
    size = max(1, min(16, len(paths) // (workers * 4)))
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            yield from pool.map(_lint_one, [(path, settings) for path in paths], chunksize=size)
    finally:
        _WORKER_ENGINE = None
        gc.unfreeze()


_WORKER_ENGINE: Engine | None = None


def _lint_one(job: tuple[Path, RunSettings]) -> FileResult:
    global _WORKER_ENGINE
    path, settings = job
    if _WORKER_ENGINE is None:
        _WORKER_ENGINE = Engine(settings.engine)
    return lint_path(path, _WORKER_ENGINE, settings)


@functools.lru_cache(maxsize=256)
def _glob(pattern: str) -> pathspec.PathSpec:
    """Compiled once per pattern, not once per file."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines([pattern])


def _drop_per_file_ignores(display: str, findings: list[Finding], settings: RunSettings) -> list[Finding]:
    names: list[str] = []
    for pattern, rules in settings.per_file_ignores:
        if _glob(pattern).match_file(display):
            names.extend(rules)
    if not names:
        return findings
    return [f for f in findings if not names_rule(names, f)]


def _unused(directive, source: str, places: tuple[Location, ...]) -> Finding:  # type: ignore[no-untyped-def]
    from langcheck.core.models import Severity
    from langcheck.core.positions import LineIndex

    index = LineIndex(source)
    start = index.starts[directive.line - 1]
    line_text = index.line_text(directive.line)
    rules = " ".join(directive.rules) or "all rules"
    return Finding(
        rule="langcheck/unused-suppression",
        pack="langcheck",
        severity=Severity.INFO,
        start=start,
        end=start + len(line_text),
        line=directive.line,
        column=1,
        end_line=directive.line,
        end_column=len(line_text) + 1,
        text=line_text,
        message=f"suppression ({directive.kind}: {rules}) silenced nothing",
        suggestions=(),
        explanation="A suppression comment that silences nothing hides future problems. Remove it.",
        sources=(),
        location=places[directive.line - 1] if places else None,
    )
