"""Part of speech where it decides: is a diagnosis word the name of the condition, or an adjective?

"Bipolar" is both the everyday name of bipolar disorder ("I knew bipolar could
get worse untreated", "a write-up on bipolar and inflammation") and the word
people misuse for weather and markets ("the weather is so bipolar", "bipolar
weather"). As a noun it names the condition; the casual misuse is always an
adjective, either before a noun or after a linking verb.

With the blank pipeline the reading comes from the words around the match:
an adjective follows a linking verb or an intensifier, or precedes the noun it
modifies; a noun is followed by a verb, a preposition, a conjunction or the end
of the sentence. With a trained pipeline the tagger's word counts as well,
where the neighbours leave it open ("bipolar runs in families"): small trained
models tag an unfamiliar noun such as "bipolar" as an adjective more often than
not, so their tags only add noun readings, never take one away.
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import has, lower_words, sentence_bounds

# Words after which a diagnosis word is a predicate adjective ("is bipolar", "so bipolar", "borderline mentally ill").
_LINKING = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "am", "'m", "'re", "'s", "’m", "’re", "’s", "seem", "seems",
     "seemed", "seeming", "look", "looks", "looked", "looking", "feel", "feels", "felt", "feeling", "get", "gets", "got",
     "getting", "gotten", "become", "becomes", "became", "becoming", "go", "goes", "went", "going", "gone", "act",
     "acts", "acted", "acting", "sound", "sounds", "sounded", "turn", "turns", "turned", "grow", "grows", "grew",
     "remain", "remains", "remained", "stay", "stays", "stayed", "so", "very", "too", "totally", "really", "pretty",
     "quite", "such", "kinda", "sorta", "super", "completely", "utterly", "absolutely", "extremely", "incredibly",
     "slightly", "somewhat", "rather", "fairly", "a", "an", "more", "most", "less", "least", "bit", "little", "tad",
     "how", "as", "borderline"]
)
# Words that can follow a noun but not a prenominal adjective: verbs and auxiliaries, prepositions,
# conjunctions and punctuation. An unknown word after the match may be the noun it modifies.
AFTER_NOUN = frozenset(
    ["is", "was", "are", "were", "has", "had", "have", "can", "could", "will", "would", "may", "might", "must",
     "should", "shall", "does", "did", "do", "'s", "’s", "isn't", "isn’t", "doesn't", "doesn’t", "wasn't", "wasn’t",
     "n't", "makes", "made", "make", "gets", "got", "causes", "caused", "affects", "affected", "runs", "ran", "means",
     "meant", "tends", "tended", "took", "takes", "left", "leaves", "became", "becomes", "came", "comes", "kept",
     "keeps", "changed", "changes", "stole", "steals", "feels", "felt", "seems", "seemed", "never", "always", "often",
     "also", "still", "itself", "and", "or", "but", "nor", "yet", "so", "because", "though", "although", "while",
     "when", "whereas", "if", "unless", "until", "that", "which", "who", "in", "on", "at", "of", "for", "with", "from",
     "to", "by", "as", "since", "like", "than", "after", "before", "into", "through", "during", "without", "within",
     "about", "over", "under", "between", "among", "against", "via", "per", "despite", "around", "across", "beyond",
     "too", "either", "alone", "itself", "here", "there", "now", "then", "today", "anymore", ".", ",", ";", ":", "!",
     "?", ")", "]", "—", "–", "-", "--", "---", "'", '"', "’", "”", "…"]
)


def is_noun_reading(doc: Doc, start: int, end: int) -> bool:
    """Whether the one-word match ``start:end`` is read as a noun: the name of the condition itself.

    A noun reading needs a noun's slot: the subject of a verb ("bipolar could
    get worse"), the object of a preposition or a verb ("due to bipolar",
    "erase bipolar", "my bipolar") with nothing after it that it could
    modify. After a linking verb, an intensifier, an adverb or a pronoun
    ("is it bipolar?") the word is a predicate adjective; a bare exclamation
    ("BIPOLAR!!!") fills no slot at all. Longer matches are constructions
    ("bipolar weather", "so OCD") and are never noun readings of a bare word.
    """
    if end - start != 1 and not _one_hyphenated_word(doc, start, end):
        return False
    return fills_a_noun_slot(doc, start, end)


def _one_hyphenated_word(doc: Doc, start: int, end: int) -> bool:
    """ "bi-polar" is three tokens ("bi", "-", "polar") but one word: "It wasn't so much the bi-polar, but ..."."""
    if end - start != 3 or doc[start + 1].text != "-":
        return False
    return not doc[start].whitespace_ and not doc[start + 1].whitespace_


def fills_a_noun_slot(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``start:end`` stand where a noun stands: "sending mentally ill to jail", "due to bipolar".

    The same test as ``is_noun_reading``, for a phrase taken as one unit (an
    adjective phrase used as a noun for people: "the known mentally ill").
    """
    floor, ceiling = sentence_bounds(doc, start)
    words = lower_words(doc)
    at = start - 1
    while at > floor and _plain(words[at]) in _TRANSPARENT:
        at -= 1  # "is either bipolar or possessed", "is probably not bipolar"
    before = _plain(words[at]) if at >= floor else ""
    after = _plain(words[end]) if end < ceiling else "."
    used_to = after == "used" and end + 1 < ceiling and words[end + 1] == "to"  # "the nation's mentally ill used to be"
    a_verb_after = after in _VERBS_AFTER_A_SUBJECT or used_to
    if before == "'s" and a_verb_after and at > floor and _plain(words[at - 1]) not in _NOT_OWNERS:
        return True  # a possessive, then the subject of a verb: "South Africa's mentally ill have a tough time"
    if before in _LINKING or before in _PRONOUNS or before in _OBJECTS or before.endswith("ly"):
        return False  # an object's complement too: "declared him mentally ill", "drove them mentally ill"
    if _an_item_of_a_list_of_nouns(words, at, end, floor, ceiling):
        return True  # "the felons, mentally ill, terrorists", "Most are drug addicts, alcoholics, mentally ill."
    subject_then_adverb = not before and after.endswith("ly") and after.isalpha()  # "Mentally ill increasingly turn ..."
    if a_verb_after or _past_tense(after) or subject_then_adverb or _parsed_as_noun(doc, start, end):
        return True  # the subject of a verb
    if before in _CLAUSE_OPENINGS and _subject_past_a_phrase(words, end, ceiling):
        return True  # "As I know from experience, bipolar on its own can be horrible enough."
    if after not in AFTER_NOUN:
        return False
    bipolar = "".join(words[start:end]) in ("bipolar", "bi-polar")
    if before == "the" and bipolar and after in ("?", "talking", "kicking"):
        return True  # "Is that the bipolar?", "the bipolar talking": the illness as people living with it name it
    if before == "the" and bipolar and after in _ENDS_OF_A_NOUN and at > floor:
        if _named_as_a_cause(words, at, floor):
            return True  # "what shift in my mood is due to the bipolar and what is normal", "Is it the bipolar or me?"
        # "In addition to the bipolar, I'm autistic"
        return after not in ("and", "or") and _plain(words[at - 1]) in _PREPOSITIONS_BEFORE_THE
    return before in _POSSESSIVES or (before.isalpha() and before not in _DETERMINERS)


# Where a clause may begin: the sentence's start, a comma or colon, a conjunction.
_CLAUSE_OPENINGS = frozenset(
    ["", ",", ";", ":", "and", "but", "because", "that", "since", "although", "though", "while"]
)
# A short phrase between a subject and its verb: "bipolar on its own can be", "bipolar without help is".
_PHRASE_OPENERS = frozenset(["on", "in", "without", "alone", "itself", "untreated", "unmedicated", "left"])
_PHRASE_REACH = 4


def _subject_past_a_phrase(words: list[str], end: int, ceiling: int) -> bool:
    """Whether a short phrase after the match ("on its own", "alone", "left untreated") leads to a verb without any
    punctuation between: the match is the subject of that verb, a noun."""
    if end >= ceiling or _plain(words[end]) not in _PHRASE_OPENERS:
        return False
    for at in range(end + 1, min(ceiling, end + 1 + _PHRASE_REACH)):
        word = _plain(words[at])
        if word in _VERBS_AFTER_A_SUBJECT:
            return True
        if not word.isalpha():
            return False
    return False


# What may follow "the bipolar" named as the illness: the end of a clause, or a second thing joined to it.
_ENDS_OF_A_NOUN = frozenset([",", ".", ";", ":", ")", "!", "and", "or"])


def _named_as_a_cause(words: list[str], the: int, floor: int) -> bool:
    """Whether the words before ``the`` name a cause ("due to", "because of", "caused by", "blamed it on") or ask
    what something is ("is it"): what follows is the illness, not people with it."""
    before = [_plain(word) for word in words[max(floor, the - 3) : the]]
    last, second = (before[-1] if before else ""), (before[-2] if len(before) > 1 else "")
    if last == "to":
        return second in ("due", "owing", "thanks")
    if last == "of":
        return second == "because"
    if last == "by":
        return second in ("caused", "triggered", "fuelled", "fueled", "driven")
    if last == "on":
        return any(word in ("blame", "blamed", "blames", "blaming") for word in before[:-1])
    return last == "it" and second in ("is", "was", "'s", "’s")


def _an_item_of_a_list_of_nouns(words: list[str], at: int, end: int, floor: int, ceiling: int) -> bool:
    """Whether the phrase is an item of a list whose neighbouring item is a plural label for people or the name of a
    condition: the list is of nouns, so the phrase is a noun too ("the felons, mentally ill, terrorists"; "e.g.
    bipolar, dementia, schizophrenia")."""
    if end < ceiling and _plain(words[end]).isalpha() and _plain(words[end]) not in _LIST_JOINS:
        return False  # a word it describes follows: "addicts and mentally ill people"
    neighbours = []
    if at > floor and _plain(words[at]) in _LIST_JOINS:
        neighbours.append(_plain(words[at - 1]))
    if end + 1 < ceiling and _plain(words[end]) in _LIST_JOINS:
        neighbours.append(_plain(words[end + 1]))
    return any(word in _PEOPLE_IN_LISTS or word in _CONDITIONS_IN_LISTS for word in neighbours)


_LIST_JOINS = frozenset([",", "and", "or", "&", ";"])
# Plural labels for people that lists of the kind name beside "mentally ill".
_PEOPLE_IN_LISTS = frozenset(
    ["addicts", "alcoholics", "drunks", "junkies", "felons", "criminals", "terrorists", "convicts", "prisoners",
     "inmates", "vagrants", "beggars", "paupers", "homeless", "veterans", "refugees", "orphans", "drug-addicts",
     "lunatics", "idiots", "imbeciles", "epileptics", "schizophrenics", "psychopaths", "sociopaths", "offenders",
     "prostitutes", "gangsters", "thieves", "murderers", "rapists", "paedophiles", "pedophiles", "illegals"]
)


# Names of conditions that lists of conditions hold beside a bare "bipolar".
_CONDITIONS_IN_LISTS = frozenset(
    ["dementia", "schizophrenia", "depression", "anxiety", "autism", "adhd", "ptsd", "ocd", "psychosis", "epilepsy",
     "anorexia", "bulimia", "addiction", "alcoholism", "insomnia", "mania", "bpd", "alzheimer's", "alzheimers",
     "parkinson's", "cancer", "diabetes", "asthma", "arthritis", "migraines", "fibromyalgia", "dyslexia",
     "schizoaffective", "agoraphobia", "hypomania", "cyclothymia", "psychoses", "phobias"]
)


def _past_tense(word: str) -> bool:
    """A verb in the past tense by its ending ("belonged", "destroyed"), not a noun that ends alike ("speed")."""
    return len(word) >= 6 and word.endswith("ed") and word.isalpha() and word not in _NOUNS_IN_ED


# Nouns (and adjectives before nouns) of six letters or more ending in "ed" that may follow a diagnosis word.
_NOUNS_IN_ED = frozenset(["breed", "breeds", "themed", "minded", "related", "inspired", "shaped", "based", "fueled", "fuelled", "driven", "induced", "speed", "steed"])


def _parsed_as_noun(doc: Doc, start: int, end: int) -> bool:
    """A trained tagger's word that the match is a noun with a verb after it ("bipolar runs in families")."""
    if not has(doc, "TAG") or end >= len(doc):
        return False
    return doc[start].pos_ in {"NOUN", "PROPN"} and doc[end].pos_ in {"VERB", "AUX"}


# Words a copula can stand before without ending the predicate: "is either bipolar", "is just bipolar".
_TRANSPARENT = frozenset(
    ["either", "neither", "also", "still", "just", "not", "n't", "probably", "clearly", "obviously", "definitely",
     "certainly", "maybe", "perhaps", "almost", "basically", "actually", "literally", "like", "being"]
)
_PRONOUNS = frozenset(["it", "he", "she", "they", "you", "we", "i", "this", "that", "everything", "everyone", "something", "someone", "nobody", "who", "which"])
_POSSESSIVES = frozenset(["my", "our", "your", "his", "her", "their", "its"])
# Pronouns that are only objects ("her" is a possessive too): what follows them describes them.
_OBJECTS = frozenset(["him", "them", "me", "us", "whom"])
# Words before "'s" that make it "is" or "has", not a possessive: "he's mentally ill", "that's bipolar".
_NOT_OWNERS = _PRONOUNS | {"there", "here", "what", "where", "how", "why", "when", "let", "that", "who"}
_DETERMINERS = frozenset(["the", "this", "that", "these", "those", "some", "any", "no", "every", "each", "another", "what"])
_VERBS_AFTER_A_SUBJECT = frozenset(
    ["is", "was", "are", "were", "has", "had", "have", "can", "could", "will", "would", "may", "might", "must",
     "should", "shall", "does", "did", "'s", "makes", "made", "causes", "caused", "affects", "affected", "runs", "ran",
     "means", "meant", "tends", "tended", "took", "takes", "left", "leaves", "became", "becomes", "came", "comes",
     "kept", "keeps", "changed", "changes", "stole", "steals", "never", "often", "also", "still", "feels", "felt",
     "looks", "works", "starts", "hits", "shows", "manifests", "presents", "develops", "affect", "talking",
     "kicking",
     # what an illness does to the person who has it: "whenever his bipolar overwhelms him"
     "overwhelms", "overwhelmed", "strikes", "struck", "flares", "flared", "worsens", "worsened", "returns",
     "returned", "controls", "controlled", "rules", "ruled", "wins", "won", "surfaces", "surfaced", "spirals",
     "spiraled", "spiralled", "hit", "got", "gets", "goes", "went", "acts", "acted"]
)


def _plain(word: str) -> str:
    return word.replace("’", "'")


# Prepositions before "the bipolar" that make it the object of a phrase about the illness ("besides the bipolar,").
_PREPOSITIONS_BEFORE_THE = frozenset(
    ["to", "with", "of", "from", "about", "besides", "beside", "despite", "for", "against", "through", "over", "after",
     # a thing weighed against another: "It wasn't so much the bipolar, but little things"
     "much"]
)
