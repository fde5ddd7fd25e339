"""Every rule's own examples: each ``flag`` example must be flagged by that rule, each ``pass`` example not."""

from __future__ import annotations

import pytest

from langcheck.matching.engine import Engine, EngineOptions
from langcheck.matching.pipeline import resolve_model
from langcheck.packs.ruleset import RuleSet

RULESET = RuleSet.load()
# Every example must hold with the default blank pipeline and, when one is installed, a trained one.
MODELS = ["blank"] + (["auto"] if resolve_model("auto") else [])
CASES = [
    pytest.param(model, rule.id, text, expected, id=f"{model}-{rule.id}-{kind}{i}")
    for model in MODELS
    for rule in RULESET.rules
    for kind, expected, examples in (("flag", True, rule.flag_examples), ("pass", False, rule.pass_examples))
    for i, text in enumerate(examples)
]


@pytest.fixture(scope="module")
def engines() -> dict[str, Engine]:
    return {}


def _engine_for(model: str, rule_id: str, engines: dict[str, Engine]) -> Engine:
    """Opt-in rules are tested with themselves selected; the others with the default selection."""
    rule = RULESET.find(rule_id)
    key = f"{model}:default" if rule.enabled else f"{model}:{rule.id}"
    if key not in engines:
        select = () if rule.enabled else (rule.id,)
        engines[key] = Engine(EngineOptions(model=model, select=select))
    return engines[key]


@pytest.mark.parametrize(("model", "rule_id", "text", "expected"), CASES)
def test_rule_example(model: str, rule_id: str, text: str, expected: bool, engines: dict[str, Engine]) -> None:
    matches = _engine_for(model, rule_id, engines).match_texts([text])[0]
    flagged = [m for m in matches if m[0] == rule_id]
    assert bool(flagged) == expected, f"{rule_id} {'missed' if expected else 'wrongly flagged'}: {text!r} -> {matches}"


def test_every_rule_has_both_kinds_of_example() -> None:
    for rule in RULESET.rules:
        assert rule.flag_examples and rule.pass_examples, rule.id


def test_every_rule_cites_a_source() -> None:
    for rule in RULESET.rules:
        assert rule.sources and all(s.startswith(("http://", "https://")) for s in rule.sources), rule.id


def test_shipped_packs_are_the_seven_documented() -> None:
    assert set(RULESET.packs) == {
        "casual-diagnosis",
        "dismissive",
        "trivialized-trauma",
        "identity-first",
        "deficit-framing",
        "suicide",
        "substance-use",
    }
