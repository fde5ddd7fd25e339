from __future__ import annotations

import pytest

from langcheck.context.names import is_name


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("We watched Crazy Rich Asians last night.", "Crazy", True),
        ("Crazy Rich Asians was a hit.", "Crazy", True),
        ("He found help at Alcoholics Anonymous.", "Alcoholics", True),
        ("Crazy drivers are everywhere.", "Crazy", False),
        # the sentence says the opening word is a work
        ("Junkie is the first book in a series about Cal Rogan.", "Junkie", True),
        ("Psycho is probably his most popular film.", "Psycho", True),
        ("Psycho is undoubtedly Alfred Hitchcock's most famous film.", "Psycho", True),
        ("Psycho is his favourite word.", "Psycho", False),
        ("Psycho is the story of a serial killer who kidnaps young women.", "Psycho", True),
        ("Crazy was a 1990s hit song by Seal.", "Crazy", True),
        ("Junkies are a real problem in this town.", "Junkies", False),
        ("Not all Schizophrenics hallucinate.", "Schizophrenics", False),
        ("Many Alcoholics Anonymous members relapse.", "Alcoholics", True),
        # a name whose second word is in capitals, but not a headline's word before a condition's acronym
        ("Junkie XL hails from the big beat movement.", "Junkie", True),
        ("Psycho the cat continued his training, slashing at our ankles.", "Psycho", True),
        ("Psycho killers are a film cliché.", "Psycho", False),
        ("Crazy OCD habits I have picked up.", "Crazy", False),
        # an acronym with a suffix is no name: "OCDish"
        ("I do all the OCDish tasks myself.", "OCDish", False),
        # a condition's acronym between capitalised words inside a sentence is a word of a title
        ("Episode 5 of The OCD Project aired Thursday night.", "OCD", True),
        ("My desk is so OCD Friendly now.", "OCD", False),
        ("That was crazy.", "crazy", False),
        ("I'm so OCD about fonts.", "OCD", False),
        ("Ten Crazy Ideas For Your Garden", "Crazy", False),
        ("Ten Crazy Ideas for your Garden", "Crazy", False),
        # a heading that opens with a work's title and says what it is of it
        ("Psycho Killer Film Review: A Masterclass in Psychological Horror", "Psycho", True),
        ("Crazy Prices Review", "Crazy", False),
        # words in lower case beyond a headline's short ones make a sentence, whose capitals are names
        ("He was sent to The Bethlem Criminal Lunatic Wing and later Broadmoor Asylum.", "Lunatic", True),
        ("He is the Executive Director of the Indiana Association on Addiction and Drug Abuse.", "Abuse", True),
        # a title that opens with its article, capitalised inside a sentence
        ("In this episode of A Bipolar, a Schizophrenic, and a Podcast, the hosts talk.", "Bipolar", True),
        ("A Psycho lives next door, I swear.", "Psycho", False),
        # a label given capitals after a determiner is still a label; a name runs on in capitals
        ("Every office has one, and this Sociopath is a real piece of work!", "Sociopath", False),
        ("The county opened a Lunatic Asylum in 1852.", "Lunatic", True),
        # the article inside a title, after a capitalised word and a small one
        ("He said Ozzy's Diary of a Madman would be up there.", "Madman", True),
        ("The boss of a Sociopath is a real piece of work!", "Sociopath", False),
        ("They are connected by their love of clown makeup and Psychopathic Records.", "Psychopathic", True),
        # a venue's name in a headline: capitals before "Club" name it; capitals that run on do not
        ("#toofunny @ The Loony Bin Comedy Club - Tulsa", "Loony", True),
        ("Crazy Bar Fight Leaves Two Hurt", "Crazy", False),
        # a title credited to its author
        ("On the Brink of Insanity by AlAndAl", "Insanity", True),
        ("Insanity Is Not a Strategy by the Numbers", "Insanity", False),
        # a short label and a colon open a sentence; a lone capitalised word after one is a title
        ("LETTER: Addicts need compassion", "Addicts", False),
        ("Review: Schizo", "Schizo", True),
    ],
)

def test_names_and_titles(nlp, token_range, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert is_name(doc, *token_range(doc, word)) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Join us on #spaz or ping @spaz.", "spaz", True),
        ("He called me a spaz.", "spaz", False),
        ("Ask in the chat, not the spaz channel.", "spaz", False),
        # a repository's or a package's path
        ("I have been using crazy-max/ghaction-docker-buildx for a while.", "crazy", True),
        ("Clone psycho-kit/web-tools and build it.", "psycho", True),
        ("He is crazy/stupid, an addict/alcoholic.", "crazy", False),
        ("The bipolar/manic-depressive markets crash.", "bipolar", False),
    ],
)
def test_handles_and_hashtags(nlp, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    from langcheck.context.names import is_handle

    doc = nlp(text)
    index = next(i for i, token in enumerate(doc) if token.lower_ == word)
    assert is_handle(doc, index) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a title credited to its author, from the start of the sentence
        ("Madness: A Bipolar Life By Marya Hornbacher", "Bipolar", True),
        ("An Unquiet Mind by Kay Redfield Jamison", "Unquiet", True),
        # the author's full name, then what the work is
        ("Trauma by Patrick McGrath is not a happy book.", "Trauma", True),
        ("Trauma by Friday is what I get.", "Trauma", False),
        # a headline whose "by" opens no author's name
        ("Man Who Committed Suicide By Jumping From Bridge Named", "Committed", False),
        ("It drives me crazy by Friday.", "crazy", False),
        # a title with its year in brackets
        ("Bipolar (2014)", "Bipolar", True),
        ("Crazy Heart (2009) is a film about a singer.", "Crazy", True),
        ("Crazy (maybe) but true", "Crazy", False),
        # a numbered reference whose words are a cited headline, or a reference with its marks
        ("[1] Family of 12-year-old who committed suicide after cyberbullying to sue school district", "committed", True),
        ("[2] Smith J. Why people commit suicide. Retrieved 2019.", "commit", True),
        ("[1] He committed suicide in 1890.", "committed", False),
        ("[^3]: When a Loved One Commits Suicide, https://example.org/loss", "Commits", True),
    ],
)
def test_cited_works(nlp, token_range, text: str, word: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    from langcheck.context.names import cites_a_work

    doc = nlp(text)
    assert cites_a_work(doc, *token_range(doc, word)) is expected


def test_a_parser_s_sentence_start_inside_link_brackets_is_no_sentence_start() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["so", "I", "named", "it", "[", "Lunatic", "]", "."]
    starts = [True, False, False, False, False, True, False, False]
    doc = Doc(Vocab(), words=words, sent_starts=starts)
    assert is_name(doc, 5, 6)
