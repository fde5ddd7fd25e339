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
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from langcheck.context.discourse import SenseKey, SenseWords, given_way
from langcheck.core.models import Rule, Severity
from langcheck.core.sentences import Sentence, Word
from langcheck.documents import Document, parse_document
from langcheck.documents.sentences import SENTENCE_END
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


PieceMatch = tuple[str, int, int, SenseKey | None, bool, Sentence]
"""A match in one piece of text: rule id, start and end in the piece, the sense it depends on, whether it
waits for an antecedent, and its sentence (offsets in the piece)."""


class Engine:
    """The enabled rules, compiled, and the spaCy pipeline that runs them.

    ``memo`` keeps the matches of that many pieces of text (up to about a
    thousand characters each), and the parse of recent Markdown pieces
    (``documents.memo``), so that linting a document again after a small
    edit parses and runs through spaCy only what changed: what an editor does
    as the writer types. A piece's matches depend only on its text (the
    document-wide weighing comes after), so remembered and fresh results are
    identical. The command line lints each file once and keeps none.
    """

    def __init__(self, options: EngineOptions | None = None, *, memo: int = 0) -> None:
        options = options or EngineOptions()
        self.options = options
        self._memo_size = memo
        self._memo: OrderedDict[tuple[str, bool], tuple[PieceMatch, ...]] = OrderedDict()
        self._parses = None
        if memo:
            from langcheck.documents.memo import ParseMemo  # imported here: it imports the Markdown parser

            self._parses = ParseMemo()
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

    def parse(self, source: str, fmt: str) -> Document:
        """``parse_document``, reusing the parse of unchanged Markdown pieces when the engine remembers its work."""
        if self._parses is None:
            return parse_document(source, fmt)
        return self._parses.parse(source, fmt)

    def severity_of(self, rule: Rule) -> Severity:
        return self._severity.get(rule.id) or self._severity.get(rule.pack) or rule.severity

    def might_match(self, text: str) -> bool:
        return self.prefilter.might_match(text)

    def might_match_source(self, source: str, fmt: str) -> bool:
        """Whether any enabled rule could match anywhere in ``source`` (format ``fmt``), judged before parsing it."""
        return bool(self.rules) and bool(self.prefilter.scan_source(source, fmt))

    def match_texts(self, texts: Sequence[str], prefilter: bool = True, document: bool = False) -> list[list[RawMatch]]:
        """Rule matches per text, as (rule id, start char, end char).

        With ``document``, the texts are the blocks of one document, and a
        word's sense in one block can depend on its use in the others (see
        ``context.discourse``); otherwise every text stands alone.
        """
        return [[(m.rule, m.start, m.end) for m in matches] for matches in self.matches(texts, prefilter, document)]

    def matches(self, texts: Sequence[str], prefilter: bool = True, document: bool = False) -> list[list[Match]]:
        """``match_texts``, with each match carrying its sentence (and its words, tagged by a trained pipeline)."""
        results: list[list[Match]] = [[] for _ in texts]
        if not self.rules:
            return results
        pieces: list[tuple[int, int, str, set[str] | None]] = []
        preceding = ""  # the document's last characters before the current text, for antecedent cues
        for i, text in enumerate(texts):
            if not text.strip():
                continue
            block = _same_length_normalised(text)
            if not prefilter:
                pieces += [(i, offset, piece, None) for offset, piece in split_long_text(block, self.piece_limit)]
                continue
            scanned = self._scanned_pieces(block, preceding if document else "")
            pieces += [(i, offset, piece, found) for offset, piece, found in scanned]
            if document and self.prefilter.antecedent:
                preceding = f"{preceding} {block}"[-ANTECEDENT_REACH:]
        if not pieces:
            return results
        nlp = self._pipeline()
        # One sense per document: the matches that depend on a word's sense are weighed per document.
        senses: list[list[SenseKey | None]] = [[] for _ in texts]
        pending: list[list[bool]] = [[] for _ in texts]
        for (index, offset, _, _), matches in zip(pieces, self._piece_matches(nlp, pieces), strict=True):
            for rule_id, start, end, sense, waiting, sentence in matches:
                results[index].append(Match(rule_id, offset + start, offset + end, sentence.shifted(offset)))
                senses[index].append(sense)
                pending[index].append(waiting)
        component = nlp.get_pipe("langcheck")
        if any(flag for flags in pending for flag in flags):
            results, senses = _resolve_antecedents(texts, results, senses, pending, component, document)
        if any(key for keys in senses for key in keys):
            results = _weigh_senses(texts, results, senses, component.sense_words, document)
        results = self._drop_period_terms_of_long_blocks(nlp, texts, results)
        return self._drop_period_terms_of_a_dated_document(texts, results) if document else results

    def _drop_period_terms_of_a_dated_document(self, texts: Sequence[str], results: list[list[Match]]) -> list[list[Match]]:
        """Drop period terms everywhere in a document that dates itself as written before 1950 (see
        ``context.history.written_before_1950``): its paragraphs speak the period's language without naming a year."""
        if not any(_holds_a_period_term(self.rules[m.rule], texts[i][m.start : m.end]) for i, ms in enumerate(results) for m in ms):
            return results
        from langcheck.context.history import written_before_1950  # spaCy is imported only once a piece is read

        if not written_before_1950(texts):
            return results
        return [
            [m for m in matches if not _holds_a_period_term(self.rules[m.rule], texts[index][m.start : m.end])]
            for index, matches in enumerate(results)
        ]

    def _drop_period_terms_of_long_blocks(self, nlp, texts: Sequence[str], results: list[list[Match]]) -> list[list[Match]]:  # type: ignore[no-untyped-def]
        """Drop period terms (``context.period_terms``) in a block that dates itself as a whole.

        The pipeline reads a long paragraph in pieces, and each piece is judged
        on its own words (so that pieces can be remembered by their text): a
        period term in the second half of a paragraph that opens "During the
        autumn of 18—" would be judged without its date. The whole paragraph
        is read here, only where such a term was kept in a paragraph longer
        than a piece.
        """
        from langcheck.context.history import (  # spaCy is imported only once a piece is read
            paragraph_dates_itself,
            sentence_at_opens_on_the_present,
        )

        for index, matches in enumerate(results):
            text = texts[index]
            if len(text) <= self.piece_limit:
                continue
            # as in the component: a sentence that opens on the present keeps its terms ("And now this lunatic ...")
            dated = [
                match
                for match in matches
                if _holds_a_period_term(self.rules[match.rule], text[match.start : match.end])
                and not sentence_at_opens_on_the_present(text, match.start)
            ]
            if dated and paragraph_dates_itself(nlp, _same_length_normalised(text)):
                results[index] = [match for match in matches if match not in dated]
        return results

    def _piece_matches(self, nlp, pieces: Sequence[tuple[int, int, str, set[str] | None]]) -> list[tuple[PieceMatch, ...]]:  # type: ignore[no-untyped-def]
        """What the pipeline matches in each piece, relative to the piece; remembered pieces are not run again."""
        from langcheck.matching.component import SPAN_NOTES, SPANS_KEY

        found: list[tuple[PieceMatch, ...] | None] = [self._recall(piece, candidates) for _, _, piece, candidates in pieces]
        missing = [i for i, matches in enumerate(found) if matches is None]
        placed: deque[int] = deque()

        def worth_annotating() -> Iterator[object]:
            # A trained tagger and recogniser cost far more than matching, so only docs where
            # some rule pattern matches at all go through them (see LangcheckComponent.could_match).
            component = nlp.get_pipe("langcheck") if self.gate_trained and _is_trained(nlp) else None
            made = _made_docs(nlp, [(pieces[i][2], pieces[i][3]) for i in missing])
            for i, doc in zip(missing, made, strict=True):
                found[i] = ()
                if component is None or component.could_match(doc):
                    placed.append(i)
                    yield doc

        for doc in nlp.pipe(worth_annotating(), batch_size=128):
            notes = doc.user_data.get(SPAN_NOTES) or {}
            matches = []
            for span in doc.spans[SPANS_KEY]:
                note = notes.get((span.start_char, span.end_char, span.label_))
                sense, waiting = (note.sense, note.waiting) if note else (None, False)
                sentence = _sentence_of(doc, span.start, span.end)
                matches.append((span.label_, span.start_char, span.end_char, sense, waiting, sentence))
            found[placed.popleft()] = tuple(matches)
        for i in missing:
            self._remember(pieces[i][2], pieces[i][3], found[i])  # type: ignore[arg-type]
        return found  # type: ignore[return-value]

    def _recall(self, piece: str, candidates: set[str] | None) -> tuple[PieceMatch, ...] | None:
        if not self._memo_size:
            return None
        key = (piece, candidates is None)
        matches = self._memo.get(key)
        if matches is not None:
            self._memo.move_to_end(key)
        return matches

    def _remember(self, piece: str, candidates: set[str] | None, matches: tuple[PieceMatch, ...]) -> None:
        if not self._memo_size:
            return
        self._memo[(piece, candidates is None)] = matches
        while len(self._memo) > self._memo_size:
            self._memo.popitem(last=False)

    def _scanned_pieces(self, block: str, preceding: str = "") -> Iterator[tuple[int, str, set[str]]]:
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

        ``preceding`` is the document's text before the block; with the block's
        own text before a piece, it is where an antecedent cue may stand.
        """
        pieces = split_long_text(block, self.piece_limit)
        antecedents = bool(self.prefilter.antecedent)

        def before(offset: int) -> str:
            if not antecedents:
                return ""
            return f"{preceding} {block[max(0, offset - ANTECEDENT_REACH) : offset]}"[-ANTECEDENT_REACH:]

        clean_before = True
        for run in _runs_of_pieces(pieces, self.piece_limit * _STRETCH):
            if clean_before and len(run) > 1 and not _cuts_a_word(block, run):
                end = run[-1][0] + len(run[-1][1])
                if not self.prefilter.scan(block[run[0][0] : end], before(run[0][0])):
                    continue
            clean_before = True
            for offset, piece in run:
                if candidates := self.prefilter.scan(piece, before(offset)):
                    clean_before = False
                    yield offset, piece, candidates

    def warm(self, compile_rules: bool = True) -> None:
        """Build the spaCy pipeline now, and compile every rule unless told not to (before forking workers).

        Without ``compile_rules``, each worker compiles the rules its files
        need, as it needs them: a repository's files seldom need them all.
        """
        if self.rules:
            component = self._pipeline().get_pipe("langcheck")
            if compile_rules:
                component.compile_all()

    def _pipeline(self):  # type: ignore[no-untyped-def]
        from langcheck.matching.pipeline import build_pipeline

        return build_pipeline(replace(self.options, severity=()))


# How far back (in characters of the document's prose) an antecedent may stand.
ANTECEDENT_REACH = 1500
MAX_PIECE = 1000
TRAINED_PIECE = 300
# A piece may run this many times the limit to reach a sentence end before it is cut at a space.
_STRETCH = 8
# Characters spaCy's tokenizer does not split on, mapped one-for-one (offsets stay valid):
# non-breaking and other Unicode hyphens become "-", so "manic‑depressives" splits like "manic-depressives".
_UNICODE_HYPHENS = ("\u2010", "\u2011", "\u2012", "\u2043")
# Invisible characters that typesetters put around dashes ("mad\u2060—murdering mad"): spaCy would read them as
# part of the word beside them, so they read as the space they stand for.
_INVISIBLE_JOINERS = ("\u2060", "\u200b")
_SAME_LENGTH_NORMALISATION = str.maketrans(dict.fromkeys(_UNICODE_HYPHENS, "-") | dict.fromkeys(_INVISIBLE_JOINERS, " "))
_NORMALISED = _UNICODE_HYPHENS + _INVISIBLE_JOINERS


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
    for match in SENTENCE_END.finditer(text, start + 1, start + limit * _STRETCH):
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
    """``text`` with Unicode hyphens made ASCII, invisible joiners made spaces, and a typed dash glued to the word
    before it set apart ("a former crack addict-- now clean": spaCy keeps "addict--" as one token).

    ``str.translate`` looks up every character, so text without them skips it.
    """
    if "--" in text:
        text = _GLUED_DASH.sub(" \u2014", text)
    if text.isascii() or not any(char in text for char in _NORMALISED):
        return text
    return text.translate(_SAME_LENGTH_NORMALISATION)


# Two hyphens typed for a dash right after a word and before a space: the same two characters as a space and a dash.
_GLUED_DASH = re.compile(r"(?<=[^\W\d_])--(?=\s)")


LONG_RUN = 200
"""Characters without a space after which a run is not prose (no English word or URL of prose is this long)."""
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")
_PUNCTUATION = re.compile(r"[\W_]")


def mask_long_runs(text: str) -> str:
    """Runs of ``LONG_RUN`` or more characters without whitespace, with their punctuation made a letter ("x").

    spaCy's tokenizer peels prefixes and suffixes off a whitespace-delimited
    string one at a time, searching the rest of the string each time, so a
    string made of many of them ("]]]]…", "*_*_*_…", "x's's's…") costs time
    quadratic in its length: 8,000 such characters took seconds. Such a run
    is markup debris or an attack, not prose: masked, it is one plain word
    that the tokenizer reads in one pass, no rule matches inside it (as none
    would match inside a URL), and offsets are unchanged.
    """
    if len(text) < LONG_RUN or max(map(len, text.split()), default=0) < LONG_RUN:
        return text  # splitting at whitespace is far cheaper than the regular expression, and nearly always enough
    return _LONG_RUN.sub(lambda run: _PUNCTUATION.sub("x", run.group()), text)


def _sentence_of(doc, start: int, end: int) -> Sentence:  # type: ignore[no-untyped-def]
    """The sentence holding tokens ``start:end`` (a match), with offsets into the doc's text.

    With a trained pipeline the match's own words come along with their tags: a rewrite reads the
    number of the noun it replaces, which is one of them.
    """
    from langcheck.context.annotations import has, sentence_bounds

    first, last = sentence_bounds(doc, start)
    sentence = Sentence(doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text))
    if not has(doc, "TAG"):
        return sentence
    words = tuple(Word(t.text, t.idx, t.idx + len(t.text), t.tag_, _number(t)) for t in doc[start:end])
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
    """Keep a pending match only where its document names one of the rule's cues shortly before it.

    "This disease" points back a few sentences or paragraphs, not a hundred
    pages: the cue has to stand within ``ANTECEDENT_REACH`` characters.
    """
    def named_before(rule_id: str, index: int, start: int) -> bool:
        before = texts[index][max(0, start - ANTECEDENT_REACH) : start]
        earlier = index - 1
        while document and len(before) < ANTECEDENT_REACH and earlier >= 0:
            before = f"{texts[earlier][-(ANTECEDENT_REACH - len(before)) :]} {before}"
            earlier -= 1
        return bool(component.cue_before(rule_id, before))

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


def _holds_a_period_term(rule: Rule, matched: str) -> bool:
    terms = rule.context.period_terms
    return bool(terms) and any(word in terms for word in _LETTER_RUN.findall(matched.lower()))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _made_docs(nlp, pieces: Iterable[tuple[str, set[str] | None]]):  # type: ignore[no-untyped-def]
    """Tokenized docs of normalised texts that remember the text, and the rules the pre-pass found possible there.

    The component would otherwise rebuild both: the text for every context
    check, the candidate rules once per doc. The engine weighs the senses of
    words over whole documents itself, so the component leaves that to it.
    """
    from langcheck.context.annotations import remember
    from langcheck.matching.component import DOCUMENT_MANAGED

    for text, candidates in pieces:
        # Over-long runs without spaces are masked only in what the tokenizer reads (see ``mask_long_runs``):
        # the pre-pass reads them as they are, which can only let more pieces through.
        text = mask_long_runs(text)
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
