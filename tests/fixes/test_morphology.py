"""Number for rewrites: spaCy's morphology where a trained pipeline is present, the pack's own word lists otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from langcheck.api import EngineOptions, check_text
from langcheck.matching.pipeline import resolve_model

PACK = """\
schema: 1
pack: house
description: Number decides the rewrite.
{lexicon}rules:
  - id: tweakers
    severity: warning
    patterns: [[{{LOWER: {{IN: [tweaker, tweakers]}}}}]]
    message: '"{{text}}" is slang for a person who uses meth.'
    explanation: Slang that dehumanises people who use drugs.
    suggestions:
      - {{text: person who uses meth, number: singular}}
      - {{text: people who use meth, number: plural}}
    sources: [https://example.org/guide]
    examples:
      flag: [A tweaker was sleeping in the shelter.]
      pass: [A person who uses meth was sleeping in the shelter.]
"""
LEXICON = "lexicon:\n  singular: [tweaker]\n  plural: [tweakers]\n"


def _rewrites(tmp_path: Path, text: str, model: str, lexicon: str) -> list[str]:
    pack = tmp_path / f"house-{bool(lexicon)}.yaml"
    pack.write_text(PACK.format(lexicon=lexicon), encoding="utf-8")
    (finding,) = check_text(text, options=EngineOptions(model=model, packs=(str(pack),), builtin=False))
    return [s.text for s in finding.suggestions]


@pytest.mark.parametrize(("text", "expected"), [("Two tweakers slept there.", "people who use meth"),
                                                ("A tweaker slept there.", "person who uses meth")])
def test_the_packs_word_lists_give_the_number_without_a_trained_pipeline(tmp_path: Path, text: str, expected: str) -> None:
    assert _rewrites(tmp_path, text, "blank", LEXICON) == [expected]
    assert _rewrites(tmp_path, text, "blank", "") == []  # a word no list names: no guess


@pytest.mark.trained
@pytest.mark.skipif(resolve_model("auto") is None, reason="no trained English pipeline installed")
@pytest.mark.parametrize(("text", "expected"), [("Two tweakers slept there.", "people who use meth"),
                                                ("A tweaker slept there.", "person who uses meth")])
def test_spacys_morphology_gives_the_number_with_a_trained_pipeline(tmp_path: Path, text: str, expected: str) -> None:
    assert _rewrites(tmp_path, text, "auto", "") == [expected]  # no word lists needed
