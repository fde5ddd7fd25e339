"""The spaCy pipeline component: rule patterns in, context-checked spans out.

Registered as the ``langcheck`` factory so spaCy users can add it to their own
pipelines (``nlp.add_pipe("langcheck")``). Matches are written to
``doc.spans["langcheck"]`` with the rule id as the span label; the ``Rule`` of
a span is available as ``span._.langcheck_rule``.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from langcheck.context.annotations import (
    cached,
    doc_text,
    has,
    lower_ids,
    lower_words,
    sentence_bounds,
    sentence_locator,
    sentence_text,
    token_offsets,
)
from langcheck.context.discourse import SenseKey, SenseWords, given_way
from langcheck.context.history import dates_itself, is_refuge, opens_on_the_present
from langcheck.context.legislation import reads_as_legislation
from langcheck.context.mention import is_mention, is_negated_claim, is_news_of_a_word
from langcheck.context.names import cites_a_work, is_handle, is_name
from langcheck.context.person import is_self_description
from langcheck.context.reading import fills_a_noun_slot, is_noun_reading
from langcheck.core.errors import PackError
from langcheck.core.models import Rule
from langcheck.core.yamlsource import line_of
from langcheck.matching.literal_patterns import literal_sequences
from langcheck.matching.prefilter import Prefilter, build_prefilter
from langcheck.matching.windows import Reach, may_hold_match, pattern_length, token_needs, widest, windows
from langcheck.packs.patterns import COMMON_WORDS, pattern_triggers, thaw_pattern

SPANS_KEY = "langcheck"
# ``doc.user_data`` key of a flag the engine sets when it weighs the senses of words over every piece
# of a document itself (see context.discourse).
DOCUMENT_MANAGED = ("langcheck", "document-managed")
# Token attributes that only a pipeline component sets: a bare tokenized doc has none of them.
_ANNOTATION_KEYS = frozenset({"POS", "TAG", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID", "IS_SENT_START", "SENT_START"})
_ALLOW_KEY = "allow"

if not Span.has_extension("langcheck_rule"):
    Span.set_extension("langcheck_rule", default=None)
# ``doc.user_data`` key of the notes on kept spans that only the whole document can settle (see ``SpanNote``).
SPAN_NOTES = ("langcheck", "span-notes")


@dataclass(frozen=True, slots=True)
class SpanNote:
    """What the document decides about a kept span: the key under which it may give way to another sense
    (``document_sense``), and whether it waits for an antecedent cue earlier in the document (``antecedent``)."""

    sense: SenseKey | None
    waiting: bool


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

    def __init__(
        self, nlp: Language, rules: Sequence[Rule], allow: Sequence[str] = (), literal_phrases: bool = True
    ) -> None:
        self.literal_phrases = literal_phrases
        self.rules = {rule.id: rule for rule in rules}
        # spaCy's Matcher costs time per token for every pattern it holds, so token patterns
        # are split: a rule's own patterns run only on sentences holding its trigger words,
        # its exceptions and cues only where the rule matched, and exceptions that a whole
        # pack shares run once per sentence for the pack instead of once per rule.
        self.matchers: dict[str, Matcher] = {}
        self.context_matchers: dict[str, Matcher] = {}
        self.shared_matchers: dict[str, Matcher] = {}
        self.narrow_matchers = True
        # How far from a rule match (or, for rule patterns, a trigger token) each Matcher's patterns can reach.
        self._reach: dict[int, Reach] = {}
        # What each Matcher's patterns need in a stretch of tokens to match there (None: nothing to test).
        self._needs: dict[int, list[tuple[frozenset[int], ...]] | None] = {}
        self._trigger_ids: dict[str, frozenset[int] | None] = {}
        self._needs_annotation: set[str] = set()  # rules whose patterns read tags, sentences or entities
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._kinds: dict[int, tuple[str, tuple[str, ...]]] = {}  # matcher key -> (what, rule ids)
        # Every matcher key that concerns a rule (its patterns, exceptions, cues), and the allow-list's.
        self._keys_of_rule: dict[str, set[int]] = defaultdict(set)
        self._allow_keys: set[int] = set()
        # Rules are compiled into the matchers when a doc first needs them (see ``_compile``).
        self._nlp = nlp
        self._shared = _shared_exceptions(rules)
        self._compiled: set[str] = set()
        self._compiled_packs: set[str] = set()
        self._trigger_words: dict[str, frozenset[str]] = {}
        self._antecedent_cues: dict[str, re.Pattern[str]] = {}
        self._add(nlp, _ALLOW_KEY, "allow", (), tuple(allow), self.shared_matchers, None, "")

    @functools.cached_property
    def prefilter(self) -> Prefilter:
        """The pre-pass, for docs that did not come through it (the engine hands each doc its answer)."""
        return build_prefilter(self.rules.values())

    def compile_all(self) -> None:
        """Compile every rule now (before forking workers, or to check that all patterns are valid)."""
        self._compile(self.rules)

    def _compile(self, rule_ids: Iterable[str]) -> None:
        """Add these rules' patterns, exceptions and cues (and their packs' shared exceptions) to the matchers.

        Turning patterns into matcher entries (tokenizing phrases, spelling out
        literal patterns) is most of the cost of building the pipeline, and a
        small file needs a handful of rules. A rule can only match where the
        pre-pass names it as a candidate, so compiling the candidates of each
        doc before matching gives the same results as compiling everything up
        front.
        """
        nlp = self._nlp
        for rule_id in sorted(set(rule_ids) - self._compiled):
            rule = self.rules[rule_id]
            own = tuple(p for p in rule.exceptions if isinstance(p, str) or (rule.pack, p) not in self._shared)
            mine = (rule.id,)
            self._add(nlp, f"r:{rule.id}", "rule", mine, rule.patterns, self.matchers, rule)
            self._add(nlp, f"x:{rule.id}", "exception", mine, own, self.context_matchers, rule)
            self._add(nlp, f"u:{rule.id}", "unless", mine, rule.context.unless_near, self.context_matchers, rule)
            self._add(nlp, f"o:{rule.id}", "only", mine, rule.context.only_near, self.context_matchers, rule)
            self._compiled.add(rule_id)
            if rule.pack not in self._compiled_packs:
                self._compile_shared(rule.pack)

    def _compile_shared(self, pack: str) -> None:
        """Exceptions that several rules of ``pack`` share, in one Matcher for the pack."""
        self._compiled_packs.add(pack)
        shared = [(pattern, owners) for (owner_pack, pattern), owners in self._shared.items() if owner_pack == pack]
        for index, (pattern, owners) in enumerate(shared):
            first = self.rules[owners[0]]
            self._add(self._nlp, f"xs:{pack}:{index}", "exception", owners, (pattern,), self.shared_matchers, first, pack)

    def _add(
        self,
        nlp: Language,
        key: str,
        what: str,
        rule_ids: tuple[str, ...],
        patterns: Iterable[object],
        matchers: dict[str, Matcher],
        rule: Rule | None,
        owner: str | None = None,
    ) -> None:
        """Register patterns under ``key``: phrases in the shared PhraseMatcher, token patterns in ``matchers[owner]``."""
        phrases = [p for p in patterns if isinstance(p, str)]
        tokens: list[list[dict[str, object]]] = []
        literal: list[tuple[str, ...]] = []
        for pattern in patterns:
            if not isinstance(pattern, str):
                thawed = thaw_pattern(pattern)
                sequences = literal_sequences(thawed) if self.literal_phrases else None
                if sequences is None:
                    tokens.append(thawed)
                else:
                    literal += sequences
        if not phrases and not tokens and not literal:
            return
        owner = rule.id if owner is None and rule is not None else owner or ""
        key_id = nlp.vocab.strings.add(key)
        self._kinds[key_id] = (what, rule_ids)
        if what == "allow":
            self._allow_keys.add(key_id)
        for rule_id in rule_ids:
            self._keys_of_rule[rule_id].add(key_id)
        if phrases or literal:
            docs = [*nlp.tokenizer.pipe(phrases), *(Doc(nlp.vocab, words=list(words)) for words in literal)]
            self.phrases.add(key, docs)
        if tokens:
            matcher = matchers.setdefault(owner, Matcher(nlp.vocab, validate=True))
            reach = _reach(what, tokens, rule)
            self._reach[id(matcher)] = widest([self._reach.get(id(matcher), 0), reach])
            self._note_needs(nlp, matcher, tokens)
            if what == "rule":
                self._trigger_ids[owner] = _trigger_ids(nlp, tokens)
                if any(key in _ANNOTATION_KEYS for pattern in tokens for token in pattern for key in token):
                    self._needs_annotation.add(owner)
            try:
                matcher.add(key, tokens)
            except (ValueError, KeyError) as exc:
                origin = rule.origin if rule else "<config>"
                line = line_of(_read(origin), ["rules"]) if rule else None
                message = str(exc).splitlines()[0]
                raise PackError(origin, f"rule {owner!r} has an invalid token pattern: {message}", line) from None

    def _note_needs(self, nlp: Language, matcher: Matcher, patterns: list[list[dict[str, object]]]) -> None:
        """Record what ``patterns`` need (see ``windows.token_needs``); one pattern that needs nothing disables the test."""
        needs = [tuple(frozenset(map(nlp.vocab.strings.add, forms)) for forms in token_needs(p)) for p in patterns]
        known = self._needs.get(id(matcher), [])
        self._needs[id(matcher)] = None if known is None or not all(needs) else known + needs

    def __call__(self, doc: Doc) -> Doc:
        hits = self._collect(doc)
        spans: list[Span] = []
        pending: set[tuple[int, int, str]] = set()
        verdicts = {
            rule_id: [(start, end, self._verdict(doc, self.rules[rule_id], start, end, hits)) for start, end in set(ranges)]
            for rule_id, ranges in hits.rules.items()
        }
        # Words inside a phrase mentioned as words are mentioned too: "When you say driving yourself crazy, ..."
        # holds "crazy", which another rule matches on its own. (A rule's own shorter match is judged on its own.)
        mentioned = {
            rule_id: [(start, end) for start, end, verdict in found if verdict is _MENTION]
            for rule_id, found in verdicts.items()
        }
        for rule_id, found in verdicts.items():
            others = [span for other, spans in mentioned.items() if other != rule_id for span in spans]
            kept = []
            for start, end, verdict in found:
                if verdict is _DROP or verdict is _MENTION or _within_any(start, end, others):
                    continue
                kept.append((start, end))
                if verdict is _PENDING:
                    pending.add((start, end, rule_id))
            spans.extend(Span(doc, start, end, label=rule_id) for start, end in _longest_first(kept))
        spans = _yield_within_pack(spans, self.rules)
        kept_spans = _yield_to_other_packs(_resolve_overlaps(spans, self.rules), self.rules)
        # What the engine weighs over the whole document, per span: the sense key of a rule with
        # ``document_sense`` and whether an ``antecedent`` rule still waits for its cue. Kept in
        # ``doc.user_data``, since Span extensions cost an object per access.
        notes: dict[tuple[int, int, str], SpanNote] = {}
        for span in kept_spans:
            rule = self.rules[span.label_]
            span._.langcheck_rule = rule
            waiting = (span.start, span.end, span.label_) in pending
            if waiting or rule.context.document_sense:
                sense = self.sense_key(doc, rule, span.start, span.end) if rule.context.document_sense else None
                notes[(span.start_char, span.end_char, span.label_)] = SpanNote(sense, waiting)
        doc.user_data[SPAN_NOTES] = notes
        if notes and not doc.user_data.get(DOCUMENT_MANAGED):
            # Used on its own, a doc is its own document.
            text = doc_text(doc)
            yielded = given_way([text], self.sense_words, (n.sense for n in notes.values() if n.sense))
            kept_spans = [
                span
                for span in kept_spans
                if (note := notes.get((span.start_char, span.end_char, span.label_))) is None
                or (note.sense not in yielded and (not note.waiting or self.cue_before(span.label_, text[: span.start_char])))
            ]
        doc.spans[SPANS_KEY] = kept_spans
        return doc

    def cue_before(self, rule_id: str, text: str) -> bool:
        """Whether one of the rule's ``only_near`` cues occurs in ``text`` (what the document said before a match)."""
        if rule_id not in self._antecedent_cues:
            self._antecedent_cues[rule_id] = _cue_regex(self.rules[rule_id])
        return self._antecedent_cues[rule_id].search(text) is not None

    def sense_key(self, doc: Doc, rule: Rule, start: int, end: int) -> SenseKey:
        """The rule and the word whose sense a match depends on: its first trigger word ("manic" in "manic year").

        A common word that only anchors a pattern is passed over ("of" in "a hint of OCD"): its sentences with a cue
        would be most of the document's, and every match of the rule would give way to them."""
        words = lower_words(doc)[start:end]
        triggers = self.trigger_words(rule.id)
        found = [word for word in words if word in triggers]
        telling = [word for word in found if word not in COMMON_WORDS]
        return rule.id, (telling or found or [" ".join(words)])[0]

    def _names_something(self, doc: Doc, rule: Rule, start: int, end: int) -> bool:
        """Whether the rule's own word in the match is part of a name, a title or a handle.

        Only the trigger word's capitals count: "a bit Covid paranoid" holds a
        name, but "paranoid" is not part of it.
        """
        triggers = self.trigger_words(rule.id)
        words = lower_words(doc)
        inside = [i for i in range(start, end) if words[i] in triggers] or list(range(start, end))
        if any(len(token.text) > 3 and token.text.isalpha() and token.text.islower() for token in doc[start:end]):
            return is_handle(doc, inside[0])  # a name capitalises all of itself: "i havent commit Suicide" is no title
        return is_name(doc, inside[0], inside[-1] + 1) or is_handle(doc, inside[0])

    def _period_term(self, doc: Doc, rule: Rule, start: int, end: int) -> bool:
        """A period term of the rule in a paragraph that dates itself (see ``context.history``)."""
        words = lower_words(doc)[start:end]
        if not any(word in rule.context.period_terms for word in words) or not dates_itself(doc):
            return False
        return not opens_on_the_present(sentence_text(doc, start))

    def trigger_words(self, rule_id: str) -> frozenset[str]:
        """The trigger words of a rule's patterns (see ``triggers.pattern_triggers``), computed once per rule."""
        if rule_id not in self._trigger_words:
            self._trigger_words[rule_id] = _trigger_words(self.rules[rule_id])
        return self._trigger_words[rule_id]

    @functools.cached_property
    def sense_words(self) -> dict[str, SenseWords]:
        """For the rules with ``document_sense``: their trigger words and the words of their cues and exceptions."""
        return {rule.id: _sense_words(rule) for rule in self.rules.values() if rule.context.document_sense}

    def _collect(self, doc: Doc) -> _Hits:
        hits = _Hits()
        self._compile(self._candidates(doc) if self.narrow_matchers else self.rules)
        matches = list(self.phrases(doc))
        if self.narrow_matchers:
            found, matched = self._windowed_matches(doc, matches)
            # Cue and exception phrases made of common words match all over; only those
            # that belong to a rule that matched here can change anything.
            relevant = self._allow_keys.union(*(self._keys_of_rule[rule_id] for rule_id in matched))
            matches = [match for match in matches if match[0] in relevant] + found
        else:
            for matcher in [*self.matchers.values(), *self.context_matchers.values(), *self.shared_matchers.values()]:
                matches += matcher(doc)
        targets = {"rule": hits.rules, "exception": hits.exceptions, "unless": hits.unless, "only": hits.only}
        for match_id, start, end in matches:
            kind, rule_ids = self._kinds[match_id]
            if kind == "allow":
                hits.allowed.append((start, end))
                continue
            if kind == "unless" and _cue_in_another_sense(doc, start, end):
                continue
            for rule_id in rule_ids:
                targets[kind][rule_id].append((start, end))
        return hits

    def _windowed_matches(
        self, doc: Doc, phrase_matches: list[tuple[int, int, int]]
    ) -> tuple[list[tuple[int, int, int]], set[str]]:
        """Token-pattern matches (rules near their trigger words, then context near the rules' matches) and the rules that matched."""
        sentence_of = sentence_locator(doc)
        found: list[tuple[int, int, int]] = []
        rule_ranges: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for key, start, end in phrase_matches:
            kind, rule_ids = self._kinds[key]
            if kind == "rule":
                for rule_id in rule_ids:
                    rule_ranges[rule_id].append((start, end))
        for rule_id in self._token_rule_candidates(doc):
            for key, start, end in self._rule_matches(doc, rule_id, sentence_of):
                found.append((key, start, end))
                rule_ranges[rule_id].append((start, end))
        packs: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for rule_id, ranges in rule_ranges.items():
            packs[self.rules[rule_id].pack] += ranges
            matcher = self.context_matchers.get(rule_id)
            if matcher is not None:
                found += self._run(matcher, doc, windows(ranges, self._reach[id(matcher)], sentence_of))
        packs[""] = [span for ranges in rule_ranges.values() for span in ranges]
        for pack, ranges in packs.items():
            matcher = self.shared_matchers.get(pack)
            if matcher is not None:
                found += self._run(matcher, doc, windows(ranges, self._reach[id(matcher)], sentence_of))
        return found, set(rule_ranges)

    def could_match(self, doc: Doc) -> bool:
        """Whether a rule pattern matches anywhere in a doc that so far is only tokenized.

        A match that the component would keep is a match of some rule
        pattern inside a sentence, so it is also a match inside the whole
        doc; a doc where no rule pattern matches at all cannot get a finding,
        and a trained pipeline's slow tagger and recogniser can skip it. A
        rule whose patterns read annotations (sentence starts, tags) counts as
        matching whenever its words are there, since a bare doc has none.
        Only facts of the text and tokens are cached here, never of
        sentences, which the pipeline has not set yet.
        """
        self._compile(self._candidates(doc))
        if any(self._kinds[key][0] == "rule" for key, _, _ in self.phrases(doc)):
            return True
        whole = (0, len(doc))
        return any(
            rule_id in self._needs_annotation or self._rule_matches(doc, rule_id, lambda _: whole)
            for rule_id in self._token_rule_candidates(doc)
        )

    def _candidates(self, doc: Doc) -> set[str]:
        """Rules whose required words are all in the doc: no other rule can match (the pre-pass's answer, if it gave one)."""
        return cached(doc, "candidate-rules", lambda: self.prefilter.candidate_rules(doc_text(doc)))

    def _token_rule_candidates(self, doc: Doc) -> list[str]:
        """Candidate rules that have token patterns."""
        return sorted(self._candidates(doc) & self.matchers.keys())

    def _rule_matches(
        self, doc: Doc, rule_id: str, sentence_of: Callable[[int], tuple[int, int]]
    ) -> list[tuple[int, int, int]]:
        """A rule's token-pattern matches, looked for only within reach of its trigger words."""
        matcher = self.matchers[rule_id]
        anchors = _trigger_anchors(doc, self._trigger_ids.get(rule_id))
        return self._run(matcher, doc, windows(anchors, self._reach[id(matcher)], sentence_of))

    def _run(self, matcher: Matcher, doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """Matcher results over token ranges of ``doc``, in doc positions; ranges that lack a needed word are skipped."""
        needs = self._needs[id(matcher)]
        lowers = lower_ids(doc)
        return [
            (key, low + start, low + end)
            for low, high in ranges
            if may_hold_match(needs, lowers, low, high)
            for key, start, end in matcher(doc[low:high])
        ]

    def _verdict(self, doc: Doc, rule: Rule, start: int, end: int, hits: _Hits) -> str:
        """``_KEEP``, ``_DROP``, ``_MENTION`` (dropped as a mention) or ``_PENDING`` (kept if the document names a cue
        before it: ``antecedent``)."""
        if _overlaps_any(start, end, hits.exceptions.get(rule.id, ())) or _overlaps_any(start, end, hits.allowed):
            return _DROP
        if _after_negating_prefix(doc, start):
            return _DROP
        context = rule.context
        cued = not context.only_near or _near(doc, start, end, hits.only.get(rule.id, ()), context.window)
        if not cued and not context.antecedent:
            return _DROP  # the cheapest test first: most matches of a rule that needs a cue have none near them
        if context.skip_mentions and is_mention(doc, start, end):
            return _MENTION
        if context.skip_names and self._names_something(doc, rule, start, end):
            return _DROP
        if cites_a_work(doc, start, end):
            return _DROP  # a cited title is its author's words, whatever the rule says of names
        if context.unless_near and _near(doc, start, end, hits.unless.get(rule.id, ()), context.window):
            return _DROP
        if context.skip_first_person and is_self_description(doc, start, end):
            return _DROP
        if context.skip_noun_reading and is_noun_reading(doc, start, end):
            return _DROP
        if context.only_noun_reading and not fills_a_noun_slot(doc, start, end):
            return _DROP
        if context.skip_negated and is_negated_claim(doc, start, end):
            return _DROP
        if context.period_terms and self._period_term(doc, rule, start, end):
            return _DROP
        if context.skip_legislation and reads_as_legislation(doc, start):
            return _DROP
        if not _pos_allows(doc, start, end, context.pos):
            return _DROP
        if not cued:
            return _PENDING  # a rule whose cue may stand earlier in the document (``antecedent``)
        return _KEEP


_KEEP = "keep"
_DROP = "drop"
_MENTION = "mention"  # dropped as a mention: what it holds is mentioned too
_PENDING = "pending"


def _within_any(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(low <= start and end <= high for low, high in ranges)


_NEGATING_PREFIXES = frozenset(["anti", "non", "not", "counter", "pre", "post"])


def _after_negating_prefix(doc: Doc, start: int) -> bool:
    """Whether the match is the stem of a compound such as "anti-psychotics", "non-addicts" or "pre-OCD".

    spaCy splits hyphenated words, so a pattern for "psychotics" also meets
    the medicine "anti-psychotics", the study group "non-addicts" and the
    time before a diagnosis, "pre-OCD", and the "not-crazy person" a writer claims to be, which are neither
    labels nor slang:
    the prefix turns the word into something else. Other compounds
    ("ex-addict", "self-described junkie") keep the label.
    """
    if start < 2:
        return False
    starts, ends = token_offsets(doc)
    words = lower_words(doc)
    return (
        words[start - 1] == "-"
        and words[start - 2] in _NEGATING_PREFIXES
        and ends[start - 2] == starts[start - 1]
        and ends[start - 1] == starts[start]
    )


# Words too common to tell one sense from another: the common words ("could" of "could be OCD") and two more.
_NOT_CUES = COMMON_WORDS | {"person", "someone"}


def _cue_regex(rule: Rule) -> re.Pattern[str]:
    """The rule's ``only_near`` cues as one case-insensitive regex of whole words and phrases."""
    alternatives: set[str] = set()
    own = _trigger_words(rule)  # a cue pattern that opens with the rule's own words is named by its other words
    for cue in rule.context.only_near:
        if isinstance(cue, str):
            alternatives.add(r"\s+".join(map(re.escape, cue.lower().split())))
        else:
            alternatives |= {re.escape(word) for word in pattern_triggers(thaw_pattern(cue), own) or ()}
    body = "|".join(sorted(alternatives, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.IGNORECASE)


def _trigger_words(rule: Rule) -> frozenset[str]:
    triggers: set[str] = set()
    for pattern in rule.patterns:
        triggers |= pattern_triggers(thaw_pattern(pattern)) or set()
    return frozenset(triggers)


def _sense_words(rule: Rule) -> SenseWords:
    """A rule's trigger words, and the distinctive words of its ``unless_near`` cues and exceptions."""
    cues: set[str] = set()
    for pattern in (*rule.context.unless_near, *rule.exceptions):
        if isinstance(pattern, str):
            words = pattern.lower().split()
            cues.add(max(words, key=len) if len(words) > 1 else words[0])
        else:
            for token in thaw_pattern(pattern):
                for key in ("LOWER", "ORTH", "TEXT"):
                    value = token.get(key)
                    values = value.get("IN", []) if isinstance(value, dict) else [value] if isinstance(value, str) else []
                    cues.update(v.lower() for v in values)
    cues = {cue for cue in cues if len(cue) >= 4 and cue.isalpha() and cue not in _NOT_CUES}
    return SenseWords(_trigger_words(rule), frozenset(cues))


def _trigger_anchors(doc: Doc, trigger_ids: frozenset[int] | None) -> list[tuple[int, int]]:
    """Tokens whose lower-case form is a trigger word; every token when the triggers are unknown."""
    if trigger_ids is None:
        return [(index, index + 1) for index in range(len(doc))]
    positions = cached(doc, "lower-positions", lambda: _positions_by_lower(doc))
    return [(index, index + 1) for lower in trigger_ids & positions.keys() for index in positions[lower]]


def _positions_by_lower(doc: Doc) -> dict[int, list[int]]:
    """Token positions by the hash of their lower-case form."""
    positions: dict[int, list[int]] = defaultdict(list)
    for index, lower in enumerate(lower_ids(doc)):
        positions[lower].append(index)
    return positions


def _reach(what: str, patterns: list[list[dict[str, object]]], rule: Rule | None) -> Reach:
    """How far from its anchor a Matcher must look to find every pattern that matters.

    A rule pattern is anchored on a trigger token, an exception (or allow-list
    entry) on a match it overlaps: both reach their length less one. A cue
    counts within the rule's window of a match, so it reaches the window plus
    its length.
    """
    lengths = [pattern_length(pattern) for pattern in patterns]
    longest = widest(lengths)
    if longest is None:
        return None
    if what in ("unless", "only") and rule is not None:
        return rule.context.window + longest
    return max(longest - 1, 0)


def _trigger_ids(nlp: Language, patterns: list[list[dict[str, object]]]) -> frozenset[int] | None:
    """Hashes of the lower-case trigger words of token patterns, or None if one pattern has none to name."""
    words: set[str] = set()
    for pattern in patterns:
        triggers = pattern_triggers(pattern)
        if not triggers:
            return None
        words |= triggers
    return frozenset(nlp.vocab.strings.add(word) for word in words)


def _shared_exceptions(rules: Sequence[Rule]) -> dict[tuple[str, object], tuple[str, ...]]:
    """Token-pattern exceptions that several rules of one pack share (pack-wide exceptions)."""
    owners: dict[tuple[str, object], list[str]] = defaultdict(list)
    for rule in rules:
        for pattern in dict.fromkeys(rule.exceptions):
            if not isinstance(pattern, str):
                owners[(rule.pack, pattern)].append(rule.id)
    return {key: tuple(ids) for key, ids in owners.items() if len(ids) > 1}


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


def _cue_in_another_sense(doc: Doc, start: int, end: int) -> bool:
    """A cue that excuses a match, read here in a sense that excuses nothing: "got the word" (news, not a word talked
    about), "the immigration/asylum system" (a refuge, not an institution of the past)."""
    if is_news_of_a_word(doc, start, end):
        return True
    return end - start == 1 and doc[start].lower_ in ("asylum", "asylums") and is_refuge(lower_words(doc), start)


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


def _yield_within_pack(spans: list[Span], rules: dict[str, Rule]) -> list[Span]:
    """Drop matches of rules that yield to a rule of their own pack (``context.yield_to`` naming it) where that rule
    found some of the same words. It runs before overlaps are resolved: there the longer match would win, and a broad
    rule's long match ("so traumatized by the dentist") would hide the narrower rule that knows what the words are
    about."""
    return _drop_yielding(spans, rules, _name_in_own_pack)


def _name_in_own_pack(rule: Rule, other: Rule) -> str | None:
    """``other``'s short name ("trauma-hyperbole") where it is a rule of ``rule``'s own pack."""
    return other.id.rpartition("/")[2] if other.pack == rule.pack else None


def _yield_to_other_packs(spans: list[Span], rules: dict[str, Rule]) -> list[Span]:
    """Drop matches of rules that yield to another pack (``context.yield_to``) where that pack found the same words,
    or, for a match that ends in a preposition, the words it governs: "suffers from | brand schizophrenia" is one
    figure of speech, the other pack's to name."""
    return _drop_yielding(spans, rules, lambda rule, other: other.pack, governs=True)


def _drop_yielding(
    spans: list[Span], rules: dict[str, Rule], named: Callable[[Rule, Rule], str | None], governs: bool = False
) -> list[Span]:
    """The spans left once each rule with ``yield_to`` gives way to an overlapping span whose rule it names, as
    ``named(rule, other)`` reads the other rule's name (None: the rule cannot name it). With ``governs``, a span that
    ends in a preposition also gives way to one that starts right after it."""
    return [
        span
        for span in spans
        if not (yielding := rules[span.label_].context.yield_to)
        or not any(
            named(rules[span.label_], rules[other.label_]) in yielding
            and span.start < other.end
            and (other.start < span.end or (governs and other.start == span.end and _ends_in_a_preposition(span)))
            for other in spans
        )
    ]


_GOVERNING = frozenset(["from", "with", "of", "by", "against"])


def _ends_in_a_preposition(span: Span) -> bool:
    return span[-1].lower_ in _GOVERNING


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
    from langcheck.packs.ruleset import RuleSet

    ruleset = RuleSet.load(extra_packs=packs, builtin=builtin)
    enabled = ruleset.enabled(select=select, ignore=ignore, profiles=profiles)
    return LangcheckComponent(nlp, enabled, allow)
