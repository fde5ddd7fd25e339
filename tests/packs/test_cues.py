from __future__ import annotations

import pytest

from langcheck.packs.cues import regular_plural, with_plurals
from langcheck.packs.loader import load_pack


@pytest.mark.parametrize(
    ("word", "plural"),
    [("exam", "exams"), ("crash", "crashes"), ("box", "boxes"), ("party", "parties"), ("day", "days")],
)
def test_regular_plural(word: str, plural: str) -> None:
    assert regular_plural(word) == plural


def test_one_word_cues_also_count_in_the_plural() -> None:
    pattern = [{"LOWER": "exam"}]
    assert with_plurals(["haircut", "group project", "Monday", pattern, "o.c.d", "haircuts", "glasses"]) == [
        "haircut",
        "haircuts",
        "group project",
        "Monday",
        pattern,
        "o.c.d",
        "glasses",
    ]


def test_the_loader_reads_cues_with_their_plurals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        """schema: 1
pack: demo
description: demo pack
rules:
  - id: exam-trauma
    severity: warning
    patterns: [[{LOWER: traumatized}]]
    context:
      only_near: [exam, group project]
      unless_near: [accident]
    message: '"{text}" is trivia.'
    explanation: A test rule.
    suggestions: [upset]
    sources: [https://example.org]
    examples:
      flag: [I was traumatized by the exams.]
      pass: [I was traumatized by the accidents.]
""",
        encoding="utf-8",
    )
    (rule,) = load_pack(str(pack))
    assert "exams" in rule.context.only_near and "group project" in rule.context.only_near
    assert "accidents" in rule.context.unless_near
