"""Context cues as a pack writes them, and the forms of them the text may hold.

A cue list names the words that tell a sense ("exam", "haircut", "accident");
writers put them in the plural as often as not ("exams", "haircuts",
"accidents"), and a list that names only one form misses the other. So a
cue that is one lower-case word also counts in its regular plural.
A word ending in "s" is taken to be plural already ("exams", "glasses").
Irregular plurals, phrases and token patterns are taken as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_SIBILANT_ENDINGS = ("x", "z", "ch", "sh")
_VOWELS = frozenset("aeiou")


def regular_plural(word: str) -> str:
    """The regular English plural of ``word`` ("crash" -> "crashes", "party" -> "parties", "exam" -> "exams")."""
    if word.endswith(_SIBILANT_ENDINGS):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def with_plurals(cues: Iterable[Any]) -> list[Any]:
    """``cues`` with the plural of each one-word, lower-case, alphabetic cue not ending in "s" after it (once each,
    in order)."""
    out: list[Any] = []
    seen: set[str] = set()
    for cue in cues:
        forms = [cue]
        if isinstance(cue, str) and cue.isalpha() and cue.islower() and cue.isascii() and not cue.endswith("s"):
            forms.append(regular_plural(cue))
        for form in forms:
            key = form if isinstance(form, str) else repr(form)
            if key not in seen:
                seen.add(key)
                out.append(form)
    return out
