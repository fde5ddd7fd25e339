"""Proper names and titles: *Crazy Rich Asians*, Alcoholics Anonymous, *Mad Men*.

A capitalised match inside a sentence, or one at the start of a sentence that
runs on into another capitalised word, is most likely part of a name or a
title; a trained pipeline's named entities add evidence. In a Title Case
heading capitals say nothing (and entity recognisers guess wildly), so there
only the packs' explicit name exceptions apply. Acronyms (OCD, PTSD) are not
names.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_ALPHA, ORTH
from spacy.tokens import Doc, Token

from langcheck.context.annotations import cached, doc_text, has, sentence_bounds, token_offsets
from langcheck.context.title_words import MINOR_WORDS

NAME_ENTITY_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW"})
# Headlines and titles are short; more capitalised words than this make a sentence about names.
MAX_TITLE_WORDS = 20
# Short words some headline styles keep in lower case besides the minor ones.
_LOWER_IN_TITLES = frozenset(
    ["is", "are", "was", "were", "be", "am", "been", "vs", "via", "per", "than", "so", "up", "off", "out", "over", "my",
     "your", "his", "her", "its", "our", "their", "me", "you", "it", "we", "they", "them", "us", "him", "not", "if",
     "who", "which", "that", "what", "when", "how", "why", "where"]
)


def is_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are (part of) a proper name or a title."""
    capitalised = [i for i in range(start, end) if _is_capitalised(doc[i])]
    if not capitalised:
        return _acronym_inside_a_name(doc, start, end)
    if is_title_case_text(doc):
        return _names_a_venue(doc, end) or _credited_title(doc, end) or _reviewed_title(doc, start, end)
    if _in_named_entity(doc, start, end):
        return True
    first = capitalised[0]
    if _label_after_determiner(doc, first, end):
        return False
    if not _starts_sentence(doc, first):
        return True
    if first + 2 < len(doc) and doc[first + 1].lower_ == "the" and doc[first + 2].lower_ in _ANIMALS:
        return True  # a pet's name: "Psycho the cat continued on his journey"
    if _said_to_be_a_work(doc, end):
        return True  # "Junkie is the first book in a series about Cal Rogan"
    neighbour = _next_word(doc, end)
    if neighbour is None and first > 0 and doc[first - 1].text == ":":
        return True  # the title after a label: "Review: Schizo"
    if neighbour is None or neighbour.text == "I":
        return False
    # a name's second word may be in capitals ("Junkie XL"), unless it is a condition's acronym ("Crazy OCD habits")
    return _is_capitalised(neighbour) or (_is_initialism(neighbour.text) and neighbour.lower_ not in _CONDITION_ACRONYMS)


def _acronym_inside_a_name(doc: Doc, start: int, end: int) -> bool:
    """ "Episode 5 of The OCD Project": a condition's acronym between two capitalised words, the first of them
    inside the sentence, is a word of a title. (Capitals say nothing in a Title Case heading: "Living With OCD Is
    Hard".)"""
    if end - start != 1 or not doc[start].text.isupper() or start == 0 or end >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    return (
        _is_capitalised(before)
        and _is_capitalised(after)
        and not _starts_sentence(doc, start - 1)
        and not is_title_case_text(doc)
    )


# What a capitalised opening word may be said to be: a work of some kind ("Junkie is the first book in a series").
_WORKS = frozenset(
    ["book", "novel", "novella", "memoir", "film", "movie", "documentary", "album", "song", "single", "track", "series",
     "show", "sitcom", "play", "musical", "poem", "collection", "anthology", "comic", "manga", "anime", "game",
     "podcast", "episode", "sequel", "prequel", "thriller", "biography", "autobiography", "debut", "record", "ep",
     "story", "tale", "saga", "adaptation", "remake"]
)
# Words of degree between "is" and the work: "is perhaps the best film", "is still her finest album".
_HEDGES = frozenset(["perhaps", "still", "arguably", "maybe", "also", "now", "easily", "surely"])
# Words that may stand between "is a/the" and the kind of work: "is the first book", "was a 1995 British film".
_WORK_DESCRIBERS_REACH = 4


def _said_to_be_a_work(doc: Doc, end: int) -> bool:
    """ "Junkie is the first book in a series", "Crazy was a 1990s hit song": the opening words are the title of a work,
    as the sentence goes on to say."""
    if end + 2 >= len(doc) or doc[end].lower_ not in ("is", "was"):
        return False
    at = end + 1
    while at < len(doc) and at < end + 3 and (doc[at].lower_.endswith("ly") or doc[at].lower_ in _HEDGES):
        at += 1  # "Psycho is probably his most popular film"
    maker = at
    while maker < len(doc) and maker < at + 2 and doc[maker].text[:1].isupper():
        maker += 1  # a maker named first, in one or two words: "Psycho is Alfred Hitchcock's most famous film"
    if maker > at and maker < len(doc) and doc[maker].lower_ in ("'s", "’s"):
        at = maker
    if at >= len(doc) or doc[at].lower_ not in ("a", "an", "the", "his", "her", "their", "its", "'s", "’s"):
        return False
    for i in range(at + 1, min(at + 1 + _WORK_DESCRIBERS_REACH, len(doc))):
        if doc[i].lower_ in _WORKS:
            return True
        if not (doc[i].text.isalnum() or doc[i].text == "-"):
            return False
    return False


def _is_initialism(text: str) -> bool:
    """A short word all in capitals ("XL", "DJ"): in a name, a part of it."""
    return 2 <= len(text) <= 4 and text.isalpha() and text.isupper()


# Acronyms of conditions and of the words around them: a capital before one is a headline's, not a name's.
_CONDITION_ACRONYMS = frozenset(
    ["ocd", "adhd", "add", "ptsd", "bpd", "gad", "mdd", "asd", "ed", "aa", "na", "ssri", "cbt", "dsm", "icd", "nhs",
     "er", "icu", "tv", "dvd", "ai", "ok", "lol", "omg", "wtf", "diy", "usa", "uk", "us", "eu", "nfl", "nba", "bbq"]
)


_ANIMALS = frozenset(
    ["cat", "kitten", "dog", "puppy", "pup", "horse", "pony", "hamster", "rabbit", "bunny", "parrot", "budgie", "goat",
     "pig", "cow", "chicken", "hen", "rooster", "duck", "goose", "tortoise", "turtle", "snake", "lizard", "fish",
     "goldfish", "ferret", "rat", "mouse", "guinea", "gerbil", "cockatiel", "donkey", "llama", "alpaca", "sheep"]
)


# The last word of a business's or a group's name: capitals before one of these name it even in a headline
# ("@ The Loony Bin Comedy Club - Tulsa").
_VENUE_HEADS = frozenset(
    ["club", "bar", "pub", "cafe", "café", "restaurant", "theatre", "theater", "hotel", "inn", "saloon", "lounge",
     "brewery", "records", "studios", "productions", "festival", "band", "orchestra", "ltd", "inc", "llc"]
)


def _names_a_venue(doc: Doc, end: int) -> bool:
    """Whether the capitalised words right after the match (at most three) end in the head of a venue's name
    ("Comedy Club -", but not "Bar Fight Leaves", where the capitals run on)."""
    for i in range(end, min(end + 3, len(doc))):
        token = doc[i]
        if not _is_capitalised(token):
            return False
        if token.lower_ in _VENUE_HEADS:
            following = _next_word(doc, i + 1)
            return following is None or not _is_capitalised(following)
    return False


def _credited_title(doc: Doc, end: int) -> bool:
    """ "On the Brink of Insanity by AlAndAl": the title of a work, then "by" and its author's name."""
    i = end
    while i < len(doc) and i - end < 8 and doc[i].lower_ != "by":
        if doc[i].is_alpha and not (_is_capitalised(doc[i]) or doc[i].lower_ in MINOR_WORDS):
            return False
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ == "by" and doc[i + 1].text[:1].isupper()


# What a heading says of a work whose title opens it: "Psycho Killer Film Review: A Masterclass in Horror".
_REVIEW_WORDS = frozenset(["review", "reviews", "recap", "trailer", "soundtrack"])
_WORK_KINDS = frozenset(["film", "movie", "book", "album", "series", "season", "episode", "game", "play", "musical", "song", "show"])


def _reviewed_title(doc: Doc, start: int, end: int) -> bool:
    """The heading opens with the match's capitalised words and goes on with what is said of the work they name:
    "Psycho Killer Film Review", "Crazy Ex-Girlfriend Season 2 Recap"."""
    if any(doc[i].is_alpha for i in range(start)):
        return False
    i = end
    while i < len(doc) and i - end < 6 and doc[i].lower_ not in _REVIEW_WORDS:
        if doc[i].is_alpha and not (_is_capitalised(doc[i]) or doc[i].lower_ in MINOR_WORDS):
            return False
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _REVIEW_WORDS:
        return False
    return i == end or doc[i - 1].lower_ in _WORK_KINDS or doc[i - 1].like_num


def is_handle(doc: Doc, start: int) -> bool:
    """ "@spaz", "#spaz": a user name, channel or hashtag names something, whatever its word; and so does a path
    such as a repository's ("crazy-max/ghaction-docker-buildx")."""
    at = token_offsets(doc)[0][start]
    text = doc_text(doc)
    if at > 0 and text[at - 1] in "@#" and (at == 1 or not text[at - 2].isalnum()):
        return True
    return _in_a_path(text, at)


# A path of an owner and a name, joined by a slash with no space, holding a dot, an underscore or a digit, or a
# hyphen on both sides, as identifiers do: "crazy-max/ghaction-docker-buildx", "psycho.js/dist" (not
# "crazy/stupid", "addict/alcoholic" or "bipolar/manic-depressive").
_PATH = re.compile(
    r"[\w.@-]*[_.\d@][\w.@-]*/[\w.@/-]+|[\w.@-]+/[\w.@/-]*[_.\d@][\w.@/-]*|[\w]+-[\w-]+/[\w-]*-[\w.@/-]+"
)


def _in_a_path(text: str, at: int) -> bool:
    """Whether the word at ``at`` lies in a whitespace-free run of text that is a path."""
    begin = at
    while begin > 0 and not text[begin - 1].isspace() and text[begin - 1] not in "([`'\"":
        begin -= 1
    finish = at
    while finish < len(text) and not text[finish].isspace() and text[finish] not in ")]`'\"":
        finish += 1
    while finish > at and text[finish - 1] in ".,;:!?":
        finish -= 1  # the sentence's own punctuation after the run
    found = _PATH.search(text, begin, finish)
    return found is not None and found.start() <= at < found.end()


# "this Sociopath is", "a total Nutter": a capitalised word after these, with no capitalised word after it, is a
# label given emphasis, not a name. ("The" is left out: titles follow it, "the Psycho remake".)
# (and quantifiers of a plural label: "Not all Schizophrenics hallucinate", "many Alcoholics relapse")
_LABEL_DETERMINERS = frozenset(
    ["this", "that", "these", "those", "a", "an", "some", "another", "total", "complete", "absolute", "utter", "such",
     "all", "many", "most", "few", "fellow"]
)


def _label_after_determiner(doc: Doc, first: int, end: int) -> bool:
    if first == 0 or doc[first - 1].lower_ not in _LABEL_DETERMINERS:
        return False
    if doc[first - 1].text[0].isupper() and not _starts_sentence(doc, first - 1):
        return False  # a title that opens with its article: "an episode of A Bipolar, a Schizophrenic, and a Podcast"
    if first >= 3 and doc[first - 2].lower_ in MINOR_WORDS and _is_capitalised(doc[first - 3]):
        return False  # the article inside a title: "Ozzy's Diary of a Madman"
    neighbour = _next_word(doc, end)
    return neighbour is None or not _is_capitalised(neighbour)


def _is_capitalised(token: Token) -> bool:
    """A word that starts with a capital and is not all capitals, nor an acronym with a suffix ("OCDish", "ADHDers",
    which say nothing of a name)."""
    text = token.text
    return len(text) > 1 and text[0].isupper() and not text.isupper() and not _SUFFIXED_ACRONYM.fullmatch(text)


_SUFFIXED_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,5}")


# Tokens after which no sentence starts, whatever a parser says.
_INSIDE_A_SENTENCE = frozenset(["[", "(", ",", "the", "a", "an", "it", "named", "called"])


def _starts_sentence(doc: Doc, index: int) -> bool:
    if index == 0:
        return True
    previous = doc[index - 1]
    if has(doc, "SENT_START") and doc[index].is_sent_start and previous.text not in _INSIDE_A_SENTENCE:
        return True  # (a parser may start a sentence inside a link's brackets: "so I named it [Lunatic](...)")
    if previous.text in {'"', "“", "‘", "'", "(", "[", "-", "—", "–", ":", "•", "*"} and _starts_sentence(doc, index - 1):
        return True
    return previous.text == ":" and _label_before_colon(doc, index - 1)


def _label_before_colon(doc: Doc, colon: int) -> bool:
    """ "LETTER: Addicts need compassion", "Opinion: Crazy ...": one to three words open the sentence and end in
    a colon, a label of what follows; what follows opens a sentence of its own."""
    for first in range(colon - 1, max(-1, colon - 4), -1):
        if not doc[first].is_alpha:
            return False
        if _starts_sentence(doc, first):
            return True
    return False


def _next_word(doc: Doc, index: int) -> Token | None:
    while index < len(doc):
        token = doc[index]
        if token.is_alpha:
            return token
        if not token.is_space:
            return None
        index += 1
    return None


def _in_named_entity(doc: Doc, start: int, end: int) -> bool:
    if not has(doc, "ENT_IOB"):
        return False
    # Only a name that reaches beyond the match counts ("Crazy" in "Crazy Rich Asians"): an entity that is just
    # the matched words is the recogniser guessing from the same capitals.
    return any(
        ent.label_ in NAME_ENTITY_LABELS and ent.start < end and start < ent.end and (ent.start < start or ent.end > end)
        for ent in doc.ents
    )


def is_title_case_text(doc: Doc) -> bool:
    """Headings like "Ten Crazy Ideas For Your Garden", where capitals carry no signal."""
    return cached(doc, "title-case", lambda: _title_case(doc))


def _title_case(doc: Doc) -> bool:
    strings = doc.vocab.strings
    # Token attributes read as one array: building a Token object per word costs more than the test.
    alphabetic = [strings[orth] for alpha, orth in doc.to_array([IS_ALPHA, ORTH]).tolist() if alpha] if len(doc) else []
    content = [word for word in alphabetic if word.lower() not in MINOR_WORDS]
    # Headline styles leave a few short words in lower case ("Eulogy for my Brother who Committed Suicide"): they
    # are not counted either way.
    words = [word for word in content if word[0].isupper() or word.lower() not in _LOWER_IN_TITLES]
    if not 3 <= len(words) <= MAX_TITLE_WORDS:
        return False  # a long sentence full of capitals is full of names, not a headline
    capitalised = sum(1 for word in words if word[0].isupper())
    # Two other words in lower case ("was sent ... later") make a sentence whose capitals are names.
    if capitalised / len(words) < 0.7 or len(words) - capitalised >= 2:
        return False
    # A headline has no full stop; a sentence that ends with one and keeps a verb in lower case ("DeKemper is the
    # Executive Director of ...") is a sentence full of names.
    verb_in_lower_case = any(not word[0].isupper() for word in content)
    return not (verb_in_lower_case and doc_text(doc).rstrip().endswith("."))


def cites_a_work(doc: Doc, start: int, end: int) -> bool:
    """Whether the match lies in the title of a work the sentence cites, whatever the rule says of names.

    Two forms say it plainly, in lists of reading, of films and of
    references: a title that opens the sentence and is followed by its
    author ("Madness: A Bipolar Life By Marya Hornbacher") or by its year in
    brackets ("Bipolar (2014)"); and a numbered reference at the foot of a
    page ("[1] Family of boy who committed suicide to sue school district"),
    whose words are the cited headline's, not the writer's.
    """
    floor, ceiling = sentence_bounds(doc, start)
    return _reference_entry(doc) or _credited_from_the_start(doc, floor, ceiling, end)


_EARLIEST_YEAR, _LATEST_YEAR = 1500, 2100


def _credited_from_the_start(doc: Doc, floor: int, ceiling: int, end: int) -> bool:
    i = floor
    while i < ceiling and not doc[i].is_alpha:
        i += 1  # a list marker or an opening quotation mark
    if i >= end:
        return False
    title_words = 0
    while i < ceiling:
        token = doc[i]
        if i >= end and token.lower_ == "by" and _author_after(doc, i + 1, ceiling):
            return True
        if i >= end and token.text == "(" and _year_in_brackets(doc, i, ceiling):
            return title_words >= 1
        if token.is_alpha:
            if not (_is_capitalised(token) or token.text.isupper() or token.lower_ in MINOR_WORDS):
                return False
            title_words += 1
        elif token.text not in _TITLE_PUNCTUATION:
            return False
        i += 1
    return False


# What a title may hold besides its words: "Madness: A Bipolar Life", "Who's Afraid?".
_TITLE_PUNCTUATION = frozenset([":", "-", "–", "—", ",", "'", "’", "'s", "’s", "!", "?", "“", "”", '"', "‘"])
# Longest author's name after "by"; what may end it.
_MAX_AUTHOR_WORDS = 4
_AFTER_AUTHOR = frozenset([",", "(", "-", "–", "—", "|", ".", ";"])
# A verb that goes on about the work after its author's full name: "Trauma by Patrick McGrath is not a happy book".
_VERB_AFTER_AUTHOR = frozenset(["is", "was", "tells", "told", "follows", "explores", "remains", "became", "won", "has"])


def _author_after(doc: Doc, at: int, ceiling: int) -> bool:
    """ "By Marya Hornbacher" to the end of the sentence or to a verb about the work ("by Patrick McGrath is ..."); not
    "Committed Suicide By Jumping From A Bridge"."""
    i = at
    while i < ceiling and doc[i].text not in _AFTER_AUTHOR:
        token = doc[i]
        if i - at >= 2 and token.lower_ in _VERB_AFTER_AUTHOR:
            break  # a full name, then what the work is or does
        initial = len(token.text) <= 2 and token.text.rstrip(".").isupper()  # "J." in "J. K. Rowling"
        if not (_is_capitalised(token) or initial) or token.lower_.endswith("ing"):
            return False
        i += 1
    return 1 <= i - at <= _MAX_AUTHOR_WORDS


def _year_in_brackets(doc: Doc, at: int, ceiling: int) -> bool:
    """ "(2014)", "(1999 film)": a year right after the opening bracket, the bracket closed within two words."""
    if at + 2 >= ceiling or not doc[at + 1].text.isdigit():
        return False
    if not _EARLIEST_YEAR <= int(doc[at + 1].text) <= _LATEST_YEAR:
        return False
    return any(doc[j].text == ")" for j in range(at + 2, min(ceiling, at + 5)))


def _reference_entry(doc: Doc) -> bool:
    """ "[1] Family of 12-year-old who committed suicide ... to sue school district": a bracketed number opens the
    paragraph, and what follows is a cited title (no full stop of its own) or a reference (a web address, a year in
    brackets, "Retrieved")."""
    if len(doc) < 4 or doc[0].text != "[" or not doc[1].text.lstrip("^").isdigit() or doc[2].text != "]":
        return False
    text = doc_text(doc)
    return not text.rstrip().endswith(".") or _REFERENCE_MARKS.search(text) is not None


_REFERENCE_MARKS = re.compile(
    r"https?://|\bdoi\b|\bRetrieved\b|\bAccessed\b|\((?:1[5-9]|20)\d\d[a-z]?\)", re.IGNORECASE
)
