"""Every word a document's prose could hold, read from its source without parsing it.

The whole-file pre-pass (``Engine.might_match_source``) asks whether any rule
could match anywhere in a file before the file is parsed: most files of a
documentation or blog repository hold none of the rules' words, and for them
parsing is most of the cost. The answer must never be "no" for a file that
has a finding, so the words given here are a superset of the words of every
prose block the parser could make of the source.

A block's words come from the source's letters, but markup can vanish
between two letters and join them into one word: emphasis (``cra*zy*``), an
escape's backslash (in reStructuredText with the space or line break it escapes),
an inline HTML tag or comment (``cra<b>zy</b>``), a link's
destination and title (``[cra](url "title")zy``). Character references and
front-matter escapes become letters (``cr&#97;zy``). So the words are read
from several views of the source: as written; with character references
decoded as CommonMark decodes them and as HTML does (they differ on a few
numbers); with YAML and TOML hex escapes decoded. In each view, besides its
plain letter runs, a stretch of letter runs joined only by characters that
may vanish (``*``, ``_``, ``\\``, ``[``, ``]``, and tags, comments and link
tails, which are taken out first) yields every concatenation of consecutive
runs up to the longest word the rules name: any of those characters may
have vanished, or not.

Plain text has no markup: its block words are its letter runs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape

from langcheck.documents.entities import decode_reference

_LETTER_RUN = re.compile(r"[^\W\d_]+")
_ASCII_LETTER_RUN = re.compile(r"[a-z]+")
_SOFT = "\x00"  # what a removed construct leaves
# Letter runs joined by characters that may vanish: emphasis delimiters, escapes' backslashes, a link's
# brackets, removed constructs. (Looking behind for a letter keeps the search from retrying inside a word.)
_JOINED = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:[*_\\\[\]\x00]+[^\W\d_]+)+")
def _balanced(depth: int) -> str:
    """A link destination's characters, with parentheses balanced ``depth`` levels deep."""
    inner = r"(?:[^\s()\\]|\\.)"
    for _ in range(depth):
        inner = rf"(?:[^\s()\\]|\\.|\({inner}*\))"
    return inner


# Markup that vanishes between letters and may hold whitespace: comments, tags, link tails and labels.
_CONSTRUCTS = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[.*?\]\]>"
    r"|<\?.*?\?>"
    r"|<[A-Za-z/!](?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*>"
    rf"|\]\(\s*(?:<[^<>\n]*>|{_balanced(4)}*)"
    r"(?:\s+(?:\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?\s*\)"
    r"|\]\s*\[[^\]]*\]"
    r"|\\(?:\r\n|\s)",  # reStructuredText: an escaped space or line break is no text at all ("cra\ zy" reads "crazy")
    re.DOTALL,
)
# The characters that may vanish without being a construct, and what removed constructs leave.
_VANISHING = re.compile(r"[*_\\\[\]\x00]+")
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_HEX_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")
# Where letters meet across characters that may vanish. Underscores alone between two letters never do: "_"
# cannot open or close emphasis inside a word (CommonMark), and HTML and reStructuredText give it no meaning there;
# most underscores of a technical post are of that kind ("snake_case").
_JUNCTION = re.compile(r"(?<=[^\W\d_])(?!_+[^\W\d_])[*_\\\[\]\x00]+(?=[^\W\d_])")
# Every construct, reference, escape and vanishing character holds one of these.
_MARKUP_CHARACTER = re.compile(r"[<&\\*_\[\]\x00]")
_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")


@dataclass(frozen=True, slots=True)
class SourceWords:
    """What the pre-pass tests a source with: its words lower-cased, its lower-cased text, and in exact case
    the words that are not letter runs of the source as written (``joined``; the runs are found when needed)."""

    lower: frozenset[str]
    folded: str
    joined: frozenset[str] = frozenset()


def paragraphs(source: str) -> list[str]:
    """The stretches of a Markdown source between blank lines: no block of it reaches across one.

    A paragraph, heading, table or front-matter value ends at a blank line,
    and so does an HTML block, except those whose content is never prose
    (``<pre>``, ``<script>``, ``<style>``, ``<textarea>``, comments).
    """
    return _BLANK_LINE.split(source)


def may_hold_markup(source: str) -> bool:
    """Whether ``markup_words`` could add anything to ``plain_words``: whether ``source`` holds a character
    that starts a construct or a reference, or that may vanish."""
    return _MARKUP_CHARACTER.search(source) is not None


def plain_words(source: str, wanted: frozenset[str] | None = None) -> SourceWords:
    """The letter runs of ``source``, lower-cased: all the words a plain-text document's blocks can hold.

    Given the ``wanted`` words that are not made of ASCII letters, only those
    and words of ASCII letters are of interest: runs of ASCII letters in the
    lower-cased text hold every such word (a letter run's neighbours are not
    letters, nor do they become letters when lower-cased) and are found twice
    as fast; each wanted word is kept where the text holds it at all.
    """
    folded = source.lower()
    if wanted is not None:
        found = set(_ASCII_LETTER_RUN.findall(folded))
        for mark, words in _by_mark(wanted):
            if mark in folded:  # most texts lack most marks ("’", "ü", digits): their words are not looked for
                found.update(word for word in words if word in folded)
        return SourceWords(frozenset(found), folded)
    # The runs of the lower-cased text are the runs lower-cased, but for the one letter whose lower case is
    # two characters, the second not a letter: where it occurs, runs are lower-cased one by one as well.
    lower = set(_LETTER_RUN.findall(folded))
    if "\u0130" in source:
        lower.update(run.lower() for run in _LETTER_RUN.findall(source))
    return SourceWords(frozenset(lower), folded)


@functools.lru_cache(maxsize=8)
def _by_mark(wanted: frozenset[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``wanted`` grouped by each word's first character that is not an ASCII letter (its mark): a word can only be
    in a text that holds its mark."""
    groups: dict[str, list[str]] = {}
    for word in sorted(wanted):
        mark = next((char for char in word if not ("a" <= char <= "z")), word[:1])
        groups.setdefault(mark, []).append(word)
    return tuple((mark, tuple(words)) for mark, words in sorted(groups.items()))


def markup_words(source: str, plain: SourceWords, longest: int) -> SourceWords:
    """``plain`` (the source's ``plain_words``) and every word markup may make: all a Markdown or HTML block can hold.

    ``longest`` is the length of the longest word worth knowing: joined words
    beyond it are not spelled out.
    """
    raw: set[str] = set()
    folded = [plain.folded]
    bare = _CONSTRUCTS.sub(_SOFT, source)
    _add_joins(bare, raw, longest)
    folded.append(_VANISHING.sub("", bare.lower()))
    # Decoded views differ from the source only where a reference or an escape stands, so only the
    # stretches around them, up to whitespace, are decoded and read.
    for decoding in _DECODINGS:
        if decoding.needs in source and decoding.pattern.search(source):
            for view in (source, bare):
                for stretch in decoding.stretch.finditer(view):
                    for decode in decoding.decoders:
                        decoded = decode(stretch.group())
                        raw.update(_LETTER_RUN.findall(decoded))
                        _add_joins(decoded, raw, longest)
                        folded += [decoded.lower(), _VANISHING.sub("", decoded.lower())]
    return SourceWords(plain.lower | {word.lower() for word in raw}, "\n".join(folded), frozenset(raw))


def _add_joins(view: str, raw: set[str], longest: int) -> None:
    """Add the words that letter runs of ``view`` make where the characters between them vanish.

    Such a word holds a junction (letters on both sides of vanishing
    characters) and is at most ``longest`` long, so it lies within that
    distance of the junction.
    """
    for junction in _JUNCTION.finditer(view):
        window = view[max(0, junction.start() - longest) : junction.end() + longest]
        for joined in _JOINED.findall(window):
            raw.update(_concatenations(_LETTER_RUN.findall(joined), longest))


def _concatenations(runs: list[str], longest: int) -> list[str]:
    """Every concatenation of two or more consecutive ``runs`` no longer than ``longest``."""
    found = []
    for first in range(len(runs) - 1):
        word = runs[first]
        for run in runs[first + 1 :]:
            word += run
            if len(word) > longest:
                break
            found.append(word)
    return found


def _commonmark_reference(match: re.Match[str]) -> str:
    """A character reference as a Markdown block holds it (see ``entities``)."""
    return decode_reference(match.group()) or match.group()


def _decode_references(text: str) -> str:
    return _REFERENCE.sub(_commonmark_reference, text)


def _decode_escapes(text: str) -> str:
    return _HEX_ESCAPE.sub(_hex_escape, text)


def _hex_escape(match: re.Match[str]) -> str:
    value = int(match.group(1) or match.group(2) or match.group(3), 16)
    return chr(value) if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else match.group()


@dataclass(frozen=True)
class _Decoding:
    """Text that decodes into other characters: its pattern, the ways it decodes, a substring it needs."""

    pattern: re.Pattern[str]
    decoders: tuple[Callable[[str], str], ...]
    needs: str
    stretch: re.Pattern[str] = field(init=False)  # the non-whitespace around each match

    def __post_init__(self) -> None:
        object.__setattr__(self, "stretch", re.compile(rf"(?<!\S)\S*?(?:{self.pattern.pattern})\S*"))


# Character references decode as CommonMark decodes them (Markdown) and as HTML does (HTML, and raw HTML in
# Markdown); YAML and TOML front matter decodes hex escapes.
_DECODINGS = (
    _Decoding(_REFERENCE, (_decode_references, unescape), "&"),
    _Decoding(_HEX_ESCAPE, (_decode_escapes,), "\\"),
)
