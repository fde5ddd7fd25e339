"""Where a person-first phrase cannot take a label's place, and where it may not read right.

A label is one noun ("an addict", "schizophrenics"); the person-first phrase
that replaces it is a noun with words after it ("a person with addiction",
"people with schizophrenia"). Most sentences take the longer phrase, but some
constructions lean on the label being one word: a possessive after it, a name
after it, an article it shares with another noun, a word before it that
describes it as a noun would. There the phrase either does not read
(``person_first_misfits``: no rewrite is offered) or may not
(``person_first_unsure``: the rewrite is offered, but a person should look
before it is applied, so it is not safe).
"""

from __future__ import annotations

import functools
import re

from langcheck.fixes.construction import Construction
from langcheck.fixes.grammar import ARTICLES, DETERMINERS, FOLLOW_A_NOUN, words_of

# The person in a person-first rewrite may be named again nearby: "people with addiction/homeless people".
PERSON_WORDS = frozenset({"people", "person", "persons", "individuals", "individual"})


def person_first_misfits(replacement: str, c: Construction, start: int, end: int) -> bool:
    """The person-first phrase would break the sentence or say what it does not: offer no rewrite. (Beside a slash,
    with or without spaces, "Heroin/Cocaine addicts" would become "Heroin/people addicted to Cocaine", "the
    addict/alcoholic behavior" "the person with addiction/alcoholic behavior", and "1 gambling addict / sex addict"
    a pair whose halves no longer match.)"""
    if _phrase_before_possessive(replacement, c, end) or _figure_of_a_simile(replacement, c, start):
        return True
    if _opening_word(replacement) not in PERSON_WORDS:
        return False  # every other misfit is of a phrase that names a person
    return (
        _bare_title_before_a_name(replacement, c, start, end)
        or _after_a_possessive_determiner(c, start)
        or _what_someone_becomes(c, start)
        or _shares_a_determiner(replacement, c, start, end)
        or _diagnoses_an_insult(replacement, c, start)
        or _takes_in_the_next_noun(replacement, c, end)
        or _after_a_describing_word_and_comma(replacement, c, start)
        or c.text[max(0, start - 3) : start].rstrip()[-1:] in ("/", "\u2044")
        or c.text[end : end + 3].lstrip()[:1] in ("/", "\u2044")
        or _people_twice(replacement, c, start)
        or _person_said_to_be_a_person(replacement, c, start)
        or _splits_a_drug_name(c, start)
        or _DIAGNOSED_BEFORE.search(c.text, max(c.bounds[0], start - 60), start) is not None
        or _describes_the_role_after(c, end)
        or _described_as_a_habit_or_type(c, start)
        or _with_twice(replacement, c, end, start)
        or _kind_of_label_before(c, start)
        or _label_defined(c, start, end)
        or _substance_before(c, start)
    )


def _substance_before(c: Construction, start: int) -> bool:
    """A substance named just before the label describes it: "alcohol users" cannot read "alcohol people who use
    drugs", nor "opium addicts" "opium people with addiction"."""
    return c.text_before(start).lower() in _SUBSTANCES


_SUBSTANCES = frozenset(
    ["alcohol", "opioid", "opiate", "opium", "heroin", "cocaine", "crack", "meth", "methamphetamine", "cannabis",
     "marijuana", "tobacco", "nicotine", "steroid", "ketamine", "fentanyl", "morphine", "laudanum", "benzo",
     "amphetamine", "inhalant", "solvent", "glue", "pill", "painkiller"]
)


def _label_defined(c: Construction, start: int, end: int) -> bool:
    """The label as the word being defined: "my definition of an alcoholic was my grandfather", "An addict is someone
    who has surrendered to a habit". A person-first phrase there defines another term, or says it twice."""
    if _DEFINITION_OF_BEFORE.search(c.text, max(c.bounds[0], start - 40), start) is not None:
        return True
    return start <= c.opening + 4 and _DEFINED_AFTER.match(c.text, end, c.bounds[1]) is not None


_DEFINITION_OF_BEFORE = re.compile(r"\b(?:definition|definitions|meaning|idea|notion|stereotype)\s+of\s+\Z", re.IGNORECASE)
_DEFINED_AFTER = re.compile(r"\s+(?:is|are|means)\s+(?:someone|somebody|anyone|one|a\s+person|people|those)\b", re.IGNORECASE)


def _kind_of_label_before(c: Construction, start: int) -> bool:
    """A word for a kind or a field just before the label ("neurochemical addicts", "crimefic addicts", "chronic
    alcoholics") describes the label, and would describe the people instead: "neurochemical people with addiction"."""
    previous = c.word_before(start)
    if previous is None:
        return False
    word = c.text[previous[0] : previous[1]]
    return word.islower() and word.isalpha() and (word.endswith(("ic", "ical")) or word in _SUPERLATIVES)


# A superlative grades the label, and would grade the people: "one of the biggest dope fiends of all" cannot read
# "one of the biggest people who use drugs of all".
_SUPERLATIVES = frozenset(
    ["biggest", "worst", "greatest", "largest", "heaviest", "hardest", "saddest", "craziest", "wildest", "oldest",
     "youngest", "meanest", "toughest", "sickest", "baddest", "nastiest", "dirtiest", "finest", "best"]
)


def person_first_unsure(replacement: str, c: Construction, start: int, end: int) -> bool:
    """The person-first phrase may not read right: a word before the label that may be a noun describing it
    ("pyro addicts" would give "pyro people with addiction"), a list of roles it stands first in ("as an
    alcoholic, a mother, and a Catholic"), or the particle of a phrasal verb after it, which a long phrase pushes
    away from its verb ("Locking an addict up" would give "Locking a person with addiction up"), a phrase said of
    someone or in a question, or one of two labels joined or compared."""
    if _opening_word(replacement) not in PERSON_WORDS:
        return False
    return (
        _noun_may_describe_it(c, start)
        or _FURTHER_ROLE.match(c.text, end, c.bounds[1]) is not None
        or _PARTICLE_AFTER.match(c.text, end, c.bounds[1]) is not None
        or _said_of_someone_or_asked(replacement, c, start)
        or _label_beside(c, start, end)
    )


def _figure_of_a_simile(replacement: str, c: Construction, start: int) -> bool:
    """A person-first phrase as the figure of a simile: "I need it like an addict needs their drug" would read "like
    a person with addiction needs their drug", which keeps the comparison with illness and loses its punch."""
    words = [word.lower() for word in words_of(replacement)]
    if "with" not in words or not any(word in _ONE_PERSON for word in words[: words.index("with")]):
        return False  # one figure: "like people with bulimia, they ..." compares with a group, and reads right
    found = _SIMILE_BEFORE.search(c.text, max(c.bounds[0], start - 40), start)
    # being treated like one is no figure: "She was treated like a schizophrenic by the staff"
    return found is not None and (found.group(1) or "").lower() not in _TREATED


_ONE_PERSON = frozenset(["person", "man", "woman", "girlfriend", "boyfriend", "someone"])
_SIMILE_BEFORE = re.compile(
    r"(?:\b([^\W\d_]+)\s+(?:(?:me|him|her|them|us|you|it)\s+)?)?\blike\s+(?:having\s+|being\s+)?(?:(?:a|an)\s+)?\Z",
    re.IGNORECASE,
)
_TREATED = frozenset(["treated", "treat", "treats", "treating", "handled", "regarded", "viewed", "seen", "labelled",
                      "labeled", "branded", "dismissed"])


def _after_a_possessive_determiner(c: Construction, start: int) -> bool:
    """After "its", "our" or "his": "among its addicts" would read "among its people with addiction", and "his
    bipolar patient" "his person with bipolar disorder"."""
    before = words_of(c.text[max(c.bounds[0], start - 12) : start])
    return bool(before) and before[-1].lower() in ("its", "our", "his", "her", "their", "my", "your")


def _what_someone_becomes(c: Construction, start: int) -> bool:
    """What someone becomes: "my stepdad became an alcoholic" would read "became a person with alcohol use
    disorder", "few people become addicts overnight" "become people with addiction"; readers find it wrong more
    often than right, since the label there names the change, which a rewording of the verb says."""
    return _BECOMING_BEFORE.search(c.text, max(c.bounds[0], start - 30), start) is not None


_BECOMING_BEFORE = re.compile(
    r"\b(?:become|becomes|became|becoming|turn(?:s|ed|ing)?\s+into)\s+(?:(?:a|an)\s+)?\Z", re.IGNORECASE
)


def _said_of_someone_or_asked(replacement: str, c: Construction, start: int) -> bool:
    """A phrase said of someone ("she was a person with addiction", "to see my dad as a person with alcohol use
    disorder") or in a question ("would you bring beer to a person with ...?"): correct, but readers find it stiff
    there more often than not, so the writer should choose."""
    words = [word.lower() for word in words_of(replacement)]
    if len(words) < 3 or words[0] not in ("a", "an") or words[2] != "with":
        return False
    before = c.words_before(start, 2, reach=30)
    after_a_copula = bool(before) and before[-1] in ("was", "is", "be", "been", "as", "am", "are", "were")
    return after_a_copula or c.sentence_text.rstrip().endswith("?")


def _label_beside(c: Construction, start: int, end: int) -> bool:
    """One of two labels joined by "and" or "or", or compared by "like" ("a family of addicts and alcoholics",
    "Bulimics, like Anorexics"): the other label stays, and the pair reads unevenly until the writer rewords both."""
    before = c.words_before(start, 2, reach=30)
    after = c.words_after(end, 2, reach=30)
    joined_before = len(before) == 2 and before[1] in ("and", "or") and before[0] in _LABELS
    joined_after = len(after) == 2 and after[0] in ("and", "or", "like") and after[1] in _LABELS
    listed_word = _LABEL_LISTED_AFTER.match(c.text, end, c.bounds[1])
    listed = listed_word is not None and listed_word.group(1).lower() in _LABELS  # "bipolars, schizophrenics, etc."
    return joined_before or joined_after or listed


_LABEL_LISTED_AFTER = re.compile(r"\s*,\s*([^\W\d_]+)\b", re.IGNORECASE)


_LABELS = frozenset(
    ["addict", "addicts", "alcoholic", "alcoholics", "junkie", "junkies", "drunk", "drunks", "drunkard", "drunkards",
     "druggie", "druggies", "crackhead", "crackheads", "stoner", "stoners", "lunatic", "lunatics", "psycho", "psychos",
     "schizophrenic", "schizophrenics", "maniac", "maniacs", "anorexic", "anorexics", "bulimic", "bulimics"]
)


# The particle of a phrasal verb right after the object: "lock [an addict] up", "kicked [the junkies] out".
_PARTICLE_AFTER = re.compile(r"\s+(?:up|out|away|down|off|back)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _opening_word(replacement: str) -> str:
    """The phrase's first word, past an article it brought along ("a person with ..." -> "person")."""
    words = [word.lower() for word in words_of(replacement)]
    if words[:1] and words[0] in ARTICLES:
        words = words[1:]
    return words[0] if words else ""


def _bare_title_before_a_name(replacement: str, c: Construction, start: int, end: int) -> bool:
    """A label used as a title before a name ("said recovering heroin addict Tarah Sutherland") has no article; a
    person-first phrase there would need one ("said person in recovery Tarah Sutherland")."""
    words = [word.lower() for word in words_of(replacement)] or [""]
    if words[0] not in PERSON_WORDS or words[-1] in FOLLOW_A_NOUN:
        return False  # not a person-first phrase, or one that ends asking for its object ("people with" PTSD)
    if not c.name_after(end):
        return False
    previous = c.word_before(start)
    return previous is None or c.text[previous[0] : previous[1]].lower() not in DETERMINERS


def _phrase_before_possessive(replacement: str, c: Construction, end: int) -> bool:
    """A person-first phrase cannot take a possessive: "a person receiving mental health care's wandering ways",
    "people who died by suicide' families" (the plural's bare apostrophe: "suicide victims' families")."""
    if len(words_of(replacement)) < 3:
        return False
    following = c.text[end : end + 2]
    plural_possessive = following[:1] in ("'", "’") and not following[1:2].isalpha() and c.text[end - 1 : end] == "s"
    return following in ("'s", "’s") or plural_possessive


def _shares_a_determiner(replacement: str, c: Construction, start: int, end: int) -> bool:
    """A label coordinated with another noun under one article ("a former addict and dealer", "a widower and heroin
    addict"): a person-first phrase in its place leaves one of the nouns without it ("a person in recovery and
    dealer", "a widower and person addicted to heroin")."""
    if _opening_word(replacement) != "person":
        return False  # plural labels share no article: "psychotics and paupers" -> "people ... and paupers"
    # the article the rewrite may bring along ("an ex-addict" -> "a person ...")
    own_article = (words_of(replacement) or [""])[0].lower() in ARTICLES
    found = _COORDINATED_NOUN.match(c.text, end, c.bounds[1])
    noun = found.group(1) if found else ""
    if noun.islower() and noun not in _NOT_A_NOUN:  # not a name: "a drug addict and Roman"
        return True
    if own_article:
        return False  # "a widower and a person in recovery" states its own article
    earlier = _EARLIER_CONJUNCT.search(c.text, max(c.bounds[0], start - 60), start)
    return earlier is not None and earlier.group(1).islower()


def _diagnoses_an_insult(replacement: str, c: Construction, start: int) -> bool:
    """A label after a word of contempt is an insult ("a cult of ignorant psychotics"): the person-first phrase
    would state as fact a diagnosis the writer only threw at someone."""
    if _opening_word(replacement) not in PERSON_WORDS:
        return False
    previous = c.word_before(start)
    return previous is not None and c.text[previous[0] : previous[1]].lower() in _CONTEMPT


def _takes_in_the_next_noun(replacement: str, c: Construction, end: int) -> bool:
    """A phrase that ends in a preposition's object before "and <noun>" takes that noun in as a second object, and
    before "that" or "which" becomes the head of the relative clause:
    "people with alcohol use disorder and addicts" reads "people with ... addicts", "people addicted to drugs and
    alcoholics" "addicted to ... alcoholics". (Two phrases for people read apart: "people with alcohol use disorder
    and people with addiction".)"""
    words = [word.lower() for word in words_of(replacement)]
    if _opening_word(replacement) not in PERSON_WORDS or _PREPOSITIONS.isdisjoint(words[1:]):
        return False
    if _RELATIVE_CLAUSE.match(c.text, end, c.bounds[1]):
        return True  # a relative clause would take the object for its head: "a person with alcohol use disorder that is"
    if _MODIFIER_AFTER.match(c.text, end, c.bounds[1]):
        return True  # "a person addicted to drugs with a criminal record"
    found = _COORDINATED_NOUN.match(c.text, end, c.bounds[1])
    noun = found.group(1) if found else ""
    # in a title-case heading every noun has a capital: "Alcoholics And Drug Addicts Facing Cuts"
    return (noun.islower() or (c.title_case and noun.istitle())) and noun.lower() not in _NOT_A_NOUN | PERSON_WORDS


def _after_a_describing_word_and_comma(replacement: str, c: Construction, start: int) -> bool:
    """ "homeless, mentally ill people": two describing words for one noun; a person-first phrase in place of the
    second leaves the first hanging before a comma ("homeless, people with mental illness")."""
    if _opening_word(replacement) not in PERSON_WORDS:
        return False
    found = _DESCRIBING_WORD_AND_COMMA.search(c.text, max(c.bounds[0], start - 60), start)
    # mid-sentence only ("Yesterday, mentally ill people marched" opens with an adverb), and not a list ("the poor,
    # the sick, ...")
    if found is None or found.group(1).lower() in DETERMINERS:
        return False
    # an opening phrase of its own: "Under many circumstances, marijuana users ..."
    opening = _FIRST_WORD.match(c.text, c.bounds[0], start)
    return not (opening is not None and opening.group(1).lower() in _OPENING_PREPOSITIONS and "," not in c.text[c.bounds[0] : found.start()])


def _people_twice(replacement: str, c: Construction, start: int) -> bool:
    """ "Through Jesus and His people, addicts can find ...": "His people, people with addiction" says "people" twice
    across a comma and reads as if the two were one group."""
    opening = _opening_word(replacement)
    if opening not in PERSON_WORDS:
        return False
    found = _LAST_WORD_BEFORE_COMMA.search(c.text, max(c.bounds[0], start - 30), start)
    return found is not None and found.group(1).lower() == opening


def _splits_a_drug_name(c: Construction, start: int) -> bool:
    """The label's first word ends a drug's two-word name: "a hard core crystal meth addict" cannot read "a hard core
    crystal person addicted to meth"."""
    previous = c.word_before(start)
    following = c.word_after(previous[1]) if previous is not None else None
    if previous is None or following is None:
        return False
    pair = (c.text[previous[0] : previous[1]].lower(), c.text[following[0] : following[1]].lower())
    return pair in _DRUG_NAMES


_DRUG_NAMES = frozenset(
    [("crystal", "meth"), ("crack", "cocaine"), ("prescription", "drug"), ("prescription", "pill"),
     ("prescription", "opioid"), ("prescription", "painkiller"), ("street", "drug"), ("party", "drug"),
     ("club", "drug"), ("pain", "pill"), ("sleeping", "pill"), ("black", "tar"), ("magic", "mushroom")]
)


# A diagnosis given, a word or two before the label: "she was diagnosed a paranoid schizophrenic" cannot read "was
# diagnosed a (paranoid) person with schizophrenia"; the verb wants "with" and the condition.
# "diagnosed as a schizophrenic", "a therapist who diagnoses her as a bipolar": the diagnosis is said with "with"
_DIAGNOSED_BEFORE = re.compile(
    r"\bdiagnos(?:ed|es|e|ing)\s+(?:(?:him|her|them|me|you|us)\s+)?(?:as\s+)?(?:an?\s+)?(?:[^\W\d_][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)


def _person_said_to_be_a_person(replacement: str, c: Construction, start: int) -> bool:
    """ "whether this person is a drug user": "this person is a person who uses drugs" says the subject twice, and so
    does "these people are either mentally ill and/or people with addiction"; the verb ("uses drugs") or the
    sentence's own rewrite says it, not a person-first noun."""
    if _opening_word(replacement) not in PERSON_WORDS:
        return False
    return (
        _PERSON_THEN_COPULA.search(c.text, max(c.bounds[0], start - 40), start) is not None
        or _PERSON_THEN_COPULA_AND_ANOTHER.search(c.text, max(c.bounds[0], start - 80), start) is not None
    )


_COPULA = (
    r"(?:is|are|was|were|be|been|being|['’]s|['’]re|has been|have been|(?:may|might|could|must|will|would|can) be)"
)
_PERSON_THEN_COPULA = re.compile(
    r"\b(?:person|people|persons|individuals?)\s+" + _COPULA + r"\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)
# The label as the second of two predicates: "these people are either mentally ill and/or addicts".
_PERSON_THEN_COPULA_AND_ANOTHER = re.compile(
    r"\b(?:person|people|persons|individuals?)\s+" + _COPULA + r"\s+(?:either\s+)?(?:[\w'’-]+\s+){1,5}?"
    r"(?:and/or|or|and|,)\s+(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)


def _describes_the_role_after(c: Construction, end: int) -> bool:
    """The label describes the person named after it ("an abusive, drug addict roommate", "my junkie brother"): a
    person-first phrase there would stand before the noun ("a person with a substance use disorder roommate")."""
    following = c.text_after(end)
    return following in _ROLES or following.lower() in _NOUNS_A_LABEL_DESCRIBES or _AGE_NOUN.match(c.text, end) is not None


# Nouns a label describes as a modifier: "the homeless drug addict situation", "the junkie problem".
_NOUNS_A_LABEL_DESCRIBES = frozenset(
    ["situation", "situations", "problem", "problems", "crisis", "epidemic", "issue", "issues", "culture", "scene",
     "lifestyle", "population", "populations", "behaviour", "behavior", "mentality", "mindset", "brain", "logic",
     # a picture of the type: "the victims don't fit the drug addict stereotype"
     "stereotype", "stereotypes", "trope", "tropes", "cliché", "cliche", "caricature", "archetype", "image"]
)


# An age used as a noun: "the schizophrenic 37-year-old" cannot read "the person with schizophrenia 37-year-old".
_AGE_NOUN = re.compile(r"\s+(?:\d+|[a-z]+)[-\s]years?[-\s]olds?\b", re.IGNORECASE)


def _described_as_a_habit_or_type(c: Construction, start: int) -> bool:
    """A word before the label that describes the habit, the type of illness, the kind of drug or the kind of person
    ("a very heavy meth addict", "a type one bipolar", "illegal drug users", "Teen heroin addicts"): before a
    person-first phrase it would describe the phrase's person ("a very heavy person addicted to meth", "illegal
    people who use drugs")."""
    found = _HABIT_OR_TYPE_BEFORE.search(c.text, max(c.bounds[0], start - 40), start)
    return found is not None


def _with_twice(replacement: str, c: Construction, end: int, start: int) -> bool:
    """A phrase with "with" next to another "with": "a person with anorexia with a yeast infection" stacks them, and
    so does "a big problem with people with a substance use disorder"."""
    if "with" not in (word.lower() for word in words_of(replacement)):
        return False
    if c.text_after(end).lower() == "with":
        return True
    previous = c.word_before(start)
    return previous is not None and c.text[previous[0] : previous[1]].lower() == "with"


def _noun_may_describe_it(c: Construction, start: int) -> bool:
    """The word just before the label is neither a determiner nor a word that looks like an adjective, so it may
    be a noun that describes the label ("pyro addicts", "sex addicts") and would be stranded before the phrase."""
    previous = c.word_before(start)
    if previous is None:
        return False
    word = c.text[previous[0] : previous[1]]
    lower = word.lower()
    # the sentence's first word is capitalised for its place, not as a name: "Nyaope addicts are willing to quit"
    opening = previous[0] == c.opening and word[:1].isupper() and word[1:].islower() and not c.title_case
    if not word.isalpha() or not (word.islower() or opening):
        return False  # a number, a name, a capitalised heading word: not a describing noun
    return not (lower in DETERMINERS or lower in FOLLOW_A_NOUN or looks_like_an_adjective(lower))


def looks_like_an_adjective(word: str) -> bool:
    """A common describing word, or a word with an adjective's ending ("brilliant", "homeless", "chronic")."""
    lower = word.lower()
    return lower in _DESCRIBING_WORDS or lower in _CONTEMPT or lower.endswith(_ADJECTIVE_ENDINGS)


# Words of contempt that make the label after them an insult.
_CONTEMPT = frozenset(
    ["ignorant", "stupid", "dumb", "idiotic", "moronic", "pathetic", "worthless", "useless", "filthy", "disgusting",
     "evil", "deranged", "raving", "crazy", "crazed", "lunatic", "brainwashed", "bloodthirsty", "murderous",
     "demented", "unhinged", "loony", "nutty", "psycho", "fanatical", "rabid", "trashy", "scummy", "lowlife",
     "low-life", "sleazy", "degenerate", "toothless", "skanky"]
)
# Common words before a label that describe it as adjectives do, though they have no adjective ending.
_DESCRIBING_WORDS = frozenset(
    ["young", "old", "many", "most", "few", "several", "other", "others", "all", "both", "such", "more", "less",
     "former", "recovering", "struggling", "practicing", "practising", "active", "homeless", "poor", "rich",
     "new", "long", "longtime", "long-time", "lifelong", "so-called", "fellow", "local", "real", "true", "whole",
     "hardcore", "hard-core", "chronic", "severe", "mild", "serious", "typical", "average", "known", "would-be",
     "self-confessed", "self-described", "certain", "same", "only", "first", "last", "two", "three", "four",
     "five", "ten", "hundred", "thousand", "million", "fewer"]
)
_ADJECTIVE_ENDINGS = (
    "ed", "al", "ful", "ous", "ive", "less", "able", "ible", "ant", "ent", "ish", "est", "ic", "ary", "ory", "ile",
)
# People named by a role or a tie, which a label before them describes ("drug addict roommate").
_ROLES = frozenset(
    ["roommate", "roommates", "flatmate", "flatmates", "housemate", "housemates", "friend", "friends", "boyfriend",
     "boyfriends", "girlfriend", "girlfriends", "husband", "husbands", "wife", "wives", "partner", "partners",
     "brother", "brothers", "sister", "sisters", "mother", "mothers", "father", "fathers", "mom", "moms", "mum",
     "mums", "dad", "dads", "son", "sons", "daughter", "daughters", "uncle", "uncles", "aunt", "aunts", "cousin",
     "cousins", "parent", "parents", "neighbour", "neighbours", "neighbor", "neighbors", "tenant", "tenants",
     "coworker", "coworkers", "co-worker", "co-workers", "colleague", "colleagues", "boss", "ex", "sibling",
     "siblings", "relative", "relatives", "stepfather", "stepmother", "grandfather", "grandmother"]
)
_PREPOSITIONS = frozenset(["with", "to", "of", "from", "in", "for", "on"])
# "heavy", "recreational", "type one", "illegal", "teen" just before the label (an intensifier may come first: "a very
# heavy")
_HABIT_OR_TYPE_BEFORE = re.compile(
    r"\b(?:heavy|heavier|heaviest|recreational|occasional|regular|casual|daily|habitual|compulsive|functional|functioning"
    r"|hardcore|hard-core|weekend|binge|bad|worse|worst|severe|serious|terrible|hopeless|seasoned|veteran|true|genuine"
    r"|illegal|illicit|prescription|intravenous|injection|injecting|street|party|synthetic|designer|hard|former|ex"
    r"|longtime|long-time|long-term|longterm|lifelong|life-long|female|male"
    r"|teens?|teenage|juvenile|adolescent|youth|child|student|college|celebrity"
    r"|type\s+(?:one|two|1|2|i|ii))\s+\Z",
    re.IGNORECASE,
)
# Words after "and" that name no second noun: determiners and function words ("and the", "and with").
_NOT_A_NOUN = DETERMINERS | FOLLOW_A_NOUN
# "which ...", or "that" opening a clause (a verb or a pronoun after it), not "that" as a determiner ("that winter")
_RELATIVE_CLAUSE = re.compile(
    r"\s+(?:which\b|that\s+(?:is|was|are|were|has|have|had|will|would|can|could|does|do|did|i|you|he|she|we|they"
    r"|keeps|kept|lives|lived|needs|needed|wants|wanted|gets|got)\b)",
    re.IGNORECASE,
)
# What describes the person the label named, which the rewrite's last object would take instead: a "with" phrase
# ("an unemployed drug addict with a criminal record").
_MODIFIER_AFTER = re.compile(r"\s+with\b", re.IGNORECASE)
_COORDINATED_NOUN = re.compile(r"\s+(?:and|or|&)\s+([^\W\d_]+)", re.IGNORECASE)
# "a widower and [heroin addict]": an article, one or two words, and the conjunction just before the rewrite
_EARLIER_CONJUNCT = re.compile(r"\b(?:a|an)\s+((?:[^\W\d_]+\s+){1,2})(?:and|or|&)\s+\Z", re.IGNORECASE)
# a lower-case word and a comma just before the label, and the word before that: "care for homeless, [mentally ill
# people]"
_DESCRIBING_WORD_AND_COMMA = re.compile(r"\b([^\W\d_]+)\s+[a-z]+,\s+\Z")
_FIRST_WORD = re.compile(r"\W*([^\W\d_]+)")
_OPENING_PREPOSITIONS = frozenset(
    ["under", "in", "on", "at", "after", "before", "for", "during", "with", "without", "by", "from", "since", "until",
     "among", "across", "throughout", "within", "despite", "like", "unlike", "according", "over"]
)
_LAST_WORD_BEFORE_COMMA = re.compile(r"([^\W\d_]+)\s*,\s+\Z")
# "as an alcoholic, a recovering alcoholic, and a Catholic": the label is the first of several roles
_FURTHER_ROLE = re.compile(r"\s*,\s+(?:a|an)\s+[^\W\d_]", re.IGNORECASE)
