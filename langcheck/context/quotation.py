"""Quotations: words the writer reports from a source and cannot change.

Style guides ask writers to change their own words, not a historical record,
a statute, an interview answer or a researcher quoted in an article: AP keeps
derogatory terms "only inside essential quotes". A finding inside a
quotation is therefore reported as information by default (``quotations:
info``), or not at all (``ignore``), or as any other finding (``flag``), and
``fix`` never rewrites it.

A quotation is a block quotation (Markdown ``>`` that is not a callout, HTML
``<blockquote>``), an HTML ``<q>``, quoted speech in running text (a
stretch between quotation marks longer than a quoted term), a paragraph
that opens a quotation and does not close it, the words before a quotation's closing mark when the text
holds no opening one (the end of speech begun in an earlier sentence or paragraph), or what follows a speaker and a
colon ("The doctor writes: ...") or a named source ("In the words of Gerard Butler ...", "To quote my
grandmother, ..."), or the words a signature at the paragraph's end attributes ("... it is the rule. ~ Friedrich
Nietzsche"). A quoted word or
short phrase ("crazy", 'so OCD') is a mention or a scare quote, which the
context checks handle; it is not a quotation in this sense.
"""

from __future__ import annotations

import functools
import re

from langcheck.context.quotes import MAX_QUOTED_TERM_WORDS, OPENING_DOUBLE, enclosing_quote
from langcheck.documents.model import Block


def in_quotation(block: Block, start: int, end: int) -> bool:
    """Whether ``block.text[start:end]`` lies inside words quoted from a source."""
    if block.quoted:
        return True
    if block.marks and block.marks_covering(start, end, _QUOTE_MARKS):
        return True
    quote = enclosing_quote(block.text, start, end)
    if quote is not None:
        return len(block.text[quote[0] : quote[1]].split()) > MAX_QUOTED_TERM_WORDS
    return (
        _opens_unclosed(block.text)
        or _in_opening_speech(block.text, start, end)
        or _in_speech_left_open(block.text, start)
        or _closes_unopened(block.text, end)
        or _introduced_by_a_speaker(block.text, start)
        or _before_a_signature(block.text, end)
        or _edited_as_a_quotation(block.text, start, end)
    )


# The marks an editor leaves in words quoted from a source: a letter whose case the quotation changed ("[P]eople",
# "[t]he"), words left out ("[...]", "[…]") and "[sic]".
_ALTERATION = re.compile(r"\[(?:[A-Za-z]\](?=[a-z])|\.\.\.\]|…\]|sic\])", re.IGNORECASE)
_ALTERATION_REACH = 300


def _edited_as_a_quotation(text: str, start: int, end: int) -> bool:
    """Whether the match's sentence holds an editor's mark of a quotation ("[P]eople suffering from ...", "[sic]"):
    the sentence is a source's words, set out without quotation marks (a block quotation flattened into a paragraph,
    a court quoting a statute)."""
    if "[" not in text:
        return False
    reach = max(0, start - _ALTERATION_REACH)
    # the full stops of a "[...]" end no sentence
    ends = [match.end() for match in _SENTENCE_END.finditer(text, reach, start) if not _left_out(text, match.start())]
    since = ends[-1] if ends else reach
    later = _SENTENCE_END.finditer(text, end, end + _ALTERATION_REACH)
    after = next((match for match in later if not _left_out(text, match.start())), None)
    until = after.start() + 1 if after else min(len(text), end + _ALTERATION_REACH)
    return _ALTERATION.search(text, since, until) is not None


def _left_out(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` is the last of an editor's "[...]"."""
    return text.startswith("[...]", dot - 3)


# An epigraph's or a quotation's signature at the end of its paragraph: "... it is the rule. ~ Friedrich Nietzsche",
# "... the world. — Mahatma Gandhi". A tilde signs anywhere; a dash signs only after the words' closing punctuation,
# since "my one hero — Batman" is the writer's own sentence.
_SIGNATURE = re.compile(
    r"(?:\s~\s*|[.!?\"”’]\s*(?:—|–|--|-)\s*)[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|of)){0,4}"
    r"(?:,\s*[^,.!?\n]{1,60})?\s*$"
)


def _before_a_signature(text: str, end: int) -> bool:
    """Whether the match stands in words that a signature at the end of the paragraph attributes to someone, on the
    signature's own line (a block of plain text may run on for many lines).

    A signature names its source in a few words, so only the block's last
    characters are read: the test costs the same however long the block.
    """
    offset = max(0, len(text) - _SIGNATURE_REACH)
    tail = text[offset:]
    if "~" not in tail and "—" not in tail and "–" not in tail and "-" not in tail:
        return False
    signature = _SIGNATURE.search(tail)
    if signature is None:
        return False
    at = offset + signature.start()
    return end <= at and text.rfind("\n", end, at) == -1


_SIGNATURE_REACH = 200


_QUOTE_MARKS = frozenset({"quote"})
# "The doctor writes: ...", "The record reads: ...": a speaker and a colon, then the source's words (not the writer's
# own gloss in brackets: "a bold (read: insane) notion").
# The verbs of speech both kinds of introduction share; each adds its own below.
_SPEECH_VERBS = (
    "writes|wrote|says|said|states|stated|explains|explained|adds|added|recalls|recalled|replied|replies|answered|"
    "answers|testified"
)
_SPEAKER_COLON = re.compile(
    rf"(?<!\()\b(?:{_SPEECH_VERBS}|reads|read|declares|declared|notes|noted|continues|continued|told us)\s*:\s",
    re.IGNORECASE,
)
# A speaker, then whom or where they told it, then a colon: "Pranay Ashok of Mumbai Police told the Times of India:
# ...", "the family said in a statement: ...".
_ADDRESSED_SPEAKER_COLON = re.compile(
    r"\b(?:told(?:\s+the)?\s+[A-Z][^:.!?\n]{0,60}|(?:said|says|wrote|writes|stated|added)\s+(?:in|to)\s+[^:.!?\n]{1,60})"
    r":\s"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")
# "In the words of Gerard Butler ... THIS IS MADNESS", "To quote my grandmother, ...": a named source, then its words.
_ATTRIBUTION = re.compile(
    r"\b(?:in the (?:immortal |famous )?words of|to quote)\b[^.!?:\n]{1,80}?(?:\.\.\.|…|:|,|—|–)\s*",
    re.IGNORECASE,
)


def _introduced_by_a_speaker(text: str, start: int) -> bool:
    """Whether the match follows "<someone> writes:" in its sentence (a quotation set off by a colon), or a named
    source ("In the words of ...", "To quote ...") with no sentence ending between.

    Only the stretch just before the match is read, so a long block costs no
    more than a short one.
    """
    reach = max(0, start - _SPEAKER_REACH)
    stretch = text[reach:start]
    if ":" in stretch:
        ends = [match.end() for match in _SENTENCE_END.finditer(text, reach, start)]
        since = ends[-1] if ends else reach
        if _SPEAKER_COLON.search(text, since, start) is not None or _ADDRESSED_SPEAKER_COLON.search(text, since, start):
            return True
    folded = stretch.lower()
    if "words of" not in folded and "quote" not in folded:
        return False
    attributions = list(_ATTRIBUTION.finditer(text, reach, start))
    # the source's words run from the attribution to the match, with no sentence ending between
    return bool(attributions) and not _SENTENCE_END.search(text, attributions[-1].end(), start)


_SPEAKER_REACH = 400




def _opens_unclosed(text: str) -> bool:
    """A paragraph that opens a quotation and does not close it: a quotation that runs on into the next paragraph.

    Typesetting convention opens every paragraph of a long quotation and
    closes only the last, so a paragraph that starts with a double quotation
    mark and has no closing mark anywhere is the source's words throughout.
    """
    stripped = text.lstrip()
    if not stripped.startswith(OPENING_DOUBLE):
        return False
    rest = stripped[1:]
    return "\u201d" not in rest and '"' not in rest and "\u00bb" not in rest


def _in_opening_speech(text: str, start: int, end: int) -> bool:
    """Whether the match lies in speech, however long, in a paragraph that opens with speech: “I may state the
    system ... the feeble reason of the madman ...”; “But then,” cried the old lady, “your Monsieur was a madman ...

    Quotation marks are paired within a few hundred characters elsewhere
    (see ``context.quotes``), but a paragraph that opens with a double mark
    is dialogue as fiction and reported interviews print it: the match is
    speech where the last double mark before it opened one (a straight mark:
    an odd number of them), and the speech runs on to its closing mark or the
    paragraph's end.
    """
    opening = len(text) - len(text.lstrip())
    if not text.startswith(OPENING_DOUBLE, opening) or start <= opening:
        return False
    if text[opening] == '"':
        if text.count('"', opening, start) % 2 == 0:
            return False
        speech_start, closers = text.rfind('"', opening, start), '"'
    else:
        last_open = max(text.rfind(mark, opening, start) for mark in ("\u201c", "\u00ab"))
        if last_open < max(text.rfind(mark, opening, start) for mark in ("\u201d", "\u00bb")):
            return False
        speech_start, closers = last_open, "\u201d\u00bb"
    close = min((at for at in (text.find(mark, speech_start + 1) for mark in closers) if at != -1), default=len(text))
    return end <= close and len(text[speech_start + 1 : close].split()) > MAX_QUOTED_TERM_WORDS


# A verb of speech right before a quotation mark, or its "that" ("said she saw him and that"), or a comma or a colon
# after it: what follows is someone's words.
_SPEECH_VERB_BEFORE = re.compile(
    rf"\b(?:{_SPEECH_VERBS}|say|saying|told\s+\w+|tells\s+\w+|asked|asks|tweeted|posted|insisted|insists)"
    r"(?:[^.!?\"\u201c\u201d]{0,40}?\bthat)?\s*[,:]?\s*$",
    re.IGNORECASE,
)


def _in_speech_left_open(text: str, start: int) -> bool:
    """Whether the match follows a quotation mark that a verb of speech or a colon opened and nothing closes: a
    witness's words that run to the end of the paragraph ("a woman said that \"...he looked to me to be either a
    crazy person or he was high."), as a reporter's copy often leaves them when the speech goes on into the next
    paragraph."""
    curly = text.rfind("\u201c", 0, start)
    if curly != -1 and text.find("\u201d", curly) == -1:
        opening = curly
    else:
        straight = text.rfind('"', 0, start)
        if straight == -1 or not _odd_straight_marks(text) or text.find('"', straight + 1) != -1:
            return False
        opening = straight
    if _MORE_THAN_A_TERM.match(text, opening + 1) is None:
        return False
    # a colon sets words off as a verb of speech does: "Joey's ruminations on heroin: “Every junkie ..."
    if text[max(0, opening - 3) : opening].rstrip().endswith(":"):
        return True
    return _SPEECH_VERB_BEFORE.search(text, max(0, opening - _SPEECH_VERB_REACH), opening) is not None


_SPEECH_VERB_REACH = 80


@functools.lru_cache(maxsize=256)
def _odd_straight_marks(text: str) -> bool:
    """Whether the block holds an odd number of straight double marks (one left open): counted once per block,
    however many matches it holds."""
    return text.count('"') % 2 == 1


_UNOPENED_CLOSER = re.compile(r"(?<=[.,!?…\u2014\u2013-])[\"\u201d\u00bb](?=\s|$)")


def _closes_unopened(text: str, end: int) -> bool:
    """Whether the match ends before a closing quotation mark that nothing in the text opened.

    Speech that began in an earlier sentence or paragraph ends in this one:
    "They're lunatics, all of them.” The closing mark follows the speech's
    last punctuation; the text holds no opening double mark (and no other
    straight one) before it, and more than a quoted term's words.
    """
    closer = _unopened_closer(text)
    return closer is not None and end <= closer


@functools.lru_cache(maxsize=256)
def _unopened_closer(text: str) -> int | None:
    """Where the block's closing quotation mark stands when nothing before it opened one and it ends more than a
    quoted term: read once per block, however many matches it holds."""
    # Only a closer before the first opening mark can count (the mark there may be the closer itself, a straight
    # quote), so a long block is read no further than that mark.
    first_opening = min((at for at in map(text.find, OPENING_DOUBLE) if at != -1), default=len(text) - 1)
    closer = _UNOPENED_CLOSER.search(text, 0, first_opening + 2)  # the character after it decides a closer
    if closer is None or closer.start() > first_opening or _MORE_THAN_A_TERM.match(text, 0, closer.start()) is None:
        return None
    return closer.start()


# More words than a quoted term holds ("so-called “crazy” people" quotes one or two).
_MORE_THAN_A_TERM = re.compile(rf"\s*(?:\S+\s+){{{MAX_QUOTED_TERM_WORDS}}}\S")
