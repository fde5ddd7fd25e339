"""Run the enabled rules over blocks of prose.

Most prose never mentions a condition, so each block is first scanned for the
rules' trigger words with one trie-shaped regular expression (and, for rules
that need a cue nearby, for a cue word); only blocks that pass are tokenized,
and spaCy is not even imported until one is found.
Results are identical with and without the pre-pass (``prefilter=False``).
"""

from __future__ import annotations

import functools
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from langcheck.context.discourse import SenseKey, SenseWords, given_way
from langcheck.core.models import Rule, Severity
from langcheck.core.sentences import Sentence, Word
from langcheck.matching.model_choice import resolve_model
from langcheck.matching.options import EngineOptions
from langcheck.matching.prefilter import build_prefilter, compile_trigger_regex
from langcheck.packs.ruleset import RuleSet

RawMatch = tuple[str, int, int]


class Match(NamedTuple):
    """A rule match in a text (character offsets), with its sentence for fitting rewrites."""

    rule: str
    start: int
    end: int
    sentence: Sentence


class Engine:
    def __init__(self, options: EngineOptions | None = None) -> None:
        options = options or EngineOptions()
        self.options = options
        ruleset = RuleSet.load(options.packs, options.builtin)
        enabled = ruleset.enabled(options.select, options.ignore, options.profiles)
        self.rules: dict[str, Rule] = {rule.id: rule for rule in enabled}
        self.prefilter = build_prefilter(enabled)
        self._severity = _severity_map(options.severity, ruleset)
        self.gate_trained = True
        # Long blocks are cut into pieces. Few, longer pieces suit the blank pipeline, whose cost is
        # mostly per piece; a trained tagger reads every word it is given, so there the pre-pass
        # and the trained-pipeline gate should be able to leave out as much text as possible.
        self.piece_limit = TRAINED_PIECE if resolve_model(options.model) else MAX_PIECE

    @functools.cached_property
    def trigger(self) -> re.Pattern[str]:
        """All trigger words as one trie-shaped regex: the lexical ceiling the speed benchmark compares with."""
        return compile_trigger_regex(self.prefilter.words)

    def severity_of(self, rule: Rule) -> Severity:
        return self._severity.get(rule.id) or self._severity.get(rule.pack) or rule.severity

    def might_match(self, text: str) -> bool:
        return self.prefilter.might_match(text)

    def match_texts(self, texts: Sequence[str], prefilter: bool = True, document: bool = False) -> list[list[RawMatch]]:
        """Rule matches per text, as (rule id, start char, end char).

        With ``document``, the texts are the blocks of one document, and a
        word's sense in one block can depend on its use in the others (see
        ``context.discourse``); otherwise every text stands alone.
        """
        return [[(m.rule, m.start, m.end) for m in matches] for matches in self.matches(texts, prefilter, document)]

    def matches(self, texts: Sequence[str], prefilter: bool = True, document: bool = False) -> list[list[Match]]:
        """``match_texts``, with each match carrying the words of its sentence (tagged by a trained pipeline)."""
        results: list[list[Match]] = [[] for _ in texts]
        if not self.rules:
            return results
        pieces: list[tuple[int, int, str, set[str] | None]] = []
        for i, text in enumerate(texts):
            if not text.strip():
                continue
            block = _same_length_normalised(text)
            if not prefilter:
                pieces += [(i, offset, piece, None) for offset, piece in split_long_text(block, self.piece_limit)]
                continue
            pieces += [(i, offset, piece, found) for offset, piece, found in self._scanned_pieces(block)]
        if not pieces:
            return results
        from langcheck.matching.component import SPANS_KEY

        nlp = self._pipeline()
        made = _made_docs(nlp, [(piece, candidates) for _, _, piece, candidates in pieces])
        placed: deque[tuple[int, int]] = deque()

        def worth_annotating() -> Iterator[object]:
            # A trained tagger and recogniser cost far more than matching, so only docs where
            # some rule pattern matches at all go through them (see LangcheckComponent.could_match).
            component = nlp.get_pipe("langcheck") if self.gate_trained and _is_trained(nlp) else None
            for (index, offset, _, _), doc in zip(pieces, made, strict=True):
                if component is None or component.could_match(doc):
                    placed.append((index, offset))
                    yield doc

        # One sense per document: the matches that depend on a word's sense are weighed per document.
        senses: list[list[SenseKey | None]] = [[] for _ in texts]
        pending: list[list[bool]] = [[] for _ in texts]
        for doc in nlp.pipe(worth_annotating(), batch_size=128):
            index, offset = placed.popleft()
            spans = doc.spans[SPANS_KEY]
            results[index] += [
                Match(s.label_, offset + s.start_char, offset + s.end_char, _sentence_of(doc, s.start, s.end, offset))
                for s in spans
            ]
            senses[index] += [s._.langcheck_sense for s in spans]
            pending[index] += [s._.langcheck_pending for s in spans]
        component = nlp.get_pipe("langcheck")
        if any(flag for flags in pending for flag in flags):
            results, senses = _resolve_antecedents(texts, results, senses, pending, component, document)
        if any(key for keys in senses for key in keys):
            results = _weigh_senses(texts, results, senses, component.sense_words, document)
        return results

    def _scanned_pieces(self, block: str) -> Iterator[tuple[int, str, set[str]]]:
        """The pieces of ``block`` the pre-pass lets through, with their candidate rules.

        Each scan costs a little on top of the characters it reads, and small
        pieces (a trained pipeline's) are many. So a run of consecutive pieces
        is scanned as one text first: where no rule can match in the run, none
        of its pieces needs a look. That is exact because pieces are cut
        between words, so every word of a piece is a word of the run; a run
        with a cut inside a word (only a sentence far longer than the limit is
        cut so) is scanned piece by piece. After a run with candidates the
        next one is scanned piece by piece straight away: on text dense with
        findings, scanning runs first would only read everything twice.
        """
        pieces = split_long_text(block, self.piece_limit)
        clean_before = True
        for run in _runs_of_pieces(pieces, self.piece_limit * _STRETCH):
            if clean_before and len(run) > 1 and not _cuts_a_word(block, run):
                end = run[-1][0] + len(run[-1][1])
                if not self.prefilter.scan(block[run[0][0] : end]):
                    continue
            clean_before = True
            for offset, piece in run:
                if candidates := self.prefilter.scan(piece):
                    clean_before = False
                    yield offset, piece, candidates

    def warm(self) -> None:
        """Build the spaCy pipeline and compile every rule now (before forking workers that should share them)."""
        if self.rules:
            self._pipeline().get_pipe("langcheck").compile_all()

    def _pipeline(self):  # type: ignore[no-untyped-def]
        from langcheck.matching.pipeline import build_pipeline

        return build_pipeline(replace(self.options, severity=()))


MAX_PIECE = 1000
TRAINED_PIECE = 300
# A piece may run this many times the limit to reach a sentence end before it is cut at a space.
_STRETCH = 8
# Characters spaCy's tokenizer does not split on, mapped one-for-one (offsets stay valid):
# non-breaking and other Unicode hyphens become "-", so "manic‑depressives" splits like "manic-depressives".
_UNICODE_HYPHENS = ("\u2010", "\u2011", "\u2012", "\u2043")
_SAME_LENGTH_NORMALISATION = str.maketrans(dict.fromkeys(_UNICODE_HYPHENS, "-"))
# The end of a sentence: closing punctuation, whitespace, then something that can start one.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[^\W_a-z])")


def split_long_text(text: str, limit: int = MAX_PIECE) -> list[tuple[int, str]]:
    """Cut a long block into pieces of about ``limit`` characters at sentence ends.

    spaCy refuses texts over ``nlp.max_length`` and its memory grows with the
    text. Small pieces also let the lexical pre-pass skip most of a block,
    which matters most for a trained pipeline, whose tagger and recogniser
    read every word they are given. A piece ends at the last sentence end
    within ``limit``, or else at the first one after it; only a sentence
    longer than ``_STRETCH`` times the limit (a 10 MB line, a table flattened
    into prose) is cut at a space. Rules and their context never reach across
    a sentence, so the cuts change nothing else.
    """
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start, limit)
        pieces.append((start, text[start:cut]))
        start = cut
    if start < len(text):
        pieces.append((start, text[start:]))
    return pieces


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece starting at ``start`` ends (an index into ``text``)."""
    last = None
    for match in _SENTENCE_END.finditer(text, start + 1, start + limit * _STRETCH):
        if match.end() - start > limit:
            return last if last is not None else match.end()
        last = match.end()
    if last is not None:
        return last
    if len(text) - start <= limit * _STRETCH:
        return len(text)  # the rest is one sentence that ends with the text
    space = text.rfind(" ", start + 1, start + limit)
    return space + 1 if space > start else start + limit


def _runs_of_pieces(pieces: list[tuple[int, str]], size: int) -> Iterator[list[tuple[int, str]]]:
    """Consecutive pieces, grouped into runs of at most ``size`` characters (or one piece, if longer)."""
    run: list[tuple[int, str]] = []
    length = 0
    for piece in pieces:
        if run and length + len(piece[1]) > size:
            yield run
            run, length = [], 0
        run.append(piece)
        length += len(piece[1])
    if run:
        yield run


_LETTER = re.compile(r"[^\W\d_]")  # what the pre-pass counts as part of a word


def _cuts_a_word(block: str, run: list[tuple[int, str]]) -> bool:
    """Whether a cut between two pieces of ``run`` falls between two letters of ``block``."""
    return any(_LETTER.match(block, offset - 1) and _LETTER.match(block, offset) for offset, _ in run[1:])


def _same_length_normalised(text: str) -> str:
    """``text`` with Unicode hyphens made ASCII; ``str.translate`` looks up every character, so text without them skips it."""
    if text.isascii() or not any(hyphen in text for hyphen in _UNICODE_HYPHENS):
        return text
    return text.translate(_SAME_LENGTH_NORMALISATION)


def _sentence_of(doc, start: int, end: int, offset: int) -> Sentence:  # type: ignore[no-untyped-def]
    """The sentence holding tokens ``start:end`` (a match), with offsets into the text (``offset``: the piece's).

    With a trained pipeline the match's own words come along with their tags: a rewrite reads the
    number of the noun it replaces, which is one of them.
    """
    from langcheck.context.annotations import has, sentence_bounds

    first, last = sentence_bounds(doc, start)
    sentence = Sentence(offset + doc[first].idx, offset + doc[last - 1].idx + len(doc[last - 1].text))
    if not has(doc, "TAG"):
        return sentence
    words = tuple(
        Word(t.text, offset + t.idx, offset + t.idx + len(t.text), t.tag_, _number(t)) for t in doc[start:end]
    )
    return replace(sentence, words=words)


def _number(token) -> str:  # type: ignore[no-untyped-def]
    """spaCy's ``Number`` of a noun ("Sing", "Plur"); other words need none."""
    return next(iter(token.morph.get("Number")), "") if token.tag_.startswith("NN") else ""


def _is_trained(nlp) -> bool:  # type: ignore[no-untyped-def]
    """Whether the pipeline runs anything besides sentence splitting and the rules."""
    return bool(set(nlp.pipe_names) - {"sentencizer", "langcheck"})


def _resolve_antecedents(
    texts: Sequence[str],
    results: list[list[Match]],
    senses: list[list[SenseKey | None]],
    pending: list[list[bool]],
    component,  # type: ignore[no-untyped-def]
    document: bool,
) -> tuple[list[list[Match]], list[list[SenseKey | None]]]:
    """Keep a pending match only where its document names one of the rule's cues before it."""
    first_cue: dict[str, int] = {}  # rule id -> the first text holding one of its cues (len(texts): none)

    def named_before(rule_id: str, index: int, start: int) -> bool:
        if document:
            if rule_id not in first_cue:
                first_cue[rule_id] = next(
                    (i for i, text in enumerate(texts) if component.cue_before(rule_id, text)), len(texts)
                )
            if first_cue[rule_id] < index:
                return True
        return bool(component.cue_before(rule_id, texts[index][:start]))

    for index, flags in enumerate(pending):
        if not any(flags):
            continue
        kept = [
            (match, key)
            for match, key, waiting in zip(results[index], senses[index], flags, strict=True)
            if not waiting or named_before(match[0], index, match[1])
        ]
        results[index] = [match for match, _ in kept]
        senses[index] = [key for _, key in kept]
    return results, senses


def _weigh_senses(
    texts: Sequence[str],
    results: list[list[Match]],
    senses: list[list[SenseKey | None]],
    words: Mapping[str, SenseWords],
    document: bool,
) -> list[list[Match]]:
    """Drop the matches whose word the rest of their document uses in another sense."""
    groups = [list(range(len(texts)))] if document else [[index] for index in range(len(texts))]
    for group in groups:
        candidates = [key for index in group for key in senses[index] if key is not None]
        yielded = given_way([texts[index] for index in group], words, candidates)
        if not yielded:
            continue
        for index in group:
            results[index] = [
                match for match, key in zip(results[index], senses[index], strict=True) if key is None or key not in yielded
            ]
    return results


def _made_docs(nlp, pieces: Iterable[tuple[str, set[str] | None]]):  # type: ignore[no-untyped-def]
    """Tokenized docs of normalised texts that remember the text, and the rules the pre-pass found possible there.

    The component would otherwise rebuild both: the text for every context
    check, the candidate rules once per doc. The engine weighs the senses of
    words over whole documents itself, so the component leaves that to it.
    """
    from langcheck.context.annotations import remember
    from langcheck.matching.component import DOCUMENT_MANAGED

    for text, candidates in pieces:
        doc = nlp.make_doc(text)
        doc.user_data[DOCUMENT_MANAGED] = True
        remember(doc, "text", text)
        if candidates is not None:
            remember(doc, "candidate-rules", candidates)
        yield doc


def _severity_map(overrides: Sequence[tuple[str, str]], ruleset: RuleSet) -> Mapping[str, Severity]:
    out: dict[str, Severity] = {}
    for name, level in overrides:
        targets = ruleset.matching(name)
        key = name if name in ruleset.packs else targets[0].id
        out[key] = Severity.parse(level)
    return out
