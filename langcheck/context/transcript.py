"""Transcripts: a record of what people said, turn by turn.

A podcast's or an interview's transcript is speech written down: every
turn ("**Tim Smith:** So did you ...") is its speaker's words, kept as they
were said. Its findings are still reported (the show's own people may want
to hear how they talk), but no rewrite is offered: ``fix`` applying one would
misquote the speaker, as it would a quotation in an article.

A document is a transcript when several paragraphs open with a speaker's
name and a colon, and at least two speakers take more than one turn each. A
turn runs from its speaker's paragraph through the unlabelled paragraphs
after it, up to the next speaker or a heading.

Paragraph labels that are not people ("Note:", "Update:", "Warning:") are
not speakers, and neither are the one-letter "Q:" and "A:" of a page of
questions and answers, which is the organisation's own prose.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from langcheck.documents.model import Block

# A speaker's name opening the paragraph, after an optional time stamp: "Tim Smith: ...", "[04:30] JUSTIN: ...".
_SPEAKER = re.compile(
    r"\s*(?:\\?\[?\d{1,2}:\d{2}(?::\d{2})?\\?\]?\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,3})\s*:\s+\S"
)
# Paragraph labels that name no one.
_NOT_SPEAKERS = frozenset(
    ["note", "notes", "nb", "update", "updated", "edit", "edited", "warning", "caution", "tip", "tips", "step",
     "summary", "source", "sources", "example", "examples", "disclaimer", "important", "ps", "tldr", "fact", "facts",
     "question", "questions", "answer", "answers", "definition", "reference", "references", "date", "time", "location",
     "where", "when", "who", "what", "why", "how", "cost", "price", "title", "author", "status", "result", "results",
     "goal", "goals", "problem", "solution", "context", "background", "takeaway", "takeaways", "lesson", "part",
     "chapter", "section", "level", "phase", "day", "week", "bonus", "hint", "spoiler", "verdict", "rating", "pros",
     "cons", "break", "transcript", "attendees", "agenda", "topic", "topics", "links", "resources"]
)
MIN_TURNS_EACH = 2  # turns a speaker takes before the document counts as a record of talk
MIN_SPEAKERS = 2
_TURN_BREAKS = frozenset(["heading"])


def speaker(text: str) -> str | None:
    """The name a paragraph opens with as its speaker, if it does."""
    found = _SPEAKER.match(text)
    if found is None:
        return None
    name = found.group("name")
    words = name.replace("’", "'").lower().split()
    if words[-1].rstrip(".") in _NOT_SPEAKERS or words[0].rstrip(".") in _NOT_SPEAKERS:
        return None
    return name


def speech_blocks(blocks: Sequence[Block]) -> frozenset[int]:
    """The indices of the blocks that are speakers' turns, or none when the document is no transcript."""
    speakers = [speaker(block.text) if block.kind == "paragraph" else None for block in blocks]
    turns = Counter(name for name in speakers if name is not None)
    if sum(1 for count in turns.values() if count >= MIN_TURNS_EACH) < MIN_SPEAKERS:
        return frozenset()
    speech: set[int] = set()
    talking = False
    for index, (block, name) in enumerate(zip(blocks, speakers, strict=True)):
        if name is not None:
            talking = True
        elif block.kind in _TURN_BREAKS:
            talking = False
        if talking:
            speech.add(index)
    return frozenset(speech)
