""""The word" as news: "got the word", "spread the word", "put the word out" pass a message on.

A cue such as "the word" may excuse a match near it; in these idioms it
names no word, and so excuses nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

# "got the word", "spread the word", "put the word out": news passed on, not a word talked about.
_PASSING_WORD_ON = frozenset(
    ["got", "get", "gets", "getting", "received", "receive", "spread", "spreading", "spreads", "put", "puts",
     "putting", "sent", "send", "gave", "give", "passed", "pass"]
)


def is_news_of_a_word(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is "the word" of "got the word" or "spread the word": news, so no cue of a mention."""
    return (
        end - start == 2
        and start > 0
        and doc[start].lower_ == "the"
        and doc[start + 1].lower_ == "word"
        and doc[start - 1].lower_ in _PASSING_WORD_ON
    )
