"""Baselines: record today's findings so CI fails only on new ones.

A project adopting langcheck usually has findings it cannot fix at once. A
baseline file lists them by *fingerprint*, and ``check --baseline`` hides a
finding whose fingerprint is listed (as many times as it is listed), so the
gate fails only on what a change introduces.

Fingerprints must survive edits that do not touch a finding, so they never
use line numbers or offsets: they hash the file's relative path, the rule id,
the matched text and the finding's context (``Finding.context``: the prose of
the finding's own block as the parser read it, down to the sentence in a
paragraph; both case-folded, whitespace collapsed, so re-wrapping a paragraph
changes nothing), plus an occurrence index that tells identical findings in
one file apart. Because the context comes from the parsed document, an edit
outside the finding's block (a paragraph added after the front matter, the
next list item, the cell beside it) never changes it. SARIF and GitLab output
reuse the same fingerprints, so code-scanning tools track findings the same
way.

Version 1 of the recipe read the context from the raw source up to the next
full stop, so it could run from a front-matter title across the ``---`` into
the next paragraph. Baselines recorded with it (file version 1) are still
read, and matched with that recipe; ``check`` says how to re-record them.

Everything here is pure (fingerprints, the file format, filtering results) and
imports nothing heavy: reporters use it. Recording a baseline runs the linter,
so that is the command line's job (``langcheck.cli.baseline``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from langcheck.core.errors import LangcheckError
from langcheck.core.models import FileResult, Finding

BASELINE_VERSION = 2
READABLE_VERSIONS = (1, 2)
DEFAULT_BASELINE = ".langcheck-baseline.json"
FINGERPRINT_KEY = "langcheck/v2"
"""Name of the fingerprint in SARIF ``partialFingerprints``, and part of what is hashed; bump it if the recipe changes."""
LEGACY_FINGERPRINT_KEY = "langcheck/v1"

_LEGACY_CONTEXT_LIMIT = 240
# Version 1: a sentence ended at . ! ? (followed by space), a blank line, or a line that starts a new
# Markdown block (list item, quote, heading, table row), read from the raw source.
_LEGACY_BOUNDARY = re.compile(r"[.!?…。](?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+>#|]|\d+[.)])[ \t])")
_SPACE = re.compile(r"\s+")
_NOT_PATH = ("-", "<stdin>")


class BaselineError(LangcheckError):
    """A baseline file that cannot be read or is not a langcheck baseline."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: invalid baseline: {message}")


@dataclass(frozen=True, order=True)
class BaselineEntry:
    """One recorded finding. Field order is the sort order of the file."""

    path: str
    rule: str
    text: str
    fingerprint: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "rule": self.rule, "fingerprint": self.fingerprint, "text": self.text}


def normalise(text: str) -> str:
    """Compatibility-normalised, case-folded, whitespace collapsed: what an edit must change to matter."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def relative_path(display: str, root: str | Path | None = None) -> str:
    """``display`` as a POSIX path relative to ``root`` (default: the working directory).

    Reporters receive paths as the user typed them; tools that consume
    reports (and baselines shared by a team) need one spelling per file.
    """
    if display in _NOT_PATH or (display.startswith("<") and display.endswith(">")):
        return display
    base = os.path.abspath(root if root is not None else os.getcwd())
    target = os.path.abspath(display)
    try:
        relative = os.path.relpath(target, base)
    except ValueError:  # another drive on Windows: no relative form exists
        relative = target
    return Path(relative).as_posix()


def fingerprint(path: str, rule: str, text: str, context: str, occurrence: int = 0, key: str = FINGERPRINT_KEY) -> str:
    """sha256 of what identifies a finding independently of where the file puts it."""
    payload = "\0".join((key, path, rule, normalise(text), normalise(context), str(occurrence)))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def fingerprints(path: str, findings: Sequence[Finding], source: str | None = None, version: int = BASELINE_VERSION) -> list[str]:
    """Fingerprints of one file's findings, in order; duplicates get occurrence 0, 1, 2...

    A finding without a context (one built by hand) is identified by its
    matched text alone, which is still stable, just less specific. ``source``
    is only read by the version 1 recipe.
    """
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for finding in findings:
        if version == 1:
            context = _legacy_context(source, finding.start, finding.end) if source is not None else finding.text
            key = LEGACY_FINGERPRINT_KEY
        else:
            context, key = finding.context or finding.text, FINGERPRINT_KEY
        identity = (finding.rule, normalise(finding.text), normalise(context))
        out.append(fingerprint(path, finding.rule, finding.text, context, seen[identity], key))
        seen[identity] += 1
    return out


def _legacy_context(source: str, start: int, end: int) -> str:
    """Version 1's context: from the raw source, up to the nearest sentence end, blank line or block start."""
    before = source[max(0, start - _LEGACY_CONTEXT_LIMIT) : start]
    boundaries = list(_LEGACY_BOUNDARY.finditer(before))
    left = start - len(before) + (boundaries[-1].end() if boundaries else 0)
    after = source[end : end + _LEGACY_CONTEXT_LIMIT]
    boundary = _LEGACY_BOUNDARY.search(after)
    right = end + (boundary.start() + 1 if boundary else len(after))
    return source[left:right].strip()


def entries(results: Iterable[FileResult], root: str | Path | None = None) -> list[BaselineEntry]:
    """Baseline entries for lint results, sorted so that the file is stable between runs."""
    out = []
    for result in results:
        path = relative_path(result.path, root)
        for finding, mark in zip(result.findings, fingerprints(path, result.findings, result.source), strict=True):
            out.append(BaselineEntry(path, finding.rule, " ".join(finding.text.split()), mark))
    return sorted(out)


def dumps(items: Sequence[BaselineEntry]) -> str:
    data = {"version": BASELINE_VERSION, "findings": [entry.to_dict() for entry in sorted(items)]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Baseline:
    """A baseline file's fingerprints, each with how many times it is recorded, and the recipe that made them."""

    counts: Counter[str] = field(default_factory=Counter)
    version: int = BASELINE_VERSION

    @property
    def outdated(self) -> bool:
        return self.version < BASELINE_VERSION


def load(path: str | Path) -> Baseline:
    """The fingerprints in a baseline file (version 1 or 2)."""
    name = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise BaselineError(name, "file not found (create it with 'langcheck baseline')") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(name, f"cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(name, f"not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("version") not in READABLE_VERSIONS:
        found = data.get("version") if isinstance(data, dict) else None
        raise BaselineError(
            name,
            f'expected an object with "version": {BASELINE_VERSION} (or 1), found {found!r}; '
            "a newer langcheck may have written it",
        )
    items = data.get("findings")
    if not isinstance(items, list) or not all(
        isinstance(i, dict) and isinstance(i.get("fingerprint"), str) for i in items
    ):
        raise BaselineError(name, 'expected "findings": a list of objects with a "fingerprint"')
    return Baseline(Counter(item["fingerprint"] for item in items), int(data["version"]))


def upgrade_hint(baseline_path: str) -> str:
    """What ``check`` says about a version 1 baseline: it still works, and how to re-record it."""
    return (
        f"langcheck: {baseline_path} was recorded with version 1 fingerprints, which an edit next to a finding "
        f"(outside its block) can invalidate; re-record it with 'langcheck baseline PATHS -o {baseline_path}' "
        "(it is still read as it is)"
    )


def root_of(baseline_path: str | Path) -> Path:
    """Paths in a baseline are relative to its folder, so it works from any working directory."""
    return Path(os.path.abspath(baseline_path)).parent


def filter_results(
    results: Sequence[FileResult], known: Baseline | Counter[str], root: str | Path
) -> tuple[list[FileResult], int]:
    """Drop findings recorded in ``known`` (each recorded fingerprint hides one finding).

    Returns the remaining results and how many findings were hidden.
    """
    baseline = known if isinstance(known, Baseline) else Baseline(known)
    budget = Counter(baseline.counts)
    hidden = 0
    out = []
    for result in results:
        path = relative_path(result.path, root)
        marks = fingerprints(path, result.findings, result.source, baseline.version)
        kept = []
        for finding, mark in zip(result.findings, marks, strict=True):
            if budget[mark] > 0:
                budget[mark] -= 1
                hidden += 1
            else:
                kept.append(finding)
        out.append(replace(result, findings=tuple(kept)) if len(kept) != len(result.findings) else result)
    return out, hidden


def apply_baseline(results: Sequence[FileResult], baseline_path: str) -> tuple[list[FileResult], int, Baseline]:
    """``check --baseline``: the results minus the findings the baseline file records, and the baseline read."""
    baseline = load(baseline_path)
    remaining, hidden = filter_results(results, baseline, root_of(baseline_path))
    return remaining, hidden, baseline
