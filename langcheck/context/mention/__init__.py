"""Use versus mention: is the matched word being used, or talked about?

"Stop using words like crazy" and "the term 'committed suicide'" discuss a
word rather than use it; flagging them is the false alarm users hate most.
Signals: short quotations around the word (a quoted word or phrase, not a
whole quoted sentence, which is reported speech and still a use), a
metalinguistic noun just before it ("the word", "terms such as"), an
avoidance cue ("instead of saying", "avoid calling people"), or a verdict on
the word just after it ("... is a slur").

``check`` holds ``is_mention``, which asks each signal in turn; each signal
has its own module (``quoted``, ``verdicts``, ``nouns``, ``avoidance`` with
its ``cues`` and ``labels``, ``lists``, ``usage``, ``predicated``,
``definitions``, ``naming``, ``reclaimed``, ``bare_adjectives``), and what
several of them ask lives in ``shared``. ``negated`` tells a casual claim
the sentence denies, and ``news`` "the word" that is news, not a word.
"""

from __future__ import annotations

from langcheck.context.mention.check import is_mention
from langcheck.context.mention.negated import is_negated_claim
from langcheck.context.mention.news import is_news_of_a_word

__all__ = ["is_mention", "is_negated_claim", "is_news_of_a_word"]
