"""What the web page does, without the web: check, fix, open and save documents with one engine.

Kept apart from the HTTP layer so that it can be tested as plain functions.
The engine is built once; a lock lets one request at a time use it, since it
compiles rules and builds its pipeline lazily. Documents pass through memory
only: nothing is written to disk and nothing but counts is kept.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langcheck.api import (
    Engine,
    Finding,
    RunSettings,
    Suggestion,
    binary_formats,
    check_bytes,
    check_source,
    document_text,
    fix_bytes,
    fix_source,
    format_for_path,
    formats,
)
from langcheck.core.errors import InputError
from langcheck.reports import Report, get_renderer
from langcheck.workspace.reader import BinaryFileError, SourceText, decode, encode

UNNAMED = "<text>"
"""The path reported for text that came without a file name (the command line says ``<stdin>``)."""
UNNAMED_WORD = "document.docx"
"""The path reported for a Word document sent without a file name."""

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
"""What an opened file can be in (as the command line reads files), and so what a saved one is written in."""

_LABELS = {"text": "Plain text", "html": "HTML", "mdx": "MDX", "rst": "reStructuredText", "docx": "Word document"}
LOG = logging.getLogger("langcheck.web")
"""Counts only: never a document's words, its file name or who sent it."""


class DocumentError(InputError):
    """A document that cannot be opened or saved; ``status`` is the HTTP status that says why."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Choice:
    """One rewrite the writer picked: the finding (rule and offsets) and the suggestion's text."""

    rule: str
    offset: int
    end_offset: int
    suggestion: str


@dataclass(frozen=True)
class OpenedFile:
    filename: str
    format: str
    text: str
    encoding: str
    bom: bool
    document: str | None = None
    """A Word document's bytes, base64-encoded: the page sends them back to check, fix and save it."""


def format_list() -> list[dict[str, Any]]:
    """The input formats for the page's menu and file picker, in the order the parsers are registered."""
    binary = binary_formats()
    return [
        {
            "name": name,
            "label": _LABELS.get(name, name.capitalize()),
            "extensions": list(extensions),
            "binary": name in binary,
        }
        for name, extensions in formats().items()
    ]


def open_file(data: bytes, filename: str) -> OpenedFile:
    """Decode an uploaded file exactly as the command line reads one from disk (encodings, byte-order marks).

    A Word document is opened as ``langcheck check`` opens one: its text is
    that of its paragraphs, one a line, and its bytes come back with it.
    """
    fmt = format_for_path(filename)
    if fmt in binary_formats():
        try:
            text = document_text(data, filename, fmt)
        except InputError as exc:
            raise DocumentError(str(exc)) from None
        return OpenedFile(filename, fmt, text, "utf-8", False, base64.b64encode(data).decode("ascii"))
    try:
        source = decode(data, filename)
    except BinaryFileError:
        labels = [entry["label"] for entry in format_list()]
        kinds = " or ".join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 1 else labels)
        raise DocumentError(f"{filename} is not a text file; langcheck reads {kinds}", status=415) from None
    except InputError as exc:
        raise DocumentError(str(exc)) from None
    return OpenedFile(filename, format_for_path(filename), source.text, source.encoding, bool(source.bom))


def decode_document(document: str) -> bytes:
    """A Word document's bytes from the base64 the page sends (what ``open_file`` gave it, or ``fix`` made)."""
    try:
        return base64.b64decode(document, validate=True)
    except ValueError:
        raise DocumentError("document: not base64; send the bytes of the Word document as /api/open returns them") from None


def save_file(text: str, encoding: str, bom: bool) -> bytes:
    """The bytes of a document in the encoding (and with the byte-order mark) it was opened with."""
    if encoding not in ENCODINGS:
        raise DocumentError(f"unknown encoding {encoding!r}; expected one of {', '.join(ENCODINGS)}")
    mark = "\ufeff".encode(encoding) if bom else b""
    try:
        return encode(SourceText(text, encoding, mark), text)
    except UnicodeEncodeError as exc:
        raise DocumentError(f"the text cannot be saved as {encoding.upper()} at character {exc.start}") from None


def chooser(choices: Sequence[Choice]):  # type: ignore[no-untyped-def]
    """Pick exactly the rewrites the writer chose, and nothing else."""
    wanted = {(choice.rule, choice.offset, choice.end_offset): choice.suggestion for choice in choices}

    def choose(finding: Finding, _source: str) -> Suggestion | None:
        text = wanted.get((finding.rule, finding.start, finding.end))
        return next((s for s in finding.suggestions if s.text == text), None)

    return choose


class Workbench:
    """One engine and configuration serving every request, plus the counts that are all the server keeps."""

    def __init__(self, settings: RunSettings) -> None:
        self.settings = settings
        self.engine = Engine(settings.engine)
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Build the pipeline and compile every rule now, so the first request is as fast as the rest."""
        with self._lock:
            self.engine.warm()

    def check(
        self, text: str | None, fmt: str | None = None, filename: str | None = None, document: bytes | None = None
    ) -> str:
        """The command line's JSON report (version 1) for ``text`` (or a Word ``document``), as ``check --format json`` prints it."""
        with self._lock:
            started = time.perf_counter()
            if document is not None:
                result = check_bytes(document, filename or UNNAMED_WORD, "docx", engine=self.engine, settings=self.settings)
            else:
                result = check_source(text or "", filename or UNNAMED, fmt, engine=self.engine, settings=self.settings)
            self._count("check", result.source or "", len(result.findings), started)
        return self._render(result)

    def fix(
        self,
        text: str,
        fmt: str | None = None,
        filename: str | None = None,
        *,
        unsafe: bool = False,
        choices: Sequence[Choice] | None = None,
        document: bytes | None = None,
    ) -> dict[str, Any]:
        """Apply every safe rewrite (every first one with ``unsafe``), or just ``choices``; report what remains.

        A Word ``document`` is rewritten in its runs (``held`` says which chosen
        rewrites could not be made there, and why); its new bytes come back
        base64-encoded in ``document``.
        """
        if document is not None:
            return self._fix_word(document, filename or UNNAMED_WORD, unsafe, choices)
        path = filename or UNNAMED
        with self._lock:
            started = time.perf_counter()
            if choices is None:
                outcome = fix_source(text, path, fmt, unsafe=unsafe, engine=self.engine, settings=self.settings)
            else:  # one pass: the chosen findings' offsets hold only in the text they were found in
                outcome = fix_source(
                    text, path, fmt, choose=chooser(choices), engine=self.engine, settings=self.settings, passes=1
                )
            result = check_source(outcome.text, path, fmt, engine=self.engine, settings=self.settings)
            self._count("fix", text, len(result.findings), started)
            self.counts["rewrites applied"] += len(outcome.applied)
        return {
            "text": outcome.text,
            "applied": len(outcome.applied),
            "held_back": outcome.held_back,
            "report": json.loads(self._render(result)),
        }

    def _fix_word(self, document: bytes, path: str, unsafe: bool, choices: Sequence[Choice] | None) -> dict[str, Any]:
        with self._lock:
            started = time.perf_counter()
            choose = None if choices is None else chooser(choices)
            passes = 4 if choices is None else 1
            fixed = fix_bytes(
                document, path, "docx", unsafe=unsafe, choose=choose, engine=self.engine, settings=self.settings, passes=passes
            )
            result = check_bytes(fixed.data, path, "docx", engine=self.engine, settings=self.settings)
            self._count("fix", fixed.before, len(result.findings), started)
            self.counts["rewrites applied"] += len(fixed.outcome.applied)
        return {
            "text": fixed.after,
            "document": base64.b64encode(fixed.data).decode("ascii"),
            "applied": len(fixed.outcome.applied),
            "held_back": fixed.outcome.held_back + len(fixed.outcome.held),
            "held": [
                {"rule": finding.rule, "offset": finding.start, "end_offset": finding.end, "reason": reason}
                for finding, reason in fixed.outcome.held
            ],
            "report": json.loads(self._render(result)),
        }

    def rule_list(self) -> list[dict[str, Any]]:
        """The rules this server runs, as ``langcheck rules --format json`` lists them, with what ``explain`` shows."""
        return [
            {
                "id": rule.id,
                "pack": rule.pack,
                "severity": str(self.engine.severity_of(rule)),
                "summary": rule.summary,
                "explanation": rule.explanation,
                "suggestions": [{"text": s.text, "safe": s.safe} for s in rule.suggestions],
                "sources": list(rule.sources),
                "flagged": list(rule.flag_examples),
                "not_flagged": list(rule.pass_examples),
            }
            for rule in sorted(self.engine.rules.values(), key=lambda rule: rule.id)
        ]

    def _render(self, result) -> str:  # type: ignore[no-untyped-def]
        return get_renderer("json")(Report((result,), self.engine.rules))

    def _count(self, action: str, text: str, findings: int, started: float) -> None:
        """Called under the lock, so the counts add up; the time is the work's, not the wait for the lock."""
        words = len(text.split())
        self.counts[f"{action} requests"] += 1
        self.counts["words"] += words
        self.counts["findings"] += findings
        LOG.info("%s: %d words, %d findings, %.0f ms", action, words, findings, (time.perf_counter() - started) * 1000)
