"""Pick the rewrites that fit a match and shape them to the sentence.

A rule lists its rewrites once; ``when`` words tie a rewrite to a form of the
match ("committed" -> "died by suicide", "commits" -> "dies by suicide"), and
the first letter follows the case of the matched text, so a rewrite at the
start of a sentence starts with a capital.
"""

from __future__ import annotations

import functools
import re

from langcheck.core.models import Suggestion

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@functools.lru_cache(maxsize=4096)
def suggestions_for(matched: str, suggestions: tuple[Suggestion, ...]) -> tuple[Suggestion, ...]:
    """The rewrites that fit ``matched``, cased like it (cached: the same words come up again and again)."""
    words = {w.lower() for w in _WORD.findall(matched)}
    fitting = [s for s in suggestions if s.when and words & set(s.when)]
    if not fitting:
        fitting = [s for s in suggestions if not s.when]
    return tuple(Suggestion(match_case(matched, s.text), s.safe, s.when) for s in fitting)


def match_case(matched: str, replacement: str) -> str:
    """Capitalise the rewrite when the match starts with a capital (but not for all-caps acronyms)."""
    if not matched or not replacement:
        return replacement
    first_word = _WORD.search(matched)
    shouting = first_word is not None and len(first_word.group()) > 1 and first_word.group().isupper()
    if matched[0].isupper() and not shouting and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
