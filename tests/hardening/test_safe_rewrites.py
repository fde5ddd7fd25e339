"""Safe means safe: a rewrite marked safe fits every sentence its rule can match.

Sentences are generated from each rule's own patterns (every alternative
word, optional tokens present or not) put into the contexts of its examples
(the words around the span its flag and fix examples are flagged at). For
every safe rewrite offered, applying it through ``fix`` must change nothing
outside the characters it replaces, may reach beyond the flagged words only
over an article or the neighbours its pack declares, and must leave the
sentence agreeing in number (noun and verb form) and in article.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langcheck.api import check_text, fix_text
from langcheck.core.models import Finding, Rule, Suggestion
from langcheck.fixes.construction import Construction
from langcheck.fixes.edits import replaced_range
from langcheck.fixes.grammar import ARTICLES, article_for, capitalised, number_of
from langcheck.matching.engine import Engine, EngineOptions
from langcheck.matching.pipeline import resolve_model
from langcheck.packs.patterns import thaw_pattern
from langcheck.packs.ruleset import RuleSet

RULESET = RuleSet.load()
SAFE_RULES = [rule for rule in RULESET.rules if any(t.safe for t in rule.suggestions)]
FILLERS = ("very", "local", "young", "quiet", "many")
MODELS = [
    pytest.param("blank", 40, id="blank"),
    pytest.param(
        "auto",
        15,
        id="trained",
        marks=[
            pytest.mark.trained,
            pytest.mark.skipif(resolve_model("auto") is None, reason="no trained English pipeline installed"),
        ],
    ),
]
PLURAL_HEADS = frozenset({"people", "persons", "others", "deaths", "attempts"})
SINGULAR_HEADS = frozenset({"person", "attempt", "suicide", "use", "misuse"})


@cache
def engine(model: str, rule_id: str) -> Engine:
    return Engine(EngineOptions(model=model, select=(rule_id,)))


def _words(token: dict) -> list[str] | None:
    for key in ("LOWER", "ORTH", "TEXT"):
        value = token.get(key)
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict) and "IN" in value:
            return list(value["IN"])
    return None


@st.composite
def instance_of(draw: st.DrawFn, pattern: object) -> str:
    """Words a pattern matches: each token's alternatives, optional tokens present or not."""
    if isinstance(pattern, str):
        return pattern
    pieces: list[str] = []
    for token in thaw_pattern(pattern):
        op = token.get("OP")
        if op == "!":
            continue
        low, high = {"?": (0, 1), "*": (0, 1), "+": (1, 1)}.get(op, (1, 1))
        if op and op.startswith("{"):
            low, high = (int(n) for n in op.strip("{}").split(","))
            high = min(high, low + 1)
        for _ in range(draw(st.integers(low, high))):
            words = _words(token)
            if words is None:
                excluded = set(token.get("LOWER", {}).get("NOT_IN", ())) if isinstance(token.get("LOWER"), dict) else set()
                words = [w for w in FILLERS if w not in excluded] or list(FILLERS)
            pieces.append(draw(st.sampled_from(words)))
    return _joined(pieces)


def _joined(pieces: list[str]) -> str:
    out = ""
    for piece in pieces:
        glued = piece in ("-", "‑") or out.endswith(("-", "‑")) or piece[:1] in ("'", "’")
        out += piece if glued or not out else " " + piece
    return out


@cache
def contexts(model: str, rule_id: str) -> tuple[tuple[str, str], ...]:
    """(before, after) around the span each flag and fix example of the rule is flagged at."""
    rule = RULESET.find(rule_id)
    examples = [*rule.flag_examples, *(e.before for t in rule.suggestions for e in t.fix)]
    out = []
    for text in examples:
        found = [f for f in check_text(text, engine=engine(model, rule_id)) if f.rule == rule_id]
        if found:
            out.append((text[: found[0].start], text[found[0].end :]))
    return tuple(dict.fromkeys(out))


@pytest.mark.parametrize("rule", SAFE_RULES, ids=lambda r: r.id)
def test_every_safe_rule_has_contexts_to_generate_from(rule: Rule) -> None:
    assert len(contexts("blank", rule.id)) >= 2


@pytest.mark.parametrize(("model", "examples"), MODELS)
@pytest.mark.parametrize("rule", SAFE_RULES, ids=lambda r: r.id)
def test_safe_rewrites_fit_every_sentence_the_rule_matches(rule: Rule, model: str, examples: int) -> None:
    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def check(data: st.DataObject) -> None:
        before, after = data.draw(st.sampled_from(contexts(model, rule.id)))
        words = data.draw(instance_of(data.draw(st.sampled_from(rule.patterns))))
        if not before.strip():
            words = capitalised(words)
        text = before + words + after
        for finding in check_text(text, engine=engine(model, rule.id)):
            if finding.rule == rule.id:
                for suggestion in finding.suggestions:
                    if suggestion.safe:
                        _assert_fits(text, finding, suggestion, rule, model)

    check()


def _assert_fits(text: str, finding: Finding, suggestion: Suggestion, rule: Rule, model: str) -> None:
    start, end = replaced_range(finding, suggestion)
    fixed = fix_text(text, engine=engine(model, rule.id), choose=lambda f, _: suggestion if f == finding else None, passes=1)
    rewritten = text[:start] + suggestion.text + text[end:]
    where = f"{rule.id}: {text!r} -> {fixed.text!r}"
    # Only the replaced characters change, and they are whole words.
    assert fixed.text == rewritten, where
    assert not (start and text[start - 1].isalnum() and text[start].isalnum()), where
    assert not (end < len(text) and text[end - 1].isalnum() and text[end].isalnum()), where
    # Beyond the flagged words, a rewrite takes only an article or the neighbours its pack declares.
    for word in re.findall(r"[^\W_]+", text[start : finding.start] + " " + text[finding.end : end]):
        assert word.lower() in ARTICLES | _declared_neighbours(rule), f"{where}: took {word!r}"
    # Articles agree: inside the rewrite, and the one just before it.
    for article, word in re.findall(r"\b([Aa]n?)\s+([^\W_]+)", suggestion.text):
        assert article.lower() == article_for(word), f"{where}: {article} {word}"
    previous = re.search(r"\b([Aa]n?)\s+$", text[:start])
    if previous:
        assert previous.group(1).lower() == article_for(suggestion.text), f"{where}: article before the rewrite"
        assert _number_of_rewrite(suggestion.text) != "plural", f"{where}: an article before a plural"
    # Verb form: "commits" becomes "dies", "suffered from" becomes "had".
    old_form, new_form = _verb_form(text[start:end]), _verb_form(suggestion.text)
    if old_form and new_form:
        assert old_form == new_form, f"{where}: {old_form} verb replaced by {new_form}"
    # Number: what replaces a noun has the noun's number, so the verb after it still agrees.
    replaced = "" if old_form else _number_replaced(text, finding, rule)
    replacement = _number_of_rewrite(suggestion.text)
    if replaced and replacement:
        assert replaced == replacement, f"{where}: {replaced} replaced by {replacement}"


@cache
def _declared_neighbours(rule: Rule) -> frozenset[str]:
    return frozenset(
        word.lower()
        for t in rule.suggestions
        if t.safe and t.take
        for phrase in (*t.before, *t.after)
        for word in re.findall(r"[^\W_]+", phrase)
    )


def _number_replaced(text: str, finding: Finding, rule: Rule) -> str:
    """The number of the flagged noun, from the pack's word lists (a generic "the mentally ill" is plural)."""
    if re.match(r"the\s+\w+ly\s+ill$", finding.text, re.IGNORECASE):
        return "plural"
    return number_of(Construction(text, finding.start, finding.end).head(finding.start, finding.end), rule.lexicon)


def _number_of_rewrite(words: str) -> str:
    lower = [w.lower() for w in re.findall(r"[^\W_]+", words)]
    for word in lower:
        if word in PLURAL_HEADS:
            return "plural"
        if word in SINGULAR_HEADS:
            return "singular"
    return ""


_VERBS = {
    "third": ("commits", "comits", "committs", "completes", "suffers", "dies", "has", "attempts", "tries"),
    "past": ("committed", "commited", "comitted", "comited", "commmitted", "committted", "completed", "suffered",
             "died", "had", "attempted", "tried"),
    "gerund": ("committing", "commiting", "comitting", "completing", "suffering", "dying", "attempting", "trying"),
    "base": ("commit", "comit", "committ", "complete", "suffer", "die", "have", "attempt", "try"),
}


def _verb_form(words: str) -> str:
    first = next(iter(re.findall(r"[^\W_]+", words.lower())), "")
    return next((form for form, verbs in _VERBS.items() if first in verbs), "")
