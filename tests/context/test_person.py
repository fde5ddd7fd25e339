from __future__ import annotations

import pytest

from langcheck.context.person import is_self_description


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("I'm bipolar and I write about it.", "bipolar", True),
        ("I am an addict in recovery.", "addict", True),
        # a second complement of the writer's "I'm", and a label the bearer identifies or introduces himself by
        ("I'm 15, and an anorexic in recovery.", "anorexic", True),
        ("I thought I was just your typical edgy junkie.", "junkie", True),
        # the writer as the subject of "to be" the label
        ("I used to be embarrassed to be an alcoholic, I never brought it up.", "alcoholic", True),
        ("I've become grateful over the years to be an alcoholic.", "alcoholic", True),
        ("I told him not to be an addict.", "addict", False),
        ("I never wanted my son to be an addict.", "addict", False),
        ("At least once a day I see what appears to be crackheads and dealers.", "crackheads", False),
        ("I thought he was just your typical edgy junkie.", "junkie", False),
        ("He is 15, and an anorexic.", "anorexic", False),
        ("He never identifies himself as an alcoholic.", "alcoholic", True),
        ("At the meeting she introduced herself as an addict.", "addict", True),
        ("They identified him as an addict.", "addict", False),
        # a label people describe or refer to themselves by is theirs
        ("Describing oneself as an addict is common in recovery communities.", "addict", True),
        ("Many people who refer to themselves as addicts find the word freeing.", "addicts", True),
        ("He describes her as an addict.", "addict", False),
        # someone else's fellows, and the noun of another's phrase before "who"
        ("His fellow junkies were where he felt loved.", "junkies", False),
        ("My fellow junkies were where I felt loved.", "junkies", True),
        ("I am the mother of three young adults who were addicts.", "addicts", False),
        # a reflexive in apposition is emphatic: the writer's word for him, not his own
        ("His biographer James Boswell (himself a depressive) described Johnson.", "depressive", False),
        ("Hemingway, himself an intolerant drunk, mocked Fitzgerald.", "drunk", False),
        # a degree word between the writer and the label
        ("We are all very high-functioning alcoholics.", "alcoholics", True),
        ("They are all very high-functioning alcoholics.", "alcoholics", False),
        ("I never thought I could become an addict, either.", "addict", True),
        ("She told me that she was bipolar and wanted me to know.", "bipolar", True),
        # with an auxiliary, "to me", or a relative pronoun for the one who tells it
        ("She has told me that she is bipolar.", "bipolar", True),
        ("This is the neighbour who has reported to me that he is bipolar.", "bipolar", True),
        ("He has told me that she is bipolar.", "bipolar", False),
        ("She told me her brother was an addict.", "addict", False),
        # the writer counts themselves among the people named
        ("Like many alcoholics, I hid bottles everywhere.", "alcoholics", True),
        ("Like many alcoholics, he hid bottles.", "alcoholics", False),
        ("Like a junkie just out of rehab, I am off TV for good.", "junkie", False),
        ("I talk openly about being an alcoholic and the day I stopped.", "alcoholic", True),
        ("He talks openly about being an alcoholic.", "alcoholic", False),
        ("Unlike most addicts, I never stole.", "addicts", False),
        ("Most of us in the rooms are alcoholics.", "alcoholics", True),
        ("Some of us were junkies once.", "junkies", True),
        ("Most of them are alcoholics, unlike us.", "alcoholics", False),
        ("As an addict, I know the stigma.", "addict", True),
        # an aside between the writer and the verb; the writer as "someone" with the condition
        ("I, like so many veterans, suffer from PTSD.", "suffer", True),
        ("My sister, like so many veterans, suffers from PTSD.", "suffers", False),
        ("As someone suffering from social anxiety, moving to a new city drains my energy.", "suffering", True),
        ("As someone who suffers from depression, she knows the signs.", "suffers", False),
        # the writer's other roles listed before the clause they open
        ("As a former heroin addict, writer, and filmmaker, I've traveled the country.", "former heroin addict", True),
        # the person's own label, reported; an admission reported is not one's own label
        ("Jeff, a self-described heroin user for 14 years, bared his arm.", "user", True),
        ("A total of 200 self-confessed drug users surrendered to the police.", "users", False),
        # the writer a member of the group named
        ("I'm simply a member of a group of drunks.", "drunks", True),
        ("He is a member of a group of drunks.", "drunks", False),
        ("My neighbour is an addict.", "addict", False),
        # a run of labels the writer gives themselves, each with its article; a run about someone else is theirs
        ("If I want to say I'm a junkie, a drunk, an addict, that's my story to tell.", "an addict", True),
        ("I met a man, an addict, who had lost everything.", "an addict", False),
        # the writer counts themselves in the group
        ("I'm one of the mentally ill people I write about.", "mentally ill people", True),
        ("He is one of the addicts in that ward.", "addicts", False),
        # the label the writer wears, marked by "myself"
        ("As a therapist and a recovering addict myself, I understand their pain.", "addict", True),
        ("My brother is a recovering addict, like his father.", "addict", False),
        # a describing word between "recovering" and the label
        ("I am a recovering crystal meth addict.", "meth addict", True),
        ("He is a recovering crystal meth addict.", "meth addict", False),
        ("I am a total true crime junkie.", "junkie", False),
        # "to" before an article is a preposition: the label is someone else's
        ("He introduced me to a local drunk who plays the piano.", "drunk", False),
        # the one label the writer wears in a place; "as the addicts gathered" is a clause about others
        ("I'm the manic addict, welcome to the men's unit.", "addict", True),
        ("I watched through my window as the addicts gathered.", "addicts", False),
        # being a label after a state, feeling like one, time spent as one
        ("I am good at being a drunk.", "drunk", True),
        ("I'm tired of the drunks.", "drunks", False),
        ("But I still didn't feel like an alcoholic.", "alcoholic", True),
        ("Now I look like a junkie.", "junkie", False),
        ("I spent over thirty years an addict.", "addict", True),
        ("I spent years helping addicts.", "addicts", False),
        # a clause about the label the writer wears
        ("I am an ex-heroin user who has been clean for 5773 days.", "clean", True),
        ("I have a niece who is bipolar.", "bipolar", False),
        ("I think he is an addict.", "addict", False),
        ("Does my drinking make me an alcoholic?", "alcoholic", True),
        ("This doesn't mean that we're all addicts.", "addicts", True),
        ("I learned a lot from my fellow addicts.", "addicts", True),
        ("I carry my story to other addicts and alcoholics.", "addicts", True),
        ("I carry my story to other addicts and alcoholics.", "alcoholics", True),
        ("The clinic treats other addicts too.", "addicts", False),
        ("They called him an alcoholic.", "alcoholic", False),
        ("That is when I would label myself as an alcoholic.", "alcoholic", True),
        ("They see him as an alcoholic.", "alcoholic", False),
        # any tense and aspect
        ("I was an alcoholic for ten years.", "alcoholic", True),
        ("I used to be a junkie.", "junkie", True),
        ("Despite having been an alcoholic, I ran the company.", "alcoholic", True),
        ("Despite having been an alcoholic, he ran the company.", "alcoholic", False),
        ("I was no hereditary alcoholic.", "alcoholic", True),
        ("He is a hereditary alcoholic.", "alcoholic", False),
        ("We have had a number of crackheads on our street.", "crackheads", False),
        # the writer's own condition, a side of the writer
        ("I remember my delusional escapes.", "delusional", True),
        ("Against the backdrop of my insanity, I wrote.", "insanity", True),
        ("My internal alcoholic always tries to sabotage me.", "alcoholic", True),
        ("My inner addict still whispers.", "addict", True),
        ("My internal report on the alcoholic was late.", "alcoholic", False),
        ("My delusional ex called again.", "delusional", False),
        ("I've learned to separate myself from the addict part of me.", "addict", True),
        ("The addict in me wants one more.", "addict", True),
        # "other" counts the writer in only when the writer is a person in the sentence
        ("Even among parents of other addicts, my son was a lost cause.", "addicts", False),
        ("I didn't have the nerve to out myself an alcoholic.", "alcoholic", True),
        ("I was probably bipolar most of my life.", "bipolar", True),
        # born and dying with the label, a label given to oneself, the recovery community's own words
        ("I was born an alcoholic and I will die an alcoholic.", "alcoholic", True),
        ("It depends on whether you consider yourself to be an addict or not.", "addict", True),
        ("He calls himself an alcoholic, and he has been sober for years.", "alcoholic", True),
        ("When we first come to meetings, we meet recovering addicts.", "addicts", True),
        ("The city housed recovering addicts in the old hotel.", "addicts", False),
        ("You are an addict and everyone knows it.", "addict", False),
        ("My name is Sara and I am a (grateful) recovering alcoholic.", "alcoholic", True),
        ("It is a month to uplift the voices of mad people (us).", "mad people", True),
        ("Addicts (like me) know every trick.", "Addicts", True),
        ("Addicts (see chapter 2) know every trick.", "Addicts", False),
        # the second of two labels the writer gives themselves
        ("I am a recovering alcoholic and addict.", "addict", True),
        # the first label a compound, with a describing word before it
        ("Hello, I'm a grateful drug addict and alcoholic.", "alcoholic", True),
        ("My uncle is a grateful drug addict and alcoholic.", "alcoholic", False),
        # a group's two labels, the group the writer's own
        ("It is a foreign concept for those of us who are addicts and alcoholics.", "alcoholics", True),
        ("My uncles are addicts and alcoholics.", "alcoholics", False),
        ("I am an alcoholic and an addict.", "an addict", True),
        ("My son is an alcoholic and addict.", "addict", False),
        ("I met a drunk and an addict.", "an addict", False),
        # abstinence as a state, in a sentence whose only person is the writer
        ("I celebrate July 19th as my first day of being clean.", "clean", True),
        ("I'm an alcoholic, and a clean and sober life has given me joy.", "clean", True),
        ("I drug tested my son and he was clean.", "clean", False),
        ("I hope the addicts stay clean after rehab.", "clean", False),
        ("If you stay clean for a year, I will be proud.", "clean", False),
        # an adverb between the writer and the label, and a clause after the writer's own sentence opening
        ("I'm slowly becoming an alcoholic.", "alcoholic", True),
        ("I'm becoming an alcoholic after having been a stoner for three years.", "stoner", True),
        ("My brother is slowly becoming an alcoholic.", "alcoholic", False),
        # a clause about other people after the writer's own opening
        ("I was scared when addicts tried to enter my home.", "addicts", False),
        # how the writer thinks, what the writer might be called, a second label in brackets
        ("Because I think like an alcoholic, I went to the meeting.", "alcoholic", True),
        ("Because I think like an alcoholic (and an addict), I went.", "addict", True),
        ("Maybe I was what you might call a boring alcoholic.", "alcoholic", True),
        ("Like so many other alcoholics, it was tough to make this admission.", "alcoholics", True),
        ("I prefer addict or drunk.", "addict", True),
        ("I even lived with a not quite-recovered heroin addict in my youth.", "addict", False),
        ("My mother got diagnosed as a schizophrenic while I was at school.", "schizophrenic", False),
        ("As an addict, I know the tricks.", "addict", True),
        ("My sister prefers addict to anything softer.", "addict", False),
        ("Like so many other alcoholics, he hid his bottles.", "alcoholics", False),
        ("My uncle was what you might call a boring alcoholic.", "alcoholic", False),
        # a degree word makes a diagnosis a passing mood, even the writer's
        ("The extra estrogen makes us a little bit bipolar sometimes.", "bipolar", False),
        ("I'm kinda bipolar about the weather.", "bipolar", False),
        ("I'm bipolar and I manage it well.", "bipolar", True),
        # people the writer has around them, named by a plural label, are someone else
        ("I have crackheads for neighbors.", "crackheads", False),
        ("We now have more mentally ill in prisons than in hospitals.", "more mentally ill", False),
        ("We had alcoholics in the family.", "alcoholics", False),
        ("I have been an addict for years.", "addict", True),
        ("We have all been alcoholics.", "alcoholics", True),
        # a label that describes a person named after it, whom the writer has
        ("I had an alcoholic roommate years ago.", "alcoholic roommate", False),
        ("I have a schizophrenic brother.", "schizophrenic brother", False),
        ("I am an alcoholic woman.", "alcoholic woman", True),
        ("This is the addict part of my brain screaming.", "addict", True),
        ("He is the addict part of my family.", "addict", False),
        # "our" that says whose a relative is puts the writer in no group
        ("Our son is a recovering heroin addict.", "recovering heroin addict", False),
        ("In our meetings, recovering alcoholics share their stories.", "recovering alcoholics", True),
        # people the writer counts themselves among
        ("We join a society of addicts like ourselves.", "addicts", True),
        ("He spent years helping addicts like them.", "addicts", False),
    ],
)
def test_self_description(nlp, token_range, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert is_self_description(doc, *token_range(doc, word)) is expected
