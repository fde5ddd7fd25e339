from __future__ import annotations

import pytest

from langcheck.context.mention import is_mention, is_news_of_a_word


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Stop using words like crazy to describe people.", "crazy", True),
        # the word used as a kind of word, and the condition told apart from the trait it is mistaken for
        ("Many people use OCD as a joke, but it is not one.", "OCD", True),
        ("Kids use psycho as an insult on the playground.", "psycho", True),
        ("Lunatic can be used as a noun or an adjective.", "Lunatic", True),
        # advice against calling someone it, with the person called it named between
        ("For the rest of the rotation, refrain from calling patients wackjob, nutjob, etc.", "nutjob", True),
        ("It does not help to call Bush a lunatic.", "lunatic", True),
        ("I call Bush a lunatic.", "lunatic", False),
        # a list of words after a colon, its first item with an article
        ("We will never use the following: the mentally ill, addicts, or illegal campers.", "addicts", True),
        ("He helped the homeless, the addicts and the mentally ill.", "addicts", False),
        ("They kept calling patients lunatics.", "lunatics", False),
        ("Lunatic can be used as a noun (He's driving like a lunatic!).", "lunatic", True),
        ("Looney is short for the adjective form of lunatic.", "lunatic", True),
        ("Looney is short for lunatic.", "Looney", True),
        ("It was a form of lunacy to go out in that storm.", "lunacy", False),
        # a pair of words predicated as words
        ("A few centuries back, lunatic and insane were a technical pair.", "lunatic", True),
        ("A few centuries back, lunatic and insane were a technical pair.", "insane", True),
        ("Crazy and insane are synonyms.", "insane", True),
        ("Crazy and insane people were a problem.", "Crazy", False),
        ("Many people confuse OCD with perfectionism.", "OCD", True),
        # an act chosen instead of another is not a word set aside
        ("He urged people to seek help rather than commit suicide.", "commit suicide", False),
        ("Say died by suicide rather than committed suicide.", "committed suicide", True),
        ("I use my OCD planner as a diary.", "OCD", False),
        # the word as what is said, with nothing after it to describe
        ("They now catch each other about to say gay or retarded.", "retarded", True),
        ("He would say crazy things at dinner.", "crazy", False),
        ("Store operators say drunks and panhandlers are hurting their business.", "drunks", False),
        ("Can you say OCD? I am the same way.", "OCD", False),
        # the word set equal to its sense, as a title defines it
        ("Retarded = backwards", "Retarded", True),
        ("The term committed suicide is outdated.", "committed suicide", True),
        ("Instead of saying committed suicide, say died by suicide.", "committed suicide", True),
        ("Psycho is a slur that links illness to violence.", "Psycho", True),
        ("He committed suicide in 2019.", "committed suicide", False),
        ("That crazy driver nearly hit me.", "crazy", False),
        ("Avoid crazy, nuts and insane.", "crazy", True),
        # a cue before a list of words covers every item of it, not only the first
        ("Avoid crazy, nuts and insane.", "insane", True),
        ("Words like crazy, insane, and psycho hurt people.", "psycho", True),
        ("Examples of ableist language: lame, crazy, mad scientist, insane.", "insane", True),
        ("Stop calling people crazy, insane or nuts.", "nuts", True),
        # a verdict on the act of saying it
        ("If it is bad to call the weather bipolar, it is worse to insult someone.", "bipolar", True),
        ("It is offensive to say psycho about a colleague.", "psycho", True),
        ("That was a bad call; the ref was crazy.", "crazy", False),
        # a label pinned on people, with describing words of its own; a judgement reported with its infinitive
        ("Some label all homeless people as dangerous drug addicts.", "addicts", True),
        ("The court heard from a man deemed to be a violent schizophrenic.", "a violent schizophrenic", True),
        ("He is a dangerous drug addict.", "addict", False),
        # a list with no cue before it is used, not mentioned
        ("He is lazy, crazy and insane.", "insane", False),
        # a list that ends in its own kind names words: "or similar words"
        ("crazy, insane, or similar words to describe people", "crazy", True),
        # the word used for a name
        ("Only the older doctors used lunatic for the nomenclature.", "lunatic", True),
        ("They used lunatics for the hardest labour.", "lunatics", False),
        # a line headed by a word of avoidance, as style guides set their lists
        ("Avoid: Prescription drug abuse", "abuse", True),
        ("Person who uses drugs other than as prescribed Avoid: Addict; addicted; substance user", "user", True),
        ("Don't say: committed suicide", "suicide", True),
        ("Result: the addicts were moved out.", "addicts", False),
        ("Reason: he was an addict.", "addict", False),
        # an aside that gives the word to someone else
        ("He told me all about the crazies (his word, not mine) that live in Roswell.", "crazies", True),
        ("To list the full extent of my OCD (as the hip kids call it), here is part two.", "OCD", True),
        ("Loving a borderline (as someone once put it) is like hugging a burn victim.", "borderline", False),
        ("He was a lunatic, as everyone knew.", "lunatic", False),
        # a clause before a colon is no list item: nothing here is named as words
        ("As I began typing, the most insane things started to happen: words being deleted.", "insane", False),
        # a dictionary's part-of-speech mark after the word
        ("Retard (n.) and retarded are further along the spectrum of perceived offensiveness.", "Retard", True),
        ("Crazy (adj.) means mad.", "Crazy", True),
        # words said to be words with a modal, and without an article before the plural
        ("I never thought that crazy and insane could be offensive words.", "crazy", True),
        ("I never thought that crazy and insane could be offensive words.", "insane", True),
        ("Crazy people can be dangerous drivers.", "Crazy", False),
        # words compared as words
        ('Why does "lunatic" have a stronger connotation than crazy, insane, etc.?', "insane", True),
        # a definition after a hedge
        ("But generally, crazy refers to a state of insanity.", "crazy", True),
        # a list item with its own adverb, after a noun of words
        ("He objected to the terms like faddist, extremist, bigots, rabid, and mentally deranged.", "deranged", True),
        ("He met bigots, cranks, and mentally deranged men.", "deranged", False),
        ("crazy, insane, or similar words to describe people", "insane", True),
        ("He is lazy, crazy, or other things his boss said.", "crazy", False),
        # a label others pinned on someone, told in the passive
        ("I've been stigmatised and considered a madman.", "madman", True),
        ("I considered him a lunatic.", "lunatic", False),
        # the word as the subject of "is a ... word"
        ("Seriously, retarded is a really funny word.", "retarded", True),
        ("Crazy is a term we overuse.", "Crazy", True),
        ("He is a crazy word-smith.", "crazy", False),
        ("Crazy is a lovely state of mind.", "Crazy", False),
        # name-calling told as a habit
        ("This is a forum where people call each other retards and worse.", "retards", True),
        ("People call him crazy.", "crazy", False),
        # a hyphen inside a word sets no list off: "long-term" names no terms
        ("I suffer from long-term depression.", "suffer from", False),
        ("Lunatics, idiots and cretins - terms of the day - filled the wards.", "Lunatics", True),
        ("The crowd went wild, crazy and insane.", "insane", False),
        # a clause in between ends the list
        ("Avoid the word crazy, because the crowd went insane.", "insane", False),
        # a refusal to say or call, with the person in between
        ("I won't say he committed suicide.", "committed suicide", True),
        ("I would never call my sister crazy.", "crazy", True),
        ("Nobody should say committed suicide anymore.", "committed suicide", True),
        ("We aren't supposed to talk about successful suicide.", "successful suicide", True),
        ("Try not to say crazy when you mean surprising.", "crazy", True),
        ("Never call him a psycho again.", "psycho", True),
        # a word describing a noun after such a verb is used: the sentence is about something else
        ("Don't call the crazy guy.", "crazy", False),
        ("He did not say that crazy thing.", "crazy", False),
        # a longer match after a possessive holds its own noun: people avoided, not words
        ("She joined every sports team she could to avoid her alcoholic parents.", "alcoholic parents", False),
        ("Rather than saying a drug user, say a person who uses drugs.", "drug user", True),
        ("It may be referred to as a failed suicide attempt.", "failed suicide", True),
        # a term a statute or glossary defines
        ('"Mentally ill" means having a psychiatric disorder that impairs judgement.', "Mentally ill", True),
        ("Mentally ill means having a psychiatric disorder.", "Mentally ill", True),
        ("Insanity is actually defined as the state of being seriously mentally ill.", "Insanity", True),
        ("Insanity is actually what we have here.", "Insanity", False),
        ("The mentally ill means nothing to him.", "mentally ill", False),
        # name-calling reported in the passive: the word others used
        ("As someone who has been called a junkie, I welcome the change.", "junkie", True),
        ("I got called a psycho at school.", "psycho", True),
        ("At first I shall be called a madman.", "madman", True),
        ("He will be called to the stand by the madman's lawyer.", "madman", False),
        ("The junkie has been calling all night.", "junkie", False),
        # a record's category, its object between the verb and "as"
        ("Enumerators could record the person as blind, deaf and dumb, insane or idiotic.", "insane", True),
        ("The doctor listed him as insane in 1880.", "insane", True),
        ("The list of his insane ideas grew.", "insane", False),
        # a label others pinned on someone, reported: the verb, its object, then "as (being)"
        ("Each side was decrying the other side as being retarded.", "retarded", True),
        ("Mental illness should not be dismissed as someone being crazy.", "crazy", True),
        ("He ran off as someone being chased, crazy with fear.", "crazy", False),
        ("The papers derided the senator as a lunatic.", "lunatic", True),
        ("She ran the place as a madhouse.", "madhouse", False),
        # a list of words introduced by a noun of words and "include"
        ("Terms deemed unacceptable include crazy, insane and retarded.", "insane", True),
        ("Side effects include crazy dreams.", "crazy", False),
        # a phrase someone said, taken up as words
        ("When you say driving yourself crazy, can you tell me more about that?", "driving yourself crazy", True),
        ("When you say that, you sound crazy.", "crazy", False),
        # emphasis marks left in plain text around a mentioned word
        ("Using the word *crazy* is considered insensitive.", "crazy", True),
        # the labels society gives people, in a list after how it sees them; a list with no cue is used
        ("They are looked down on as street people, poor white trash, homeless, drunks, addicts, hobos.", "addicts", True),
        ("The ward was full of drunks, addicts and lunatics.", "addicts", False),
        # a portrayal others made, reported, with a describing word of its own
        ("In films, people with schizophrenia are often portrayed as violent psychopaths.", "psychopaths", True),
        # an item of a list of labels after the portrayal; a clause after the list is used again
        ("The person is presented as dangerous, unpredictable, “mad”, deranged.", "deranged", True),
        ("They are often portrayed as violent, unstable and crazy.", "crazy", True),
        ("He was known as “The Red Swede,” and considered slightly insane.", "insane", False),
        ("The defendant presented as 'calm' and 'smiling', but was battling depression.", "battling", False),
        # a verdict on calling someone the word
        ("It is a disservice to call someone an addict.", "addict", True),
        ("It's hurtful to call people crazy.", "crazy", True),
        # what the person called it was, between them and the word
        ("Never call people annoying a retard.", "retard", True),
        # a verdict on the word, not a person or thing filled with something
        ("The word lunatic is loaded.", "lunatic", True),
        ("Apparently this lunatic is loaded for Armageddon.", "lunatic", False),
        # the act of naming as the subject of a clause, with another word for it after
        ("I have to bring up the fact that calling someone a retard or fucktard is uncool.", "retard", True),
        ("I have to bring up the fact that calling someone a retard or fucktard is uncool.", "fucktard", True),
    ],
)
def test_mention_cues(nlp, token_range, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert is_mention(doc, *token_range(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a word denied as a word, a synonym or a quirk is talked about
        ("OCD is not a word for being organised.", "OCD", True),
        ("Bipolar isn't a synonym for moody.", "Bipolar", True),
        ("PTSD is not a personality quirk.", "PTSD", True),
        ("Bipolar doesn't mean moody.", "Bipolar", True),
        ("OCD is not going away on its own.", "OCD", False),
        # what a subject is said to be, before a denial of something else
        ("Just because your sister is a schizo does not mean she cannot come.", "schizo", False),
        # usage reported as usage
        ('People say "that\'s just my OCD kicking in" when they mean they like things tidy.', "OCD", True),
        ('"I am so OCD" is often used to mean picky.', "OCD", True),
        # the match as the meaning another word is misused for; not a habit of "I used to mean"
        ("It annoys me when schizophrenia is used in comedy to mean either crazy or multiple personalities.", "crazy", True),
        ("I used to mean it when I said they were crazy.", "crazy", False),
        ("My crazy dog is used to the noise.", "crazy", False),
        # the writer defines the word
        ("And by alcoholic I mean a man whose chemistry craves alcohol.", "alcoholic", True),
        ("He stood by alcoholic friends.", "alcoholic", False),
        # reclaimed and labelled words
        ("Mad Pride reclaims words like crazy as badges of pride.", "crazy", True),
        ("Crazy has been reclaimed by activists.", "Crazy", True),
        # name-calling told in general
        ("When you call someone or something retarded, you are belittling my daughter.", "retarded", True),
        ("When you call me, bring the crazy forms.", "crazy", False),
        ("There are times I have been labeled crazy after wanting to end my life.", "crazy", True),
        ("Anyone who uses opiates is automatically labeled an addict.", "addict", True),
        ("Being mad or crazy is no shame, and the movement reclaims the hurtful language.", "crazy", True),
        # who reclaims a place is no word reclaimed
        ("At dark the park is reclaimed by drug addicts.", "addicts", False),
        ("The addicts reclaimed the park at dark.", "addicts", False),
        # the end of a hyphenated compound names no word
        ("She died after a long-term battle with anorexia.", "battle", False),
        ("The term battle with anorexia is common in obituaries.", "battle", True),
        ("He has been labeled and treated as crazy.", "crazy", True),
        # a word glossed as a word right after it
        ("Bedlam, now a synonym for chaos, took its name from a London hospital.", "Bedlam", True),
        ("Lunatic, once a word found inscribed in law, has now been abandoned.", "Lunatic", True),
        ("Lunatic, he called me, and left.", "Lunatic", False),
        ("Perfectionism is not the same as OCD.", "OCD", True),
        ("Monk and the misrepresentation of OCD is a post for another day.", "OCD", True),
        ("But the first thing to note is that insanity is not a medical term.", "insanity", True),
        ("I think that crazy is a great word for it.", "crazy", True),
        ("Insanity is not a medical term.", "Insanity", True),
        ("I am weaning myself off of saying that I am OCD, but I love my spreadsheets.", "OCD", True),
        ("His flippant dismissal of all women as crazy is sexist and inaccurate.", "crazy", True),
        ("The insane, often called lunatics, were locked away.", "lunatics", True),
        ("Calling someone Pagal or crazy is not right.", "crazy", True),
        ("Over the years bedlam became a byword for cruelty.", "bedlam", True),
        ("The office was bedlam for a week.", "bedlam", False),
        ("The Cambridge dictionary defines lunatic as a foolish or crazy person.", "lunatic", True),
        ("He defines lunatic behaviour as anything he dislikes.", "lunatic", False),
    ],
)
def test_denials_reports_definitions_and_reclaimed_words(nlp, token_range, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert is_mention(doc, *token_range(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("You did not get PTSD from a scary film.", "PTSD", True),
        ("Being tidy doesn't make you OCD.", "OCD", True),
        ("If you are feeling moody today, that does not mean that you are bipolar.", "bipolar", True),
        ("It means you are bipolar.", "bipolar", False),
        ("You're not OCD, you just like order.", "OCD", True),
        ("That exam gave me PTSD.", "PTSD", False),
        ("If you don't know what being triggered is, ask.", "triggered", False),
        ("I'm not sure, but that exam gave me PTSD.", "PTSD", False),
        ("But let me just say that I am not crazy.", "crazy", True),
        ("It isn't *actually* OCD if you like order.", "OCD", True),
        # the negation denies the noun the word describes, not the word
        ("I don't have crazy rituals or breathing exercises.", "crazy", False),
        # a comparison grants the claim to something else
        ("Not as traumatic as supporting Arsenal haha", "traumatic", False),
    ],
)
def test_negated_claims(nlp, token_range, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    from langcheck.context.mention import is_negated_claim

    doc = nlp(text)
    assert is_negated_claim(doc, *token_range(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the act of naming someone by the word, as the subject of the sentence
        ("Calling someone crazy is a means of discrediting the person in question.", "crazy", True),
        ("Referring to a woman as crazy drives her up the wall.", "crazy", True),
        ("Calling your wife crazy says more about you than about her.", "crazy", True),
        ("Calling the man crazy, she walked off.", "crazy", False),
        ("Labelling people insane doesn't help anyone.", "insane", True),
        ("Calling him crazy, she left the room.", "crazy", False),
        # what the word means is the subject
        ("We have to redefine what crazy is.", "crazy", True),
        ("That's AA's definition of what an alcoholic is.", "alcoholic", True),
        ("I know what crazy is, I live next to him.", "crazy", False),
        # the word predicated as a name
        ("Insane sounds like a good name for a horror movie.", "Insane", True),
        ("Crazy sounds like a plan.", "Crazy", False),
        # the term of its day, noted as such
        ("Distress through mental illness – or lunacy as was the term of the day – is common.", "lunacy", True),
        ("The insane, as they were then called, were kept in the attic.", "insane", True),
        ("He was insane, as they were saying at the bar.", "insane", False),
        # a letter's word names the words in brackets after it
        ("Thanks to the teachers who haven't used the r-word (retard or retarded) in class.", "retarded", True),
        ("Her long-term battle (retarded by cuts) went on.", "retarded", False),
        # a bare adjective as a subject or a joined pair as an object is the word itself
        ("Crazy might seem harmless, she says.", "Crazy", True),
        ("Crazy might work here.", "Crazy", False),
        ("She thinks giving negative value to crazy or insane contributes to marginalizing people.", "insane", True),
        ("She thinks giving negative value to crazy or insane contributes to marginalizing people.", "crazy", True),
        ("Life went from bad to crazy and insane.", "insane", False),
        ("It drove him to mad or bonkers.", "bonkers", False),
        ("The jump from crazy to insane ideas was fast.", "insane", False),
        # a description reported or questioned, not the writer's own
        ("Weather can't suffer from psychosis, so why describe it as schizophrenic?", "schizophrenic", True),
        ("I've heard anchors describe a peculiar weather pattern as bipolar.", "bipolar", True),
        ("I overheard a seventh grader refer to another kid as a retard.", "retard", True),
        ("I would describe the weather as schizophrenic.", "schizophrenic", False),
        # scare quotes between a possessive and its noun still describe the noun
        ('So what are your "OCD" habits?', "OCD", False),
        ('Stop using the "crazy" label.', "crazy", True),
        # a quotation a verb names as a title, whatever its length
        ("I read a post entitled 'How to work from home without going insane' by David.", "insane", True),
        ("He said 'I am going to go insane if this goes on much longer' and left.", "insane", False),
        # advice on how to see people covers a list whose items keep their articles
        ("Don't think of a drunk or a junkie or an addict -- see a person.", "junkie", True),
        ("Don't think of a drunk or a junkie or an addict -- see a person.", "addict", True),
        ("So maybe there's no such thing as crazy.", "crazy", True),
        ('There are all kinds of "psycho" behaviors.', "psycho", False),
        ('The meaning of "crazy" has changed.', "crazy", True),
        # nicknames named as such
        ("Their other nicknames, such as libtard and crybaby, are insults.", "libtard", True),
        # the words named by a noun right after them
        ("Yeah, the crazy wording was just playing on the name.", "crazy", True),
        ("That crazy driver nearly hit me.", "crazy", False),
        # what people in general say, reported by a writer describing usage
        ("So many people say their dog has ADHD, or is autistic.", "ADHD", True),
        ("It is not the kind where people joke they are OCD because a picture hangs crooked.", "OCD", True),
        ("My friends joke that I am OCD.", "OCD", False),
        ("People often say they are so OCD about their desks.", "OCD", True),
        ("My boss says the new guy is a psycho.", "psycho", False),
        ("He told me people say crazy things.", "crazy", False),
        ("People say the traffic was bad, and then the crazy driver hit me.", "crazy", False),
        ("People say a lot of crazy things when they're young.", "crazy", False),
        # a hypothetical speaker's word
        ("A frustrated and uninformed person might call it bipolar.", "bipolar", True),
        ("I would call it crazy.", "crazy", False),
        ("They didn't change, as some people say, when he was a drug addict.", "addict", False),
    ],
)
def test_naming_acts_meanings_and_reported_descriptions(nlp, token_range, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert is_mention(doc, *token_range(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I got the word that he had committed suicide.", True),
        ("Please spread the word about the fundraiser.", True),
        ("I hate the word crazy.", False),
        ("The word crazy is everywhere.", False),
    ],
)
def test_news_passed_on_is_no_word_talked_about(nlp, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = [token.lower_ for token in doc].index("word") - 1
    assert is_news_of_a_word(doc, start, start + 2) is expected
