"""A verdict on the words just after them: "... is a slur", "'psycho' is offensive".

A copula or a closing quotation mark must follow the words at once, and a
word of judgement come within the next few words; "loaded" counts only as a
word's charge, not as "loaded with cash".
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words
from langcheck.context.mention.shared import VERDICTS


def verdict_after(doc: Doc, end: int) -> bool:
    window = lower_words(doc)[end : end + 6]
    if not window or window[0] not in {"is", "are", "was", "'s", "”", '"', "’", "'"}:
        return False
    return any(word in VERDICTS and not _other_sense_of_loaded(window, at) for at, word in enumerate(window[:5]))


def _other_sense_of_loaded(window: list[str], at: int) -> bool:
    """ "loaded for Armageddon", "loaded with cash", "loaded up": a person or a thing filled, not a word's charge."""
    return window[at] == "loaded" and at + 1 < len(window) and window[at + 1] in ("for", "with", "up", "into", "onto")
