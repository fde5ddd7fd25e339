"""The fixed, hand-built report behind the golden files (no spaCy, no rule packs).

It covers what reporters must get right: several severities, a safe and an
unsafe rewrite, a rewrite of a construction narrower than the flagged words,
a span that is not verbatim (no fix offered), identical
findings in one sentence, a finding inside a quotation, a finding from a rule outside the packs, a path
with a space, non-ASCII text, characters GitHub needs escaped, an unreadable
file and a skipped one; and for the text report's window, a line far wider
than the report with findings at its start, middle and end, wide East Asian
characters, combining marks, tabs and a control character before a span.

After an intended output change, regenerate the golden files and review the diff:

    python tests/reports/golden_report.py
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from langcheck.core.models import Finding, FixExample, Rule, Severity, Suggestion, SuggestionTemplate
from langcheck.core.positions import LineIndex
from langcheck.reports.base import FileResult, Report

GOLDEN = Path(__file__).parent / "golden"
EXTENSIONS = {"text": "txt", "json": "json", "sarif": "sarif", "github": "github", "gitlab": "gitlab", "rdjson": "rdjson"}
VERSION = "9.9.9"
INFORMATION_URI = "https://example.org/langcheck"

GUIDE = (
    "# Guide: café notes\n"
    "\n"
    "He committed suicide in 2019, his sister said.\n"
    "The café was crazy, really crazy: 100% full.\n"
    "Some people are\n"
    "schizophrenic, she wrote.\n"
    "It drives me crazy.\n"
)
NOTES = "We met an addict.\n"
LINES = (
    "So crazy: "
    + "the plan was fine and " * 6
    + "then it went crazy in the middle of "
    + "a very long line that goes on " * 6
    + "until the end was crazy\n"
    + "漢字の説明 漢字の説明 漢字の説明 漢字の説明 漢字の説明 漢字の説明 漢字の説明 漢字の説明 it was crazy 漢字の説明 漢字の説明\n"
    + "Cafe\u0301 and re\u0301sume\u0301 and cafe\u0301 again, and the cafe\u0301 was crazy, said the cafe\u0301 owner\n"
    + "\tIndented\twith\ttabs, the day was crazy.\n"
    + "A stray escape \x1b[2J here, and the week was crazy.\n"
)

COMMITTED = Rule(
    id="suicide/committed-suicide",
    pack="suicide",
    severity=Severity.WARNING,
    message='"{text}" frames suicide as a crime or sin.',
    explanation='"Commit" comes from the time when suicide was a crime or a sin. Say "died by suicide".',
    sources=("https://reportingonsuicide.org/",),
    patterns=(),
    suggestions=(SuggestionTemplate("died by suicide", safe=True), SuggestionTemplate("took their own life")),
)
CRAZY = Rule(
    id="casual/crazy",
    pack="casual",
    severity=Severity.INFO,
    message='"{text}" uses a mental-health word for "chaotic".',
    explanation="Using illness words for everyday chaos trivialises them. Pick the precise word.",
    sources=(),
    patterns=(),
    suggestions=(SuggestionTemplate("chaotic"), SuggestionTemplate("hectic")),
)
DIAGNOSIS = Rule(
    id="identity/diagnosis-as-identity",
    pack="identity",
    severity=Severity.ERROR,
    message='"{text}" reduces a person to a diagnosis.',
    explanation="Calling someone by their diagnosis reduces them to it. Use person-first wording.",
    sources=("https://example.org/style/person-first", "https://example.org/style/other"),
    patterns=(),
    suggestions=(SuggestionTemplate("have schizophrenia", safe=True),),
)
IDIOM = Rule(
    id="casual/drives-me-crazy",
    pack="casual",
    severity=Severity.INFO,
    message='"{text}" is an idiom built on mental illness.',
    explanation="Idioms of madness for annoyance keep the stigma in everyday speech. Say what you mean.",
    sources=(),
    patterns=(),
    suggestions=(
        SuggestionTemplate(
            "up the wall",
            safe=True,
            replace=("crazy",),
            fix=(FixExample("It drives me crazy.", "It drives me up the wall."),),
        ),
    ),
)


def _finding(
    source: str, rule: Rule, text: str, nth: int = 0, severity: Severity | None = None, replaces: str | None = None
) -> Finding:
    """A finding of ``rule`` at the ``nth`` ``text``; its rewrites replace the flagged words, or the word ``replaces``."""
    start = -1
    for _ in range(nth + 1):
        start = source.index(text, start + 1)
    end = start + len(text)
    index = LineIndex(source)
    line, column = index.line_col(start)
    end_line, end_column = index.line_col(end)
    return Finding(
        rule=rule.id,
        pack=rule.pack,
        severity=severity or rule.severity,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=text,
        message=rule.message.replace("{text}", " ".join(text.split())),
        suggestions=tuple(_placed(source, t, start, end, replaces) for t in rule.suggestions),
        explanation=rule.explanation,
        sources=rule.sources,
    )


def _placed(source: str, template: SuggestionTemplate, start: int, end: int, replaces: str | None) -> Suggestion:
    if replaces is not None:
        start = source.index(replaces, start)
        end = start + len(replaces)
    return Suggestion(template.text, template.safe, start, end, source[start:end])


def build_report() -> Report:
    unused = replace(
        _finding(NOTES, CRAZY, "We met an addict."),
        rule="langcheck/unused-suppression",
        pack="langcheck",
        severity=Severity.INFO,
        message="suppression (disable: casual/crazy) silenced nothing, 100%",
        suggestions=(),
        explanation="A suppression comment that silences nothing hides future problems. Remove it.",
        sources=(),
    )
    guide = (
        _finding(GUIDE, COMMITTED, "committed suicide"),
        _finding(GUIDE, CRAZY, "crazy", 0),
        _finding(GUIDE, CRAZY, "crazy", 1),
        # Spans a line break and, in the real source, markup: no automatic fix. Quoted from a source
        # ("she wrote"), reported under the "flag" policy: marked, at the rule's own severity.
        replace(_finding(GUIDE, DIAGNOSIS, "are\nschizophrenic"), verbatim=False, quotation=True),
        _finding(GUIDE, IDIOM, "drives me crazy", replaces="crazy"),
    )
    lines = tuple(_finding(LINES, CRAZY, "crazy", nth) for nth in range(7))
    files = (
        FileResult("docs/guide notes.md", guide, source=GUIDE),
        FileResult("docs/lines.txt", lines, source=LINES),
        FileResult("notes.txt", (unused,), source=NOTES),
        FileResult("broken.txt", error="cannot decode as UTF-8: invalid start byte at offset 3"),
        FileResult("logo.png", notice="binary file skipped"),
    )
    rules = {rule.id: rule for rule in (COMMITTED, CRAZY, DIAGNOSIS, IDIOM)}
    return Report(files, rules, color=False, fail_on=Severity.WARNING)


def render(name: str) -> str:
    """Render with the version and home page pinned, so releases do not churn the golden files."""
    from langcheck.reports import get_renderer, sarif

    saved = sarif.__version__, sarif.INFORMATION_URI
    sarif.__version__, sarif.INFORMATION_URI = VERSION, INFORMATION_URI
    try:
        return get_renderer(name)(build_report())
    finally:
        sarif.__version__, sarif.INFORMATION_URI = saved


def golden_path(name: str) -> Path:
    return GOLDEN / f"report.{EXTENSIONS[name]}"


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name in EXTENSIONS:
        golden_path(name).write_text(render(name), encoding="utf-8", newline="\n")
        print(f"wrote {golden_path(name)}")


if __name__ == "__main__":
    main()
