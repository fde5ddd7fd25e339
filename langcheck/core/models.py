"""Plain data shared by every layer: severities, rules, suggestions, findings and per-file results.

Everything here is immutable so that rules can be shared between documents,
processes and threads without defensive copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

# What to do with a finding inside a quotation: report it as usual, as information, or not at all.
QUOTATION_POLICIES = ("flag", "info", "ignore")
# Said after the message of a finding inside a quotation (with the default policy, "info").
QUOTATION_NOTE = "(In a quotation: a source's words are quoted as they are.)"


class Severity(IntEnum):
    """Ordered so that ``--fail-on`` can compare levels with ``>=``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A rewrite offered for one finding; ``safe`` means it keeps meaning and grammar, so ``fix`` may apply it unasked.

    A rewrite covers its construction, which may be wider or narrower than the
    finding's span ("a paranoid schizophrenic" -> "a person with schizophrenia"
    replaces "paranoid schizophrenic"; "drives me crazy" -> "drives me up the
    wall" replaces "crazy"). ``start``/``end`` are the source offsets of the
    characters it replaces and ``replaces`` those characters; ``None`` means the
    finding's own span.
    """

    text: str
    safe: bool = False
    start: int | None = None
    end: int | None = None
    replaces: str | None = None


@dataclass(frozen=True, slots=True)
class FixExample:
    """A sentence before and after a suggestion is applied: the pack's proof that the rewrite reads right."""

    before: str
    after: str


@dataclass(frozen=True, slots=True)
class SuggestionTemplate:
    """A rule's rewrite as its pack writes it; ``fixes.suggest`` fits it to each match's sentence.

    Conditions say where it fits: ``when`` (words of the match), ``before`` and
    ``after`` (the words next to the match), ``near`` (words anywhere else in its sentence),
    ``not_when``/``not_before``/``not_after``/``not_near``, and
    ``number`` (of the noun it replaces). ``replace`` narrows the replaced range
    to some words of the match, ``take`` widens it over the neighbouring words
    that ``before``/``after`` found, and ``text`` may reuse words: ``{before}``,
    ``{after}``, ``{1}``/``{-1}`` (words of the match) and named ``slots``.
    """

    text: str
    safe: bool = False
    when: tuple[str, ...] = ()
    not_when: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    near: tuple[str, ...] = ()
    not_near: tuple[str, ...] = ()
    number: str = ""
    replace: tuple[str, ...] = ()
    take: tuple[str, ...] = ()
    slots: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fix: tuple[FixExample, ...] = ()

    @property
    def specificity(self) -> int:
        """How many kinds of condition tie the rewrite to its context: the more, the better it fits where they hold."""
        return sum(
            bool(condition) for condition in (self.when, self.before, self.after, self.near, self.number, self.slots)
        )

    @property
    def unconditional(self) -> bool:
        """Written for no context in particular: a fallback, offered only where no rewrite with conditions fits."""
        return not (
            self.specificity or self.not_when or self.not_before or self.not_after or self.not_near or self.replace
        )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A pack's own word lists of grammatical forms, used where no trained pipeline gives morphology."""

    plural: frozenset[str] = frozenset()
    singular: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Context:
    """Per-rule context settings that decide whether a raw match is a real finding."""

    window: int = 8
    unless_near: tuple[str, ...] = ()
    only_near: tuple[str, ...] = ()
    skip_first_person: bool = False
    skip_mentions: bool = True
    skip_names: bool = True
    pos: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Packs whose findings take precedence: a match overlapping one of theirs is the same words read
    # another way ("someone who is bipolar" is a label for a person, not bipolar for "changeable").
    yield_to: tuple[str, ...] = ()
    # A one-word match read as a noun names the condition ("erase bipolar"), not a casual adjective.
    skip_noun_reading: bool = False
    # The match counts only where it stands as a noun does ("sending mentally ill to jail").
    only_noun_reading: bool = False
    # One sense per document: a match gives way where the document uses its trigger word in the sense
    # that the rule's exceptions and cues describe, at least twice and more often than not.
    document_sense: bool = False
    # A negated claim ("you did not get PTSD from a film", "you're not OCD") is advice about the word, not a use.
    skip_negated: bool = False
    # An ``only_near`` cue earlier in the document also counts: the match refers back to it ("depression ...
    # everyone suffering from this disease").
    antecedent: bool = False
    # The period's own words ("lunatics", "madhouse"), which pass in a paragraph that dates itself before 1950.
    period_terms: tuple[str, ...] = ()
    # A sentence drafted as a statute or a regulation ("such persons shall ...") uses the law's categories.
    skip_legislation: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """One check from a pack. ``id`` is ``<pack>/<name>`` and never changes once released."""

    id: str
    pack: str
    severity: Severity
    message: str
    explanation: str
    sources: tuple[str, ...]
    patterns: tuple[Any, ...]
    exceptions: tuple[Any, ...] = ()
    suggestions: tuple[SuggestionTemplate, ...] = ()
    context: Context = field(default_factory=Context)
    lexicon: Lexicon = field(default_factory=Lexicon)
    enabled: bool = True
    profiles: tuple[str, ...] = ()
    flag_examples: tuple[str, ...] = ()
    pass_examples: tuple[str, ...] = ()
    origin: str = ""

    @property
    def name(self) -> str:
        return self.id.split("/", 1)[1]

    @property
    def summary(self) -> str:
        """First sentence of the explanation: enough for a one-line listing."""
        first = self.explanation.strip().split(". ", 1)[0].rstrip(".")
        return first + "."


LOCATION_PARTS = ("body", "header", "footer", "footnote", "endnote", "comment")


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is in a document that has no lines of its own (a Word document), as a person finds it there.

    ``part`` is one of ``LOCATION_PARTS``; ``paragraph`` counts the paragraphs
    of that part from 1 (in the body: every paragraph from the top, empty ones
    and those in tables and text boxes included, as Word's ¶ marks show them;
    in a header, a footnote or a comment: from its first). ``where`` says
    more: the table cell, the text box, which header, which footnote or whose
    comment ("table 1, row 2, cell 3", "header of section 1", "footnote 2",
    "comment 1 by Jane Doe"); empty for a paragraph of the body's main text.
    """

    part: str
    paragraph: int
    where: str = ""

    def describe(self) -> str:
        """How a report names the place: "paragraph 12", "footnote 2, paragraph 1", "paragraph 7 (table 1, row 2, cell 3)"."""
        if self.part != "body":
            return f"{self.where}, paragraph {self.paragraph}" if self.where else f"{self.part}, paragraph {self.paragraph}"
        return f"paragraph {self.paragraph} ({self.where})" if self.where else f"paragraph {self.paragraph}"


@dataclass(frozen=True, slots=True)
class Finding:
    """A reported problem, positioned in the original source.

    ``start``/``end`` are character offsets into the decoded source; ``line``,
    ``column``, ``end_line`` and ``end_column`` are 1-based and ``end_column`` is
    the column just after the span, as in SARIF.
    """

    rule: str
    pack: str
    severity: Severity
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    message: str
    suggestions: tuple[Suggestion, ...]
    explanation: str
    sources: tuple[str, ...]
    verbatim: bool = True
    """The source characters are exactly the prose that matched (no markup or entities inside), so a rewrite can replace them."""
    quotation: bool = False
    """The words are quoted from a source (a block quotation, quoted speech): reported, never rewritten."""
    context: str = ""
    """The prose around the finding within its block (the sentence of a paragraph, a heading, a list item, a table
    cell, a front-matter value), markup left out. Baseline fingerprints read it; empty when unknown."""
    location: Location | None = None
    """In a document without lines of its own (a Word document): the paragraph, part and cell. ``line`` and ``column``
    then count in langcheck's text of the document, one paragraph a line (see ``Location``)."""

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape documented in the README (version 1); ``location`` only where there is one."""
        shape: dict[str, Any] = {
            "rule": self.rule,
            "pack": self.pack,
            "severity": str(self.severity),
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "offset": self.start,
            "end_offset": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": [self._suggestion_dict(s) for s in self.suggestions],
            "explanation": self.explanation,
            "sources": list(self.sources),
            "quotation": self.quotation,
        }
        if self.location is not None:
            shape["location"] = {
                "part": self.location.part,
                "paragraph": self.location.paragraph,
                "where": self.location.where,
                "sentence": self.context,
            }
        return shape

    def replaced_range(self, suggestion: Suggestion) -> tuple[int, int]:
        """The source characters ``suggestion`` replaces: its construction, or else this finding's span."""
        if suggestion.start is None or suggestion.end is None:
            return self.start, self.end
        return suggestion.start, suggestion.end

    def _suggestion_dict(self, suggestion: Suggestion) -> dict[str, Any]:
        """A suggestion with the range it replaces (the finding's span unless it covers a wider or narrower construction)."""
        start, end = self.replaced_range(suggestion)
        return {
            "text": suggestion.text,
            "safe": suggestion.safe,
            "offset": start,
            "end_offset": end,
            "replaces": self.text if suggestion.replaces is None else suggestion.replaces,
        }


@dataclass(frozen=True)
class FileResult:
    """The outcome for one input: findings, or an error that stopped it being linted."""

    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    notice: str | None = None
    source: str | None = None
