"""The words of the sentence around a match: what rewrites are fitted to.

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
    """One sentence: where it starts and ends in the block, and its words where a trained pipeline tagged them.

    Without tags the words would tell nothing the text does not, so they are left out (``words`` is empty).
    """

    start: int = 0
    end: int = 0
    words: tuple[Word, ...] = ()

    @property
    def tagged(self) -> bool:
        return bool(self.words)
