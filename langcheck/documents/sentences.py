"""Where sentences end inside a block's text, and the sentence around a span.

A block never crosses a boundary of its document (a heading, a list item, a
table cell, a front-matter value, a paragraph), so the sentence of a block
around a finding is the most local context a finding has: it changes only
when the words around the finding change. Baseline fingerprints use it, and
the matching engine cuts long blocks at the same sentence ends.
"""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[^\W_a-z])")
"""The end of a sentence: closing punctuation, whitespace, then something that can start one."""

CONTEXT_LIMIT = 240
"""Characters looked at on each side of a span: bounds the cost on a block that never ends a sentence."""


def sentence_bounds(text: str, start: int, end: int, limit: int = CONTEXT_LIMIT) -> tuple[int, int]:
    """The range of the sentence of ``text`` that holds ``text[start:end]``, at most ``limit`` characters either side."""
    left = max(0, start - limit)
    for match in SENTENCE_END.finditer(text, left, min(len(text), start + 1)):
        left = max(left, match.end())
    ceiling = min(len(text), end + limit)
    match = SENTENCE_END.search(text, end, min(len(text), ceiling + 2))
    right = match.start() + 1 if match is not None and match.start() < ceiling else ceiling
    return left, right


def sentence_around(text: str, start: int, end: int, limit: int = CONTEXT_LIMIT) -> str:
    """The sentence of ``text`` (a block's text) that holds ``text[start:end]``, stripped."""
    left, right = sentence_bounds(text, start, end, limit)
    return text[left:right].strip()
