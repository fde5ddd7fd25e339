"""Every suggestion proves itself in its pack: each ``fix`` example is flagged, offered that rewrite, and reads as written.

A fix example is a sentence before and after one suggestion is applied. The
test lints ``before``, fits the suggestion to each finding of its rule, and
checks that applying it gives ``after`` exactly, and that the finding offers
it (its conditions hold and no better-fitting rewrite pushes it out). It runs
with the blank pipeline, whose number comes from the packs' word lists, and
with a trained one, whose number comes from spaCy's morphology (``model`` is
parametrized in ``tests/conftest.py``).
"""

from __future__ import annotations

import functools

import pytest

from langcheck.api import check_text
from langcheck.core.models import Finding, FixExample
from langcheck.fixes.edits import replaced_range
from langcheck.matching.engine import Engine, EngineOptions
from langcheck.packs.ruleset import RuleSet

RULESET = RuleSet.load()
CASES = [
    pytest.param(rule.id, index, example, id=f"{rule.id}-{index}-{number}")
    for rule in RULESET.rules
    for index, template in enumerate(rule.suggestions)
    for number, example in enumerate(template.fix)
]


@functools.cache
def _engine(model: str, rule_id: str | None = None) -> Engine:
    """Every rule, opt-in ones too; or one rule on its own, so that no other rule's finding can hide it."""
    select = (rule_id,) if rule_id else tuple(rule.id for rule in RULESET.rules)
    return Engine(EngineOptions(model=model, select=select))


def findings_of(text: str, rule_id: str, model: str) -> list[Finding]:
    """The rule's findings in ``text``: with every rule running (one pipeline for all), or else with it alone."""
    found = [f for f in check_text(text, engine=_engine(model)) if f.rule == rule_id]
    return found or [f for f in check_text(text, engine=_engine(model, rule_id)) if f.rule == rule_id]


def rewritten_by(findings: list[Finding], text: str) -> list[str]:
    """Every sentence one offered suggestion of the findings turns ``text`` into."""
    out = []
    for finding in findings:
        for suggestion in finding.suggestions:
            start, end = replaced_range(finding, suggestion)
            out.append(text[:start] + suggestion.text + text[end:])
    return out


@pytest.mark.parametrize(("rule_id", "index", "example"), CASES)
def test_fix_example(model: str, rule_id: str, index: int, example: FixExample) -> None:
    rule = RULESET.find(rule_id)
    template = rule.suggestions[index]
    findings = findings_of(example.before, rule_id, model)
    assert findings, f"{rule_id} does not flag the fix example {example.before!r}"
    offered = rewritten_by(findings, example.before)
    assert example.after in offered, (
        f"{rule_id} suggestion {template.text!r}: {example.before!r} should become {example.after!r}; offered: {offered}"
    )


def test_every_suggestion_has_a_fix_example() -> None:
    missing = [f"{rule.id}: {t.text}" for rule in RULESET.rules for t in rule.suggestions if not t.fix]
    assert not missing, "suggestions without a fix example:\n" + "\n".join(missing)
