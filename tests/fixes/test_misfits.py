"""Constructions a fitted rewrite would break: stacked clauses, comparisons, clinical adverbs, words that describe
the condition, a verb after "having", describing words a noun-first phrase would strand."""

from __future__ import annotations

from langcheck.core.models import SuggestionTemplate
from langcheck.fixes.suggest import fit_suggestions

T = SuggestionTemplate


def rewrite(text: str, matched: str, *templates: SuggestionTemplate) -> list[str]:
    """Every sentence the fitted rewrites turn ``text`` into, best first (the match is the first ``matched``)."""
    start = text.index(matched)
    fitted = fit_suggestions(tuple(templates), text, start, start + len(matched))
    return [text[: r.start] + r.replacement + text[r.end :] for r in fitted]


def test_a_relative_clause_is_not_stacked_on_a_second_one_or_a_participle() -> None:
    users = T("people who use heroin")
    assert rewrite("Three heroin users who died were named.", "heroin users", users) == []
    assert rewrite("A heroin user armed with a knife fled.", "heroin user", T("person who uses heroin")) == []
    assert rewrite("Heroin users need care.", "Heroin users", users) == ["People who use heroin need care."]
    assert rewrite("Unlike the heroin users you see on TV, he hid it.", "heroin users", users) == []


def test_a_word_played_on_by_its_capital_letter_is_left_to_the_writer() -> None:
    cautious = T("cautious")
    assert rewrite("These folks are Paranoid with a capital “P”!", "Paranoid", cautious) == []
    assert rewrite("These folks are paranoid with a capital budget.", "paranoid", cautious) == [
        "These folks are cautious with a capital budget."
    ]


def test_a_one_syllable_word_is_not_compared_with_more() -> None:
    wild = T("wild")
    assert rewrite("Few came up with more crazy games.", "crazy", wild) == []
    assert rewrite("Few came up with crazy games.", "crazy", wild) == ["Few came up with wild games."]


def test_a_diagnosis_meant_clinically_gets_no_everyday_word() -> None:
    assert rewrite("A scan proves the Cubs are clinically bipolar.", "bipolar", T("changeable")) == []


def test_a_person_first_phrase_is_not_put_after_a_word_that_describes_the_condition() -> None:
    phrase = T("people with schizophrenia")
    assert rewrite("I worked with chronic schizophrenics in a hospital.", "schizophrenics", phrase) == []
    assert rewrite("Some are already secret alcoholics.", "alcoholics", T("people with alcohol use disorder")) == []
    assert rewrite("I worked with young schizophrenics in a hospital.", "schizophrenics", phrase) == [
        "I worked with young people with schizophrenia in a hospital."
    ]


def test_a_verb_after_having_and_its_object_is_left_to_the_writer() -> None:
    have = T("have", replace=("suffer from",))
    assert rewrite("An insight into having a close relative suffer from this illness.", "suffer from", have) == []
    assert rewrite("Many people suffer from this illness.", "suffer from", have) == ["Many people have this illness."]


def test_a_describing_word_joined_by_and_is_not_stranded_by_a_noun_first_rewrite() -> None:
    phrase = T("people with mental illness")
    assert rewrite("They keep crazy and mentally ill people on the street.", "mentally ill people", phrase) == []
    assert rewrite("They help the homeless and mentally ill people here.", "mentally ill people", phrase) == [
        "They help the homeless and people with mental illness here."
    ]
    assert rewrite("Our most mentally ill citizens wait.", "mentally ill citizens", T("citizens with mental illness")) == []


def test_a_relative_clause_is_not_joined_to_the_next_noun_by_and() -> None:
    users = T("people who use drugs")
    assert rewrite("So many drug users and pushers surrendered.", "drug users", users) == []
    assert rewrite("It was a den of drug users or traffickers.", "drug users", users) == []
    assert rewrite("Drug users need care.", "Drug users", users) == ["People who use drugs need care."]


def test_a_kind_shared_with_an_earlier_word_is_kept() -> None:
    phrase = T("people with a substance use disorder")
    assert rewrite("It helps heroin and other drug addicts recover.", "drug addicts", phrase) == []
    assert rewrite("It helps drug addicts recover.", "drug addicts", phrase) == [
        "It helps people with a substance use disorder recover."
    ]


def test_a_person_is_not_said_to_be_a_person() -> None:
    phrase = T("person who uses drugs")
    assert rewrite("Many asked whether this person is a drug user.", "drug user", phrase) == []
    assert rewrite("Many asked whether my brother is a drug user.", "drug user", phrase) == [
        "Many asked whether my brother is a person who uses drugs."
    ]


def test_an_adverb_or_a_habit_word_is_not_stranded_before_a_noun_first_rewrite() -> None:
    woman = T("{-1} with a mental illness")
    assert rewrite("She helped a supposedly mentally ill woman.", "mentally ill woman", woman) == []
    assert rewrite("She helped an elderly mentally ill woman.", "mentally ill woman", woman) == [
        "She helped an elderly woman with a mental illness."
    ]
    assert rewrite("The Coast, with its numerous overt addicts.", "addicts", T("people with addiction")) == []


def test_an_acronym_glossed_in_brackets_keeps_its_letters() -> None:
    tidy = T("perfectionism")
    assert rewrite("I Have The OCD (Ordinary Concerns Of A Dog)", "OCD", tidy) == []
    assert rewrite("My OCD is back.", "OCD", tidy) == ["My perfectionism is back."]


def test_a_rewrite_never_says_a_word_twice_running() -> None:
    doubled = T("{3} {-1} with mental illness")
    assert rewrite("Attacks by mentally ill homeless rose.", "mentally ill homeless", doubled) == []
    assert rewrite("Attacks by mentally ill homeless rose.", "mentally ill homeless", T("{-1} people with mental illness")) == [
        "Attacks by homeless people with mental illness rose."
    ]


def test_a_person_first_phrase_is_not_put_before_an_age_used_as_a_noun() -> None:
    phrase = T("person with schizophrenia")
    assert rewrite("He worried that the schizophrenic 37-year-old would die.", "schizophrenic", phrase) == []


def test_a_name_inside_the_match_is_not_dropped() -> None:
    assert rewrite("An inquest heard a bipolar Vancouver man was ill.", "bipolar Vancouver man", T("man with bipolar disorder")) == []
    assert rewrite("Bipolar Weather Again", "Bipolar Weather", T("Changeable Weather")) == ["Changeable Weather Again"]


def test_a_copula_taken_up_later_stays() -> None:
    had = T("had alcohol use disorder")
    assert rewrite("My mother was an alcoholic and so was my first husband.", "was an alcoholic", had) == []
    assert rewrite("My mother was an alcoholic for years.", "was an alcoholic", had) == ["My mother had alcohol use disorder for years."]


def test_how_bad_it_is_is_not_dropped() -> None:
    living = T("living with")
    assert rewrite("My mum is now suffering quite badly from dementia.", "suffering quite badly from", living) == []
    assert rewrite("My mum is now suffering from dementia.", "suffering from", living) == ["My mum is now living with dementia."]


def test_a_participle_is_not_hung_on_a_relative_clause() -> None:
    users = T("people who use crack")
    assert rewrite("Provided the crackheads living across the street don't steal it.", "crackheads", users) == []
    assert rewrite("The crackheads moved away.", "crackheads", users) == ["The people who use crack moved away."]


def test_a_person_first_phrase_does_not_follow_a_diagnosis_given() -> None:
    person = T("person with schizophrenia")
    assert rewrite("She was diagnosed a paranoid schizophrenic last year.", "schizophrenic", person) == []
    assert rewrite("She was diagnosed as a schizophrenic last year.", "a schizophrenic", T("a person with schizophrenia")) == []
    assert rewrite("She lived with a paranoid schizophrenic last year.", "schizophrenic", person) == [
        "She lived with a paranoid person with schizophrenia last year."
    ]


def test_a_word_of_doubt_is_not_dropped() -> None:
    died = T("died by suicide")
    text = "The deceased committed the alleged suicide after exams."
    assert rewrite(text, "committed the alleged suicide", died) == []
    assert rewrite(text, "committed the alleged suicide", T("allegedly died by suicide")) == [
        "The deceased allegedly died by suicide after exams."
    ]
    assert rewrite("He committed suicide after exams.", "committed suicide", died) == ["He died by suicide after exams."]


def test_the_tail_of_a_compound_keeps_its_idiom() -> None:
    frenzied = T("frenzied")
    assert rewrite("They met power-crazed officials.", "crazed", frenzied) == []
    assert rewrite("He was half-crazed with thirst.", "crazed", frenzied) == []
    cautious = T("cautious")
    assert rewrite("Every reasonably-paranoid developer checks.", "paranoid", cautious) == [
        "Every reasonably-cautious developer checks."
    ]
    assert rewrite("We have been over-paranoid about it.", "paranoid", cautious) == ["We have been over-cautious about it."]


def test_a_mass_noun_does_not_take_a_count_nouns_article() -> None:
    use = T("use")
    text = "A puff of a joint is not as serious as a daily heroin habit, is it?"
    assert rewrite(text, "habit", use) == []
    assert rewrite("Her heroin habit cost her the job.", "habit", use) == ["Her heroin use cost her the job."]


def test_a_verb_in_ing_after_be_is_not_replaced_by_a_noun() -> None:
    suicide = T("suicide")
    assert rewrite("The sheep weren't committing suicide after all.", "committing suicide", suicide) == []
    assert rewrite("He kept considering committing suicide.", "committing suicide", suicide) == [
        "He kept considering suicide."
    ]
    assert rewrite("I'm going crazy.", "going crazy", T("at my wits' end")) == ["I'm at my wits' end."]


def test_a_describing_word_after_be_is_not_replaced_by_a_bare_person() -> None:
    person = T("person with a mental illness")
    assert rewrite("He'll think I'm loony.", "loony", person) == []
    assert rewrite("That loony shouted at us.", "loony", person) == ["That person with a mental illness shouted at us."]


def test_a_reflexive_object_of_the_replaced_verb_is_left_to_the_writer() -> None:
    died = T("died by suicide")
    assert rewrite("Kids had committed suicide on themselves.", "committed suicide", died) == []
    assert rewrite("Kids had committed suicide that year.", "committed suicide", died) == [
        "Kids had died by suicide that year."
    ]


def test_a_death_told_before_a_comma_is_not_told_again() -> None:
    dying = T("dying by suicide")
    text = "He died in October 2009, committing suicide three months after he came home."
    assert rewrite(text, "committing suicide", dying) == []


def test_use_is_not_put_where_the_sentence_calls_it_an_illness() -> None:
    use = T("drug use", replace=("drug abuse",))
    assert rewrite("He said that drug abuse is an illness.", "drug abuse", use) == []
    assert rewrite("Drug abuse is rising in the county.", "Drug abuse", use) == ["Drug use is rising in the county."]


def test_a_with_phrase_after_the_label_is_not_taken_by_the_rewrites_object() -> None:
    person = T("person addicted to drugs")
    assert rewrite("Her friend was an unemployed drug addict with a criminal record.", "drug addict", person) == []
    assert rewrite("Her friend was a drug addict for years.", "drug addict", person) == [
        "Her friend was a person addicted to drugs for years."
    ]


def test_a_coined_name_after_a_role_gets_no_single_describing_word() -> None:
    distracted = T("distracted")
    assert rewrite("I have a severe case of Mommy ADD.", "ADD", distracted) == []
    assert rewrite("Sorry, I'm so ADD today.", "ADD", distracted) == ["Sorry, I'm so distracted today."]


def test_very_is_not_put_before_a_word_at_the_top_of_its_scale() -> None:
    very = T("very")
    assert rewrite("It was a crazy amazing trip.", "crazy", very) == []
    assert rewrite("It was a crazy long trip.", "crazy", very) == ["It was a very long trip."]


def test_a_trait_is_not_something_one_goes() -> None:
    eccentric = T("eccentric")
    assert rewrite("Party planning makes me go a bit cuckoo.", "cuckoo", eccentric) == []
    assert rewrite("My aunt is a bit cuckoo.", "cuckoo", eccentric) == ["My aunt is a bit eccentric."]


def test_experience_of_is_someones_not_a_long_or_single_one() -> None:
    experience = T("experience of", replace=("battle with",))
    text = "She spoke about her battle with depression."
    assert rewrite(text, "battle with", experience) == ["She spoke about her experience of depression."]
    assert rewrite("It was a long battle with depression.", "battle with", experience) == []


def test_no_second_word_of_size_before_heavy() -> None:
    assert rewrite("He was a huge drunk.", "drunk", T("heavy drinker")) == []
    assert rewrite("He was a drunk.", "drunk", T("heavy drinker")) == ["He was a heavy drinker."]


def test_a_capitalised_word_inside_a_match_that_opens_in_lower_case_is_left_to_the_writer() -> None:
    assert rewrite("Why I hired a Felon and an Addict", "an Addict", T("a person with addiction")) == []
    assert rewrite("Why it Pays to be Paranoid", "be Paranoid", T("be cautious")) == []
    assert rewrite("Coworkers say she is bipolar.", "bipolar", T("moody")) == ["Coworkers say she is moody."]


def test_one_of_two_joined_labels_is_not_rewritten_into_a_phrase_that_cannot_join() -> None:
    text = "A sister who's an addict or alcoholic raises the risk."
    assert rewrite(text, "who's an addict", T("with addiction")) == []


def test_with_or_has_is_not_put_before_a_circumstance_or_a_use() -> None:
    assert rewrite("Those suffering from homelessness and mental illness", "suffering from", T("with")) == []
    assert rewrite("people who suffer from chronic heroin use", "suffer from", T("have")) == []
    assert rewrite("people who suffer from an opioid use disorder", "suffer from", T("have")) == [
        "people who have an opioid use disorder"
    ]


def test_living_with_is_not_put_before_someone_s_battle_or_after_actively() -> None:
    living = T("living with")
    assert rewrite("She is no longer suffering from her lifelong battle with depression.", "suffering from", living) == []
    assert rewrite("Staff who might be actively battling addiction", "battling", living) == []
    assert rewrite("Staff who might be battling addiction", "battling", living) == ["Staff who might be living with addiction"]


def test_a_label_the_sentence_repeats_is_left_to_the_writer() -> None:
    text = "Before the act, most addicts saw a doctor; after it, most addicts saw other addicts."
    assert rewrite(text, "addicts", T("people with addiction")) == []
    fitted = fit_suggestions((T("people with addiction", safe=True),), *_span("Addicts and their addicts' families", "Addicts"))
    assert fitted and not fitted[0].safe


def test_particular_does_not_take_on_or_follow_a_verb_of_becoming() -> None:
    particular = T("particular")
    assert rewrite("Some go OCD on their eyebrows.", "OCD", particular) == []
    assert rewrite("I feel OCD about micromanaging this.", "OCD", particular) == []
    assert rewrite("I am extremely OCD with my books.", "OCD", particular) == ["I am extremely particular with my books."]


def test_an_acronym_after_the_match_keeps_the_words_it_abbreviates() -> None:
    text = "The programme lets injecting drug users (IDUs) get clean needles."
    assert rewrite(text, "injecting drug users", T("people who inject drugs")) == []


def _span(text: str, matched: str) -> tuple[str, int, int]:
    start = text.index(matched)
    return text, start, start + len(matched)


def test_everyday_words_for_ocd_do_not_take_on_or_follow_get() -> None:
    fussy = T("fussy")
    assert rewrite("Another closet to get OCD on.", "OCD", fussy) == []
    assert rewrite("Unless you are OCD on this type of thing, you won't notice.", "OCD", fussy) == []
    assert rewrite("I am so OCD about my desk.", "OCD", fussy) == ["I am so fussy about my desk."]


def test_a_hedge_of_the_words_or_the_stigma_they_grade_is_not_left_behind() -> None:
    assert rewrite("I nearly had a panic attack (not literally, but close).", "had a panic attack", T("panicked")) == []
    assert rewrite("One certifiably crazy patron comes daily.", "certifiably", T("wildly")) == []
    assert rewrite("Those who live with chronic heroin use", "live with", T("live with")) == []


def test_a_label_listed_beside_another_waits_for_a_person() -> None:
    fitted = fit_suggestions(
        (T("people with bipolar disorder", safe=True),), *_span("We have our share of bipolars, schizophrenics, etc.", "bipolars")
    )
    assert fitted and not fitted[0].safe


def test_have_fits_a_condition_not_an_outcome_nor_of() -> None:
    have = T("have", replace=("suffer from",))
    text = "Many suffer from significant mental health consequences as a result."
    assert rewrite(text, "suffer from", have) == []
    assert rewrite("Many suffer from depression as a result.", "suffer from", have) == ["Many have depression as a result."]
    assert rewrite("They help members who suffer of anxiety.", "suffer", T("have")) == []


def test_have_said_again_as_the_next_verb_waits_for_a_person() -> None:
    text = "People who suffer from mental illness have different moods."
    fitted = fit_suggestions((T("have", replace=("suffer from",), safe=True),), *_span(text, "suffer from"))
    assert fitted and not fitted[0].safe
    text = "Veterans who suffer from PTSD and have other problems."
    fitted = fit_suggestions((T("have", replace=("suffer from",), safe=True),), *_span(text, "suffer from"))
    assert fitted and fitted[0].safe


def test_people_are_not_said_to_be_people_nor_fellow_people() -> None:
    phrase = T("people with schizophrenia")
    assert rewrite("They believe schizophrenics are spiritually gifted people.", "schizophrenics", phrase) == []
    assert rewrite("They believe schizophrenics are spiritually gifted.", "schizophrenics", phrase) == [
        "They believe people with schizophrenia are spiritually gifted."
    ]
    assert rewrite("We meet her fellow addicts in circle therapy.", "addicts", T("people with addiction")) == []


def test_a_person_first_phrase_is_not_put_after_recovering() -> None:
    assert rewrite("A common problem for many recovering anorexics.", "anorexics", T("people with anorexia")) == []


def test_a_word_glossed_right_after_it_is_left_to_the_writer() -> None:
    text = "It lacked the stigma of being an alcoholic – someone addicted to drink."
    assert rewrite(text, "an alcoholic", T("a person with alcohol use disorder")) == []


def test_a_describing_word_does_not_stand_in_for_a_label_used_as_a_noun() -> None:
    thin = T("emaciated")
    assert rewrite("The boyfriend was a borderline anorexic himself.", "anorexic", thin) == []
    assert rewrite("The boyfriend was a bit anorexic himself.", "anorexic", thin) == [
        "The boyfriend was a bit emaciated himself."
    ]
    assert rewrite("Sue works for a psycho.", "psycho", T("tyrant")) == ["Sue works for a tyrant."]


def test_if_you_are_an_addict_with_no_substance_named_waits_for_a_person() -> None:
    text = "Or if you're an addict, go for the larger tub of thirty servings."
    fitted = fit_suggestions((T("a person with addiction", safe=True),), *_span(text, "an addict"))
    assert fitted and not fitted[0].safe
    text = "Or if you're an addict, go to a meeting about your drinking."
    fitted = fit_suggestions((T("a person with addiction", safe=True),), *_span(text, "an addict"))
    assert fitted and fitted[0].safe


def test_a_label_after_a_word_of_contempt_gets_no_person_first_phrase() -> None:
    assert rewrite("Where will all these trashy junkies go?", "junkies", T("people who use drugs")) == []


def test_a_label_in_a_simile_waits_for_a_person() -> None:
    people = T("people with schizophrenia", safe=True)
    fitted = fit_suggestions((people,), *_span("We can't all be walking around like schizophrenics.", "schizophrenics"))
    assert fitted and not fitted[0].safe
    fitted = fit_suggestions((people,), *_span("Many schizophrenics live alone.", "schizophrenics"))
    assert fitted and fitted[0].safe


def test_from_that_opens_a_time_is_not_taken_by_the_rewrite() -> None:
    have = T("had", replace=("suffered from",))
    assert rewrite("It was the illness he suffered from 1959 onward.", "suffered from", have) == []
    assert rewrite("He suffered from depression for years.", "suffered from", have) == ["He had depression for years."]
