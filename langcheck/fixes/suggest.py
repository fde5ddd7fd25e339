"""Fit a rule's rewrites to the construction a match sits in, and rank them by how well they fit.

A rule writes each rewrite once (a ``SuggestionTemplate``). For one match it
fits where its conditions hold: ``when`` (words of the match), ``before`` and
``after`` (words next to it), ``near`` (words elsewhere in the sentence: the
sense of "lunatics" in "lunatics roaming the streets, untreated"),
``not_when``/``not_before``/``not_after``/``not_near`` and ``number`` (of the
noun it replaces). It covers the match, or the words ``replace`` names
inside it, widened over the neighbours ``take`` names, and may reuse words
(``{before}``, ``{after}``, ``{1}``, ``{-1}``, named ``slots``). Then the
sentence shapes it: "a"/"an" before it agrees with it, a word is never said
twice at a seam ("lives with" + "with anxiety"), and it takes the case of what
it replaces, of a sentence start, of a title-case heading or of a shouted line.

Rewrites rank by how many kinds of condition they hold (``when``, ``before``,
``after``, ``near``, ``number``, ``slots``), then in pack order; a rewrite without any
condition is a fallback, offered only where no rewrite with conditions fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from langcheck.core.models import Lexicon, SuggestionTemplate
from langcheck.core.sentences import Sentence
from langcheck.fixes.construction import Construction, Range
from langcheck.fixes.grammar import (
    ARTICLES,
    DETERMINERS,
    PLURAL,
    SEAM_WORDS,
    WORD,
    article_for,
    capitalised,
    number_of,
    pronounced_as_word,
    title_case,
    with_case_of,
    words_of,
)
from langcheck.fixes.misfits import reads_wrong, unsure_here
from langcheck.fixes.person_first import (
    person_first_misfits,
    person_first_unsure,
)

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# Determiners that cannot stand before another determiner ("a the condition", "their a person").
_FIRM_DETERMINERS = frozenset({"a", "an", "the", "my", "your", "his", "its", "our", "their"})
# Phrases that are plural whatever a rewrite declares: never after "a".
_PLURAL_OPENERS = frozenset({"people", "persons", "others", "many", "several", "those", "these", "both"})
_QUOTE_MARKS = frozenset('"“”„«»')
_TAG_MARKS = frozenset("#@")
_APOSTROPHES = frozenset("'‘’")
_ARTICLE_PAIR = re.compile(r"\b([Aa]n?)(\s+)(?=([^\W_]+))")


@dataclass(frozen=True)
class Rewrite:
    """A fitted rewrite: replace ``text[start:end]`` of the block with ``replacement``."""

    replacement: str
    safe: bool
    start: int
    end: int


def fit_suggestions(
    templates: tuple[SuggestionTemplate, ...],
    text: str,
    start: int,
    end: int,
    sentence: Sentence | None = None,
    lexicon: Lexicon | None = None,
) -> tuple[Rewrite, ...]:
    """The rewrites of ``templates`` that fit the match ``text[start:end]``, best first."""
    construction = Construction(text, start, end, sentence or Sentence())
    fitting = []
    for order, template in enumerate(templates):
        rewrite = fit(template, construction, lexicon or Lexicon())
        if rewrite is not None:
            fitting.append((template, order, rewrite))
    if any(not template.unconditional for template, _, _ in fitting):
        fitting = [item for item in fitting if not item[0].unconditional]
    fitting.sort(key=lambda item: (-item[0].specificity, item[1]))
    seen: set[str] = set()
    out = []
    for _, _, rewrite in fitting:
        low, high = min(rewrite.start, construction.bounds[0]), max(rewrite.end, construction.bounds[1])
        key = text[low : rewrite.start] + rewrite.replacement + text[rewrite.end : high]  # two ranges, one sentence
        if key not in seen:
            seen.add(key)
            out.append(rewrite)
    return tuple(out)


def fit(template: SuggestionTemplate, construction: Construction, lexicon: Lexicon) -> Rewrite | None:
    """``template`` fitted to ``construction``, or None where one of its conditions does not hold."""
    c = construction
    if (template.when and not _holds_when(template.when, c)) or (
        template.not_when and _holds_when(template.not_when, c)
    ):
        return None
    start, end = c.start, c.end
    if template.replace:
        narrowed = c.inside(template.replace)
        if narrowed is None:
            return None
        start, end = narrowed
    # Neighbours are the words next to what the rewrite replaces: the match, or the words ``replace`` names in it.
    before = c.before(template.before, start) if template.before else None
    after = c.after(template.after, end) if template.after else None
    if (template.before and before is None) or (template.after and after is None):
        return None
    if (template.not_before and c.before(template.not_before, start)) or (
        template.not_after and c.after(template.not_after, end)
    ):
        return None
    if (template.near and not c.near(template.near, start, end)) or (
        template.not_near and c.near(template.not_near, start, end)
    ):
        return None
    if template.number and number_of(c.head(start, end), lexicon) != template.number:
        return None
    slots: dict[str, Range] = {}
    for name, words in template.slots:
        run = c.run_of(frozenset(words))
        if run is None:
            return None
        slots[name] = run
    if before and "before" in template.take:
        start = before[0]
    if after and "after" in template.take:
        end = after[1]
    if start and c.text[start - 1] in _TAG_MARKS:
        return None  # a hashtag or a handle is a name: "#PTSD sufferers" cannot become "#People with PTSD"
    if _article_shared(c, start, end, lexicon):
        return None
    replacement = _filled(template.text, c, before, after, slots)
    if replacement is None:
        return None
    return _shaped(replacement, template, c, start, end)


def _article_shared(c: Construction, start: int, end: int, lexicon: Lexicon) -> bool:
    """The replaced words open with an article that a second label after "or"/"and" shares: "a Sibling is an
    Addict or Alcoholic" cannot become "a person with addiction or Alcoholic"; only a person can rework both."""
    opening = (words_of(c.text[start:end]) or [""])[0].lower()
    previous = c.word_before(start)
    if opening not in ARTICLES and (previous is None or c.text[previous[0] : previous[1]].lower() not in ARTICLES):
        return False
    joiner = c.word_after(end)
    if joiner is None or c.text[joiner[0] : joiner[1]].lower() not in ("or", "and"):
        return False
    shared = c.word_after(joiner[1])
    return shared is not None and c.text[shared[0] : shared[1]].lower() in lexicon.singular


def _holds_when(when: tuple[str, ...], c: Construction) -> bool:
    return any((" " in word and c.inside((word,))) or word in c.matched_words for word in when)


def _filled(
    text: str, c: Construction, before: Range | None, after: Range | None, slots: dict[str, Range]
) -> str | None:
    """The rewrite with its placeholders filled from the construction's words."""
    if "{" not in text:
        return _articles_agree(text)
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", c.matched)]
    failed = False

    def fill(found: re.Match[str]) -> str:
        nonlocal failed
        name = found.group(1)
        where: Range | None = None
        side, _, index = name.partition(".")
        neighbour = {"before": before, "after": after}.get(side)
        if name in ("before", "after") and neighbour:
            where = neighbour
        elif index and neighbour:
            where = _word_of(c.text, neighbour, int(index))
        elif name in slots:
            where = slots[name]
        elif re.fullmatch(r"-?\d+", name) and int(name) and -len(words) <= int(name) <= len(words):
            offset, word = words[int(name) - 1 if int(name) > 0 else int(name)]
            word = word.strip(",;:")
            where = (c.start + offset, c.start + offset + len(word))
        if where is None:
            failed = True
            return ""
        return _reused(c, where, opens=found.start() == 0)

    filled = PLACEHOLDER.sub(fill, text)
    return None if failed else _articles_agree(filled)


def _word_of(text: str, where: Range, index: int) -> Range | None:
    """The ``index``-th word (from 1, or from the end with -1) of ``text[where[0]:where[1]]``, or None."""
    words = list(WORD.finditer(text, where[0], where[1]))
    if not -len(words) <= index <= len(words) or not index:
        return None
    found = words[index - 1 if index > 0 else index]
    return found.start(), found.end()


def _reused(c: Construction, where: Range, opens: bool) -> str:
    """A word of the sentence reused in a rewrite, without the capital it had only for opening the sentence."""
    word = c.text[where[0] : where[1]]
    if where[0] > c.opening or opens or c.title_case or not word[:1].isupper() or _proper(c, where, word):
        return word
    return word[0].lower() + word[1:]


def _proper(c: Construction, where: Range, word: str) -> bool:
    """A name keeps its capital: tagged as one, spelt with more capitals ("McDonald"), or an eponym ("Alzheimer's").

    A tagger's "proper noun" for the sentence's first word is not evidence: its capital is the sentence's, and
    taggers read "Marijuana users are ..." as a name."""
    first = c.head(where[0], where[0] + len(word.split()[0]))
    if first is not None and first.tag in ("NNP", "NNPS") and where[0] > c.opening:
        return True
    return any(ch.isupper() for ch in word[1:]) or re.search(r"['’]s\b", word) is not None


def _holds_quote_mark(text: str, start: int, end: int) -> bool:
    """A quotation mark inside ``text[start:end]``; an apostrophe counts unless a letter stands before it ("she's")."""
    for index in range(start, end):
        char = text[index]
        if char in _QUOTE_MARKS or (char in _APOSTROPHES and not (index and text[index - 1].isalnum())):
            return True
    return False


def _articles_agree(text: str) -> str:
    """ "a"/"an" inside a rewrite agree with the word after them (a reused word may have changed it)."""
    return _ARTICLE_PAIR.sub(lambda m: with_case_of(article_for(m.group(3)), m.group(1)) + m.group(2), text)


def _shaped(replacement: str, template: SuggestionTemplate, c: Construction, start: int, end: int) -> Rewrite | None:
    """Fit the rewrite to the words around it: articles, seams and case."""
    original = c.text[start:end]
    if _holds_quote_mark(c.text, start, end):
        return None  # the range holds a quotation mark, which the rewrite would delete
    first_word = (words_of(replacement) or [""])[0].lower()
    previous = c.word_before(start)
    if previous is not None:
        word = c.text[previous[0] : previous[1]]
        lower = word.lower()
        if lower in _FIRM_DETERMINERS and first_word in DETERMINERS:
            return None  # "a the condition"
        if lower in ARTICLES:
            if template.number == PLURAL or first_word in _PLURAL_OPENERS:
                return None  # "a people with addiction"
            right = article_for(replacement)
            if right != lower:
                replacement = (
                    with_case_of(right, word) + c.text[previous[1] : start] + _cased(replacement, original, c, start)
                )
                start = previous[0]
                original = c.text[start:end]
                return _finish(replacement, template, c, start, end, original, cased=True)
        if lower in SEAM_WORDS and first_word == lower:
            replacement = replacement[len(first_word) :].lstrip()
        if lower == "of" and first_word not in DETERMINERS and _part_of_a_group(c, previous[0], original):
            replacement = original[:3] + " " + replacement  # "many of the addicted": "many of the people with ..."
    return _finish(replacement, template, c, start, end, original, cased=False)


def _part_of_a_group(c: Construction, of_start: int, original: str) -> bool:
    """ "some of the addicted", "the majority of the mentally ill": a share of a group the replaced words name
    with "the", which a bare rewrite would drop ("some of people with addiction")."""
    if original[:4].lower() != "the ":
        return False
    share = c.word_before(of_start)
    return share is not None and c.text[share[0] : share[1]].lower() in _SHARES


# Words for a share of a group, before "of the ...".
# (Nouns for a share read well without "the": "80 percent of people with mental illness".)
_SHARES = frozenset(
    ["some", "many", "most", "all", "none", "few", "several", "one", "two", "three", "four", "five", "each", "any",
     "half", "both", "either", "neither"]
)


def _finish(
    replacement: str, template: SuggestionTemplate, c: Construction, start: int, end: int, original: str, cased: bool
) -> Rewrite | None:
    following = c.word_after(end)
    if following is not None:
        next_word = c.text[following[0] : following[1]].lower()
        last = (words_of(replacement) or [""])[-1]
        if next_word in SEAM_WORDS and last.lower() == next_word:
            replacement = replacement[: replacement.lower().rfind(next_word)].rstrip()
    if (
        not replacement
        or person_first_misfits(replacement, c, start, end)
        or reads_wrong(replacement, c, start, end, original)
    ):
        return None
    if start and c.text[start - 1].isalnum() and replacement[:1].isalnum():
        replacement = " " + replacement  # the range began with a clitic ("she's" -> "she has")
    if not cased:
        replacement = _cased(replacement, original, c, start)
    if replacement == original or _shouts_in_part(replacement):
        return None
    safe = (
        template.safe
        and not unsure_here(replacement, c, start, end, original)
        and not person_first_unsure(replacement, c, start, end)
    )
    return Rewrite(replacement, safe, start, end)


def _cased(replacement: str, original: str, c: Construction, start: int) -> str:
    """Give the rewrite the case of what it replaces, its heading or its sentence start."""
    if not any(ch.islower() for ch in original) and (_shouted(original) or c.shouting):
        return replacement.upper()
    if any(word[:1].isupper() for word in words_of(original)) and c.title_case:
        # "How Budget Cuts Affect the Mentally Ill": the heading's capitals, whatever case its small words take
        return title_case(
            replacement,
            first=original[:1].isupper(),
            every_word=c.capitalises_small_words,
            long_words=c.capitalises_long_small_words,
        )
    if not original[:1].isupper():
        return replacement
    if start <= c.opening or _capital_expected(c, start) or _in_a_title_before_a_colon(c, start):
        return capitalised(replacement)
    return replacement  # a capital inside a sentence ("she's Bipolar") is not the rewrite's to keep


# The longest title a colon may close at the start of a sentence: "Math Trauma: This post is ...".
_MAX_LABEL_WORDS = 6


def _in_a_title_before_a_colon(c: Construction, start: int) -> bool:
    """A capital in a short title that opens the sentence and ends in a colon, every word of it capitalised: "Math
    Trauma: This post ..." keeps the capital ("Math Stress:")."""
    colon = c.text.find(":", start, c.bounds[1])
    if colon == -1:
        return False
    words = words_of(c.text[c.opening : colon])
    return 2 <= len(words) <= _MAX_LABEL_WORDS and all(word[:1].isupper() for word in words)


def _capital_expected(c: Construction, start: int) -> bool:
    """A capital that the place asks for: after a colon, an opening quote or a sentence end, or inside a capitalised name."""
    lead = c.text[c.bounds[0] : start].rstrip()
    if lead[-1:] in (":", "“", "‘", '"', "(", "—", "–"):
        return True  # after a colon, a dash, an opening bracket or quotation mark
    if lead.rstrip("\"'”’)]")[-1:] in (".", "!", "?", "…"):
        return True  # after a sentence end the pipeline did not split at ("... Fahrenheit! BiPolar!")
    previous = c.word_before(start)
    if previous is None or previous[0] <= c.opening:
        return False
    word = c.text[previous[0] : previous[1]]
    if word == "I" or word[:2] in ("I'", "I’"):
        return False  # "Maybe I'm OCD": the pronoun's capital says nothing about the next word
    return word[0].isupper() and not word.isupper()  # "Post-Concert Depression", but not "XML PTSD"


def _shouts_in_part(replacement: str) -> bool:
    """A word in capitals carried into a rewrite that is not all capitals: "PARANOID schizophrenics" (a headline's
    opening words in capitals) cannot become "People with PARANOID schizophrenia"; acronyms ("PTSD") are no shouting."""
    words = [w.strip(".,;:!?\"'()") for w in replacement.split()]
    loud = any(len(w) > 1 and w.isupper() and pronounced_as_word(w) for w in words)
    return loud and any(ch.islower() for ch in replacement)


def _shouted(original: str) -> bool:
    """Words in capitals ("COMMITTED SUICIDE", "the CRAZY story"); an acronym alone ("OCD", "PTSD") is not shouting."""
    words = [w for w in original.split() if any(c.isalpha() for c in w)]
    if not words or not all(w.isupper() for w in words):
        return False
    return len(words) > 1 or pronounced_as_word(words[0])
