"""A match in its sentence: the neighbouring words, the words of the match, and the sentence's casing.

Rewrites are fitted to constructions, not spans ("drives me crazy", "a
paranoid schizophrenic", "bipolar weather"), so they need to look at the
words next to the match and inside it. Everything here reads the block's text
and, where a trained pipeline tagged them, the sentence's words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from langcheck.core.sentences import Sentence, Word
from langcheck.fixes.grammar import FOLLOW_A_NOUN, LONG_SMALL_WORD, NAME_PARTICLES, SMALL_WORDS, words_of

Range = tuple[int, int]
# Neighbours that stand for an edge of the sentence: nothing but punctuation before ("^") or after ("$") the words.
SENTENCE_START = "^"
SENTENCE_END = "$"
# A neighbour that stands for a noun the replaced words describe, "lawn" in "psycho lawn care neighbours": a word
# after them that follows no noun's head (see ``grammar.FOLLOW_A_NOUN``).
DESCRIBED_NOUN = "@noun"
_MARKERS = (SENTENCE_START, SENTENCE_END, DESCRIBED_NOUN)
_SINGULAR_DETERMINERS = frozenset({"a", "an", "this", "that", "every", "each", "one", "another"})
_WORD_CHAR = re.compile(r"[^\W_]")
# A hyphen in a phrase matches the Unicode hyphens too ("manic‑depressives" with a non-breaking hyphen).
_HYPHEN = "[-\u2010\u2011\u2012\u2043]"

# Where a sentence ends when no pipeline said so (text given without its sentence).
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)\]]*\s+")
_LETTERS = re.compile(r"[^\W\d_]")
_WHOLE_WORD = re.compile(r"[^\W_]+(?:['’\u2010\u2011\u2012\u2043-][^\W_]+)*")
_WORD_PART = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NEXT_WORD = re.compile(r"\s+([^\W_]+)")
_HYPHENED_WORD = re.compile(rf"{_HYPHEN}([^\W\d_]+)")
_LAST_WORD = re.compile(r"(?<![^\W_])[^\W_]+(?:['’][^\W_]+)?(\s+)$")

_HANDLE = re.compile(r"[@#][\w.]+")

# Short verbs some headline styles leave in lower case among capitalised words.
_LOWER_IN_HEADLINES = frozenset(
    {"is", "are", "was", "were", "be", "am", "been", "over", "about", "after", "under", "through", "without", "between",
     "my", "your", "his", "her", "its", "our", "their", "who", "which", "that", "what"}
)


def _phrase_pattern(phrase: str, in_compounds: bool) -> str:
    """A phrase as whole words, any run of spaces between its words.

    No word character may continue the phrase (a phrase of punctuation, "'s",
    needs no boundary); ``in_compounds`` lets a hyphen end it ("OCD" in "OCD-approved").
    """
    body = r"\s+".join(re.escape(part) for part in phrase.split()).replace(r"\-", _HYPHEN)
    start = (r"(?<![\w'’])" if in_compounds else r"(?<![\w'’-])") if phrase[:1].isalnum() else ""
    end = (r"(?!\w)" if in_compounds else r"(?![\w-])") if phrase[-1:].isalnum() else ""
    return start + body + end


@functools.cache
def _reach(phrases: tuple[str, ...]) -> int:
    """How far back a phrase of the list can start: its length, with room for runs of spaces between words."""
    return max((2 * len(phrase) for phrase in phrases), default=0) + 2


_FINAL_RUN = re.compile(r"[^\W_]+\Z")
_FIRST_RUN = re.compile(r"[^\W_]+")


@functools.cache
def _first_words(phrases: tuple[str, ...]) -> frozenset[str] | None:
    """The first words of phrases, lower case, or their first mark ("." or ","): a phrase can only match where one
    of them starts. None where that test would not be exact: a phrase that starts with a word outside ASCII (whose
    case folding a pattern may do differently)."""
    firsts = set()
    for phrase in phrases:
        if phrase in _MARKERS:
            continue
        found = _FIRST_RUN.match(phrase)
        if found is None:
            if phrase[:1].isspace() or not phrase[:1].isascii():
                return None
            firsts.add(phrase[:1])  # a mark: "." or ","
        elif not found.group().isascii():
            return None
        else:
            firsts.add(found.group().lower())
    return frozenset(firsts)


def _may_start_with(phrases: tuple[str, ...], text: str, at: int) -> bool:
    """Whether ``text`` from ``at`` starts with the first word of one of ``phrases`` (True where that cannot be
    told exactly): most rewrites' ``after`` words are absent after most matches, and this is far cheaper than
    compiling and trying their pattern."""
    firsts = _first_words(phrases)
    if firsts is None:
        return True
    found = _FIRST_RUN.match(text, at)
    if found is None:
        return text[at : at + 1] in firsts
    word = found.group()
    return not word.isascii() or word.lower() in firsts


@functools.cache
def _final_words(phrases: tuple[str, ...]) -> frozenset[str] | None:
    """The last words of phrases that end in a word, lower case: a phrase can only end where one of them ends.

    None where that test would not be exact: a phrase that ends in
    punctuation, or in a word outside ASCII (whose case the regular
    expression may fold differently from ``str.lower``).
    """
    finals = set()
    for phrase in phrases:
        if phrase in _MARKERS:
            continue
        found = _FINAL_RUN.search(phrase)
        if found is None or not found.group().isascii():
            return None
        finals.add(found.group().lower())
    return frozenset(finals)


@functools.cache
def phrases_regex(phrases: tuple[str, ...], in_compounds: bool = False, at_end: bool = False) -> re.Pattern[str] | None:
    """One pattern for a list of phrases, any case, longest first; ``at_end``: ending where the text ends.

    A pack's lists are compiled once each (they are few, and the same lists come up for every match).
    """
    words = sorted((p for p in phrases if p not in _MARKERS), key=len, reverse=True)
    if not words:
        return None
    body = "|".join(_phrase_pattern(phrase, in_compounds) for phrase in words)
    return re.compile(f"(?:{body})" + (r"\Z" if at_end else ""), re.IGNORECASE)


@dataclass(frozen=True)
class Construction:
    """The match ``text[start:end]`` inside its block ``text``, with the words of its sentence."""

    text: str
    start: int
    end: int
    sentence: Sentence = field(default_factory=Sentence)

    @functools.cached_property
    def matched(self) -> str:
        return self.text[self.start : self.end]

    @functools.cached_property
    def matched_words(self) -> frozenset[str]:
        """The words of the match, lower case; a hyphenated word also counts as its parts ("ex-addicts": "ex")."""
        words = [word.lower() for word in words_of(self.matched)]
        return frozenset(words + [part for word in words for part in re.split(_HYPHEN, word) if part != word])

    @functools.cached_property
    def bounds(self) -> Range:
        """The sentence's first and last character: from its words, or else from sentence punctuation."""
        sentence = self.sentence
        if sentence.start <= self.start and self.end <= sentence.end and sentence.start < sentence.end:
            return sentence.start, sentence.end
        starts = [m.end() for m in _SENTENCE_END.finditer(self.text, 0, self.start)]
        after = _SENTENCE_END.search(self.text, self.end)
        return (starts[-1] if starts else 0), (after.start() + 1 if after else len(self.text))

    @functools.cached_property
    def sentence_text(self) -> str:
        start, end = self.bounds
        return self.text[start:end]

    @functools.cached_property
    def opening(self) -> int:
        """Where the sentence's first word starts (after any opening quote or bracket)."""
        start, end = self.bounds
        first = re.compile(r"[^\W_]").search(self.text, start, end)
        return first.start() if first else start

    @functools.cached_property
    def shouting(self) -> bool:
        """The whole sentence is in capitals ("HE COMMITTED SUICIDE AT 19")."""
        letters = _LETTERS.findall(self.sentence_text)
        return len(words_of(self.sentence_text)) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)

    @functools.cached_property
    def title_case(self) -> bool:
        """A title-case heading: every word but the small ones starts with a capital ("When a Friend Commits Suicide")."""
        # a handle or a hashtag keeps its own case: "An Open Letter to the @cityofmelbourne: Why Is Our City so Bipolar?"
        text = _HANDLE.sub(" ", self.sentence_text)
        content = [w for w in words_of(text) if w.lower() not in SMALL_WORDS | NAME_PARTICLES and not w[0].isdigit()]
        if len(content) < 2 or self.shouting:
            return False
        if self.sentence_text.rstrip().endswith((".", "!", "?", "…")) and not any(w[0].isupper() and not w.isupper() for w in content[1:]):
            # no capital but the first word's and acronyms' in a sentence that ends as one: "Helps with my OCD. :D",
            # "Suffering PTSD from the PTA?" (a bare heading, "Christmas PTSD", keeps its capitals)
            return False
        lower = [w for w in content if not w[0].isupper()]
        # Many headline styles keep short verbs, pronouns and relatives in lower case: two of them are allowed
        # ("Eulogy for my Brother who Committed Suicide").
        return not lower or (
            len(lower) <= 2 and all(word in _LOWER_IN_HEADLINES for word in lower) and len(content) - len(lower) >= 2
        )

    @functools.cached_property
    def capitalises_small_words(self) -> bool:
        """A title-case heading that capitalises its small words too ("Most Patients Straight By The Time They ...")."""
        if not self.title_case:
            return False
        small = [word for word in words_of(self.sentence_text)[1:] if word.lower() in SMALL_WORDS]  # not the first
        return bool(small) and all(word[:1].isupper() for word in small)

    @functools.cached_property
    def capitalises_long_small_words(self) -> bool:
        """A title-case heading that capitalises its small words of four letters or more, as AP style does
        ("A Recovering Alcoholic Wonders About a Second Chance With the Yankees")."""
        if not self.title_case:
            return False
        long_small = [w for w in words_of(self.sentence_text)[1:] if w.lower() in SMALL_WORDS and len(w) >= LONG_SMALL_WORD]
        return bool(long_small) and all(word[:1].isupper() for word in long_small)

    def before(self, phrases: tuple[str, ...], position: int | None = None) -> Range | None:
        """The longest of ``phrases`` that ends just before ``position`` (the match; only spaces between), in the sentence."""
        position = self.start if position is None else position
        stripped = self.text[self.bounds[0] : position].rstrip()
        # no phrase's last word ends the text: the search below could find nothing (and its pattern is not compiled)
        regex = phrases_regex(phrases, at_end=True) if self._may_end_with(phrases, stripped) else None
        # Only the end of the sentence so far can hold a phrase that ends there: search a window, not all of it.
        lead = max(0, len(stripped) - _reach(phrases))
        found = regex.search(stripped, lead) if regex else None  # the leftmost start is the longest phrase
        if found:
            return self.bounds[0] + found.start(), self.bounds[0] + found.end()
        if SENTENCE_START in phrases and not _WORD_CHAR.search(stripped):
            return self.bounds[0] + len(stripped), self.bounds[0] + len(stripped)  # only punctuation before
        return None

    @staticmethod
    def _may_end_with(phrases: tuple[str, ...], text: str) -> bool:
        """Whether ``text`` ends in the last word of one of ``phrases`` (True where that cannot be told exactly).

        A phrase's match ends with the phrase's own last word, and no word
        character may stand just before a one-word phrase: so the text's last
        run of word characters is that word. Most rewrites' ``before`` words
        are absent before most matches, and this is far cheaper than a search.
        """
        finals = _final_words(phrases)
        if finals is None:
            return True
        found = _FINAL_RUN.search(text, max(0, len(text) - 40))
        if found is None:
            return False
        word = found.group()
        return len(word) >= 40 or not word.isascii() or word.lower() in finals

    def after(self, phrases: tuple[str, ...], position: int | None = None) -> Range | None:
        """The longest of ``phrases`` that starts just after ``position`` (the match's end; only spaces between)."""
        position = self.end if position is None else position
        tail = self.text[position : self.bounds[1]]
        gap = len(tail) - len(tail.lstrip())
        regex = phrases_regex(phrases) if _may_start_with(phrases, tail, gap) else None
        found = regex.match(tail, gap) if regex else None
        if found:
            return position + found.start(), position + found.end()
        if SENTENCE_END in phrases and not _WORD_CHAR.search(tail):
            return position + gap, position + gap  # only punctuation after
        if DESCRIBED_NOUN in phrases:
            return self._described_noun(position)
        return None

    def _described_noun(self, position: int) -> Range | None:
        """The word right after ``position`` if the words before it may describe it: "psycho [lawn] care"."""
        hyphened = _HYPHENED_WORD.match(self.text, position, self.bounds[1])
        if hyphened:
            return hyphened.start(1), hyphened.end(1)  # "psycho-killer": the first word of a compound describes the rest
        found = _NEXT_WORD.match(self.text, position, self.bounds[1])
        if found is None:
            return None
        if found.group(1)[0].isupper() and not self.title_case:
            return None  # a name in apposition: "the borderline jerk Michael Scott"
        word = found.group(1).lower()
        previous = self.word_before(self.start)
        after_singular = previous is not None and self.text[previous[0] : previous[1]].lower() in _SINGULAR_DETERMINERS
        verb_or_adverb = (
            word.endswith("ly")
            or (len(word) >= 5 and word.endswith("ed"))
            # after "a junkie", a word in -s is its verb ("a junkie steals"), not a plural it describes
            or (after_singular and word.endswith("s") and not word.endswith(("ss", "us", "is")))
        )
        if word in FOLLOW_A_NOUN or verb_or_adverb or not word.isalpha():
            return None
        return found.start(1), found.end(1)

    def near(self, phrases: tuple[str, ...], start: int, end: int) -> bool:
        """Whether one of ``phrases`` stands in the sentence outside ``start:end`` (what a rewrite replaces)."""
        regex = phrases_regex(phrases, in_compounds=True)
        if regex is None:
            return False
        low, high = self.bounds
        return regex.search(self.text, low, start) is not None or regex.search(self.text, end, high) is not None

    def inside(self, phrases: tuple[str, ...]) -> Range | None:
        """The first (then longest) of ``phrases`` inside the match."""
        regex = phrases_regex(phrases, in_compounds=True) if self._may_hold(phrases) else None
        found = regex.search(self.matched) if regex else None
        return (self.start + found.start(), self.start + found.end()) if found else None

    def _may_hold(self, phrases: tuple[str, ...]) -> bool:
        """Whether the match holds the first word (or mark) of one of ``phrases`` (True where that cannot be told
        exactly): most of a rule's ``replace`` lists are for its other constructions."""
        firsts = _first_words(phrases)
        if firsts is None:
            return True
        matched = self.matched
        if not matched.isascii():
            return True
        present = {word.lower() for word in _FIRST_RUN.findall(matched)} | set(matched)
        return not present.isdisjoint(firsts)

    def run_of(self, words: frozenset[str]) -> Range | None:
        """The first run of consecutive words of the match that are all in ``words``.

        Hyphenated words count whole ("high-functioning") or, failing that, by their parts ("ex-addicts").
        """
        for word in (_WHOLE_WORD, _WORD_PART):
            run: Range | None = None
            for found in word.finditer(self.matched):
                if found.group().lower() in words:
                    start, end = self.start + found.start(), self.start + found.end()
                    run = (run[0], end) if run else (start, end)
                elif run:
                    break
            if run:
                return run
        return None

    def word_before(self, position: int) -> Range | None:
        """The word just before ``position`` (only spaces between), within the sentence."""
        low = max(self.bounds[0], position - 60)  # the longest word and the spaces after it fit in 60 characters
        found = _LAST_WORD.search(self.text, low, position)
        return (found.start(), found.start(1)) if found else None

    def word_after(self, position: int) -> Range | None:
        """The word just after ``position`` (only spaces between), within the sentence."""
        found = _NEXT_WORD.match(self.text, position, self.bounds[1])
        return (found.start(1), found.end(1)) if found else None

    def text_before(self, position: int) -> str:
        """The text of the word just before ``position`` (see ``word_before``), or "" at the sentence's start."""
        previous = self.word_before(position)
        return self.text[previous[0] : previous[1]] if previous else ""

    def text_after(self, position: int) -> str:
        """The text of the word just after ``position`` (see ``word_after``), or "" at the sentence's end."""
        following = self.word_after(position)
        return self.text[following[0] : following[1]] if following else ""

    def words_before(self, position: int, count: int | None = None, reach: int = 60) -> list[str]:
        """The last ``count`` words (all, when None) of the ``reach`` characters before ``position`` in the sentence,
        in lower case: what the checks on a rewrite's left-hand neighbours read."""
        found = [word.lower() for word in words_of(self.text[max(self.bounds[0], position - reach) : position])]
        return found if count is None else found[-count:]

    def words_after(self, position: int, count: int, reach: int = 60) -> list[str]:
        """The first ``count`` words of the ``reach`` characters after ``position`` in the sentence, in lower case."""
        return [word.lower() for word in words_of(self.text[position : min(self.bounds[1], position + reach)])[:count]]

    def name_after(self, position: int) -> bool:
        """A name follows ``position``: a capitalised word (not an acronym, not "I") in a sentence that is no
        title-case heading, where every word has a capital."""
        word = self.text_after(position)
        return word[:1].isupper() and not word.isupper() and not self.title_case

    def head(self, start: int, end: int) -> Word | None:
        """The last word in ``start:end``: the head of an English noun phrase ("heroin addicts")."""
        inside = [w for w in self.sentence.words if start <= w.start and w.end <= end and any(c.isalpha() for c in w.text)]
        if inside:
            return inside[-1]
        found = list(re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", self.text[start:end]))
        return Word(found[-1].group(), start + found[-1].start(), start + found[-1].end()) if found else None
