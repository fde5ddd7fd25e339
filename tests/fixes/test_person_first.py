"""Where a person-first phrase cannot take a label's place (no rewrite), and where it may not read right (not safe)."""

from __future__ import annotations

import pytest

from langcheck.api import check_text
from langcheck.matching.engine import Engine


def _suggestions(text: str, label: str, engine: Engine) -> list[tuple[str, bool]]:
    finding = next(f for f in check_text(text, engine=engine) if f.text.lower().endswith(label.lower()))
    return [(s.text, s.safe) for s in finding.suggestions]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # an insult: the phrase would state the diagnosis as fact
        ("The Taliban are a cult of ignorant psychotics.", "psychotics"),
        # a preposition's object takes in the next noun: "people with alcohol use disorder and addicts"
        ("Both of my parents were alcoholics and addicts.", "alcoholics"),
        ("Drug addicts and alcoholics were turned away.", "Drug addicts"),
        ("Alcoholics And Drug Addicts Facing Benefits Cuts", "Alcoholics"),
        # one article for two nouns
        ("Her father is a widower and heroin addict.", "heroin addict"),
        ("We met a former addict and dealer.", "former addict"),
        # "people" twice across a comma: "His people, people with addiction"
        ("Through Jesus and His people, addicts can find forgiveness.", "addicts"),
        # the label describes the person named after it
        ("I'm living with an abusive, drug addict roommate.", "drug addict"),
        ("My heroin addict brother lives with us.", "heroin addict"),
        # a relative clause after the phrase would describe its object
        ("I need medication for an alcoholic that is approaching four years sober.", "an alcoholic"),
        # a word for the habit or the type of illness would describe the person
        ("Her sister is a very heavy meth addict.", "meth addict"),
        ("My mom was a type one bipolar and it took its toll.", "bipolar"),
        # a word for the kind of drug or of person before the label
        ("Illegal drug users are often the first to be stopped.", "drug users"),
        ("Teen heroin addicts are rarely offered treatment.", "heroin addicts"),
        # one half of a slashed pair that describes a noun after it
        ("Al-Anon helps all those affected by the addict/alcoholic behavior.", "addict"),
        # the label being defined, or the word a definition is of
        ("An addict is someone who has surrendered to a habit.", "An addict"),
        ("When I was younger my definition of an alcoholic was my grandfather.", "an alcoholic"),
        # a substance's name or a superlative before the label describes it
        ("He was one of the biggest addicts of all.", "addicts"),
    ],
)
def test_no_person_first_phrase_where_it_cannot_stand(text: str, label: str, blank_engine: Engine) -> None:
    assert _suggestions(text, label, blank_engine) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a word before the label that may be a noun describing it would be stranded: "pyro people with addiction"
        ("The fire was likely caused by pyro addicts.", "addicts"),
        # the sentence's first word, capitalised for its place: "Nyaope people with addiction"
        ("Nyaope addicts are willing to quit but can't.", "addicts"),
        # the first of several roles, each with its article
        ("Her life as an alcoholic, a mother, and a Catholic was hard.", "alcoholic"),
        # the particle of a phrasal verb after the label would be pushed away from its verb
        ("Locking an addict up in jail doesn't help them to repair.", "addict"),
    ],
)
def test_a_person_first_phrase_that_may_not_read_is_not_safe(text: str, label: str, blank_engine: Engine) -> None:
    suggestions = _suggestions(text, label, blank_engine)
    assert suggestions, "still offered"
    assert not any(safe for _, safe in suggestions)


@pytest.mark.parametrize(
    ("text", "label", "first", "safe"),
    [
        # a describing word that looks like an adjective does not take the safe mark off
        ("Young addicts need care, not blame.", "addicts", "people with addiction", True),
        ("Addicts need care, not blame.", "Addicts", "People with addiction", True),
        # a label after another label and "and" is no preposition's object taking in a noun; it is offered, but the
        # pair then reads unevenly ("alcoholics and people with addiction"), so the writer decides
        ("Both of my parents were alcoholics and addicts.", "addicts", "people with addiction", False),
        ("Addicts need care, and so do their families.", "Addicts", "People with addiction", True),
        # "dangerous" describes; it is no word of contempt that makes the label an insult
        ("A potentially dangerous mental patient was seen at the fair.", "mental patient", "person with a mental illness", False),
    ],
)
def test_the_phrase_is_offered_where_it_reads(text: str, label: str, first: str, safe: bool, blank_engine: Engine) -> None:
    suggestions = _suggestions(text, label, blank_engine)
    assert suggestions[0] == (first, safe)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a plural possessive: "people who died by suicide' families"
        ("We interviewed suicide victims’ families.", "suicide victims"),
        # two describing words for one noun: "homeless, people with mental illness" would leave one hanging
        ("The call for care for homeless, mentally ill people is overdue.", "mentally ill people"),
    ],
)
def test_no_person_first_phrase_before_a_plural_possessive_or_after_a_shared_describing_word(
    text: str, label: str, blank_engine: Engine
) -> None:
    assert _suggestions(text, label, blank_engine) == []


def test_a_list_of_groups_keeps_its_rewrite(blank_engine: Engine) -> None:
    assert _suggestions("In London, mentally ill people sleep outside.", "mentally ill people", blank_engine)


def test_an_opening_phrase_before_the_comma_keeps_the_rewrite(blank_engine: Engine) -> None:
    # "Under many circumstances," is a phrase of its own, not a describing word left hanging before the label
    suggestions = _suggestions("Under many circumstances, marijuana users will test positive.", "marijuana users", blank_engine)
    assert suggestions and suggestions[0][0] == "people who use marijuana"


def test_a_diagnosis_given_as_a_label_is_not_made_a_person() -> None:
    from langcheck.core.models import SuggestionTemplate
    from langcheck.fixes.suggest import fit_suggestions

    text = "The therapist diagnoses her as a bipolar."
    start = text.index("a bipolar")
    fitted = fit_suggestions((SuggestionTemplate("a person with bipolar disorder"),), text, start, start + 9)
    assert not fitted


def test_no_person_first_phrase_after_a_substance_s_name(blank_engine: Engine) -> None:
    text = "Stigma differs, with opioid users often facing more stigma than alcohol users despite alcohol's harm."
    after_alcohol = [f for f in check_text(text, engine=blank_engine) if f.text == "users"]
    assert after_alcohol and after_alcohol[0].suggestions == ()
