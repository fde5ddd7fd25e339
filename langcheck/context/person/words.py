"""Word lists and small helpers that several of the self-description checks share.

Who the writer is ("I", "we", "myself", "my"), the articles and copulas
around a label, the words that may bridge the writer and the label, the words
that cannot describe a label, the people a label may name instead of the
writer, and small readers of the words around a match (curly apostrophes,
adverbs, the describing words before a label, the clause after a comma, a
second person in the sentence). They live here so that every check reads a
sentence the same way.
"""

from __future__ import annotations

SELF = frozenset({"i", "we", "myself", "ourselves", "me", "us"})
# A label a person gives themselves: "consider yourself to be an addict", "he calls himself an alcoholic".
REFLEXIVE = frozenset({"yourself", "yourselves", "himself", "herself", "themselves", "themself", "oneself"})
POSSESSIVE = frozenset({"my", "our"})
ARTICLES = frozenset({"a", "an", "the"})
COPULA_FORMS = frozenset(["am", "'m", "m", "was", "were", "are", "'re", "be", "been", "being", "become", "became"])

BRIDGE = frozenset(
    ["am", "'m", "m", "was", "were", "are", "'re", "been", "be", "being", "have", "'ve", "has", "had", "'d", "having",
     "became", "become", "becoming", "used", "to", "once", "ever", "also", "still", "just", "actually", "now", "really",
     "recently", "proudly", "openly", "always", "long", "a", "an", "not", "no", "longer", "n't", "technically",
     "myself", "ourselves", "all", "both", "former", "recovering", "practicing", "practising", "active", "full-blown",
     "functioning", "high", "-", "probably", "likely", "possibly", "definitely", "clearly", "obviously", "certainly",
     "undoubtedly", "apparently", "officially", "clinically", "severely", "mildly", "kind", "sort", "of", "born",
     "die", "will", "'ll", "proud", "grateful", "sober", "(", ")", "simply", "only", "merely", "basically",
     "essentially", "never", "stop", "stopped", "quit", "keep", "kept", "too", "thankful", "either",
     # degree words before a label the writer wears: "we are all very high-functioning alcoholics"
     "very", "pretty", "quite", "total", "complete", "utter", "raging", "hopeless", "real",
     # a label the writer might have worn: "I probably would become an alcoholic"
     "would", "'d", "did", "do", "does"]
)
# Words that open a clause whose subject comes after it ("Having been an addict, I ...").
CLAUSE_OPENERS = frozenset(
    ["despite", "after", "since", "before", "while", "though", "although", "as", "when", "having", "being", "once"]
)

# Words that cannot describe the label after them: "a number of crackheads", "no time for addicts".
NOT_MODIFIERS = BRIDGE | frozenset(
    ["of", "for", "with", "to", "in", "on", "at", "by", "from", "about", "and", "or", "but", "than", "as", "like",
     "the", "that", "this", "who", "which", "number", "lot", "bunch", "group", "couple", "few", "many"]
)

# Nouns for the people (and pets) a writer may label: "my schizophrenic mother", "my addict friends".
PEOPLE = frozenset(
    ["mother", "mom", "mum", "mama", "father", "dad", "papa", "parent", "parents", "brother", "brothers", "sister",
     "sisters", "sibling", "siblings", "son", "sons", "daughter", "daughters", "child", "children", "kid", "kids",
     "baby", "husband", "wife", "spouse", "partner", "partners", "ex", "exes", "boyfriend", "girlfriend", "fiance",
     "fiancee", "aunt", "uncle", "cousin", "cousins", "grandmother", "grandfather", "grandma", "grandpa", "nephew",
     "niece", "family", "relative", "relatives", "friend", "friends", "roommate", "roommates", "flatmate",
     "housemate", "neighbor", "neighbors", "neighbour", "neighbours", "boss", "bosses", "manager", "coworker",
     "coworkers", "colleague", "colleagues", "teacher", "teachers", "student", "students", "patient", "patients",
     "client", "clients", "customer", "customers", "landlord", "tenant", "coach", "buddy", "buddies", "mate", "mates",
     "guy", "guys", "girl", "girls", "boy", "boys", "man", "men", "woman", "women", "person", "people", "folks",
     "dog", "dogs", "cat", "cats", "ex-husband", "ex-wife", "stepmother", "stepfather", "stepdad", "stepmom",
     "in-laws", "father-in-law", "mother-in-law", "clientele", "lover", "date", "twin"]
)

THIRD_PERSONS = frozenset(["he", "she", "him", "her", "his", "hers", "they", "them", "their", "someone", "somebody"])


def plain(word: str) -> str:
    """Curly apostrophes as straight ones: "I’m" bridges like "I'm"."""
    return word.replace("\u2019", "'")


def is_adverb(word: str) -> bool:
    """An adverb in "-ly" between the writer and the label ("slowly", "finally"), not a word such as "ugly"."""
    return len(word) > 4 and word.isalpha() and word.endswith("ly")


def before_modifiers(words: list[str], start: int, floor: int) -> int:
    """Where "a hereditary alcoholic", "a homeless dope fiend junkie", "a bona fide, wild-ride manic-depressive"
    begins: up to five describing words (hyphens and commas between) after an article."""
    for count in range(1, 9):
        at = start - count
        if at - 1 < floor or sum(word.isalpha() for word in words[at:start]) > 5 or not all(
            word in ("-", ",") or (word.isalpha() and (word not in NOT_MODIFIERS or word in _LABEL_ADJECTIVES))
            for word in words[at:start]
        ):
            break
        if words[at - 1] in ("a", "an", "no", "the"):
            return at
        if words[at - 1] == "your" and words[at] in _TYPICAL:
            return at - 1  # the generic "your" as an article: "I was just your typical edgy suicidal teen"
    return start


# Bridging words that also describe the label they stand before, with other describing words between them:
# "I am a recovering crystal meth addict", "a former two-pack-a-day smoker".
_LABEL_ADJECTIVES = frozenset(
    ["recovering", "former", "practicing", "practising", "active", "full-blown", "functioning", "high", "raging",
     "hopeless", "sober", "proud", "grateful", "thankful"]
)
_TYPICAL = frozenset(["typical", "average", "classic", "stereotypical", "standard", "basic", "everyday", "regular"])


def writer_follows(words: list[str], end: int, sentence_end: int) -> bool:
    """ "[Having been] an alcoholic, I ...": a clause about someone whose subject, after a comma, is the writer."""
    following = clause_after_a_comma(words, end, sentence_end)
    return bool(following) and following[0] in SELF


def clause_after_a_comma(words: list[str], end: int, sentence_end: int) -> list[str]:
    """The words after the first comma within a few words of ``end`` (none without a comma): the main clause an
    opening phrase leads into."""
    after = words[end : min(end + 8, sentence_end)]
    return after[after.index(",") + 1 :] if "," in after else []


_QUOTE_MARKS = frozenset({'"', "“", "”"})


def someone_else_in(sentence: list[str]) -> bool:
    """A third person, a person named by a noun, or a quotation (the "I" of someone quoted: '"I ...," said recovering
    addict X'): the writer is not the only person in the sentence."""
    return not (
        THIRD_PERSONS.isdisjoint(sentence) and PEOPLE.isdisjoint(sentence) and _QUOTE_MARKS.isdisjoint(sentence)
    )
