"""Hedges: a degree word that makes a diagnosis a passing mood ("I'm kinda bipolar", "it makes us a little
bit bipolar").

A hedged diagnosis is a figure of speech, not a label the writer wears, so it
is never taken for self-description, not even after "I'm".
"""

from __future__ import annotations

# Degree words that make a diagnosis a passing mood: "a little bit bipolar", "kinda autistic", "so delusional".
_HEDGES = frozenset(["so", "soo", "sooo", "kinda", "sorta", "slightly", "somewhat", "mildly", "totally", "super"])
_SMALL_AMOUNTS = frozenset(["little", "bit", "tad", "touch", "wee"])


def hedged(words: list[str], start: int, end: int, floor: int) -> bool:
    """Whether a degree word stands right before the label or opens the match: "so bipolar", "a little bit
    bipolar", "a tad autistic"."""
    if end - start > 1 and (words[start] in _HEDGES or words[start] in _SMALL_AMOUNTS):
        return True
    i = start - 1
    if i >= floor and words[i] in _HEDGES:
        return True
    while i >= floor and words[i] in _SMALL_AMOUNTS:
        i -= 1
    return i < start - 1 and i >= floor and words[i] == "a"
