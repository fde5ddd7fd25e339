from __future__ import annotations

import pytest

from langcheck.context.mention import is_mention


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Stop using words like crazy to describe people.", "crazy", True),
        ("The term committed suicide is outdated.", "committed suicide", True),
        ("Instead of saying committed suicide, say died by suicide.", "committed suicide", True),
        ("Psycho is a slur that links illness to violence.", "Psycho", True),
        ("He committed suicide in 2019.", "committed suicide", False),
        ("That crazy driver nearly hit me.", "crazy", False),
        ("Avoid crazy, nuts and insane.", "crazy", True),
        # a cue before a list of words covers every item of it, not only the first
        ("Avoid crazy, nuts and insane.", "insane", True),
        ("Words like crazy, insane, and psycho hurt people.", "psycho", True),
        ("Examples of ableist language: lame, crazy, mad scientist, insane.", "insane", True),
        ("Stop calling people crazy, insane or nuts.", "nuts", True),
        # a list with no cue before it is used, not mentioned
        ("He is lazy, crazy and insane.", "insane", False),
        ("The crowd went wild, crazy and insane.", "insane", False),
        # a clause in between ends the list
        ("Avoid the word crazy, because the crowd went insane.", "insane", False),
    ],
)
def test_mention_cues(nlp, token_range, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert is_mention(doc, *token_range(doc, word)) is expected
