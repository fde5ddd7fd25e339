"""Writing about the past: a period's own words for people and places, in a passage that dates itself.

Historians write "lunatic asylums were built in the mid-19th century" and
"in the 18th century people went to Bedlam to stare at the lunatics": the
terms are the period's categories, named to describe it, not the writer's
labels for people today. Guidance allows historical and legal names in
historical writing. A rule lists its period terms (``context.period_terms``);
they pass where the same paragraph dates itself: a year before 1950 ("in
1845", "the 1890s"), an ordinal century before the twentieth, the name of an
era ("Victorian", "antebellum"), or an institution only the past had
("workhouse", "pauper"), or a list of three of the old categories of census
returns and asylum registers ("blind, idiot, and insane").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from spacy.tokens import Doc

from langcheck.context.annotations import cached, lower_words

# The last year whose terms count as the period's own.
LAST_PERIOD_YEAR = 1949
_CENTURIES = frozenset(
    ["13th", "14th", "15th", "16th", "17th", "18th", "19th", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth"]
)
_ERAS = frozenset(
    ["victorian", "victorians", "georgian", "edwardian", "elizabethan", "jacobean", "regency", "antebellum",
     "medieval", "mediaeval", "tudor", "tudors", "puritan", "puritans", "renaissance", "enlightenment-era", "colonial-era", "interwar",
     "prewar", "pre-war", "ancient", "antiquity",
     # institutions that only the past had: "lunatics in workhouses", "pauper lunacy"
     "workhouse", "workhouses", "almshouse", "almshouses", "poorhouse", "poorhouses", "pauper", "paupers", "inebriate",
     "inebriates",
     # family history and the past told as past: "a vintage postcard", "my ancestor", "historically"
     "historically", "formerly", "vintage", "ancestor", "ancestors", "genealogy", "genealogical", "genealogist",
     "genealogists", "great-grandmother", "great-grandfather", "great-great-grandmother", "great-great-grandfather",
     "great-grandmothers", "great-grandfathers", "great-grandparents", "great-great-grandparents"]
)


# A dateline: a full date that ends a short opening block ("Read before the Society, SEPTEMBER 4, 1877."), or a
# year alone ("1877.").
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:1[5-8]\d\d|19[0-4]\d)"
_DATELINE = re.compile(
    rf"(?:(?:^|[\s,;:—–-]){_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|(?:^|[\s,;:—–-])\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?{_MONTHS},?\s+{_YEAR}|^\W*{_YEAR})\W*$",
    re.IGNORECASE,
)
_MODERN_YEAR = re.compile(r"(?<![\d-])(?:19[5-9]\d|20\d\d)(?![\d-])")
# How far into a document its dateline may stand (in blocks: title, author, place, date, salutation ...), and how
# long a block holding one may be.
DATELINE_BLOCKS = 25
DATELINE_LENGTH = 120


def written_before_1950(blocks: Sequence[str]) -> bool:
    """Whether a document dates itself as written before 1950: a dateline near its opening, and no later year in it.

    An address, a report or a letter of the period says when it was written
    ("Read before the Santa Clara Medical Society, SEPTEMBER 4, 1877."), and
    then speaks the period's language from its first word to its last,
    though most of its paragraphs name no date of their own. A modern essay
    that opens with such a date gives a later year somewhere (its own date, a
    citation, a note), and so does a modern edition.
    """
    opening = [block.strip() for block in blocks[:DATELINE_BLOCKS]]
    if not any(len(block) <= DATELINE_LENGTH and _DATELINE.search(block) for block in opening):
        return False
    return not any(_MODERN_YEAR.search(block) for block in blocks)


# A sentence that opens on the present ("And now this lunatic in Iran wants ..."), in a paragraph that has been telling
# the past: the writer's own word for someone today, not the period's.
# "Now" alone often only opens a turn of the argument ("Now before everyone gets mad at me ..."): it counts after a
# conjunction or before the subject it puts in the present.
_OPENS_ON_THE_PRESENT = re.compile(
    r"^\W*(?:nowadays|(?:and|but|yet|so)\s+now|now\s+(?:this|these|that|those|we|they|he|she|there|our|today))\b"
    r"(?!\s*,?\s*(?:in|by|at)\s+\d)",
    re.IGNORECASE,
)


def opens_on_the_present(sentence: str) -> bool:
    """Whether ``sentence`` opens on the present: "And now ...", "Now this ...", "Nowadays" (not "Now, in 1850, ...")."""
    return _OPENS_ON_THE_PRESENT.match(sentence) is not None


def sentence_at_opens_on_the_present(text: str, offset: int) -> bool:
    """``opens_on_the_present`` for the sentence of ``text`` that holds character ``offset``, where no parsed
    sentences are at hand (a long paragraph judged as a whole): it starts after the last sentence end before it."""
    ends = _sentence_ends(text)
    before = bisect.bisect_right(ends, offset) - 1
    return opens_on_the_present(text[ends[before] if before >= 0 else 0 :])


@functools.lru_cache(maxsize=64)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` ends: found once per paragraph, however many matches it holds."""
    return tuple(match.end() for match in _SENTENCE_END.finditer(text))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def dates_itself(doc: Doc) -> bool:
    """Whether the text of ``doc`` (a paragraph or a piece of one) places itself before 1950."""
    return cached(doc, "dates-itself", lambda: _dates_itself(lower_words(doc)))


def paragraph_dates_itself(nlp, text: str) -> bool:  # type: ignore[no-untyped-def]
    """``dates_itself`` for the whole of a paragraph that the pipeline read in pieces, tokenized as they were."""
    return _dates_itself(lower_words(nlp.make_doc(text)))


def _dates_itself(words: list[str]) -> bool:
    for i, word in enumerate(words):
        if word in _ERAS or word in _CENTURIES:
            return True
        if "-" in word and any(part in _ERAS or part in _CENTURIES for part in word.split("-")):
            return True  # "mid-19th", "19th-century", "late-Victorian"
        if _year(word) and not _number(words, i - 1) and not _number(words, i + 1):
            return True  # a year, not part of a phone number ("1800 273 8255")
        if _early_year(words, i) or _blanked_year(words, i):
            return True
        if i and (words[i - 1], word) in _PERIOD_PAIRS:
            return True
        if _elided_past_tense(word):
            return True  # the past tense as printers spelt it before 1800: "ask'd", "behav'd", "seem'd"
        if word in _OLD_SPELLINGS or (i >= 2 and word in _HYPHENED_DAYS and words[i - 1] == "-" and words[i - 2] == "to"):
            return True  # spellings the twentieth century dropped: "to-day", "to-morrow", "connexion", "shewn"
        if word == "past" and _the_past_set_apart(words, i):
            return True
        if word in _ASYLUMS and _an_institution(words, i):
            return True
        if _named_for_its_inmates(words, i):
            return True
    return _lists_old_categories(words)


# Spellings of printed English before the mid-twentieth century, no longer written: "confirmed drunkards in our
# country to-day".
_OLD_SPELLINGS = frozenset(["to-day", "to-morrow", "to-night", "connexion", "connexions", "shewn", "shew", "shewed"])
_HYPHENED_DAYS = frozenset(["day", "morrow", "night"])


def _named_for_its_inmates(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` closes a period's institution named for its inmates: "the state hospital for the
    insane", "an asylum for the inebriate", "an institution for lunatics", "the school for idiots". The plural
    nouns need no article, but only after an institution's word ("a home for lunatics" is a jibe); the adjectives
    need the article ("a home for insane" is no name)."""
    word = words[i]
    if word in _OLD_INMATES and i > 2 and words[i - 2 : i] == ["for", "the"]:
        return words[i - 3] in _INSTITUTIONS
    if word in _OLD_INMATE_NOUNS and i > 1 and words[i - 1] == "for":
        return words[i - 2] in _INSTITUTIONS and words[i - 2] not in _EVERYDAY_PLACES
    return False


_OLD_INMATES = frozenset(["insane", "inebriate", "inebriates", "feebleminded", "idiotic", "imbecile"])
_OLD_INMATE_NOUNS = frozenset(["lunatics", "idiots", "imbeciles", "inebriates", "feeble-minded"])
# Places a jibe names too ("a home for lunatics", "the house for idiots"): with no article, no institution's name.
_EVERYDAY_PLACES = frozenset(["home", "homes", "house", "department"])
_INSTITUTIONS = frozenset(
    ["hospital", "hospitals", "asylum", "asylums", "home", "homes", "retreat", "institution", "institutions", "colony",
     "school", "schools", "infirmary", "house", "department", "ward", "wards", "reformatory"]
)


_ASYLUMS = frozenset(["asylum", "asylums", "gaol", "gaols"])
# The period's own names for the place are findings themselves ("a virtual insane asylum"), not evidence of a period.
_ASYLUM_KINDS = frozenset(["insane", "lunatic", "lunatics", "mental", "crazy", "nut", "loony", "looney", "virtual"])
# Before "asylum": the refuge a state grants, not an institution ("political asylum", "seek asylum").
_REFUGE = frozenset(
    ["political", "seek", "seeks", "sought", "seeking", "grant", "grants", "granted", "claim", "claims", "claimed",
     "claiming", "apply", "applied", "applying", "applies", "asked", "ask", "request", "requested", "given", "gave",
     "offer", "offered", "receive", "received", "diplomatic", "religious", "temporary", "safe", "for", "of", "denied",
     "refused", "win", "won"]
)
# The idiom of people in charge of the place: "the lunatics are running the asylum", "have taken over the asylum".
_IN_CHARGE = frozenset(["running", "run", "runs", "ran", "over", "control", "controlling", "charge"])


def _an_institution(words: list[str], i: int) -> bool:
    """Whether "asylum" (or "gaol") at ``i`` is the institution of the past, not a refuge granted ("political
    asylum", "seek asylum"), the idiom "the lunatics are running the asylum" nor a name that is itself a finding
    ("an insane asylum"): an institution that held people under the old categories, whose period's words a passage
    about it uses."""
    if words[i] in ("asylum", "asylums"):
        before = words[i - 1] if i else ""
        if is_refuge(words, i) or before in _ASYLUM_KINDS or (before == "the" and i > 1 and words[i - 2] in _IN_CHARGE):
            return False
    return True


# After "asylum" in the refuge sense: "asylum seekers", "the asylum system", "an asylum claim".
_REFUGE_AFTER = frozenset(
    ["seeker", "seekers", "seeking", "claim", "claims", "claimant", "claimants", "application", "applications",
     "system", "systems", "policy", "policies", "process", "hearing", "hearings", "status", "applicant", "applicants"]
)


def is_refuge(words: list[str], i: int) -> bool:
    """Whether "asylum" at ``i`` is the refuge a state grants ("political asylum", "the immigration/asylum system"),
    not a place that held people."""
    before = words[i - 1] if i else ""
    if before in ("/", "and", "or") and i > 1 and words[i - 2] in ("immigration", "refugee", "refugees"):
        return True
    return before in _REFUGE or before in ("immigration", "refugee") or (
        i + 1 < len(words) and words[i + 1] in _REFUGE_AFTER
    )


# The categories of old census returns, asylum registers and statutes, one entry per category: "deaf mute,
# indigent, blind, idiot, and insane"; "insane, feeble-minded, epileptic". Some of them are still everyday insults
# ("a lunatic, a drunkard and quite insane"); three distinct categories in one passage, one of them a register's
# own (not an insult), are a period's classification.
_OLD_CATEGORIES = {
    **dict.fromkeys(["insane", "insanity"], "insane"),
    **dict.fromkeys(["lunatic", "lunatics", "lunacy"], "lunatic"),
    **dict.fromkeys(["idiot", "idiots", "idiotic", "idiocy"], "idiot"),
    **dict.fromkeys(["imbecile", "imbeciles", "imbecility"], "imbecile"),
    **dict.fromkeys(["feeble-minded", "feebleminded", "feeble-mindedness"], "feeble-minded"),
    **dict.fromkeys(["epileptic", "epileptics"], "epileptic"),
    **dict.fromkeys(["blind"], "blind"),
    **dict.fromkeys(["deaf", "deaf-mute", "mute", "mutes", "dumb"], "deaf"),
    **dict.fromkeys(["inebriate", "inebriates", "dipsomaniac", "dipsomaniacs"], "inebriate"),
    **dict.fromkeys(["drunkard", "drunkards"], "drunkard"),
    **dict.fromkeys(["pauper", "paupers", "indigent", "indigents", "destitute"], "pauper"),
    **dict.fromkeys(["defective", "defectives"], "defective"),
    **dict.fromkeys(["cretin", "cretins", "cretinism"], "cretin"),
    **dict.fromkeys(["crippled", "cripples"], "crippled"),
    **dict.fromkeys(["unsound"], "unsound"),
}


def _lists_old_categories(words: list[str]) -> bool:
    """Three of the categories within a list's reach of each other: a census line or a register's heading, not an
    essay that names a lunatic in one sentence and an idiot many sentences later."""
    found: list[tuple[int, str]] = []
    for i, word in enumerate(words):
        if word in _OLD_CATEGORIES:
            found.append((i, _OLD_CATEGORIES[word]))
        elif word == "minded" and i > 1 and words[i - 2] == "feeble":  # the tokenizer splits "feeble-minded"
            found.append((i, "feeble-minded"))
    for k, (first, _) in enumerate(found):
        categories = {category for at, category in found[k:] if at - first <= _LIST_REACH}
        if len(categories) >= 3 and not categories <= _EVERYDAY_INSULTS:
            return True
    return False


_LIST_REACH = 40  # words from a list's first category to its last


_EVERYDAY_INSULTS = frozenset(["insane", "lunatic", "idiot", "drunkard"])


def _the_past_set_apart(words: list[str], i: int) -> bool:
    """ "In the past, people were sent to lunatic asylums": the past as a time of its own, set apart by a comma and
    about others; "in the past week" is recent, "in the past, I was called crazy" and "whom I've worked with in the
    past" are the writer's own past."""
    if i < 2 or words[i - 2 : i] != ["in", "the"] or i + 2 >= len(words) or words[i + 1] != ",":
        return False
    return words[i + 2] not in _THE_WRITER


_THE_WRITER = frozenset(["i", "we", "my", "our", "me", "us"])


# Two words that name a period or an institution only the past had: "Roman times", "the county asylum".
_PERIOD_PAIRS = frozenset(
    [("roman", "times"), ("roman", "empire"), ("middle", "ages"), ("dark", "ages"), ("county", "asylum"),
     ("county", "asylums"), ("county", "poor"), ("poor", "farm"), ("lunatic", "poor"), ("state", "asylum"),
     ("state", "asylums"), ("district", "asylum"), ("pauper", "asylum"),
     ("borough", "asylum"), ("lunacy", "commissioners"), ("poor", "law"), ("early", "lunatic"), ("early", "asylums"),
     ("were", "once"), ("was", "once"), ("once", "seen"), ("once", "considered"), ("once", "called"), ("once", "labelled"),
     ("once", "labeled"), ("once", "classed"), ("back", "then"), ("those", "days"), ("that", "era"),
     # records read in an archive: "bundles of documents at the National Archives pertaining to insanity"
     ("national", "archives"), ("state", "archives"), ("county", "archives"), ("archival", "records"),
     ("historical", "records"),
     # ancestors written without hyphens: "two of my Great Great grandfathers"
     *(("great", kin) for kin in ("grandfather", "grandfathers", "grandmother", "grandmothers", "grandparents",
                                  "grandparent", "aunt", "aunts", "uncle", "uncles"))]
)


# "'d" written for "-ed" in a verb ("ask'd") dates a text to the eighteenth century or before; after a pronoun it is
# "would" or "had" ("she'd", "how'd").
_ELIDING_SUBJECTS = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what", "where", "how", "why", "when", "ya",
     "y'all", "u", "someone", "somebody", "everyone", "nobody", "one", "this", "these", "those", "which"]
)
# Words that make a number of one to four digits a year: "in 872,", "872 AD", "c. 1100".
_BEFORE_EARLY_YEAR = frozenset(["in", "by", "circa", "c.", "ca.", "around", "from", "until", "since"])
_ERA_MARKS = frozenset(["ad", "a.d.", "bc", "b.c.", "bce", "b.c.e.", "ce", "c.e."])


def _early_year(words: list[str], i: int) -> bool:
    """A year before 1500, which needs a cue to be told from any other number: "In 872, ...", "AD 872", "872 BC"."""
    word = words[i]
    if not (word.isdigit() and 1 <= len(word) <= 4 and int(word) < 1500):
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i else ""
    if after in _ERA_MARKS or before in ("ad", "a.d."):
        return True
    return before in _BEFORE_EARLY_YEAR and len(word) >= 3 and after == ","


def _elided_past_tense(word: str) -> bool:
    stem = word[:-2]
    return word.endswith(("'d", "’d")) and len(stem) >= 3 and stem.isalpha() and stem not in _ELIDING_SUBJECTS


def _number(words: list[str], i: int) -> bool:
    return 0 <= i < len(words) and words[i].isdigit()


# The words before a year that the period's writers left blank: "in the autumn of 18—", "In the year 17—".
_BEFORE_BLANKED_YEAR = frozenset(["of", "in", "year", "since", "until", "till"])
_DASHES = frozenset(["—", "–", "-", "——", "--"])


def _blanked_year(words: list[str], i: int) -> bool:
    """A year with its last digits left out, as nineteenth-century writers printed one: "the autumn of 18—"."""
    if words[i].strip("\u2060") not in ("16", "17", "18") or not i or words[i - 1] not in _BEFORE_BLANKED_YEAR:
        return False
    after = words[i + 2] if i + 2 < len(words) else ""
    return i + 1 < len(words) and words[i + 1] in _DASHES and not after[:1].isdigit()


def _year(word: str) -> bool:
    digits = word.removesuffix("s").lstrip("'’")  # "1890s"
    return len(digits) == 4 and digits.isdigit() and 1500 <= int(digits) <= LAST_PERIOD_YEAR
