"""The little English grammar rewrites need: articles, number, title case and the seams between words.

Pure functions of strings (and of a sentence's words). Number comes from
spaCy's morphology where a trained pipeline tagged the words, and from the
pack's own word lists (its ``lexicon``) otherwise.
"""

from __future__ import annotations

import re

from langcheck.core.models import Lexicon
from langcheck.core.sentences import Word

SINGULAR = "singular"
PLURAL = "plural"

ARTICLES = frozenset({"a", "an"})
DETERMINERS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some",
     "any", "every", "each", "no", "another"}
)
# Words a title-case heading leaves in lower case (unless they open it).
SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per",
     "to", "up", "via", "with", "from", "into", "onto", "than", "vs"}
)
# Particles of names that stay in lower case in any heading ("Vincent van Gogh Commits Suicide").
NAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le", "bin", "ibn"})
# AP style capitalises the small words of a heading from this length on ("With", "From", "Into").
LONG_SMALL_WORD = 4
# Words a rewrite must not say twice where it meets the sentence ("lives with" + "with anxiety").
SEAM_WORDS = frozenset({"a", "an", "the", "with", "of", "from", "by", "to", "in", "on", "about", "for", "at", "as"})

# Words that follow a noun rather than being one it could describe: verbs and auxiliaries, prepositions,
# conjunctions, pronouns, determiners and adverbs. A word after a match that is none of these (and no "-ly"
# adverb or "-ed" past tense) may be the noun the matched word describes ("psycho lawn care neighbours").
FOLLOW_A_NOUN = frozenset(
    ["is", "was", "are", "were", "be", "been", "being", "am", "has", "had", "have", "can", "could", "will",
     "would", "may", "might", "must", "should", "shall", "does", "did", "do", "isn't", "wasn't", "aren't",
     "weren't", "hasn't", "hadn't", "haven't", "can't", "couldn't", "won't", "wouldn't", "doesn't", "didn't",
     "don't", "n't", "'ll", "'d", "'s", "'ve", "'re", "'m", "makes", "made", "make", "gets", "got", "get", "goes",
     "went", "go", "comes", "came", "come", "says", "said", "say", "takes", "took", "take", "keeps", "kept",
     "keep", "tries", "tried", "try", "wants", "wanted", "want", "needs", "needed", "need", "knows", "knew",
     "know", "thinks", "thought", "think", "seems", "seemed", "looks", "looked", "feels", "felt", "stole", "ran",
     "run", "runs", "hit", "hits", "shot", "left", "leaves", "put", "puts", "sent", "sends", "set", "never",
     "always", "often", "also", "still", "just", "even", "only", "really", "ever", "again", "already", "almost",
     "nearly", "then", "there", "here", "now", "today", "tonight", "yesterday", "tomorrow", "too", "either",
     "alone", "itself", "himself", "herself", "themselves", "myself", "yourself", "and", "or", "but", "nor",
     "yet", "so", "because", "though", "although", "while", "when", "whenever", "where", "whereas", "if",
     "unless", "until", "that", "which", "who", "whom", "whose", "what", "how", "why", "in", "on", "at", "of",
     "for", "with", "from", "to", "by", "as", "since", "like", "than", "after", "before", "into", "onto",
     "through", "during", "without", "within", "about", "over", "under", "between", "among", "against", "via",
     "per", "despite", "around", "across", "beyond", "up", "down", "out", "off", "away", "back", "upon", "toward",
     "towards", "near", "behind", "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them",
     "my", "your", "his", "its", "our", "their", "this", "these", "those", "the", "a", "an", "some", "any", "no",
     "every", "each", "another", "all", "both", "such", "not"]
)
# A word: letters and digits, with inner apostrophes and hyphens ("don't", "ex-addicts").
WORD = re.compile(r"[^\W_]+(?:['’\u2010\u2011\u2012\u2043-][^\W_]+)*")
# Initial letters whose name starts with a vowel sound: "an MRI", "an OCD diagnosis", "a PTSD diagnosis".
_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")
# Vowel-initial words that start with a consonant sound, and h-words that start with a vowel sound.
_CONSONANT_SOUND = re.compile(r"^(?:uni|use|usu|ura|uro|eu|ewe|one|once|ubiq|utop|uter)", re.IGNORECASE)
_SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.IGNORECASE)
_NOUN_TAGS = frozenset({"NN", "NNS", "NNPS"})


def words_of(text: str) -> list[str]:
    """The words of ``text`` (letters and digits, with inner apostrophes and hyphens)."""
    return WORD.findall(text)


def article_for(phrase: str) -> str:
    """``a`` or ``an`` for the first word of ``phrase``, by its sound."""
    found = WORD.search(phrase)
    if not found:
        return "a"
    word = found.group()
    if len(word) > 1 and word.isupper() and not pronounced_as_word(word):
        return "an" if word[0] in _VOWEL_LETTER_NAMES else "a"
    if _SILENT_H.match(word):
        return "an"
    if word[0].lower() in "aeiou" and not _CONSONANT_SOUND.match(word):
        return "an"
    return "a"


def pronounced_as_word(capitals: str) -> bool:
    """A word in capitals read as a word ("NASA", "CRAZY"), not letter by letter ("OCD", "PTSD", "ADHD")."""
    letters = [c for c in capitals if c.isalpha()]
    return len(letters) > 3 and any(letter in "AEIOUY" for letter in letters[1:-1])


def number_of(word: Word | None, lexicon: Lexicon) -> str:
    """``singular``, ``plural`` or ``""`` (unknown) for a noun.

    A trained pipeline's morphology decides for words it tags as common nouns
    (its ``Number`` for proper nouns in a title is unreliable: "Druggies" comes
    out singular); otherwise the pack's word lists do.
    """
    if word is None:
        return ""
    if word.tag in _NOUN_TAGS:
        if word.tag == "NNPS" or word.number == "Plur":
            return PLURAL
        if word.number == "Sing":
            return SINGULAR
    lower = word.text.lower()
    if lower in lexicon.plural:
        return PLURAL
    if lower in lexicon.singular:
        return SINGULAR
    return ""


def title_case(text: str, first: bool, every_word: bool = False, long_words: bool = False) -> str:
    """Capitalise the words of a rewrite the way a title-case heading does; ``first``: the rewrite opens a word group;
    ``every_word``: the heading capitalises its small words too ("By The Time They Die By Suicide"); ``long_words``:
    its small words of four letters or more, as AP style does ("A Second Chance With the Yankees")."""
    out = []
    for index, piece in enumerate(re.split(r"(\s+|-)", text)):  # each part of a hyphenated word too ("Self-Defeating")
        lower = piece.lower()
        opens = index == 0 and first
        capital = opens or every_word or lower not in SMALL_WORDS or (long_words and len(lower) >= LONG_SMALL_WORD)
        if piece and not piece.isspace() and capital and piece[0].islower():
            piece = piece[0].upper() + piece[1:]
        out.append(piece)
    return "".join(out)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def with_case_of(word: str, like: str) -> str:
    """``word`` in the case of ``like`` (all capitals, a capital first, or lower case)."""
    if len(like) > 1 and like.isupper():
        return word.upper()
    return capitalised(word) if like[:1].isupper() else word
