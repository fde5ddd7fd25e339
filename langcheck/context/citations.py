"""Titles of cited works: the words of a paper, book or article named by a link or a citation.

"[Low mood in bipolar men](https://…/low-mood-in-bipolar-men)" names a
paper; its title is the authors' choice and the writer cites it as it is.
Link text counts as a title when the link points at a scholarly record (a
DOI, PubMed, a journal), when its words are the words of the link's last
path segment (how blogs and news sites build addresses from titles), or when
it is written as a title (three or more words, nearly all capitalised). An
HTML ``<cite>`` is a title by definition. Italics are how prose sets a work's
title ("the film *Clean and Sober*"): italic words in title case count, two or
more of them, or one set before a dash or a bracket that describes the work
("*Drunks* – a 1995 film").
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from langcheck.context.title_words import MINOR_WORDS
from langcheck.documents.model import Block, Mark

_SCHOLARLY_HOSTS = (
    "doi.org", "pubmed", "ncbi.nlm.nih.gov", "europepmc.org", "jstor.org", "arxiv.org", "biorxiv.org", "medrxiv.org",
    "psyarxiv.com", "osf.io", "scholar.google", "semanticscholar.org", "springer.com", "wiley.com",
    "sciencedirect.com", "tandfonline.com", "sagepub.com", "academic.oup.com", "nature.com", "thelancet.com",
    "bmj.com", "jamanetwork.com", "nejm.org", "frontiersin.org", "plos.org", "mdpi.com", "cambridge.org",
    "psycnet.apa.org", "researchgate.net", "ssrn.com", "cochranelibrary.com", "karger.com", "psychiatryonline.org",
)  # fmt: skip
_WORD = re.compile(r"[^\W_]+")
# Words a title may leave in lower case: those of every title style, and the short verbs and words that styles
# capitalising only longer words leave small ("Hourly Billing is Nuts").
_MINOR = MINOR_WORDS | frozenset(["vs", "via", "yet", "if", "is", "are", "am", "be"])
MIN_TITLE_WORDS = 3
_TITLE_MARKS = frozenset({"link", "cite", "emphasis"})
# What may follow a one-word italic title: the description of the work ("*Drunks* – a 1995 film", "*Drunks* (1995)").
_AFTER_ONE_WORD_TITLE = re.compile(r"\s*[–—(]|\s+-\s")


def names_a_work(block: Block, start: int, end: int) -> bool:
    """Whether ``block.text[start:end]`` lies in the title of a cited work."""
    if not block.marks:
        return False
    marks = block.marks_covering(start, end, _TITLE_MARKS)
    matched = frozenset(word.lower() for word in _WORD.findall(block.text[start:end]))
    return any(_is_title(mark, block.text[mark.start : mark.end], block.text[mark.end :], matched) for mark in marks)


def _is_title(mark: Mark, text: str, after: str, matched: frozenset[str] = frozenset()) -> bool:
    if mark.kind == "cite":
        return True
    if mark.kind == "emphasis":
        return _italic_title(_WORD.findall(text), after)
    if mark.kind != "link":
        return False
    words = [word.lower() for word in _WORD.findall(text)]
    if len(words) < MIN_TITLE_WORDS:
        return False
    target = urlsplit(mark.value)
    if any(host in target.netloc.lower() for host in _SCHOLARLY_HOSTS) or target.path.lower().endswith(".pdf"):
        return True
    return _slug_spells(target.path, words, matched) or _title_case(_WORD.findall(text))


def _slug_spells(path: str, words: list[str], matched: frozenset[str] = frozenset()) -> bool:
    """Whether the last segment of ``path`` is made of the link text's words ("/2021/05/low-mood-in-bipolar-men/")."""
    segments = [segment for segment in unquote(path).lower().split("/") if segment]
    if not segments:
        return False
    slug = set(_WORD.findall(segments[-1].rsplit(".", 1)[0]))
    content = [word for word in words if word not in _MINOR]
    if not content:
        return False
    if sum(word in slug for word in content) >= 0.75 * len(content):
        return True
    # or the page is named by the matched word of the text, as a short address is: "[the bipolar Lisp
    # programmer](…/bipolar.html)" ("[my notes on bipolar men](…/notes)" is named for the notes, not the men)
    named = slug - _MINOR - _GENERIC_SLUGS
    return bool(named) and named <= set(words) and not named.isdisjoint(matched)


# Last path segments that name no page by its title.
_GENERIC_SLUGS = frozenset(["index", "html", "htm", "php", "aspx", "home", "page", "post", "posts", "article", "main"])


def _italic_title(words: list[str], after: str) -> bool:
    """Italic words written as a title: every content word capitalised, two or more of them, or one followed by the
    description of the work. Italics that stress a word ("it was *not* crazy") are in lower case."""
    if _VOLUME_AFTER.match(after):
        return True  # a journal named in a reference, whatever its case: "_Substance abuse_, _35_(3), 217–221"
    content = [word for word in words if word.lower() not in _MINOR]
    if not content or not all(word[0].isupper() for word in content):
        return False
    return len(content) >= 2 or _AFTER_ONE_WORD_TITLE.match(after) is not None


# A volume and an issue after a journal's name in a reference: ", 35(3)", ", vol. 12".
_VOLUME_AFTER = re.compile(r"\s*,\s*(?:vol\.?\s*)?\d+\s*(?:\(\d+\))?\s*[,:]")


def _title_case(words: list[str]) -> bool:
    content = [word for word in words if word.lower() not in _MINOR]
    return len(content) >= MIN_TITLE_WORDS and sum(word[0].isupper() for word in content) >= 0.8 * len(content)
