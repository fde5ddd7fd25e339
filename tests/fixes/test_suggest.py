"""Fitting rewrites to their construction: conditions, ranges, reused words, articles, seams, case and ranking."""

from __future__ import annotations

from langcheck.core.models import Lexicon, SuggestionTemplate
from langcheck.core.sentences import Sentence, Word
from langcheck.fixes.suggest import fit_suggestions


def rewrite(text: str, matched: str, *templates: SuggestionTemplate, **kwargs: object) -> list[str]:
    """Every sentence the fitted rewrites turn ``text`` into, best first (the match is the first ``matched``)."""
    start = text.index(matched)
    fitted = fit_suggestions(tuple(templates), text, start, start + len(matched), **kwargs)  # type: ignore[arg-type]
    return [text[: r.start] + r.replacement + text[r.end :] for r in fitted]


T = SuggestionTemplate


def test_when_words_pick_the_form_that_fits() -> None:
    forms = (T("died by suicide", True, when=("committed",)), T("dies by suicide", True, when=("commits",)))
    assert rewrite("She commits suicide.", "commits suicide", *forms) == ["She dies by suicide."]
    assert rewrite("He committed suicide.", "committed suicide", *forms) == ["He died by suicide."]


def test_a_rewrite_without_conditions_is_only_a_fallback() -> None:
    templates = (T("died by suicide", when=("committed",)), T("took their own life"))
    assert rewrite("He committed suicide.", "committed suicide", *templates) == ["He died by suicide."]
    assert rewrite("They commit suicide.", "commit suicide", *templates) == ["They took their own life."]


def test_neighbouring_words_rank_the_rewrites() -> None:
    templates = (T("absurd"), T("wild", after=("idea", "ideas")), T("long", after=("hours",)))
    assert rewrite("The crazy hours ruined me.", "crazy", *templates) == ["The long hours ruined me."]
    assert rewrite("That is a crazy idea.", "crazy", *templates) == ["That is a wild idea."]
    assert rewrite("That is crazy.", "crazy", *templates) == ["That is absurd."]


def test_more_kinds_of_condition_rank_first_then_pack_order() -> None:
    templates = (T("first", when=("so",)), T("second", when=("so",), after=("about",)), T("third", when=("so",)))
    assert rewrite("I am so OCD about it.", "so OCD", *templates) == [
        "I am second about it.",
        "I am first about it.",
        "I am third about it.",
    ]


def test_not_conditions_rule_a_rewrite_out() -> None:
    template = T("died by suicide", when=("committed",), not_after=("by",), not_when=("self",))
    assert rewrite("He committed suicide by cop.", "committed suicide", template) == []
    assert rewrite("He committed self murder.", "committed self murder", template) == []
    assert rewrite("He committed suicide.", "committed suicide", template) == ["He died by suicide."]


def test_replace_narrows_the_range_and_keeps_the_rest_of_the_construction() -> None:
    up = T("up the wall", replace=("crazy",))
    assert rewrite("Does it drive you crazy?", "drive you crazy", up) == ["Does it drive you up the wall?"]
    assert rewrite("It drove him crazy.", "drove him crazy", up) == ["It drove him up the wall."]
    changeable = T("changeable", replace=("bipolar",))
    assert rewrite("Bipolar Weather", "Bipolar Weather", changeable) == ["Changeable Weather"]
    positive = T("positive", replace=("dirty",))
    assert rewrite("Dirty Drug Tests", "Dirty Drug Tests", positive) == ["Positive Drug Tests"]


def test_replace_finds_words_inside_hyphenated_compounds() -> None:
    assert rewrite("Ten OCD-approved hacks.", "OCD-approved", T("perfectionist", replace=("ocd",))) == [
        "Ten perfectionist-approved hacks."
    ]


def test_neighbours_are_read_next_to_the_narrowed_range() -> None:
    template = T("particular", replace=("ocd",), before=("so",), after=("about",))
    assert rewrite("I'm so OCD about my desk.", "so OCD", template) == ["I'm so particular about my desk."]


def test_take_widens_the_range_over_the_neighbours_found() -> None:
    template = T("attempted suicide", when=("commit",), before=("tried to",), take=("before",))
    assert rewrite("She tried to commit suicide twice.", "commit suicide", template) == ["She attempted suicide twice."]


def test_placeholders_reuse_the_words_of_the_construction() -> None:
    rattled = T("rattled {obj}", when=("gave",), slots=(("obj", ("me", "us", "him")),))
    assert rewrite("That exam gave me PTSD.", "gave me PTSD", rattled) == ["That exam rattled me."]
    last = T("{-1} with schizophrenia")
    assert rewrite("Our schizophrenic neighbour waved.", "schizophrenic neighbour", last) == [
        "Our neighbour with schizophrenia waved."
    ]
    heroin = T("person addicted to {drug}", slots=(("drug", ("heroin", "crack")),))
    assert rewrite("A heroin addict waited.", "heroin addict", heroin) == ["A person addicted to heroin waited."]
    sufferers = T("people with {before}", before=("depression", "ptsd"), take=("before",))
    assert rewrite("Depression sufferers wait.", "sufferers", sufferers) == ["People with depression wait."]
    assert rewrite("Many PTSD sufferers wait.", "sufferers", sufferers) == ["Many people with PTSD wait."]


def test_a_word_of_a_neighbouring_phrase_can_be_reused() -> None:
    simile = T("{before.1} wildly", before=("grinning like a", "laughed like a"), take=("before",))
    assert rewrite("Nicky was grinning like a maniac.", "maniac", simile) == ["Nicky was grinning wildly."]
    assert rewrite("He laughed like a maniac.", "maniac", simile) == ["He laughed wildly."]
    assert rewrite("He looked like a maniac.", "maniac", simile) == []
    last = T("{after.-1} matters", after=("the whole point",), take=("after",))
    assert rewrite("It is crazy the whole point.", "crazy", last) == ["It is point matters."]
    assert rewrite("It is crazy.", "crazy", T("{before.3} x", before=("is",))) == []  # no third word: no rewrite


def test_a_slot_that_finds_no_word_rules_the_rewrite_out() -> None:
    assert rewrite("A drug addict waited.", "drug addict", T("person addicted to {drug}", slots=(("drug", ("heroin",)),))) == []


def test_articles_agree_with_the_rewrite() -> None:
    assert rewrite("We met an ex-addict.", "ex-addict", T("person in recovery")) == ["We met a person in recovery."]
    assert rewrite("Working with a Total Lunatic", "Total Lunatic", T("unreasonable boss")) == [
        "Working with an Unreasonable Boss"
    ]
    assert rewrite("He is a paranoid schizophrenic.", "schizophrenic", T("person with schizophrenia")) == [
        "He is a paranoid person with schizophrenia."
    ]


def test_an_article_before_a_plural_or_a_determiner_rules_the_rewrite_out() -> None:
    assert rewrite("She is an addict.", "addict", T("people with addiction")) == []
    assert rewrite("She is an addict.", "addict", T("the person", number="")) == []
    assert rewrite("She is an addict.", "addict", T("persons", number="plural"), lexicon=Lexicon(singular=frozenset({"addict"}))) == []


def test_a_word_is_never_said_twice_at_a_seam() -> None:
    assert rewrite("Their battles with anxiety ended.", "battles", T("lives with")) == ["Their lives with anxiety ended."]
    assert rewrite("I talked with sufferers.", "sufferers", T("with others")) == ["I talked with others."]


def test_the_rewrite_takes_the_case_of_its_place() -> None:
    schizophrenics = T("people with schizophrenia")
    assert rewrite("Schizophrenics deserve care.", "Schizophrenics", schizophrenics) == ["People with schizophrenia deserve care."]
    assert rewrite("HE COMMITTED SUICIDE AT 19.", "COMMITTED SUICIDE", T("died by suicide")) == ["HE DIED BY SUICIDE AT 19."]
    assert rewrite("When a Friend Commits Suicide", "Commits Suicide", T("dies by suicide")) == [
        "When a Friend Dies by Suicide"
    ]
    assert rewrite("Is it BiPolar like mine?", "BiPolar", T("changeable")) == ["Is it changeable like mine?"]
    assert rewrite("I'm so OCD about it.", "OCD", T("particular")) == ["I'm so particular about it."]
    assert rewrite("They tell the CRAZY story.", "CRAZY", T("wild")) == ["They tell the WILD story."]
    assert rewrite("That Post-Concert Depression is real.", "Depression", T("slump")) == ["That Post-Concert Slump is real."]


def test_a_handle_in_a_headline_keeps_its_own_case() -> None:
    headline = "An Open Letter to the @cityofmelbourne: Why Is Our City so Bipolar?"
    assert rewrite(headline, "Bipolar", T("changeable")) == [
        "An Open Letter to the @cityofmelbourne: Why Is Our City so Changeable?"
    ]


def test_a_headline_that_keeps_a_short_verb_lower_case_is_still_title_case() -> None:
    headline = "Trende: The Health Care Bill is Political Suicide"
    assert rewrite(headline, "Political Suicide", T("self-defeating")) == [
        "Trende: The Health Care Bill is Self-Defeating"
    ]
    # In a sentence, a few capitalised names do not make a heading.
    assert rewrite("The Senate is full of Political Suicide, he said.", "Political Suicide", T("folly")) == [
        "The Senate is full of folly, he said."
    ]


def test_a_rewrite_that_strands_a_shared_preposition_is_not_offered() -> None:
    had = T("had", safe=True, replace=("suffered from",))
    assert fit_suggestions((had,), *_span("She suffered from anxiety, and from depression.", "suffered from")) == ()
    (plain,) = fit_suggestions((had,), *_span("She suffered from anxiety and depression.", "suffered from"))
    assert plain.safe is True


def test_a_label_sharing_its_article_with_another_noun_gets_no_singular_phrase() -> None:
    phrase = T("person in recovery")
    assert rewrite("No former addict and dealer makes peace easily.", "former addict", phrase) == []
    assert rewrite("A former addict and his dealer met.", "former addict", phrase) == [
        "A person in recovery and his dealer met."
    ]


def _span(text: str, matched: str) -> tuple[str, int, int]:
    start = text.index(matched)
    return text, start, start + len(matched)


def test_a_reused_word_loses_the_capital_it_had_for_opening_the_sentence() -> None:
    sufferers = T("people with {before}", before=("depression", "alzheimer's"), take=("before",))
    assert rewrite("Depression sufferers wait.", "sufferers", sufferers) == ["People with depression wait."]
    assert rewrite("Alzheimer's sufferers wait.", "sufferers", sufferers) == ["People with Alzheimer's wait."]


def test_a_range_that_starts_with_a_clitic_keeps_a_space() -> None:
    assert rewrite("She's bipolar today.", "'s bipolar", T("has bipolar disorder")) == ["She has bipolar disorder today."]


def test_a_range_holding_a_quotation_mark_is_not_rewritten() -> None:
    assert rewrite("They are too easily “triggered”.", "easily “triggered", T("offended")) == []
    assert rewrite("They are too easily “triggered”.", "easily “triggered", T("offended", replace=("triggered",))) == [
        "They are too easily “offended”."
    ]


def test_number_from_the_packs_word_lists_without_a_trained_pipeline() -> None:
    lexicon = Lexicon(plural=frozenset({"addicts"}), singular=frozenset({"addict"}))
    templates = (T("person with addiction", number="singular"), T("people with addiction", number="plural"))
    assert rewrite("Addicts need care.", "Addicts", *templates, lexicon=lexicon) == ["People with addiction need care."]
    assert rewrite("The addict needs care.", "addict", *templates, lexicon=lexicon) == ["The person with addiction needs care."]
    assert rewrite("The junkie needs care.", "junkie", *templates, lexicon=lexicon) == []  # a word no list knows


def test_number_from_spacy_morphology_where_a_trained_pipeline_tagged_the_words() -> None:
    text = "The junkies need care."
    words = (Word("The", 0, 3, "DT"), Word("junkies", 4, 11, "NNS", "Plur"), Word("need", 12, 16, "VBP"),
             Word("care", 17, 21, "NN", "Sing"), Word(".", 21, 22, "."))
    templates = (T("person who uses drugs", number="singular"), T("people who use drugs", number="plural"))
    fitted = fit_suggestions(templates, text, 4, 11, Sentence(0, len(text), words), Lexicon())
    assert [r.replacement for r in fitted] == ["people who use drugs"]


def test_a_proper_noun_tagged_in_a_title_falls_back_to_the_word_lists() -> None:
    text = "Alkies and Druggies"
    words = (Word("Alkies", 0, 6, "NNP", "Sing"), Word("and", 7, 10, "CC"), Word("Druggies", 11, 19, "NNP", "Sing"))
    lexicon = Lexicon(plural=frozenset({"druggies"}))
    templates = (T("person who uses drugs", number="singular"), T("people who use drugs", number="plural"))
    fitted = fit_suggestions(templates, text, 11, 19, Sentence(0, len(text), words), lexicon)
    assert [r.replacement for r in fitted] == ["People Who Use Drugs"]


def test_a_noun_rewrite_is_ruled_out_where_the_word_describes_a_noun() -> None:
    jerk = T("jerk", not_after=("@noun",))
    assert rewrite("Some psycho keyed my car.", "psycho", jerk) == ["Some jerk keyed my car."]
    assert rewrite("He is a total psycho.", "psycho", jerk) == ["He is a total jerk."]
    assert rewrite("That psycho nearly hit me.", "psycho", jerk) == ["That jerk nearly hit me."]
    assert rewrite("Meet the psycho Michael Scott.", "psycho", jerk) == ["Meet the jerk Michael Scott."]
    assert rewrite("How do you deal with a psycho cat?", "psycho", jerk) == []
    assert rewrite("He was a psycho-killer in the film.", "psycho", jerk) == []


def test_a_rewrite_that_repeats_its_neighbour_gives_way() -> None:
    templates = (T("haunted"), T("rattled", after=("us",)))
    assert rewrite("Moments that haunted and traumatized us.", "traumatized", *templates) == [
        "Moments that haunted and rattled us."
    ]
    # words the rewrite keeps from the match are not repeats: "a successful suicide" -> "a death by suicide"
    death = T("death by suicide")
    assert rewrite("He attempts suicide, and a successful suicide follows.", "successful suicide", death) == [
        "He attempts suicide, and a death by suicide follows."
    ]
    # even so, not the word that already stands across "or": "thoughts of suicide or committing suicide"
    assert rewrite("It leads to thoughts of suicide or committing suicide.", "committing suicide", T("suicide")) == []


def test_a_person_first_phrase_takes_no_possessive() -> None:
    phrase = T("person receiving mental health care")
    assert rewrite("It was a mental patient's room.", "mental patient", phrase) == []
    assert rewrite("It was a mental patient.", "mental patient", phrase) == ["It was a person receiving mental health care."]


def test_a_verb_the_sentence_takes_up_again_is_not_safely_rewritten() -> None:
    has = T("has", True, when=("suffers",), replace=("suffers from",))
    text = "Everyone who suffers from depression does so differently."
    start = text.index("suffers from")
    (fitted,) = fit_suggestions((has,), text, start, start + len("suffers from"))
    assert not fitted.safe
    plain = "She suffers from depression."
    (fitted,) = fit_suggestions((has,), plain, plain.index("suffers"), plain.index("suffers") + len("suffers from"))
    assert fitted.safe


def _safety(template: SuggestionTemplate, text: str, matched: str) -> bool:
    """Whether the one fitted rewrite of the first ``matched`` in ``text`` is safe."""
    start = text.index(matched)
    (fitted,) = fit_suggestions((template,), text, start, start + len(matched))
    return fitted.safe


def test_a_death_told_of_a_body_that_is_no_person_is_not_safely_rewritten() -> None:
    died = T("died by suicide", True, when=("committed",))
    assert not _safety(died, "The fourth estate has committed suicide, sacrificing our culture.", "committed suicide")
    assert _safety(died, "The teacher has committed suicide, the school said.", "committed suicide")


def test_a_verb_said_twice_is_not_safely_rewritten_once() -> None:
    dies = T("dies by suicide", True, when=("commits",))
    assert not _safety(dies, "If a person commits crimes or commits suicide, we ask why.", "commits suicide")
    assert _safety(dies, "If a person commits suicide, we ask why.", "commits suicide")


def test_a_person_first_phrase_said_of_someone_or_in_a_question_waits_for_the_writer() -> None:
    phrase = T("a person with addiction", True, replace=("an addict",))
    assert not _safety(phrase, "I had no idea she was an addict.", "an addict")
    assert not _safety(phrase, "Can an addict really recover?", "an addict")
    assert _safety(phrase, "An addict can really recover.", "An addict")


def test_lives_lost_to_a_death_are_not_told_again() -> None:
    dying = T("dying by suicide", True, when=("committing",))
    assert rewrite("Student lives have often been lost due to committing suicide.", "committing suicide", dying) == []
    assert rewrite("He spoke of committing suicide.", "committing suicide", dying) == ["He spoke of dying by suicide."]


def test_a_person_first_phrase_compared_with_another_label_waits_for_the_writer() -> None:
    phrase = T("People with bulimia", True, replace=("Bulimics",))
    assert not _safety(phrase, "Bulimics, like anorexics, are obsessed with weight.", "Bulimics")
    assert _safety(phrase, "Bulimics, like everyone, need care.", "Bulimics")


def test_a_person_first_phrase_is_no_figure_of_a_simile() -> None:
    phrase = T("a person with addiction", replace=("an addict",))
    assert rewrite("I need it like an addict needs their drug.", "an addict", phrase) == []
    assert rewrite("She was treated like an addict by the staff.", "an addict", phrase) == [
        "She was treated like a person with addiction by the staff."
    ]


def test_a_label_used_as_a_title_before_a_name_gets_no_person_first_phrase() -> None:
    phrase = T("person in recovery")
    assert rewrite('"Never again," said recovering addict Tara Smith.', "recovering addict", phrase) == []
    assert rewrite("He met a recovering addict.", "recovering addict", phrase) == ["He met a person in recovery."]


def test_a_death_is_not_offered_where_the_same_clause_threatens_it() -> None:
    dies = T("die by suicide", True, when=("commit",))
    assert rewrite("He had threatened numerous times to commit suicide.", "commit suicide", dies) == []
    # a clause break ends the threat: the later act is told as it happened
    died = T("died by suicide", True, when=("committed",))
    assert rewrite("He threatened to leave, then committed suicide.", "committed suicide", died) == [
        "He threatened to leave, then died by suicide."
    ]


def test_words_elsewhere_in_the_sentence_pick_a_sense() -> None:
    templates = (T("cranks"), T("people with mental illness", near=("streets", "hospital")))
    # (an unconditional rewrite is only a fallback: it gives way where one with conditions fits)
    assert rewrite("Lunatics roam the streets at night.", "Lunatics", *templates) == [
        "People with mental illness roam the streets at night."
    ]
    assert rewrite("Those lunatics in parliament voted again.", "lunatics", *templates) == [
        "Those cranks in parliament voted again."
    ]
    # the words of the match do not count as its neighbours
    assert rewrite("The hospital lunatics left.", "hospital lunatics", T("x", near=("hospital",))) == []
    assert rewrite("Lunatics roam the streets.", "Lunatics", T("cranks", not_near=("streets",))) == []


def test_a_with_phrase_does_not_stand_before_a_name() -> None:
    title = T("{-1} with bipolar disorder")
    assert rewrite("The film follows bipolar patient Sybil Foster home.", "bipolar patient", title) == []
    assert rewrite("The film follows a bipolar patient home.", "bipolar patient", title) == [
        "The film follows a patient with bipolar disorder home."
    ]
    # nor does a relative clause
    drinks = T("father who drinks heavily", replace=("alcoholic father",))
    assert rewrite("They live with their alcoholic father Adam in Ohio.", "alcoholic father", drinks) == []
    assert rewrite("They live with their alcoholic father in Ohio.", "alcoholic father", drinks) == [
        "They live with their father who drinks heavily in Ohio."
    ]
    # a preposition at the end of the rewrite takes the capitalised condition as its object
    assert rewrite("He is suffering from Schizophrenia.", "suffering from", T("living with")) == [
        "He is living with Schizophrenia."
    ]


def test_a_phrase_does_not_stand_in_a_hyphenated_compound() -> None:
    person = T("people who use drugs")
    assert rewrite("The institute hired ex-junkies as street workers.", "junkies", person) == []
    assert rewrite("The institute hired junkies as street workers.", "junkies", person) == [
        "The institute hired people who use drugs as street workers."
    ]
    assert rewrite("A full-on crazy week.", "crazy", T("busy")) == ["A full-on busy week."]


def test_a_noun_first_rewrite_does_not_strand_what_graded_or_described_the_label() -> None:
    person = T("{-1} with mental illness")
    assert rewrite("They let really mentally ill people out.", "mentally ill people", person) == []
    assert rewrite("They let mentally ill people out.", "mentally ill people", person) == [
        "They let people with mental illness out."
    ]
    teen = T("{-1} with bipolar disorder")
    assert rewrite("He was a moody, manic-depressive teenager.", "manic-depressive teenager", teen) == []
    # an adjective swap keeps its place, so what stands before it still reads
    assert rewrite("It was a weird, crazy idea.", "crazy", T("wild")) == ["It was a weird, wild idea."]
    assert rewrite("It was a really crazy idea.", "crazy", T("wild")) == ["It was a really wild idea."]


def test_an_article_shared_with_a_second_label_rules_the_rewrite_out() -> None:
    phrase = T("a person with addiction", when=("an",))
    lexicon = Lexicon(singular=frozenset({"addict", "alcoholic"}))
    assert rewrite("Her sibling is an addict or alcoholic.", "an addict", phrase, lexicon=lexicon) == []
    assert rewrite("Her sibling is an addict and needs help.", "an addict", phrase, lexicon=lexicon) == [
        "Her sibling is a person with addiction and needs help."
    ]


def test_capitals_carried_into_a_rewrite_that_is_not_all_capitals_rule_it_out() -> None:
    phrase = T("people with {before} schizophrenia", before=("paranoid",), take=("before",))
    assert rewrite("PARANOID schizophrenics stab people, figures reveal.", "schizophrenics", phrase) == []
    assert rewrite("Paranoid schizophrenics rarely stab people.", "schizophrenics", phrase) == [
        "People with paranoid schizophrenia rarely stab people."
    ]
    ptsd = T("people with PTSD")
    assert rewrite("Most PTSD sufferers recover.", "PTSD sufferers", ptsd) == ["Most people with PTSD recover."]



def test_a_list_of_more_than_conditions_after_the_verb_waits_for_a_person() -> None:
    has = T("have", safe=True, replace=("suffer from",))
    assert not _safety(has, "Some may suffer from depression, debt and other problems.", "suffer from")
    assert _safety(has, "Many suffer from depression, anxiety and PTSD.", "suffer from")


def test_a_share_of_a_group_keeps_its_article() -> None:
    people = T("people with addiction")
    assert rewrite("Some of the addicted are no longer able to cope.", "the addicted", people) == [
        "Some of the people with addiction are no longer able to cope."
    ]
    assert rewrite("The care of the addicted is costly.", "the addicted", people) == [
        "The care of people with addiction is costly."
    ]


def test_a_death_someone_imagined_is_not_told_as_one_that_happened() -> None:
    dying = T("dying by suicide", safe=True)
    assert rewrite("He fantasized about committing suicide in front of her.", "committing suicide", dying) == []
    assert _safety(dying, "He was found after committing suicide in 1990.", "committing suicide")
