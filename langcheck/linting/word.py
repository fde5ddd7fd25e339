"""Word documents: lint the text of their paragraphs, and put rewrites back into their runs.

A ``.docx`` is opened from its bytes (``langcheck.documents.word``), linted as
any other ``Document`` (each finding carries the paragraph it is in), and
fixed pass by pass as text is: plan the edits on the document's text, make
them in the runs, read the text again, until nothing changes. A rewrite the
runs cannot take safely is held back with its reason. Quotations are never
rewritten (``plan_edits`` leaves them alone).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from langcheck.core.models import Finding
from langcheck.documents import Document
from langcheck.documents.word import read_word
from langcheck.fixes.edits import MAX_PASSES, Chooser, Edit, FixOutcome, plan_edits


@dataclass(frozen=True)
class WordFix:
    """A fixed Word document: its bytes (the input's, untouched, when nothing changed) and its text before and after."""

    data: bytes
    before: str
    after: str
    outcome: FixOutcome


def word_document(data: bytes, name: str) -> Document:
    """The ``Document`` of a .docx; an ``InputError`` when it cannot be read."""
    return read_word(data, name).document()


def fix_word(
    data: bytes,
    name: str,
    lint: Callable[[Document], Sequence[Finding]],
    choose: Chooser,
    passes: int = MAX_PASSES,
) -> WordFix:
    """Rewrite the findings ``lint`` reports, in the runs, until another pass changes nothing."""
    word = read_word(data, name)
    before = word.text
    applied: list[Edit] = []
    held: list[tuple[Finding, str]] = []
    held_back = 0
    for _ in range(passes):
        findings = lint(word.document())
        edits, held_back = plan_edits(word.text, findings, choose, "docx")
        held = []
        made = 0
        for edit in sorted(edits, key=lambda edit: edit.start, reverse=True):
            reason = word.rewrite(edit.start, edit.end, edit.replacement)
            if reason is None:
                applied.append(edit)
                made += 1
            else:
                held.append((edit.finding, reason))
        if not made:
            break
        word.refresh()
    held.sort(key=lambda item: item[0].start)
    outcome = FixOutcome(word.text, tuple(applied), held_back, tuple(held))
    return WordFix(word.to_bytes(), before, word.text, outcome)

