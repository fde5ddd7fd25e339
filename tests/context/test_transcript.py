from __future__ import annotations

import pytest

from langcheck.context.transcript import speaker, speech_blocks
from langcheck.documents import parse_document


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Tim Smith: So did you not take medication?", "Tim Smith"),
        ("[04:30] JUSTIN DORFMAN: Yeah, sure.", "JUSTIN DORFMAN"),
        ("Erik St. Martin: That's insane.", "Erik St. Martin"),
        # labels that name no one, and the one-letter labels of a page of questions
        ("Note: this guide was updated in May.", None),
        ("Update: the crazy bug is fixed.", None),
        ("Q: Is it fine to say committed suicide?", None),
        ("He said: no.", None),
        ("No colon here at all.", None),
    ],
)
def test_speakers(paragraph: str, expected: str | None) -> None:
    assert speaker(paragraph) == expected


TRANSCRIPT = """# Episode 5

An introduction by the show.

**Tim Smith:** Welcome back. It was a crazy year.

**Justin Dorfman:** Thanks. I have bipolar 1 disorder.

My hypomania turned into acute mania. That's just insane.

**Tim Smith:** When did you find out?

**Justin Dorfman:** When I was 18.

## Show notes

A crazy list of links.
"""


def test_turns_run_to_the_next_speaker_or_heading() -> None:
    blocks = parse_document(TRANSCRIPT, "markdown").blocks
    speech = [blocks[index].text for index in sorted(speech_blocks(blocks))]
    assert speech[0].startswith("Tim Smith:")
    assert "My hypomania turned into acute mania. That's just insane." in speech
    assert "An introduction by the show." not in speech
    assert "A crazy list of links." not in speech


def test_one_speaker_or_one_turn_each_is_no_transcript() -> None:
    notes = "Note: one.\n\nNote: two.\n\nUpdate: three.\n\nUpdate: four.\n\nJane Doe: a single quote.\n"
    assert speech_blocks(parse_document(notes, "markdown").blocks) == frozenset()
