"""The spaCy pipeline component: rule patterns in, context-checked spans out.

Registered as the ``langcheck`` factory so spaCy users can add it to their own
pipelines (``nlp.add_pipe("langcheck")``). Matches are written to
``doc.spans["langcheck"]`` with the rule id as the span label; the ``Rule`` of
a span is available as ``span._.langcheck_rule``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from langcheck.context.annotations import has, sentence_bounds
from langcheck.context.mention import is_mention
from langcheck.context.names import is_name
from langcheck.context.person import is_self_description
from langcheck.errors import PackError
from langcheck.models import Rule
from langcheck.rulepack import thaw_pattern
from langcheck.triggers import build_prefilter
from langcheck.yamlsource import line_of

SPANS_KEY = "langcheck"
_ALLOW_KEY = "allow"

if not Span.has_extension("langcheck_rule"):
    Span.set_extension("langcheck_rule", default=None)


@dataclass
class _Hits:
    """Everything the matchers found in one doc, grouped by what it is for."""

    rules: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    exceptions: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    unless: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    only: dict[str, list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    allowed: list[tuple[int, int]] = field(default_factory=list)


class LangcheckComponent:
    """Match every enabled rule, then keep only the matches their context supports."""

    def __init__(self, nlp: Language, rules: Sequence[Rule], allow: Sequence[str] = ()) -> None:
        self.rules = {rule.id: rule for rule in rules}
        self.prefilter = build_prefilter(rules)
        # One token Matcher per rule, run only when the doc holds that rule's trigger
        # words: spaCy's Matcher costs time per token for every pattern it holds.
        self.matchers: dict[str, Matcher] = {}
        self.narrow_matchers = True
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._kinds: dict[int, tuple[str, str]] = {}
        for rule in rules:
            self._add(nlp, f"r:{rule.id}", ("rule", rule.id), rule.patterns, rule)
            self._add(nlp, f"x:{rule.id}", ("exception", rule.id), rule.exceptions, rule)
            self._add(nlp, f"u:{rule.id}", ("unless", rule.id), rule.context.unless_near, rule)
            self._add(nlp, f"o:{rule.id}", ("only", rule.id), rule.context.only_near, rule)
        self._add(nlp, _ALLOW_KEY, ("allow", ""), tuple(allow), None)

    def _add(self, nlp: Language, key: str, kind: tuple[str, str], patterns: Iterable[object], rule: Rule | None) -> None:
        phrases = [p for p in patterns if isinstance(p, str)]
        tokens = [thaw_pattern(p) for p in patterns if not isinstance(p, str)]
        if not phrases and not tokens:
            return
        key_id = nlp.vocab.strings.add(key)
        self._kinds[key_id] = kind
        if phrases:
            self.phrases.add(key, list(nlp.tokenizer.pipe(phrases)))
        if tokens:
            owner = rule.id if rule else ""
            matcher = self.matchers.setdefault(owner, Matcher(nlp.vocab, validate=True))
            try:
                matcher.add(key, tokens)
            except (ValueError, KeyError) as exc:
                origin = rule.origin if rule else "<config>"
                line = line_of(_read(origin), ["rules"]) if rule else None
                rule_id = rule.id if rule else "allow"
                message = str(exc).splitlines()[0]
                raise PackError(origin, f"rule {rule_id!r} has an invalid token pattern: {message}", line) from None

    def __call__(self, doc: Doc) -> Doc:
        hits = self._collect(doc)
        spans: list[Span] = []
        for rule_id, ranges in hits.rules.items():
            rule = self.rules[rule_id]
            kept = [(start, end) for start, end in set(ranges) if self._keep(doc, rule, start, end, hits)]
            spans.extend(Span(doc, start, end, label=rule_id) for start, end in _longest_first(kept))
        kept = _resolve_overlaps(spans, self.rules)
        for span in kept:
            span._.langcheck_rule = self.rules[span.label_]
        doc.spans[SPANS_KEY] = kept
        return doc

    def _collect(self, doc: Doc) -> _Hits:
        hits = _Hits()
        targets = {"rule": hits.rules, "exception": hits.exceptions, "unless": hits.unless, "only": hits.only}
        matches = list(self.phrases(doc))
        if not self.narrow_matchers:
            for matcher in self.matchers.values():
                matches += matcher(doc)
        else:
            # Rules and their context never reach across a sentence, so each rule's matcher
            # only runs on the sentences that hold its trigger words.
            for sentence in doc.sents if has(doc, "SENT_START") else [doc[:]]:
                for rule_id in self.prefilter.candidate_rules(sentence.text) | {""}:
                    matcher = self.matchers.get(rule_id)
                    if matcher is not None:
                        matches += [(key, sentence.start + s, sentence.start + e) for key, s, e in matcher(sentence)]
        for match_id, start, end in matches:
            kind, rule_id = self._kinds[match_id]
            if kind == "allow":
                hits.allowed.append((start, end))
            else:
                targets[kind][rule_id].append((start, end))
        return hits

    def _keep(self, doc: Doc, rule: Rule, start: int, end: int, hits: _Hits) -> bool:
        if _overlaps_any(start, end, hits.exceptions.get(rule.id, ())) or _overlaps_any(start, end, hits.allowed):
            return False
        context = rule.context
        if context.skip_mentions and is_mention(doc, start, end):
            return False
        if context.skip_names and is_name(doc, start, end):
            return False
        if context.unless_near and _near(doc, start, end, hits.unless.get(rule.id, ()), context.window):
            return False
        if context.only_near and not _near(doc, start, end, hits.only.get(rule.id, ()), context.window):
            return False
        if context.skip_first_person and is_self_description(doc, start, end):
            return False
        return _pos_allows(doc, start, end, context.pos)


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8-sig") as handle:
            return handle.read()
    except OSError:
        return ""


def _longest_first(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Optional pattern tokens yield nested matches; keep the longest of each nest.

    Runs after the context checks, so a long match that its context cancels
    does not take a shorter, valid match inside it down with it.
    """
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(ranges), key=lambda r: (r[0] - r[1], r[0])):
        if not any(s <= start and end <= e for s, e in kept):
            kept.append((start, end))
    return kept


def _overlaps_any(start: int, end: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in ranges)


def _near(doc: Doc, start: int, end: int, cues: Iterable[tuple[int, int]], window: int) -> bool:
    """A cue in the same sentence, at most ``window`` tokens away from the match."""
    sentence_start, sentence_end = sentence_bounds(doc, start)
    for cue_start, cue_end in cues:
        if cue_start < sentence_start or cue_end > sentence_end:
            continue
        gap = max(cue_start - end, start - cue_end, 0)
        if gap <= window:
            return True
    return False


def _pos_allows(doc: Doc, start: int, end: int, pos: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """Part-of-speech constraints only apply when a trained tagger has set tags."""
    if not pos or not has(doc, "TAG"):
        return True
    wanted = dict(pos)
    return all(token.pos_ in wanted[token.lower_] for token in doc[start:end] if token.lower_ in wanted)


def _resolve_overlaps(spans: list[Span], rules: dict[str, Rule]) -> list[Span]:
    """Within a pack, overlapping matches are one problem: keep the longest (then the earliest)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.label_)):
        pack = rules[span.label_].pack
        clash = any(
            rules[other.label_].pack == pack and other.start < span.end and span.start < other.end for other in kept
        )
        if not clash:
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start, s.end, s.label_))


@Language.factory(
    "langcheck",
    assigns=["doc.spans"],
    default_config={"packs": [], "builtin": True, "select": [], "ignore": [], "profiles": [], "allow": []},
)
def make_langcheck(
    nlp: Language,
    name: str,
    packs: list[str],
    builtin: bool,
    select: list[str],
    ignore: list[str],
    profiles: list[str],
    allow: list[str],
) -> LangcheckComponent:
    """Build the component from pack paths and selections (all JSON-serialisable config)."""
    from langcheck.ruleset import RuleSet

    ruleset = RuleSet.load(extra_packs=packs, builtin=builtin)
    enabled = ruleset.enabled(select=select, ignore=ignore, profiles=profiles)
    return LangcheckComponent(nlp, enabled, allow)
