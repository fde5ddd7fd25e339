"""The sentence around a match, and its tagged words: what rewrites are fitted to.

Plain data built by the matching engine from spaCy tokens, so that the layers
below it (``fixes``) can read a match's neighbours and grammar without spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Word:
    """One token; ``start``/``end`` are offsets into the block's text.

    ``tag`` (a Penn Treebank tag such as ``NNS``) and ``number`` (``Sing`` or
    ``Plur``, spaCy's morphology) are set only by a trained pipeline.
    """

    text: str
    start: int
    end: int
    tag: str = ""
    number: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """The sentence around a match: where it starts and ends in the block, and the match's tagged words.

    ``words`` are the words of the match where a trained pipeline tagged them (a rewrite reads the
    number of the noun it replaces there); without tags they would tell nothing the text does not.
    """

    start: int = 0
    end: int = 0
    words: tuple[Word, ...] = ()

    @property
    def tagged(self) -> bool:
        return bool(self.words)

    def shifted(self, offset: int) -> Sentence:
        """The same sentence with offsets ``offset`` characters further on (a piece's, placed in its block)."""
        if not offset:
            return self
        words = tuple(Word(w.text, w.start + offset, w.end + offset, w.tag, w.number) for w in self.words)
        return Sentence(self.start + offset, self.end + offset, words)
