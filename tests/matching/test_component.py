"""The spaCy component's own checks that apply to every rule, whatever its pack."""

from __future__ import annotations

import pytest

from langcheck.matching.engine import Engine


def _found(engine: Engine, text: str) -> list[str]:
    (matches,) = engine.match_texts([text])
    return [text[start:end] for _, start, end in matches]


@pytest.mark.parametrize(
    "text",
    [
        "The anti-psychotics were taken away from her.",
        "The study compared 40 non-addicts with 40 patients.",
        "Non-alcoholics made up the control group.",
    ],
)
def test_a_negating_prefix_makes_a_different_word(blank_engine: Engine, text: str) -> None:
    assert _found(blank_engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Psychotics are not dangerous, and anti psychotics is two words.", ["Psychotics", "psychotics"]),
        ("He is an ex-addict.", ["ex-addict"]),
        ("The study compared addicts and non-addicts.", ["addicts"]),
    ],
)
def test_other_compounds_and_separate_words_keep_the_label(blank_engine: Engine, text: str, expected: list[str]) -> None:
    assert _found(blank_engine, text) == expected


def test_a_rule_yields_to_the_pack_it_names_on_the_same_words(blank_engine: Engine) -> None:
    # bipolar-for-changeable yields to identity-first: a person said to be bipolar is a label, not "changeable".
    (matches,) = blank_engine.match_texts(["I would not go into business with someone who is bipolar."])
    assert [rule for rule, _, _ in matches] == ["identity-first/is-diagnosis"]
    (matches,) = blank_engine.match_texts(["The weather is so bipolar this week."])
    assert [rule for rule, _, _ in matches] == ["casual-diagnosis/bipolar-for-changeable"]


def test_a_match_ending_in_a_preposition_yields_to_the_words_it_governs(blank_engine: Engine) -> None:
    # suffers-from yields to casual-diagnosis: "suffers from brand schizophrenia" is one figure, the casual pack's;
    # a real condition after it leaves the deficit framing to be said.
    (matches,) = blank_engine.match_texts(["Are you a company that suffers from brand schizophrenia?"])
    assert [rule for rule, _, _ in matches] == ["casual-diagnosis/schizophrenic-for-contradictory"]
    (matches,) = blank_engine.match_texts(["My uncle suffers from schizophrenia."])
    assert [rule for rule, _, _ in matches] == ["deficit-framing/suffers-from"]


def test_a_rule_yields_to_a_rule_of_its_own_pack_even_with_the_longer_match(blank_engine: Engine) -> None:
    # traumatized-for-upset (the pronoun and verb too) yields to trauma-hyperbole (the word alone), which knows the
    # upset was about fleas; where no other rule matches, the broad rule speaks.
    (matches,) = blank_engine.match_texts(["I'm still traumatized from our flea problems."])
    assert [rule for rule, _, _ in matches] == ["trivialized-trauma/trauma-hyperbole"]
    (matches,) = blank_engine.match_texts(["The band looked down at me from the stage, and that traumatized me."])
    assert [rule for rule, _, _ in matches] == ["trivialized-trauma/traumatized-for-upset"]


def test_words_inside_a_phrase_mentioned_as_words_are_mentioned_too(blank_engine: Engine) -> None:
    # The idiom is a mention; "crazy", which another rule matches on its own, lies inside it.
    assert _found(blank_engine, "When you say driving yourself crazy, can you tell me more about that?") == []
    assert _found(blank_engine, "Stop driving yourself crazy over it.") == ["driving yourself crazy"]
