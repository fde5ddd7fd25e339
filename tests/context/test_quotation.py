"""Quotations: block quotations, <q>, quoted speech and paragraphs that open a quotation without closing it."""

from __future__ import annotations

import pytest

from langcheck.context.quotation import in_quotation
from langcheck.documents import Block, Mark, Segment


def _block(text: str, quoted: bool = False, marks: tuple[Mark, ...] = ()) -> Block:
    return Block(text, (Segment(0, 0, len(text), len(text)),), "paragraph", quoted, marks)


def _at(block: Block, word: str) -> tuple[int, int]:
    start = block.text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ('She said, "that guy is totally psycho."', "psycho", True),
        ('The record reads: "the patient is a lunatic and a drunkard."', "lunatic", True),
        ('Stop calling people "crazy".', "crazy", False),
        ('It was "so OCD" of me.', "OCD", False),
        ('"Of the 69,019 lunatics returned in the Census, most were paupers.', "lunatics", True),
        ('"We may look crazy," she said, "but we are fine."', "crazy", True),
        ("He was crazy about jazz.", "crazy", False),
        # speech begun in an earlier sentence ends here: a closing mark nothing in the text opened
        ("They\u2019re lunatics, all of them.\u201d", "lunatics", True),
        ('His sister committed suicide afterwards," he said.', "suicide", True),
        ("His sister committed suicide afterwards.\u201d He left.", "suicide", True),
        ("He left. \u201cHis sister committed suicide afterwards.\u201d", "suicide", True),
        ("That\u2019s crazy,\u201d she said.", "crazy", False),
        ('He is crazy, and he is 6\' 2" tall.', "crazy", False),
        ("The closing mark comes first.\u201d Then came the crazy part.", "crazy", False),
        # dialogue that opens its paragraph is speech however long it runs, and so is speech resumed after the
        # speaker is named; the narration between is not
        ("\u201cI may state the system. " + "We humoured them. " * 40 + "No argument touches the madman.\u201d", "madman", True),
        ("\u201cBut then,\u201d cried the old lady, \u201cyour Monsieur was a madman, and a very silly one", "madman", True),
        ("\u201cBut then,\u201d cried the mad old lady, \u201cyour Monsieur was a fine man", "mad", False),
    ],
)
def test_quoted_speech_in_running_text(text: str, word: str, expected: bool) -> None:
    block = _block(text)
    assert in_quotation(block, *_at(block, word)) is expected


def test_a_block_quotation_is_a_source_throughout() -> None:
    block = _block("a person, not insane, who commits a crime", quoted=True)
    assert in_quotation(block, *_at(block, "insane"))


def test_an_inline_quotation_element() -> None:
    block = _block("He was quite insane, said the paper.", marks=(Mark(7, 19, "quote"),))
    assert in_quotation(block, *_at(block, "insane"))
    assert not in_quotation(_block("He was quite insane, said the paper."), 13, 19)


def test_a_speaker_and_a_colon_introduce_a_quotation() -> None:
    block = _block("The doctor writes: the subject is of importance to those afflicted with alcoholic addiction.")
    assert in_quotation(block, *_at(block, "afflicted"))
    plain = _block("Here is the list: those afflicted with addiction need care.")
    assert not in_quotation(plain, *_at(plain, "afflicted"))
    told = _block('A police officer told the Times of India: "The actor has committed suicide.')
    assert in_quotation(told, *_at(told, "committed"))
    statement = _block("The family said in a statement: he committed suicide after a long illness.")
    assert in_quotation(statement, *_at(statement, "committed"))
    own = _block("He said that the plan had three parts: one of them crazy.")
    assert not in_quotation(own, *_at(own, "crazy"))
    gloss = _block("I came up with a bold (read: insane) plan for the layout.")
    assert not in_quotation(gloss, *_at(gloss, "insane"))
    record = _block("The record reads: the patient is insane.")
    assert in_quotation(record, *_at(record, "insane"))


def test_a_named_source_introduces_a_quotation() -> None:
    block = _block("In the words of oiled-up Gerard Butler ... THIS IS MADNESS.")
    assert in_quotation(block, *_at(block, "MADNESS"))
    block = _block("To quote my grandmother, you are all crazy.")
    assert in_quotation(block, *_at(block, "crazy"))
    # the quotation ends with its sentence
    later = _block("In the words of my father, life is hard. Then that crazy man came in.")
    assert not in_quotation(later, *_at(later, "crazy"))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Insanity in individuals is something rare, but in groups it is the rule. ~ Friedrich Nietzsche", "Insanity", True),
        ("Only the insane take themselves seriously. — Max Beerbohm", "insane", True),
        ("We are all a little crazy. \u2013 Lewis Carroll, Alice in Wonderland", "crazy", True),
        # a dash that is not after the words' closing punctuation is the writer's own sentence going on
        ("I only ever had one crazy hero — Batman", "crazy", False),
        ("That was insane. Then - Bob arrived late", "insane", False),
        ("That deadline was insane.", "insane", False),
    ],
)
def test_a_signature_at_the_end_attributes_the_words_before_it(text: str, word: str, expected: bool) -> None:
    block = _block(text)
    assert in_quotation(block, *_at(block, word)) is expected


def test_a_signature_is_read_only_at_the_end_of_its_block() -> None:
    # a dash and a name deep inside a long block sign nothing; the signed words are those of the signature's line
    early = _block("He said it was insane. — Bob Smith\n" + "And then we walked on for a long while. " * 10)
    assert not in_quotation(early, *_at(early, "insane"))
    lines = _block("My neighbour is insane.\nOnly the insane take themselves seriously. — Max Beerbohm")
    assert not in_quotation(lines, *_at(lines, "insane"))
    assert in_quotation(lines, *_at(lines, "insane take"))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a verb of speech opens a witness's words and the paragraph ends before they close
        ('A neighbour said she saw him and that "...he looked to be either a crazy person or he was high.', "crazy", True),
        ("She told me, \u201chonestly he is a crazy person and always was.", "crazy", True),
        ('He said: "the whole board is insane, every one of them', "insane", True),
        # a colon sets a book's words off as a verb of speech does
        ("The prose carries his thoughts on heroin: \u201cEvery junkie in New York could join in.", "junkie", True),
        # a stray mark with no verb of speech before it, or speech that closes, is not left open
        ('I thought it was a "crazy idea and a stupid one at that.', "crazy", False),
        ('She said "crazy" twice and the crazy thing is she meant it.', "crazy thing", False),
    ],
)
def test_speech_a_verb_opens_and_nothing_closes(text: str, word: str, expected: bool) -> None:
    block = _block(text)
    assert in_quotation(block, *_at(block, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an editor's marks in a source's words set out without quotation marks
        ("The status quo is intolerable… [P]eople suffering from severe mental illness are more violent.", "suffering", True),
        ("The officer wrote that the man was [sic] a lunatic and a danger.", "lunatic", True),
        ("The report said the wards [...] held every lunatic in the county.", "lunatic", True),
        # the mark belongs to another sentence, or is a footnote or a link, not an edit
        ("[P]eople wrote in all week. My neighbour is a lunatic.", "lunatic", False),
        ("My neighbour is a lunatic.[1]", "lunatic", False),
        ("My neighbour is a lunatic [see the photo].", "lunatic", False),
    ],
)
def test_an_editors_marks_set_out_a_quotation(text: str, word: str, expected: bool) -> None:
    block = _block(text)
    assert in_quotation(block, *_at(block, word)) is expected
