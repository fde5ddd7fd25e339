"""A passage that dates itself before 1950 uses the period's own words for people."""

from __future__ import annotations

import pytest

from langcheck.context.history import dates_itself, opens_on_the_present, written_before_1950


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the 18th century people went to Bedlam to stare at the lunatics.", True),
        ("The 1845 census counted every lunatic in the parish.", True),
        ("Asylums filled up in the 1890s.", True),
        ("Victorian reformers built homes for inebriates.", True),
        ("In 1987 the ward was closed.", False),
        # spellings printed English dropped in the twentieth century
        ("There are six hundred thousand confirmed drunkards in our country to-day.", True),
        ("In connexion with the asylum, the board met.", True),
        ("There are many drunkards in our country today.", False),
        ("He called his neighbour a lunatic.", False),
        ("Before lunatic asylums were established in the mid-19th century, the poor law applied.", True),
        ("A 19th-century asylum stood on the hill.", True),
        ("A well-known face in the mid-season finale.", False),
        ("Call 1800 273 8255 for help.", False),
        ("In 872, a hospital in Cairo provided care to the insane.", True),
        ("Hippocrates wrote on melancholia around 400 BC.", True),
        ("In ancient Greece madness was thought divine.", True),
        # the past tense as printers spelt it before 1800; after a pronoun "'d" is "would" or "had"
        ("She behav'd as if she had been crazy.", True),
        ("She'd be crazy to go.", False),
        ("How'd he get so crazy?", False),
        ("We had 872 visitors, and the insane were among them.", False),
        # the year its writer left blank, as period fiction printed it; a range of ages is no year
        ("During the autumn of 18\u2060—, my route led me near a certain private madhouse.", True),
        ("Patients aged 18 — 20 stayed on the ward.", False),
        ("In 30, minutes pass.", False),
        ("In Roman times, soldiers who took their lives were punished.", True),
        ("The chronic insane are cared for at the county asylum.", True),
        ("She sought asylum in the state.", False),
        ("Two of my Great Great grandfathers died in lunatic asylums.", True),
        ("A great grandmother's recipe won the prize.", True),
        ("The great hall was full.", False),
        # the past set apart as a time of its own, not a recent stretch of it
        ("In the past, people with mental issues were sent to lunatic asylums.", True),
        ("He is a crazy hacker whom I've worked with in the past.", False),
        ("In the past, I was called a lunatic.", False),
        ("In the past week my boss went insane.", False),
        ("In the past I have been called a lunatic.", False),
        # three of the old categories of census returns and registers make a period's classification
        ("Five were blind, 18 were insane and 16 were idiotic.", True),
        ("It lists each person's category: deaf mute, indigent, homeless, blind, idiot, and insane.", True),
        ("The hospitals held people diagnosed as insane, feeble-minded, epileptic, or otherwise mentally ill.", True),
        ("The road is full of idiots and lunatics.", False),
        ("My boss is an insane idiot.", False),
        ("My neighbour is a lunatic, a drunkard and totally insane.", False),
        # records read in an archive
        ("Documents at the National Archives pertaining to insanity were read.", True),
        ("The archives of the build server hold insane logs.", False),
        # the institution of the past, not a refuge granted, the idiom, or a name that is itself a finding
        ("The asylum held two hundred lunatics.", True),
        ("She sought political asylum in France.", False),
        ("The lunatics are running the asylum.", False),
        ("I'll check into a virtual insane asylum.", False),
        ("A crazy and inefficient immigration/asylum system failed them.", False),
        ("The asylum system is a lottery for refugees.", False),
        # a period's institution named for the people it held
        ("The commitment of drunkards to the state hospital for the insane.", True),
        ("Their son was sent to an asylum for the inebriate.", True),
        ("Lunatic brought before a justice may be sent to an institution for lunatics.", True),
        ("The county kept a school for idiots.", True),
        ("That meeting was a home for lunatics.", False),
        ("We need more treatment for lunatics like him.", False),
        ("He drives me insane, the nurse at the hospital said.", False),
        ("REPORT ON THE CONDITION OF THE INSANE POOR IN THE COUNTY POOR HOUSES OF NEW YORK.", True),
        ("The insane were kept at the poor farm.", True),
        ("My insane poor neighbour drives me mad.", False),
    ],
)
def test_dates_itself(nlp, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    assert dates_itself(nlp(text)) is expected


def test_a_document_dated_by_its_dateline_is_written_in_the_past() -> None:
    opening = ["INVESTIGATION OF INSANITY BY JURIES.", "Read before the Santa Clara Medical Society, SEPTEMBER 4, 1877."]
    assert written_before_1950([*opening, "The man I speak of is a dangerous lunatic."])
    assert written_before_1950(["SAN JOSE: THE PIONEER PRINT.", "1877.", "A madman was set free."])
    # a modern essay that opens with an old date names a later year somewhere
    assert not written_before_1950([*opening, "This address was reprinted in 1998 with notes."])
    # a year in a sentence is no dateline
    assert not written_before_1950(["The asylum opened in 1877.", "Lunatics were housed there."])



@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("And now this lunatic in Iran wants to wipe out this nation.", True),
        ("Nowadays the word is an insult.", True),
        ("Now, in 1850, the asylum held three hundred lunatics.", False),
        ("The asylum now held three hundred lunatics.", False),
        ("Snow fell on the asylum.", False),
        ("Now before everyone gets mad at me, hear me out about the lunatic inquest book.", False),
    ],
)
def test_a_sentence_that_opens_on_the_present(sentence: str, expected: bool) -> None:
    # in a paragraph that tells the past, such a sentence speaks of today: its labels are the writer's own
    assert opens_on_the_present(sentence) is expected


def test_the_sentence_at_an_offset_of_a_long_text() -> None:
    from langcheck.context.history import sentence_at_opens_on_the_present

    text = "In 1850 the asylum held three hundred lunatics. And now this lunatic wants power."
    assert sentence_at_opens_on_the_present(text, text.index("this lunatic") + 5)
    assert not sentence_at_opens_on_the_present(text, text.index("lunatics"))


def test_old_categories_count_only_as_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    """Three categories within a list's reach date a passage; the same words spread over an essay do not."""
    filler = " ".join(["the argument goes on and on without end"] * 8)
    essay = f"Free will, he said, was lunacy. {filler}. Only an idiot would think so. {filler}. An imbecile knows better."
    assert dates_itself(nlp(essay)) is False
    assert dates_itself(nlp("The census listed the lunatic, the idiot and the imbecile of every parish.")) is True
