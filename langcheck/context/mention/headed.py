"""A line headed by a word of avoidance: "Avoid: addict; alcoholic", "Don't say: committed suicide".

Style guides and glossaries set the words to avoid after a short head and a
colon at the start of a line or a sentence; every word after the head, to the
end of that line, is named, not used ("Avoid: Prescription drug abuse"). A
capitalised head counts anywhere in a sentence, since a line break inside a
paragraph may have become a space ("... as prescribed Avoid: Addict").
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words

_HEADS = frozenset(
    [("avoid",), ("don't", "use"), ("do", "not", "use"), ("don't", "say"), ("do", "not", "say"), ("instead", "of"),
     ("not",), ("outdated",), ("offensive",), ("stigmatizing",), ("stigmatising",), ("incorrect",), ("wrong",),
     ("avoid", "using"), ("avoid", "saying"), ("words", "to", "avoid"), ("terms", "to", "avoid"), ("never", "use"),
     ("never", "say"), ("problematic",), ("harmful",), ("less", "preferred"), ("not", "recommended"),
     ("don", "'t", "use"), ("don", "'t", "say"), ("do", "n't", "use"), ("do", "n't", "say")]
)
_LONGEST_HEAD = max(len(head) for head in _HEADS)
# The marks that may wrap a head in plain text: "**Avoid:**".
_WRAPPERS = frozenset(["*", "**", "_", "__"])


def headed_by_a_word_of_avoidance(doc: Doc, start: int, floor: int) -> bool:
    """Whether the match follows, on its own line, a head such as "Avoid:" that opens the line or the sentence."""
    words = lower_words(doc)
    i = start - 1
    while i >= floor and words[i] != ":":
        if "\n" in doc[i].text:
            return False  # the head must be on the match's own line
        i -= 1
    if i < floor:
        return False
    colon = i
    j = colon - 1
    while j >= floor and words[j] in _WRAPPERS:
        j -= 1
    for size in range(1, _LONGEST_HEAD + 1):
        first = j - size + 1
        if first < floor:
            break
        if tuple(words[first : j + 1]) in _HEADS and (
            _opens_a_line(doc, words, first, floor) or doc[first].text[:1].isupper()
        ):
            return True  # a capitalised head sets off a line even where a line break became a space
    return False


def _opens_a_line(doc: Doc, words: list[str], at: int, floor: int) -> bool:
    """Whether the word at ``at`` opens its sentence or a line (after any emphasis marks)."""
    k = at - 1
    while k >= floor and words[k] in _WRAPPERS:
        k -= 1
    return k < floor or "\n" in doc[k].text or words[k] in ("•", "-", "–", "*")
