"""What several signals of a mention share: the nouns that name words, the marks and small words a walk
back from a match may step over, the words that end a phrase, and small helpers over a sentence's words.

A list or a helper lives here only when more than one of the signal modules
asks it; one that a single signal needs stays private to that signal's module.
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import sentence_bounds

META_NOUNS = frozenset(
    ["word", "words", "term", "terms", "phrase", "phrases", "expression", "expressions", "label", "labels", "labeling",
     "labelling", "slur", "slurs", "language", "wording", "euphemism", "euphemisms", "insult", "insults", "adjective",
     "adjectives", "noun", "nouns", "verb", "verbs", "vocabulary", "jargon", "slang", "lexicon", "nickname",
     "nicknames", "epithet", "epithets", "connotation", "connotations"]
)
# Emphasis marks left in plain text: "the word *crazy*", "isn't *actually* OCD".
EMPHASIS = frozenset(["*", "**", "_", "__", "~"])
SKIPPABLE = frozenset(
    # (and what a word noun may name of the word: "the adjective form of lunatic")
    ["form", "forms", "like", "such", "as", "the", "a", "an", "of", ",", ":", ";", "-", "–", "—", "e.g.", "i.e.",
     "e.g", "i.e", "including", "include", "includes", "“", "”", "‘", "’", '"', "'", "(", "or", "and",
     # a word compared with another: "a stronger connotation than crazy"
     "than"]
) | EMPHASIS

# What may stand before the noun of a person between a saying verb and the word: "call my sister crazy".
# Whose something is: "her alcoholic parents", "my “crazy” phase".
POSSESSIVES = frozenset(["my", "your", "his", "her", "their", "our", "its"])
OBJECT_DETERMINERS = frozenset(["my", "your", "his", "her", "their", "our", "a", "an", "the", "this", "that"])
VERDICTS = frozenset(
    ["slur", "slurs", "offensive", "stigmatizing", "stigmatising", "ableist", "derogatory", "outdated", "harmful",
     "problematic", "inappropriate", "pejorative", "insensitive", "hurtful", "loaded", "sexist", "misogynistic",
     "misogynist", "racist", "dismissive"]
)

# (and the end of a list of words said: "say spaz, retard, mong etc.")
AFTER_A_WORD_SAID = frozenset(["or", "and", ",", ".", "!", "?", ";", ":", "”", '"', ")", "etc", "etc.", "etcetera"])

COPULAS = frozenset(["is", "are", "was", "were", "'s", "does", "do", "did"])

# Sentence adverbs that may come before the subject: "Seriously, retarded is a really funny word."
LEAD_INS = frozenset(
    ["seriously", "honestly", "frankly", "really", "look", "okay", "ok", "well", "so", "still", "yes", "no"]
)
WORD_NOUNS = frozenset(
    ["word", "words", "term", "terms", "slur", "slurs", "insult", "expression", "phrase", "label", "name", "title",
     "pair", "synonyms", "antonyms", "opposites"]
)

# How many words either side of a match a frame of reported usage may span: a run-on sentence costs no more.
FRAME_REACH = 40

QUOTE_MARKS = frozenset(['"', "“", "”", "'", "‘", "’", "``", "''"])


def sentence_start(doc: Doc, index: int) -> int:
    return sentence_bounds(doc, index)[0]


# Words after a match that leave it the last word of its phrase ("never call him a psycho again").
PHRASE_ENDERS = frozenset(
    ["and", "or", "but", "either", "anymore", "again", "ever", "any", "in", "at", "to", "because", "when", "if", "just",
     "for", "as", "nor", "so", "then", "now", "too", "today", "here", "there", "online", "out", "loud", "is",
     "are", "was", "were", "be", "please", "though", "unless", "even", "without", "with", "by", "on"]
)


def plain(word: str) -> str:
    """Curly apostrophes as straight ones, so "don’t" and "don't" are the same cue."""
    return word.replace("’", "'")
