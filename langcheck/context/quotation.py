"""Quotations: words the writer reports from a source and cannot change.

Style guides ask writers to change their own words, not a historical record,
a statute, an interview answer or a researcher quoted in an article: AP keeps
derogatory terms "only inside essential quotes". A finding inside a
quotation is therefore reported as information by default (``quotations:
info``), or not at all (``ignore``), or as any other finding (``flag``), and
``fix`` never rewrites it.

A quotation is a block quotation (Markdown ``>`` that is not a callout, HTML
``<blockquote>``), an HTML ``<q>``, quoted speech in running text (a
stretch between quotation marks longer than a quoted term), or a paragraph
that opens a quotation and does not close it. A quoted word or
short phrase ("crazy", 'so OCD') is a mention or a scare quote, which the
context checks handle; it is not a quotation in this sense.
"""

from __future__ import annotations

from langcheck.context.quotes import MAX_QUOTED_TERM_WORDS, enclosing_quote
from langcheck.documents.model import Block


def in_quotation(block: Block, start: int, end: int) -> bool:
    """Whether ``block.text[start:end]`` lies inside words quoted from a source."""
    if block.quoted:
        return True
    if any(mark.kind == "quote" and mark.start <= start and end <= mark.end for mark in block.marks):
        return True
    quote = enclosing_quote(block.text, start, end)
    if quote is not None:
        return len(block.text[quote[0] : quote[1]].split()) > MAX_QUOTED_TERM_WORDS
    return _opens_unclosed(block.text)


_OPENING_DOUBLE = ("\u201c", '"', "\u201e", "\u00ab")


def _opens_unclosed(text: str) -> bool:
    """A paragraph that opens a quotation and does not close it: a quotation that runs on into the next paragraph.

    Typesetting convention opens every paragraph of a long quotation and
    closes only the last, so a paragraph that starts with a double quotation
    mark and has no closing mark anywhere is the source's words throughout.
    """
    stripped = text.lstrip()
    if not stripped.startswith(_OPENING_DOUBLE):
        return False
    rest = stripped[1:]
    return "\u201d" not in rest and '"' not in rest and "\u00bb" not in rest
