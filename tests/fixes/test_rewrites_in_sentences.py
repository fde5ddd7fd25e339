"""The shipped packs' rewrites read right in real-looking sentences, and quotations are never rewritten.

Each case is a construction that a rewrite of the flagged words alone used
to break: person and possessives, number, articles, words doubled or
dropped, the modified noun, title case, asserted facts.
"""

from __future__ import annotations

import pytest

from langcheck.api import check_text, fix_text
from langcheck.fixes.edits import replaced_range
from langcheck.matching.engine import Engine

FIRST_REWRITES = [
    # after a copula the disorder is had
    ("Her father was an alcoholic and the children paid for it.", "Her father had alcohol use disorder and the children paid for it."),
    # AP-style headings capitalise their prepositions of four letters or more
    ("Proctor, a Recovering Alcoholic, Wonders About a Second Chance With the Yankees", "Proctor, a Person in Recovery From Alcoholism, Wonders About a Second Chance With the Yankees"),
    ("She is schizophrenic and refuses treatment.", "She has schizophrenia and refuses treatment."),
    ("He had been considering committing suicide for months.", "He had been considering suicide for months."),
    ("Gay Therapists Claim Patients Fully Straight By The Time They Commit Suicide", "Gay Therapists Claim Patients Fully Straight By The Time They Die By Suicide"),
    ("What does uranium have in common with a mental ward patient?", "What does uranium have in common with a patient on a psychiatric ward?"),
    ("It is better for a hiker to be killed by a psycho than by a bear.", "It is better for a hiker to be killed by an attacker than by a bear."),
    ("Do you really have to pedal like a nutter to get anywhere?", "Do you really have to pedal furiously to get anywhere?"),
    ("Does it drive you crazy?", "Does it drive you up the wall?"),
    ("It drove him crazy for years.", "It drove him up the wall for years."),
    ("The noise upstairs is driving the neighbours insane.", "The noise upstairs is driving the neighbours up the wall."),
    ("Dirty Drug Tests and Your Probation", "Positive Drug Tests and Your Probation"),
    ("My neighbour is a paranoid schizophrenic.", "My neighbour is a person with paranoid schizophrenia."),
    ("She wrote about her battle with depression.", "She wrote about her experience of depression."),
    ("They opened up about their battles with anxiety.", "They opened up about their experiences of anxiety."),
    ("Wow, Talk About Your Bipolar Weather", "Wow, Talk About Your Changeable Weather"),
    ("Sorry, call it OCD, but I fixed every file.", "Sorry, call it perfectionism, but I fixed every file."),
    ("That exam gave me PTSD.", "That exam rattled me."),
    ("When a Friend Commits Suicide", "When a Friend Dies by Suicide"),
    # a sentence whose only capitals are its first word's and acronyms' is no heading; a bare heading keeps its case
    ("Helps with my OCD. :D", "Helps with my perfectionism. :D"),
    ("Craft ADD", "Craft Restlessness"),
    # a hedged oddness and people one is among in jest
    ("Poor woman, she's old, blind, and a bit loony.", "Poor woman, she's old, blind, and a bit eccentric."),
    ("I seem to be surrounded by lunatics.", "I seem to be surrounded by oddballs."),
    ("Vincent van Gogh Commits Suicide", "Vincent van Gogh Dies by Suicide"),
    ("He is so OCD about his desk.", "He is so particular about his desk."),
    ("An addict needs care, not blame.", "A person with addiction needs care, not blame."),
    ("Addicts need care, not blame.", "People with addiction need care, not blame."),
    ("We met an ex-addict at the meeting.", "We met a person in recovery at the meeting."),
    ("Former addicts run the group.", "People in recovery run the group."),
    ("He became a heroin addict at nineteen.", "He became addicted to heroin at nineteen."),
    ("The crazy hours ruined my health.", "The long hours ruined my health."),
    ("That was a crazy idea from the start.", "That was a wild idea from the start."),
    ("I am crazy busy this week.", "I am very busy this week."),
    ("Her father had died (committed suicide) when she was six.", "Her father had died (by suicide) when she was six."),
    ("This is linked to a rise in the rate of completed suicide.", "This is linked to a rise in the rate of suicide."),
    ("She tried to commit suicide twice.", "She attempted suicide twice."),
    ("HE COMMITTED SUICIDE AT 19.", "HE DIED BY SUICIDE AT 19."),
    ("Is it BiPolar like mine?", "Is it changeable like mine?"),
    ("Everyone at the office says she's Bipolar.", "Everyone at the office says she's moody."),
    ("Drove me bat shit crazy it did.", "Drove me up the wall it did."),
    ("He wants to make me so crazy that I give up.", "He wants to make me so furious that I give up."),
    ("If I had nothing to do all day, I'd go insane.", "If I had nothing to do all day, I'd climb the walls."),
    ("These are events you'd be crazy to miss.", "These are events you'd be foolish to miss."),
    ("In this post she is suffering from a severe episode of mania.", "In this post she is having a severe episode of mania."),
    # "the mentally ill" as an adjective phrase keeps the words it describes the person with
    ("I wrote about the mentally ill Black man who died in custody.", "I wrote about the Black man with a mental illness who died in custody."),
    # a rewrite that would say a neighbouring word twice gives way to the next one
    ("We listed the moments that haunted and traumatized us as kids.", "We listed the moments that haunted and rattled us as kids."),
    # a label given as a diagnosis becomes the diagnosis; the person comes before a describing participle
    ("In 1954 my sister was diagnosed as a schizophrenic.", "In 1954 my sister was diagnosed with schizophrenia."),
    ("I know another diagnosed schizophrenic who has tried 21 drugs.", "I know another person diagnosed with schizophrenia who has tried 21 drugs."),
    ("The man was diagnosed as schizophrenic in 2003.", "The man was diagnosed with schizophrenia in 2003."),
    # one tries to commit an act: "tried to die by suicide" is no idiom
    ("Once they've tried to commit suicide, they won't try again.", "Once they've attempted suicide, they won't try again."),
    # the career is what is at stake
    ("That would be career suicide.", "That would be career-ending."),
    # wonder, not a verdict
    ("It's crazy to think that a decade has passed.", "It's remarkable to think that a decade has passed."),
    # the insult means no conscience, not brute force
    ("Every workplace has one callous, psychopathic boss.", "Every workplace has one callous, ruthless boss."),
]

NO_REWRITE = [
    # the noun a plural label described, its apostrophe left out, and a habit's size: no person-first phrase
    'This does echo the relapsed alcoholics plea of "But I can control it this time".',
    "He was both an epic drug addict and a journalist.",
    # a "with" phrase where the label was a title before a name
    "The story follows bipolar patient Sybil Foster as she leaves the clinic.",
    # a describing word shares the noun across a comma: "a brilliant, musician with schizophrenia" would strand it
    "He once gave a violin lesson to a brilliant, schizophrenic musician.",
    # a noun insult says something different of each person it is thrown at
    "There is no reasoning with a sociopath.",
    "This women has to be some sort of psychopath.",
    # one threatens an act: "threatened numerous times to die by suicide" is no idiom
    "She said he had threatened numerous times to commit suicide.",
    # Only a rewrite of the whole sentence could say what happened without claiming a cause of death.
    "She lost her battle with depression last spring.",
    # "died by suicide by cop" and "people with mental illness with guns" do not read.
    "He committed suicide by cop.",
    "Should the mentally ill with guns be registered?",
    # A diagnosis stated about people is not the casual "changeable".
    "The singers who are bipolar toured together.",
    # A slur before the noun it describes: "jerk" is a noun and cannot describe "neighbours".
    "Every homeowner has psycho lawn care neighbours.",
    # a name the writer coined, and its pun on "Polar Vortex"
    "I had to draw my own graphs to explain the Bipolar Vortex.",
    "This year, it's more like a Bipolar Vortex.",
    # "attempt" as a noun: "an apparent attempt suicide" is no phrase
    "He had taken pills in an apparent attempt to commit suicide.",
    # victims still alive: "to save people who died by suicide" cannot be
    "The only way to save suicide victims is to reach them early.",
    # a slash before the label: "Heroin/people addicted to Cocaine"
    "Heroin/Cocaine addicts were turned away.",
    # a plural written with an apostrophe would become a possessive: "the perfectionism's of this world"
    "For the OCD’s of this world, this makes perfect sense.",
    # a death after "a battle with" mental illness: only a rewrite of the sentence can say what happened
    "A fundraiser remembers a man who died after a battle with mental health problems.",
    # two nouns under one article: "a widower and person addicted to heroin" would lose it
    "Her father is a widower and heroin addict.",
    # a frenzied figure is no mean one: "a raving jerk of a mother" changes the joke
    "I try not to become a raving lunatic of a mother at recitals.",
    # a slur standing alone for a person: "jerk" or "crank" would say something else
    "Some nutter keyed my car last night.",
    "This time he has attempted to look into the life of a psycho.",
    "Wackos have been sending threats to the newsroom.",
    # a hospital's patient: "an escaped person with a mental illness" no longer says escaped from where
    "An escaped mental patient is the villain of the film.",
    "The state has released most of its mental patients.",
    # a hashtag is a name: "#People with PTSD" would tag another word
    "#PTSD sufferers can get medical cannabis in New Jersey now.",
    # a copula the next words share: "She has schizophrenia, paranoid and bipolar" does not read
    "She is schizophrenic, paranoid and bipolar.",
]


def _first_rewrite(text: str, engine: Engine) -> str:
    finding = next(f for f in check_text(text, engine=engine) if f.suggestions)
    start, end = replaced_range(finding, finding.suggestions[0])
    return text[:start] + finding.suggestions[0].text + text[end:]


@pytest.mark.parametrize(("before", "after"), FIRST_REWRITES)
def test_first_rewrite_fits_its_construction(before: str, after: str, blank_engine: Engine) -> None:
    assert _first_rewrite(before, blank_engine) == after


@pytest.mark.parametrize("text", NO_REWRITE)
def test_no_rewrite_rather_than_a_wrong_one(text: str, blank_engine: Engine) -> None:
    findings = check_text(text, engine=blank_engine)
    assert findings, "the sentence is still flagged"
    assert all(not f.suggestions for f in findings)


def test_the_message_says_when_only_a_whole_sentence_rewrite_would_do(blank_engine: Engine) -> None:
    (finding,) = check_text("She lost her battle with depression last spring.", engine=blank_engine)
    assert "rewrite the sentence" in finding.message


def test_a_suggestion_says_which_characters_it_replaces(blank_engine: Engine) -> None:
    text = "Does it drive you crazy?"
    (finding,) = check_text(text, engine=blank_engine)
    suggestion = finding.suggestions[0]
    assert (finding.text, suggestion.replaces, suggestion.text) == ("drive you crazy", "crazy", "up the wall")
    assert text[suggestion.start : suggestion.end] == "crazy"
    assert finding.to_dict()["suggestions"][0] == {
        "text": "up the wall", "safe": False, "offset": 18, "end_offset": 23, "replaces": "crazy"
    }


def test_unsafe_fix_applies_the_construction_rewrite(blank_engine: Engine) -> None:
    outcome = fix_text("Does it drive you crazy?\n", unsafe=True, engine=blank_engine)
    assert outcome.text == "Does it drive you up the wall?\n"


QUOTED = [
    ("markdown", '> In 1842 the caption read: "He commits self murder in despair."\n'),
    ("markdown", "> Schizophrenics should be locked up, the 1908 record says.\n"),
    ("text", 'The researcher told us: "addicts relapse because they want to," which we dispute.\n'),
    ("html", "<blockquote><p>He committed suicide in the asylum.</p></blockquote>"),
    ("html", "<p>The book says <q>schizophrenics are dangerous</q> on page 4.</p>"),
]


@pytest.mark.parametrize(("fmt", "text"), QUOTED)
def test_quotations_are_never_rewritten_whatever_the_safety(fmt: str, text: str, blank_engine: Engine) -> None:
    findings = check_text(text, fmt, engine=blank_engine)
    assert findings and all(f.quotation for f in findings)
    assert all(not f.suggestions for f in findings), "a quotation offers nothing to apply"
    for unsafe in (False, True):
        assert fix_text(text, fmt, unsafe=unsafe, engine=blank_engine).text == text


def test_a_rewrite_never_reaches_into_a_quotation(blank_engine: Engine) -> None:
    text = 'She tried to "commit suicide" twice, the report says.\n'
    for finding in check_text(text, engine=blank_engine):
        for suggestion in finding.suggestions:
            assert '"' not in (suggestion.replaces or "")


@pytest.mark.parametrize(
    "text",
    [
        # "problematic people with addiction": the adjective would now describe the people
        "There are at least 500 problematic addicts living in hostels.",
        # "had anxiety, and from depression": the second "from" would lose its verb
        'Lubitz suffered from "generalized anxiety disorder," and from severe depression in the past.',
    ],
)
def test_no_safe_rewrite_where_it_would_break_the_rest_of_the_sentence(text: str, blank_engine: Engine) -> None:
    findings = check_text(text, engine=blank_engine)
    assert findings, "the sentence is still flagged"
    assert not any(s.safe for f in findings for s in f.suggestions)


@pytest.mark.parametrize(
    "text",
    [
        # the sentence tells of a death after the rewrite: "died by suicide and died" says it twice
        "He committed suicide and died in hospital two days later.",
        "Last month another student committed suicide and passed away in hospital.",
        # a game's act that does not kill at once: "you die by suicide ... until you die"
        "You commit suicide, and you get a tag that deals damage to you until you die.",
        # the sentence already holds the rewrite, set against the flagged words
        "It is disingenuous to say that someone died by suicide, tell it like it is: they committed suicide.",
    ],
)
def test_a_death_told_later_takes_the_safe_mark_off(text: str, blank_engine: Engine) -> None:
    (finding,) = check_text(text, engine=blank_engine)
    assert finding.suggestions, "still offered"
    assert not any(s.safe for s in finding.suggestions)


def test_an_act_done_on_purpose_gets_no_way_of_dying(blank_engine: Engine) -> None:
    (finding,) = check_text("Where a changeling intentionally commits suicide, it keeps suffocating.", engine=blank_engine)
    assert finding.suggestions == ()


def test_a_death_told_before_gets_no_second_death(blank_engine: Engine) -> None:
    # "died on February 7 when he died by suicide" would tell the death twice
    (finding,) = check_text("David McLeod, 56, died on February 7 when he committed suicide at his home.", engine=blank_engine)
    assert finding.suggestions == ()
