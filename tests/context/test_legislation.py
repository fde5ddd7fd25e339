"""A sentence drafted as a statute or a regulation uses the law's categories; a rule that opts in lets it pass."""

from __future__ import annotations

import pytest

from langcheck.api import check_text
from langcheck.context.legislation import is_drafted_as_law, reads_as_legislation


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Insane persons or persons rated as incompetent by the Secretary shall have three years to bring suit.", True),
        ("Such agencies shall extend, to the extent feasible, such programs to the families of alcoholics.", True),
        ("A clearance may not be granted to a covered person who is an addict (as defined in section 802 of title 21).", True),
        ("Notwithstanding subsection (b), any person who is insane may be committed.", True),
        ("The provisions thereof apply pursuant to the Act.", True),
        # a statute's definition opens with the term it defines
        ("“Placement” means care in a family home, but not in an institution caring for the mentally ill.", True),
        (("\"Admission procedures\" mean the various methods for admission of mentally ill persons to psychiatric "
          "facilities."), True),
        ('"Behavioral health condition" includes a substance abuse disorder.', True),
        ('He said "crazy" means something else to him.', False),
        # one marker is ordinary prose
        ("In accordance with her wishes, the family said she had been an alcoholic.", False),
        ("He shall never forget how insane that concert was.", False),
        ("Section 3 of my post explains why the plan was insane.", False),
        ("My neighbour is an addict and his brother is insane.", False),
        # a court's writing: a reporter citation, the constitutional guarantees
        ("Donaldson, 422 U.S. 563 (1975) (commitment of a non-dangerous mental patient is a denial of due process).", True),
        ("(a bar on voting by mentally ill persons violates Title II, due process and the Equal Protection Clause)", True),
        ("The process was due to start at ten, and the insane queue was already long.", False),
        ("(finding that confining a non-dangerous mental patient violates due process)", True),
        # the parties and a state code's supplement
        ("The petitioner must establish that the proposed patient is a mentally ill person as defined in the Act.", True),
        ("A proposed patient is a mentally ill person under K.S.A. 1977 Supp. 59-2902 if the respondent is dangerous.", True),
        ("The petitioner said her brother was insane.", False),
        # a splitter may end the sentence after the supplement's abbreviation
        ("A proposed patient is a mentally ill person as defined in K.S.A.1977 Supp.", True),
        # a criminal judgment's parties and findings
        ("The medical evidence showed that at the material time the accused was suffering from schizophrenia.", True),
        ("The present cross-appeals involve an offender with a history of schizophrenia who suffers from psychosis.", True),
        ("The accused in our office quiz was suffering from a hangover.", False),
        ("He was an offender once, and suffers from depression now.", False),
        # the old law's proceedings
        ("Many jurisdictions provide that one may be adjudged an habitual drunkard and placed under guardianship.", True),
        ("He was adjudged the best baker in town.", False),
        # criminal responsibility, the codes and a criminal court's dispositions and holdings
        (("Every person is presumed not to suffer from a mental illness so as not to be criminally responsible in terms "
         "of section 78(1), until the contrary is proved on a balance of probabilities."), True),
        (("Having been found guilty but insane, he was detained at the President’s pleasure under the Criminal "
         "Procedure Code."), True),
        ("Where the accused threw her into the canal, it was held that it was not an act of an insane person.", True),
        ("The judgment elaborated on those considered non compos mentis, including idiots and lunatics.", True),
        (("Dangerous individuals who have been adjudicated mentally ill by a court are prohibited from owning a "
         "firearm."), True),
        (("A person may be convicted of criminal homicide for causing another to commit suicide only if he "
          "purposely causes such suicide by force, duress or deception."), True),
        ("He was convicted of stealing a car, and his friends said he had gone crazy.", False),
        (("On 23 May 2023, Mr Robertson was found not guilty of multiple offences in the Magistrates Court on the "
          "ground that he was insane at the relevant time."), True),
        ("The parking offence was so insane that I laughed.", False),
        ("My aunt held that the whole family was crazy.", False),
        # the old law of self-murder and of madness between fits
        ("If a real lunatic kills himself in a lucid interval, he is felo de se as much as another man.", True),
        ("She had a lucid interval before the fever came back.", False),
        # a case named and the court's holding on the law
        (("In 2002, the U.S. Supreme Court ruled in Atkins v. Virginia that it was unconstitutional for States to "
          "apply the death penalty to the mentally retarded."), True),
        ("My cousin said the new parking rule was unconstitutional and crazy.", False),
        # a definition numbered as its paragraph, and a criminal code's act or omission with its test
        ('(1) "alcoholic or drug abuser" means a person who suffers from withdrawal when alcohol is not available;', True),
        ('He said "addict" means nothing to him.', False),
        (("No person is criminally responsible for an act committed or an omission made while suffering from a mental "
          "disorder."), True),
        ("Section 136 gives the police the power to remove a person to a place of safety.", True),
        # sentencing: a court's transcript and a judgment's catchwords
        ("GLEESON CJ: Was it your proposition that if a dealer is also a drug addict, that is a mitigating factor?", True),
        ("Where the applicant pleaded guilty while suffering from a mental disorder.", True),
        ("Being a drug addict is no mitigating factor in my eyes.", False),
        # a code's chapter and its sections; "a person of unsound mind"
        ("Chapter XXXIV comprising sections 464 to 475 deals with the case of lunatics accused of crime.", True),
        ("The Magistrate directed that the accused be examined to see whether he was of unsound mind.", True),
        # a mental health law's orders and their tests
        (("The court is satisfied on the written or oral evidence of two medical practitioners that the offender is "
          "suffering from a mental disorder."), True),
        (("Section 37 permits a court to order hospital admission for a patient who has committed an imprisonable "
          "offence and who is suffering from mental disorder of a nature or degree that makes this appropriate."), True),
        ("The court is satisfied that my brother suffers from depression.", False),
        # a federal code cited by title and part, with the term it defines
        ("It states an existing status (adjudication as a mental defective as defined by 27 CFR 478.11).", True),
        ("He read 27 chapters about a mental defective in one night.", False),
        # the criminal law's test of responsibility, decided
        (("It is decided that at the time of the offence, the person was suffering from a mental disorder and was "
          "incapable of appreciating the nature of the acts."), True),
        ("At the time of the party I was suffering from a cold.", False),
    ],
)
def test_two_drafting_markers_make_a_sentence_read_as_law(sentence: str, expected: bool) -> None:
    assert is_drafted_as_law(sentence) is expected


def test_each_sentence_of_a_paragraph_is_read_on_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Such persons shall be discharged pursuant to this section. The plan was insane.")
    second = next(token.i for token in doc if token.text == "plan")
    assert reads_as_legislation(doc, 0) is True
    assert reads_as_legislation(doc, second) is False


@pytest.mark.parametrize(
    "sentence",
    [
        "No person who is insane shall be enlisted in any armed force, notwithstanding any other provision of law.",
        "Such agencies are encouraged to extend, to the extent feasible, such programs to employees who are alcoholics.",
        ("After January 1, 2008, the head of a Federal agency may not grant a clearance to an addict (as defined in "
        "section 802(1) of title 21)."),
        "A member who becomes insane shall be placed in the hospital for the insane designated by the Secretary.",
    ],
)
def test_the_laws_categories_pass_in_a_statute(sentence: str) -> None:
    assert [f.rule for f in check_text(sentence)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "That concert was insane, and such nights are rare.",
        "My uncle is an alcoholic and nobody talks about it.",
        "In accordance with family tradition, we never mention that grandpa was an addict.",
    ],
)
def test_ordinary_prose_with_one_marker_is_still_checked(sentence: str) -> None:
    assert check_text(sentence)
