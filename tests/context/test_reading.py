"""Noun or adjective: "erase bipolar" names the condition; "so bipolar" and "bipolar weather" misuse it."""

from __future__ import annotations

import pytest

from langcheck.context.reading import is_noun_reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I knew bipolar could get worse untreated.", True),
        ("My goal was never to erase bipolar.", True),
        ("Nothing I did was due to bipolar.", True),
        ("Bipolar has this ambiguous quality.", True),
        ("As I know from experience, bipolar on its own can be horrible enough.", True),
        ("Bipolar left untreated can ruin a life.", True),
        ("Our weather, bipolar in spring, is maddening.", False),
        ("I wrote a long write-up on bipolar and inflammation.", True),
        ("I hate my bipolar.", True),
        ("The weather is so bipolar today.", False),
        ("The market went bipolar again.", False),
        ("Mother Nature is seriously bipolar.", False),
        ("Is it bipolar like mine?", False),
        ("He's nice one minute and screaming the next... BIPOLAR!!!", False),
        ("Bipolar weather again.", False),
        # "the bipolar" is the illness, as people who live with it name it
        ("Is that the bipolar?", True),
        ("Is that the bipolar talking?", True),
        ("In addition to the bipolar, I'm autistic.", True),
        ("I am done with the bipolar.", True),
        # the illness named as a cause, or asked about
        ("It is hard to tell which moods are due to the bipolar and which are normal.", True),
        ("Is it the bipolar or is it me?", True),
        ("I blamed it on the bipolar.", True),
        ("It wasn't so much the bipolar, but little things started to bug me.", True),
        # what the illness does to the person who has it
        ("Be there whenever his bipolar overwhelms him.", True),
        ("Services for the bipolar and their families are scarce.", False),
        ("The bipolar weather returned.", False),
        # a possessive, then the subject of a verb
        ("Texas's bipolar has a name of its own.", True),
        # an item of a list of conditions
        ("Confrontations with the seriously ill (e.g. bipolar, dementia, schizophrenia) rose.", True),
        ("The weather is bipolar, dementia-like.", False),
        ("He's bipolar and has a temper.", False),
        ("That's bipolar, is it?", False),
    ],
)
def test_noun_reading_of_a_bare_diagnosis(nlp, token_range, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = next(i for i, token in enumerate(doc) if token.lower_ == "bipolar")
    assert is_noun_reading(doc, start, start + 1) is expected


def test_a_hyphenated_spelling_is_one_word(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("It wasn't so much the bi-polar, but little things started to bug me.")
    start = next(i for i, token in enumerate(doc) if token.lower_ == "bi")
    assert is_noun_reading(doc, start, start + 3) is True
    doc = nlp("The weather is so bi-polar today.")
    start = next(i for i, token in enumerate(doc) if token.lower_ == "bi")
    assert is_noun_reading(doc, start, start + 3) is False


def test_a_possessive_before_a_phrase_used_as_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    from langcheck.context.reading import fills_a_noun_slot

    doc = nlp("South Africa's mentally ill have a tough time on the streets.")
    assert fills_a_noun_slot(doc, 3, 5) is True
    doc = nlp("She's mentally ill and has a tough time.")
    assert fills_a_noun_slot(doc, 2, 4) is False


def test_an_item_of_a_list_of_people_is_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    from langcheck.context.reading import fills_a_noun_slot

    doc = nlp("Most are drug addicts, alcoholics, mentally ill.")
    assert fills_a_noun_slot(doc, 7, 9) is True
    doc = nlp("Addicts and mentally ill people need care.")
    assert fills_a_noun_slot(doc, 2, 4) is False


def test_an_objects_complement_is_no_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    from langcheck.context.reading import fills_a_noun_slot

    doc = nlp("A doctor declared him mentally ill with monomania.")
    assert fills_a_noun_slot(doc, 4, 6) is False
    doc = nlp("A doctor declared many mentally ill with monomania.")
    assert fills_a_noun_slot(doc, 4, 6) is True


def test_longer_matches_are_constructions(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("I wrote about bipolar weather.")
    assert is_noun_reading(doc, 3, 5) is False


@pytest.mark.trained
def test_a_trained_tagger_adds_noun_readings() -> None:
    from langcheck.matching.model_choice import resolve_model

    model = resolve_model("auto")
    if model is None:
        pytest.skip("no trained English pipeline installed")
    import spacy

    nlp = spacy.load(model, exclude=["parser", "lemmatizer"])
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    text = "Bipolar ruins lives."
    assert is_noun_reading(nlp(text), 0, 1) is True
    assert is_noun_reading(blank(text), 0, 1) is False


def test_a_degree_before_the_phrase_makes_it_a_description(nlp, token_range) -> None:  # type: ignore[no-untyped-def]
    from langcheck.context.reading import fills_a_noun_slot

    doc = nlp("Rated on a scale: 1. normal or borderline mentally ill, 2. mildly ill.")
    assert fills_a_noun_slot(doc, *token_range(doc, "mentally ill")) is False
    doc = nlp("The nation's mentally ill used to be locked away.")
    assert fills_a_noun_slot(doc, *token_range(doc, "mentally ill")) is True
    doc = nlp("The nation's mentally ill used cars.")
    assert fills_a_noun_slot(doc, *token_range(doc, "mentally ill")) is False
