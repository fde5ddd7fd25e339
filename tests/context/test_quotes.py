from __future__ import annotations

import pytest

from langcheck.context.quotes import is_quoted


@pytest.mark.parametrize(
    ("text", "word", "quoted"),
    [
        ('Avoid saying "crazy" about people.', "crazy", True),
        ("The term ‘committed suicide’ is outdated.", "committed suicide", True),
        ("The term 'committed suicide' is outdated.", "committed suicide", True),
        ("I'm so OCD about my desk, don't touch it.", "OCD", False),
        ("It's crazy and it's the users' fault.", "crazy", False),
        ("She said “that movie was insane” and left.", "insane", True),
        ('An unmatched " quote before crazy text.', "crazy", False),
        # a curly opening mark closed by the other kind
        ("Have you ever heard people say ‘I am OCD”?", "OCD", True),
        ("It’s a “test” and I’m so OCD.", "OCD", False),
        # a straight opening mark closed by a curly one, as publishing systems leave them
        ('There are "29 schizophrenics out of the 100 or so,” says a worker.', "schizophrenics", True),
        ("“That movie was insane\" he said.", "insane", True),
        # a quoted term whose closing mark was left out, to its sentence's end
        ("It is better to say “died by suicide” than “committed suicide.", "committed suicide", True),
        ("It is better to say “died by suicide” than “committed suicide. Say it.", "committed suicide", True),
        ("He said “this is all so crazy and he left.", "crazy", False),
    ],
)
def test_quotes_versus_apostrophes(text: str, word: str, quoted: bool) -> None:
    start = text.index(word)
    assert is_quoted(text, start, start + len(word)) is quoted


def test_a_long_quotation_is_paired() -> None:
    # a source quoted at length, as footnotes quote a report: more than a paragraph's worth of characters
    quoted = "Up to 80% of those treated for depression show an improvement. " * 7 + "Nearly two out of three people suffering with depression do not seek treatment."
    text = f'This despite it being true that "{quoted}". Still, I disagree.'
    start = text.index("suffering with")
    assert len(quoted) > 400
    assert is_quoted(text, start, start + len("suffering with"))
    assert not is_quoted(text, text.index("disagree"), text.index("disagree") + 8)


def test_a_speech_in_curly_marks_is_paired_however_long() -> None:
    # a character's speech in a novel runs for thousands of characters between its curly marks
    speech = "I have been married, and the woman to whom I was married lives! " * 40 + "She is a lunatic, they say."
    text = f"Mr. Rochester continued: \u201c{speech}\u201d Nobody spoke."
    start = text.index("lunatic")
    assert len(speech) > 2000
    assert is_quoted(text, start, start + len("lunatic"))
    # another opening mark before the far close: the first quotation was left open, and nothing that far is paired
    unclosed = f"He said: \u201c{speech} Then she wrote: \u201cno.\u201d"
    assert not is_quoted(unclosed, unclosed.index("lunatic"), unclosed.index("lunatic") + len("lunatic"))
