"""Where a fitted rewrite would not read right in its sentence, or should not be applied unasked.

``suggest`` fills a rule's rewrite and shapes it to its seams; these checks
read the words around it for constructions a fixed phrase cannot fit: a word
the rewrite would say twice, a preposition or an article a later word leans
on, a describing word it would strand, a second clause it would run into, a
compound or a coined name it would break. Each is a reason to offer nothing
rather than a broken sentence; the last two only take away a rewrite's
safety, where a later verb or a told death may need a person's eye.
"""

from __future__ import annotations

import itertools
import re

from langcheck.fixes.construction import Construction
from langcheck.fixes.deaths import death_misfits, death_unsure, tells_a_death
from langcheck.fixes.grammar import FOLLOW_A_NOUN, SEAM_WORDS, SMALL_WORDS, words_of
from langcheck.fixes.person_first import PERSON_WORDS, looks_like_an_adjective


def reads_wrong(replacement: str, c: Construction, start: int, end: int, original: str) -> bool:
    """Whether ``replacement`` for ``c.text[start:end]`` (``original``) would break its sentence."""
    return (
        _doubles_a_neighbour(replacement, c, start, end)
        or _preposition_shared(c, original, end)
        or _part_of_a_coined_name(c, start, end)
        or _APOSTROPHE_PLURAL.match(c.text, end) is not None
        or _CAPITAL_LETTER_AFTER.match(c.text, end) is not None
        or death_misfits(replacement, c, start)
        or _strands_a_describing_word(replacement, c, start, original)
        or _with_phrase_before_a_name(replacement, c, end)
        or _phrase_in_a_compound(replacement, c, start, end)
        or _clause_before_a_clause(replacement, c, end)
        or _short_word_after_more(replacement, c, start)
        or _verb_after_having(replacement, c, start)
        or _clinically_before(c, start)
        or _clause_before_a_coordinate(replacement, c, end)
        or _kind_shared_before(replacement, c, start, original)
        or _acronym_spelled_out_after(c, end, original)
        or _word_twice_in_a_row(replacement)
        or _drops_a_name(replacement, original)
        or _copula_taken_up_later(c, end, original)
        or _degree_dropped(replacement, original)
        or _doubt_dropped(replacement, original)
        or _phrase_before_its_noun(replacement, c, end, original)
        or _tail_of_a_compound(c, start)
        or _mass_noun_after_an_article(replacement, c, start, original)
        or _clause_after_a_possessive(replacement, c, start)
        or _progressive_made_a_noun(replacement, c, start, original)
        or _bare_person_after_a_linking_verb(replacement, c, start)
        or _reflexive_object_after(c, end)
        or _use_called_an_illness(replacement, c, end)
        or _degree_before_a_degree(replacement, c, start)
        or _experience_not_someones(replacement, c, start)
        or _very_before_an_extreme(replacement, c, end)
        or _becoming_a_trait(replacement, c, start)
        or _coined_name_after_a_role(replacement, c, start)
        or _capital_inside_lost(replacement, c, start, original)
        or _label_joined_after(replacement, c, end)
        or _with_a_circumstance(replacement, c, end)
        or _living_with_a_fight(replacement, c, start, end)
        or _label_said_again(replacement, c, start, end, original) >= 2
        or _having_a_use(replacement, c, end)
        or _tidy_word_out_of_place(replacement, c, start, end)
        or _ACRONYM_AFTER.match(c.text, end, c.bounds[1]) is not None
        or _NOT_LITERALLY_AFTER.match(c.text, end, c.bounds[1]) is not None
        or _stigma_kept_after(replacement, c, end)
        or _having_an_outcome(replacement, c, end)
        or _person_word_again(replacement, c, start, end)
        or _glossed_after(c, end)
        or _describing_word_without_its_noun(replacement, c, start, end, original)
        or _from_opens_a_time(c, end, original)
    )


# A year or a time right after "suffered from": the "from" opens a time ("the schizophrenia he suffered from 1959
# onward"), and a rewrite that takes it ("he had 1959 onward") leaves the time without it.
_TIME_AFTER = re.compile(r"\s+(?:\d{4}s?\b|the\s+(?:age|time|day|moment|start)\b|then\b|birth\b|childhood\b)", re.IGNORECASE)


def _from_opens_a_time(c: Construction, end: int, original: str) -> bool:
    return original.lower().endswith(" from") and _TIME_AFTER.match(c.text, end, c.bounds[1]) is not None


# What may follow a noun but cannot be one: after "a borderline anorexic" these show that the label was the noun.
_NO_NOUN_AFTER = frozenset(
    ["himself", "herself", "themselves", "myself", "yourself", "who", "that", "than", ".", "!", "?", ";", ":", ")",
     "(", "@", "–", "—"]
)
# Degree words that "a" opens ("a bit", "a little"): the article belongs to them, not to a noun.
_DEGREE_AFTER_AN_ARTICLE = frozenset(["bit", "little", "tad", "touch", "wee", "lot", "tiny", "teeny", "smidge"])


def _describing_word_without_its_noun(replacement: str, c: Construction, start: int, end: int, original: str) -> bool:
    """A one-word describing rewrite for a label used as a noun after an article: "the boyfriend was a borderline
    anorexic himself" would read "a borderline emaciated himself", "a temperamental bipolar that swung" "a
    temperamental changeable that"."""
    word = replacement.strip().lower()
    if " " in word or " " in original.strip() or not looks_like_an_adjective(word) or word.endswith(("ant", "ent")):
        return False
    before = c.words_before(start, 2, reach=40)
    if not before or not (
        before[-1] in ("a", "an")
        or (len(before) == 2 and before[0] in ("a", "an") and before[1] not in _DEGREE_AFTER_AN_ARTICLE)
    ):
        return False
    after = c.text[end : min(c.bounds[1], end + 20)].lstrip()
    following = words_of(after)[:1]
    return not after or after[0] in _NO_NOUN_AFTER or (bool(following) and following[0].lower() in _NO_NOUN_AFTER)


_HAVE_FORMS = frozenset(["have", "has", "had", "having"])
# What a person suffers that is not a condition they have: "suffer from significant consequences", "suffer from
# stigma"; "have" fits a condition, not an outcome.
_OUTCOMES = frozenset(
    ["consequences", "consequence", "effects", "impacts", "repercussions", "stigma", "discrimination", "prejudice",
     "neglect", "isolation", "loneliness", "misunderstanding", "misunderstandings", "shortages", "shortage", "lack"]
)


def _having_an_outcome(replacement: str, c: Construction, end: int) -> bool:
    """ "have" for "suffer from" before an outcome rather than a condition ("many have significant mental health
    consequences"), or before "of" ("suffers of mental health" would read "has of")."""
    if _first_word(replacement) not in _HAVE_FORMS:
        return False
    after = c.words_after(end, 6)
    return bool(after) and (after[0] == "of" or any(word in _OUTCOMES for word in after[:4]))


def _person_word_again(replacement: str, c: Construction, start: int, end: int) -> bool:
    """A person-first rewrite said to be people again: "schizophrenics are spiritually gifted people" would read
    "people with schizophrenia are spiritually gifted people"; "her fellow addicts" would read "her fellow people
    with addiction"."""
    first = _first_word(replacement)
    if first == "people" and c.text_before(start).lower() == "fellow":
        return True
    if first not in ("people", "person"):
        return False
    after = c.words_after(end, 5)
    return bool(after) and after[0] in _COPULAS_AFTER and first in after[1:5]


_COPULAS_AFTER = frozenset(["are", "is", "were", "was"])


# A gloss of the word right after it: "being an alcoholic – someone addicted to intoxicating drinks" defines the
# word the rewrite would take away.
_GLOSS_AFTER = re.compile(r"\s*[–—:]\s*(?:someone|somebody|a person|one who|i\.e\.|that is|meaning)\b", re.IGNORECASE)


def _glossed_after(c: Construction, end: int) -> bool:
    return _GLOSS_AFTER.match(c.text, end, c.bounds[1]) is not None


# The writer's own hedge of the words replaced: "nearly had a panic attack (not literally, but ...)".
_NOT_LITERALLY_AFTER = re.compile(r"\s*[(,—–-]\s*not\s+literally\b", re.IGNORECASE)


def _stigma_kept_after(replacement: str, c: Construction, end: int) -> bool:
    """A degree word rewritten where the word it grades is itself the stigma, left standing: "certifiably crazy"
    cannot read "wildly crazy"."""
    return replacement.lower().endswith("ly") and c.text_after(end).lower() in _STIGMA_WORDS


_STIGMA_WORDS = frozenset(["crazy", "insane", "mad", "nuts", "psycho", "psychotic", "deranged", "demented", "loony"])


# An acronym in brackets right after the match abbreviates the words replaced: "injecting drug users (IDUs)" cannot
# read "people who inject drugs (IDUs)".
_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-Z]{2,6}s?\s*\)")



def _label_said_again(replacement: str, c: Construction, start: int, end: int, original: str) -> int:
    """How often the match's longest word, which the rewrite takes away, comes again in its sentence. Said three
    times ("most addicts used ...; most addicts used under the supervision of other addicts"), the repetition is the
    writer's figure, and a rewrite of one of them breaks it; said twice, the pair may need rewording together."""
    words = words_of(original)
    if not words:
        return 0
    key = max(words, key=len).lower()
    if len(key) < 4 or key in {word.lower() for word in words_of(replacement)} or tells_a_death(replacement):
        # a word the rewrite keeps ("suicide" in "died by suicide") is not one it changes, and a death told again is
        # told again by the writer, each time to be reported as one
        return 0
    # a letter on neither side: "addicts" counts in "addicts/alcoholics" and "addicts'"
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(key)}(?![^\W\d_])", re.IGNORECASE)
    first, last = c.bounds
    return len(pattern.findall(c.text, first, start)) + len(pattern.findall(c.text, end, last))


def _having_a_use(replacement: str, c: Construction, end: int) -> bool:
    """ "Have" or "live with" for "suffer from" before a use: "people who suffer from chronic heroin use" cannot read
    "people who have chronic heroin use" or "who live with chronic heroin use"."""
    if _first_word(replacement) not in ("have", "has", "had", "having") and not replacement.lower().startswith(_LIVING_WITH):
        return False
    return _A_USE_AFTER.match(c.text, end, c.bounds[1]) is not None


_A_USE_AFTER = re.compile(
    r"\s+(?:[^\W\d_][\w-]*\s+){0,3}(?:use|abuse|misuse|drinking|gambling)\b(?!\s+disorders?\b)", re.IGNORECASE
)


def _tidy_word_out_of_place(replacement: str, c: Construction, start: int, end: int) -> bool:
    """ "Particular" or "fussy" where the word it replaces took "on", or followed a verb of becoming or feeling: "go
    OCD on their eyebrows", "went a little too OCD with everything", "I feel OCD about" take neither."""
    if replacement.lower() not in _TIDY_WORDS:
        return False
    if c.text_after(end).lower() == "on":
        return True
    before = c.words_before(start, 4, reach=30)
    return any(word in _BECOMING_OR_FEELING for word in before)


_BECOMING_OR_FEELING = frozenset(
    ["go", "goes", "went", "going", "gone", "feel", "feels", "felt", "feeling", "get", "gets", "got", "getting"]
)
# The everyday words a casual "OCD" becomes, which take "about" and follow "be", not "go" or "get".
_TIDY_WORDS = frozenset(["particular", "fussy", "finicky", "picky", "meticulous", "perfectionist", "fastidious"])


def _capital_inside_lost(replacement: str, c: Construction, start: int, original: str) -> bool:
    """A capitalised word inside a match that opens in lower case, in a sentence that is no title-case heading ("Why I
    hired a Felon and an Addict", "Why it Pays to be Paranoid"), marks a heading in its own style or a name: the
    rewrite, in lower case like the match's first word, reads wrong beside the capitals around it."""
    if not original[:1].islower() or c.title_case or c.shouting:
        return False  # a match that opens with a capital gives the rewrite one
    kept = {word.lower() for word in words_of(replacement)}
    return any(word[:1].isupper() and word[1:].islower() and word.lower() not in kept for word in words_of(original))


def _label_joined_after(replacement: str, c: Construction, end: int) -> bool:
    """A bare label joined after the match, where the rewrite is no noun phrase: "a sister who's an addict or
    alcoholic" cannot read "a sister with addiction or alcoholic"."""
    if _first_word(replacement) in PERSON_WORDS or _first_word(replacement) in ("a", "an", "the"):
        return False
    after = c.words_after(end, 2, reach=30)
    return len(after) == 2 and after[0] in ("and", "or") and after[1] in _BARE_LABELS


def _first_word(replacement: str) -> str:
    """The rewrite's first word, lower case ("" for none)."""
    words = words_of(replacement)
    return words[0].lower() if words else ""


# "Living with" as a rewrite of "suffering from" or "battling", in each of its forms.
_LIVING_WITH = ("live with", "lives with", "living with", "lived with")


_BARE_LABELS = frozenset(["alcoholic", "addict", "junkie", "drunk", "druggie", "schizophrenic", "psychotic", "bipolar"])


def _with_a_circumstance(replacement: str, c: Construction, end: int) -> bool:
    """A circumstance, not a condition, right after "with" or "has": "those suffering from homelessness and mental
    illness" cannot read "those with homelessness and mental illness"."""
    if _first_word(replacement) not in ("with", "has", "have", "had", "having", "living"):
        return False
    return c.text_after(end).lower() in _CIRCUMSTANCES


_CIRCUMSTANCES = frozenset(
    ["homelessness", "poverty", "hunger", "unemployment", "debt", "racism", "discrimination", "violence", "neglect",
     "isolation", "stigma"]
)


def _living_with_a_fight(replacement: str, c: Construction, start: int, end: int) -> bool:
    """ "Living with" a fight, or fought "actively": "no longer suffering from her lifelong battle with depression"
    cannot read "no longer living with her lifelong battle", nor "actively battling addiction" "actively living
    with addiction"."""
    if not replacement.lower().startswith(_LIVING_WITH):
        return False
    if c.text_before(start).lower() in _ADVERBS_OF_A_FIGHT:
        return True
    return _FIGHT_AFTER.match(c.text, end, c.bounds[1]) is not None


_ADVERBS_OF_A_FIGHT = frozenset(
    ["actively", "bravely", "courageously", "valiantly", "fiercely", "heroically", "tirelessly", "desperately"]
)
# Someone's fight named right after the match: "her lifelong battle with" ("a daily battle" may be lived with).
_FIGHT_AFTER = re.compile(
    r"\s+(?:his|her|their|my|our|your|its)\s+(?:[a-z-]+\s+){0,2}(?:battle|battles|struggle|struggles|fight|fights|war)\b",
    re.IGNORECASE,
)


def _clause_after_a_possessive(replacement: str, c: Construction, start: int) -> bool:
    """A relative clause after a possessive: "the drug's users" would read "the drug's people who use drugs"."""
    if not _holds_a_relative_clause(replacement):
        return False
    return _POSSESSIVE_BEFORE.search(c.text, max(c.bounds[0], start - 4), start) is not None


_POSSESSIVE_BEFORE = re.compile(r"[^\W\d_]['’]s?\s+\Z")


# A count noun a rewrite may swap for a mass noun, which takes no "a": "use" for "habit".
_COUNT_NOUNS = frozenset(["habit"])
_MASS_ENDINGS = frozenset(["use", "misuse", "drinking", "dependence"])


def _mass_noun_after_an_article(replacement: str, c: Construction, start: int, original: str) -> bool:
    """A mass noun in place of a count noun whose phrase opens with "a" or "an" a word or two before: "a daily heroin
    habit" cannot read "a daily heroin use"."""
    words = words_of(replacement)
    if original.lower() not in _COUNT_NOUNS or not words or words[-1].lower() not in _MASS_ENDINGS:
        return False
    before = c.words_before(start, 3, reach=40)
    return any(word in ("a", "an") for word in before)


def _tail_of_a_compound(c: Construction, start: int) -> bool:
    """The replaced words end a hyphenated compound ("power-crazed officials", "half-crazed"): the compound is an idiom
    of its own, and a synonym in its place ("power-frenzied", "power-wild") is none. A degree or a time before the
    hyphen only modifies the word ("reasonably-paranoid", "over-paranoid", "soon-to-be-neurotic")."""
    if start < 2 or c.text[start - 1] not in _HYPHENS:
        return False
    found = _WORD_BEFORE_A_HYPHEN.search(c.text, 0, start - 1)
    if found is None:
        return False
    word = found.group().lower()
    return not word.endswith("ly") and word not in _MODIFYING_PREFIXES


_HYPHENS = "-\u2010\u2011"
_WORD_BEFORE_A_HYPHEN = re.compile(r"[^\W\d_]+\Z")
_MODIFYING_PREFIXES = frozenset(
    ["over", "under", "super", "hyper", "ultra", "extra", "be", "non", "anti", "pre", "post", "semi", "quasi", "self"]
)


def _phrase_before_its_noun(replacement: str, c: Construction, end: int, original: str) -> bool:
    """A person-first phrase where the plural label described the noun after it, its apostrophe left out: "the
    relapsed alcoholics plea" cannot read "the relapsed people with alcohol use disorder plea"."""
    if " with " not in f" {replacement.lower()} " or not original.lower().endswith("s"):
        return False
    noun = c.after(("@noun",), end)
    if noun is None:
        return False
    word = c.text[noun[0] : noun[1]].lower()
    return word in _NOUNS_A_LABEL_DESCRIBES


def unsure_here(replacement: str, c: Construction, start: int, end: int, original: str) -> bool:
    """Whether a safe rewrite should still wait for a person: the sentence takes the verb up again or said it just
    before, says the replaced word again, tells of a death after it or of its reason right after it, foretells the
    death, tells it of a body that is no person, or already holds the rewrite."""
    return (
        _verb_taken_up_later(c, end)
        or _label_said_again(replacement, c, start, end, original) == 1
        or death_unsure(replacement, c, start, end)
        or _rewrite_already_there(replacement, c, start, end)
        or _institution_as_subject(replacement, c, start)
        or _verb_said_before(c, start, original)
        or _list_after_a_verb(c, end, original)
        or _addict_with_no_substance(c, start, original)
        or _have_said_again(replacement, c, end)
        or _label_in_a_simile(replacement, c, start)
    )


def _label_in_a_simile(replacement: str, c: Construction, start: int) -> bool:
    """ "walking around like schizophrenics": a label in a simile is a figure of speech, which a person-first phrase
    keeps; whether to rewrite it or the whole comparison is a person's call."""
    if _first_word(replacement) not in PERSON_WORDS:
        return False
    before = c.words_before(start, 2, reach=20)
    return bool(before) and (before[-1] == "like" or before[-2:] in (["like", "a"], ["like", "an"]))


def _have_said_again(replacement: str, c: Construction, end: int) -> bool:
    """ "have" for "suffer from" with "have" again as the next verb: "people who suffer from mental illness have
    different moods" would read "people who have mental illness have different moods", which some editors let
    stand and some do not."""
    if _first_word(replacement) not in _HAVE_FORMS:
        return False
    after = c.words_after(end, 6)
    return any(word in _HAVE_FORMS and after[at - 1] not in ("and", "or") for at, word in enumerate(after[1:], 1))


# What makes "addict" a word for a person with an addiction rather than a fan: a substance, a habit or its
# treatment named in the sentence ("Or if you're an addict, go for the larger tub" is a fan of a supplement).
_ADDICT = re.compile(r"\b(?:addicts?|junkies?|junky)\b", re.IGNORECASE)
_SUBSTANCE = re.compile(
    r"\b(?:drugs?|heroin|alcohol\w*|opioids?|opiates?|cocaine|crack|meth\w*|fentanyl|substances?|narcotics?|"
    r"pills?|painkillers?|needles?|overdos\w*|rehab\w*|recover\w*|sober\w*|sobriety|relapse\w*|methadone|"
    r"addiction|addicted|drink\w*|drunk\w*|using|smack|dope|gambl\w*|nicotine|cigarettes?|smok\w*|treatment|"
    r"withdrawal|clean|AA|NA)\b",
    re.IGNORECASE,
)


def _addict_with_no_substance(c: Construction, start: int, original: str) -> bool:
    """ "If you're an addict" with no substance, habit or treatment in its sentence may be said to a fan of
    anything: a person must say whether the person-first phrase is meant."""
    if _ADDICT.search(original) is None:
        return False
    before = c.words_before(start, 3, reach=20)
    if before and before[-1] in ("a", "an"):
        before = before[:-1]
    if not (before[-1:] in (["you're"], ["you’re"]) or before[-2:] == ["you", "are"]):
        return False
    sentence = c.text[c.bounds[0] : c.bounds[1]]
    return _SUBSTANCE.search(_ADDICT.sub(" ", sentence)) is None


def _list_after_a_verb(c: Construction, end: int, original: str) -> bool:
    """A verb with a preposition replaced before a list that holds more than conditions: "may suffer from depression,
    isolation and other problems" would read "may have depression, isolation and ..."; every item must suit the new
    verb, which a person checks. (A list of conditions suits it: "has depression, anxiety and PTSD".)"""
    last = (words_of(original) or [""])[-1].lower()
    if last not in ("from", "with"):
        return False
    listed = _LIST_AFTER.match(c.text, end, c.bounds[1])
    if listed is None:
        return False
    items = _ITEM_BREAK.split(listed.group(1))
    return any(
        _CONDITION_WORDS.isdisjoint(word.lower() for word in words_of(item)[:4]) for item in items if item.strip()
    )


# A list after the verb, up to the end of its clause: "depression, isolation and other behavioral problems".
_ITEM = r"(?:[\w'’-]+\s+){0,3}[\w'’-]+"
_LIST_AFTER = re.compile(rf"\s+({_ITEM}(?:\s*,\s*{_ITEM})+,?\s+(?:and|or)\s+{_ITEM})")
_ITEM_BREAK = re.compile(r",\s*(?:and|or)?\s*|\s+(?:and|or)\s+")
# Words that name a condition (or its kind), which "have" or "live with" suits as well as "suffer from".
_CONDITION_WORDS = frozenset(
    ["depression", "anxiety", "ptsd", "ocd", "bipolar", "schizophrenia", "psychosis", "addiction", "addictions",
     "alcoholism", "anorexia", "bulimia", "insomnia", "adhd", "add", "autism", "dementia", "panic", "attacks",
     "disorder", "disorders", "illness", "illnesses", "disease", "diseases", "condition", "conditions", "syndrome",
     "paranoia", "phobia", "phobias", "mania", "delusions", "hallucinations", "trauma", "stress", "cancer", "diabetes",
     "asthma", "arthritis", "epilepsy", "migraine", "migraines", "pain", "fatigue", "dyslexia", "tinnitus", "lupus",
     "ms", "copd", "symptoms", "problems", "issues", "difficulties", "dysphoria", "dysthymia", "agoraphobia", "gad",
     "bpd", "did", "self-harm", "obesity", "allergies", "seizures", "tics", "tourette", "tourette's", "hypertension",
     "sclerosis"]
)


def _verb_said_before(c: Construction, start: int, original: str) -> bool:
    """The replaced verb already stands a few words before ("if a person commits crimes or commits suicide"): the
    two may be meant as a pair, which a rewrite of one of them splits."""
    verb = (words_of(original) or [""])[0].lower()
    if not verb.startswith("commit"):
        return False
    return verb in c.words_before(start, reach=40)


def _institution_as_subject(replacement: str, c: Construction, start: int) -> bool:
    """A death told of a body that is not a person: "The fourth estate has committed suicide" is a figure for
    self-destruction, where "died by suicide" reads as a literal death."""
    if not tells_a_death(replacement):
        return False
    before = c.words_before(start)
    while before and before[-1] in _AUXILIARIES_BEFORE_A_VERB:
        before.pop()
    return bool(before) and before[-1] in _INSTITUTIONS


_AUXILIARIES_BEFORE_A_VERB = frozenset(
    ["has", "have", "had", "is", "was", "are", "were", "just", "now", "already", "effectively", "essentially",
     "basically", "finally", "slowly", "collectively", "also", "will", "would", "could", "might", "may"]
)
_INSTITUTIONS = frozenset(
    ["estate", "party", "parties", "company", "companies", "industry", "newspaper", "newspapers", "paper", "press",
     "media", "brand", "band", "team", "league", "franchise", "government", "republic", "nation", "country", "movement",
     "church", "show", "series", "genre", "market", "economy", "network", "magazine", "empire", "civilization",
     "civilisation", "culture", "publication", "startup", "firm", "corporation", "organization", "organisation",
     "union", "campaign", "administration", "regime", "left", "right", "establishment", "profession", "studio"]
)


def _rewrite_already_there(replacement: str, c: Construction, start: int, end: int) -> bool:
    """The sentence already says the rewrite's words elsewhere: the writer may be setting the two against each other
    ("to say that someone died by suicide, tell it like it is: they committed suicide"), which the rewrite would
    turn into a contradiction. A person decides."""
    if len(words_of(replacement)) < 2:
        return False
    low, high = c.bounds
    wanted = replacement.lower()
    return wanted in c.text[low:start].lower() or wanted in c.text[end:high].lower()


def _short_word_after_more(replacement: str, c: Construction, start: int) -> bool:
    """A one-syllable describing word after "more" or "most", which it would compare wrongly: "more crazy
    activities" cannot read "more wild activities" (it is "wilder")."""
    if c.text_before(start).lower() not in ("more", "most"):
        return False
    return replacement.lower() in _ONE_SYLLABLE_DESCRIBING_WORDS


# Describing words of one syllable that the rewrites offer: compared with "-er" and "-est", never "more".
_ONE_SYLLABLE_DESCRIBING_WORDS = frozenset(
    ["wild", "odd", "weird", "bad", "rough", "wrong", "great", "fierce", "harsh", "bold", "rash", "tense",
     "fraught", "dumb", "grim", "bleak", "tough", "wrecked", "shaken", "stressed", "keen", "fun", "strange"]
)


def _clause_before_a_clause(replacement: str, c: Construction, end: int) -> bool:
    """A rewrite ending in a relative clause ("people who use heroin") before a second clause or a participle
    that described the noun: "heroin users who died" would read "people who use heroin who died", "a drug user armed
    with a hacksaw" "a person who uses drugs armed with a hacksaw"."""
    if not _holds_a_relative_clause(replacement):
        return False
    following = c.word_after(end)
    if following is None:
        return False
    word = c.text[following[0] : following[1]].lower()
    if word in _RELATIVE_OPENERS or word in _SUBJECT_PRONOUNS:
        # a second clause after "who use": "people who use heroin who died", "the people who use drugs that they
        # hated being", and one with no relative word, "the junkies you see on TV"
        return True
    if (word.endswith("ing") and len(word) > 4) or word == "high":
        return True  # a participle after "who use crack" would hang on the drug: "people who use crack living next door"
    return word.endswith("ed") and c.text_after(following[1]).lower() in _PARTICIPLE_PREPOSITIONS


_RELATIVE_OPENERS = frozenset(["who", "that", "which", "whose"])
# A pronoun right after the noun opens a relative clause of its own ("the addicts I knew").
_SUBJECT_PRONOUNS = frozenset(["i", "you", "we", "they", "he", "she"])


def _holds_a_relative_clause(replacement: str) -> bool:
    """Whether the rewrite ends in a relative clause ("people who use heroin"), which a following word may join; a
    rewrite that ends with the relative word itself opens the sentence's own clause ("people with mental illness
    who" for "the mentally ill that")."""
    words = [word.lower() for word in words_of(replacement)]
    return bool(words) and words[-1] not in _RELATIVE_OPENERS and not _RELATIVE_OPENERS.isdisjoint(words)


def _clause_before_a_coordinate(replacement: str, c: Construction, end: int) -> bool:
    """A rewrite ending in a relative clause before "and" or "or": the next noun would join the clause's object, "drug
    users and pushers" reading "people who use drugs and pushers", "the den of drug users and traffickers" "people
    who use drugs and traffickers"."""
    if not _holds_a_relative_clause(replacement):
        return False
    return _JOINER_AFTER.match(c.text, end) is not None


def _copula_taken_up_later(c: Construction, end: int, original: str) -> bool:
    """The replaced words hold the sentence's "was", and a later clause takes it up: "My mother was an alcoholic and
    so was my first husband" cannot read "had alcohol use disorder and so was my first husband"."""
    words = words_of(original)
    if not words or words[0].lower() not in _COPULAS:
        return False
    return _COPULA_ECHO.search(c.text, end, c.bounds[1]) is not None


_COPULAS = frozenset(["is", "was", "are", "were", "am", "be", "been"])
_COPULA_ECHO = re.compile(r"\b(?:so|nor|neither|as)\s+(?:is|was|are|were|am)\b|\b(?:is|was|are|were)\s+(?:too|also)\b", re.IGNORECASE)


def _degree_dropped(replacement: str, original: str) -> bool:
    """A word in the match that says how much ("suffering quite badly from her dementia") and that the rewrite would
    drop: "living with her dementia" loses how bad it has become."""
    kept = {word.lower() for word in words_of(replacement)}
    return any(word.lower() in _DEGREE_OF_HARM and word.lower() not in kept for word in words_of(original))


def _doubt_dropped(replacement: str, original: str) -> bool:
    """A word in the match that doubts what it reports ("the deceased committed the alleged suicide") and that the
    rewrite would drop: "died by suicide" would state as fact what the writer only reports."""
    kept = " ".join(words_of(replacement)).lower()
    return any(
        word.lower() in _DOUBT and not any(stem in kept for stem in _DOUBT[word.lower()]) for word in words_of(original)
    )


# Words of doubt, each with the stems a rewrite may keep it by ("alleged" by "allegedly").
_DOUBT = {
    "alleged": ("alleg",), "allegedly": ("alleg",), "apparent": ("apparent",), "apparently": ("apparent",),
    "suspected": ("suspect",), "reported": ("report",), "reportedly": ("report",), "supposed": ("suppos",),
    "supposedly": ("suppos",), "so-called": ("so-called",),
}


_DEGREE_OF_HARM = frozenset(
    ["badly", "terribly", "greatly", "horribly", "immensely", "dreadfully", "considerably", "tremendously"]
)


def _drops_a_name(replacement: str, original: str) -> bool:
    """A capitalised word inside a lower-case span is a name or a place ("a bipolar Vancouver man"); a rewrite without
    it ("a man with bipolar disorder") loses who or where. (In a title-case heading every word is capitalised, and
    the rewrite's own words take its case.)"""
    words = words_of(original)
    if not any(word.islower() and word.lower() not in SMALL_WORDS for word in words):
        return False  # a title-case heading ("Working with a Total Lunatic"): small words stay lower case there
    kept = {word.lower() for word in words_of(replacement)}
    return any(word[:1].isupper() and word[1:].islower() and word.lower() not in kept for word in words[1:])


def _word_twice_in_a_row(replacement: str) -> bool:
    """A filled rewrite that says a word twice running: "mentally ill homeless" with its describing word and its noun
    both "homeless" would read "homeless homeless with mental illness"."""
    words = [word.lower() for word in words_of(replacement)]
    return any(first == second for first, second in itertools.pairwise(words))


def _acronym_spelled_out_after(c: Construction, end: int, original: str) -> bool:
    """An acronym with its letters spelled out in brackets right after it: "I Have The OCD (Ordinary Concerns Of A
    Dog)", "some OCD (obsessive compulsive disorder) neighbors". The brackets gloss the acronym itself; a word in its
    place would leave them explaining nothing."""
    return original.isupper() and len(original) > 1 and _OPENING_BRACKET.match(c.text, end) is not None


_OPENING_BRACKET = re.compile(r"\s*\(")


# "and" or "or" then a noun phrase without its own article ("and pushers", "or their families"); after "or a" the
# second phrase stands apart ("either a person who uses heroin or a meth addict").
_JOINER_AFTER = re.compile(r"\s+(?:and|or|&|nor)\s+(?!(?:a|an)\s)", re.IGNORECASE)


def _kind_shared_before(replacement: str, c: Construction, start: int, original: str) -> bool:
    """ "heroin and other drug addicts": the first word of the label is a kind that an earlier word shares ("heroin
    [addicts] and other drug addicts"); a rewrite without it would read "heroin and other people with a substance use
    disorder"."""
    words = words_of(original)
    if len(words) < 2 or words[0].lower() in (word.lower() for word in words_of(replacement)):
        return False
    return _KIND_AND_OTHER.search(c.text, max(c.bounds[0], start - 40), start) is not None


_KIND_AND_OTHER = re.compile(r"[^\W\d_]+\s*,?\s+(?:and|or)\s+other\s+$", re.IGNORECASE)


_PARTICIPLE_PREPOSITIONS = frozenset(["with", "by", "in", "at", "from", "on", "for", "to"])


def _doubles_a_neighbour(replacement: str, c: Construction, start: int, end: int) -> bool:
    """The rewrite's last word already stands among the next three words, or its first among the three before:
    "traumatized and haunted us" would read "haunted and haunted us", "insanely fast and incredible" "incredibly
    fast and incredible". Function words are left to the seam rules."""
    words = [word.lower() for word in words_of(replacement)]
    if not words or all(len(own) <= 3 or own in _NEVER_DOUBLED for own in (words[0], words[-1])):
        return False
    kept = {word.lower() for word in words_of(c.text[start:end])}  # "a successful suicide" -> "a death by suicide"
    # three words either side fit in 80 characters; reading no further keeps this cheap in long sentences
    after = c.words_after(end, 3, reach=80)
    before = c.words_before(start, 3, reach=80)
    if len(before) >= 2 and before[-1] in ("or", "and") and _same_word(words[0], before[-2]):
        return True  # the same word either side of "or": "thoughts of suicide or committing suicide"
    checks = ((words[-1], after), (words[0], before))
    return any(
        len(own) > 3
        and own not in kept
        and own not in _NEVER_DOUBLED
        and any(_same_word(own, other) for other in others)
        for own, others in checks
    )


# Words a rewrite may share with its neighbours: function words (left to the seam rules) and the person words of
# person-first phrases ("people with addiction and other people").
_NEVER_DOUBLED = FOLLOW_A_NOUN | PERSON_WORDS


def _same_word(one: str, other: str) -> bool:
    """The same word or two forms of it ("incredibly fast and incredible"): equal, or sharing a long stem."""
    return one == other or (min(len(one), len(other)) >= 7 and one[:7] == other[:7])


def _clinically_before(c: Construction, start: int) -> bool:
    """ "Clinically bipolar", "medically psychotic": the word is meant as a diagnosis, which an everyday word in its
    place would turn into nonsense ("clinically changeable"); only a person can say what is meant."""
    return c.text_before(start).lower() in ("clinically", "medically", "diagnosably")


def _verb_after_having(replacement: str, c: Construction, start: int) -> bool:
    """A verb after "having" and its object: "having a close relative suffer from this illness" would read "having
    a close relative have this illness" or "... live with this illness" (moving in); only a person can rework it."""
    if (words_of(c.text[start : start + 20]) or [""])[0].lower() not in _BARE_VERBS:
        return False
    before = c.words_before(start, 4)
    # "having" with its object between; a "have" right before is the perfect tense ("have all suffered from")
    return "having" in before[:-1]


_BARE_VERBS = frozenset(["suffer", "battle", "fight", "struggle"])


def _part_of_a_coined_name(c: Construction, start: int, end: int) -> bool:
    """Capitals in the middle of a sentence that is no headline mark a name the writer coined ("explain the
    Bipolar Vortex"): a rewrite would spoil the name, or the pun on one ("Polar Vortex")."""
    article = _LEADING_ARTICLE.match(c.text, start, end)  # "a Bipolar Vortex" once the article agrees
    if article:
        start = article.end()
    if not c.text[start : start + 1].isupper() or start <= c.opening or c.title_case or c.shouting:
        return False
    if any(word.islower() for word in words_of(c.text[start:end])[1:]):
        return False  # a name has no small word inside it: "PTSD flashbacks to Catholic school" holds none
    name = c.text_after(end)
    return name[:1].isupper() and name != "I"


def _phrase_in_a_compound(replacement: str, c: Construction, start: int, end: int) -> bool:
    """A phrase cannot stand in a hyphenated compound, first or last: "ex-junkies" would read "ex-people who use
    drugs", "a schizophrenic-wannabe" "a person with schizophrenia-wannabe"."""
    if " " not in replacement.strip():
        return False
    return (start > 0 and c.text[start - 1] == "-") or (c.text[end : end + 1] == "-" and c.text[end + 1 : end + 2].isalpha())


# "the OCD's of this world": a plural written with an apostrophe, which a rewrite would turn into a possessive
_APOSTROPHE_PLURAL = re.compile(r"['’]s\s+of\s+(?:this|the)\s+world\b", re.IGNORECASE)
# "Paranoid with a capital P" plays on the word's own first letter, which another word does not have.
_CAPITAL_LETTER_AFTER = re.compile(r"\s+with\s+a\s+(?:capital|big)\s+[\"“'‘]?[A-Za-z]\b", re.IGNORECASE)


_LEADING_ARTICLE = re.compile(r"(?:a|an|the)\s+", re.IGNORECASE)


def _verb_taken_up_later(c: Construction, end: int) -> bool:
    """The sentence goes on to take the replaced verb up again ("everyone who suffers from it does so differently").

    "does so" stands for the verb it follows; "has" cannot be done, so a
    rewrite of the verb needs a person to read the rest of the sentence.
    """
    return _PRO_VERB.search(c.text, end, c.bounds[1]) is not None


def _progressive_made_a_noun(replacement: str, c: Construction, start: int, original: str) -> bool:
    """A verb in "-ing" after a form of "be", replaced by words that are no such verb: "livestock weren't committing
    suicide" would read "weren't suicide"."""
    first = (words_of(original) or [""])[0].lower()
    new_first = _first_word(replacement)
    if not first.endswith("ing") or new_first.endswith("ing") or new_first in _AFTER_BE:
        return False
    return _BE_BEFORE.search(c.text, max(c.bounds[0], start - 30), start) is not None


def _bare_person_after_a_linking_verb(replacement: str, c: Construction, start: int) -> bool:
    """A describing word after "is", "I'm" or "seems" replaced by a person with no article: "he'll think I'm loony"
    would read "I'm person with a mental illness"."""
    return (
        replacement[:7].lower() == "person "
        and _LINKING_BEFORE.search(c.text, max(c.bounds[0], start - 30), start) is not None
    )


def _coined_name_after_a_role(replacement: str, c: Construction, start: int) -> bool:
    """A diagnosis made a coined name by a role or a pastime before it: "Mommy ADD", "fitness ADD" are names for a
    state the writer jokes about; one describing word in its place ("Mommy Distracted") names nothing."""
    return len(words_of(replacement)) == 1 and c.text_before(start).lower() in _COINING_ROLES


_COINING_ROLES = frozenset(
    ["mom", "mommy", "mum", "mummy", "mama", "momma", "motherhood", "parenting", "fitness", "dad", "daddy"]
)


def _very_before_an_extreme(replacement: str, c: Construction, end: int) -> bool:
    """ "Very" before a word that is already at the top of its scale: "crazy amazing" would read "very amazing"."""
    return replacement.lower() == "very" and c.text_after(end).lower() in _EXTREMES


_EXTREMES = frozenset(
    ["amazing", "awesome", "incredible", "fantastic", "perfect", "unique", "huge", "enormous", "gorgeous", "brilliant",
     "excellent", "superb", "stunning", "epic", "insane", "massive", "outstanding", "spectacular", "terrifying"]
)


def _becoming_a_trait(replacement: str, c: Construction, start: int) -> bool:
    """A lasting trait after "go": "makes me go a bit cuckoo" would read "go a bit eccentric" (one goes wild, not
    eccentric)."""
    if _first_word(replacement) not in ("eccentric", "odd", "strange", "irrational"):
        return False
    return _GO_BEFORE.search(c.text, max(c.bounds[0], start - 25), start) is not None


_GO_BEFORE = re.compile(
    r"\b(?:go|goes|going|gone|went)\s+(?:(?:a\s+)?(?:bit|little|tad|slightly|totally|completely)\s+)?\Z", re.IGNORECASE
)


def _experience_not_someones(replacement: str, c: Construction, start: int) -> bool:
    """ "Experience of" for a battle reads right as someone's ("his experience of depression"), not after a word of
    length or hardship ("a long experience of major depression", "a wretched experience of bipolar") or as "an
    experience of", which makes a lasting illness one event."""
    words = [word.lower() for word in words_of(replacement)[:3]]
    if words == ["an", "experience", "of"]:
        return True
    if words[:2] not in (["experience", "of"], ["experiences", "of"]):
        return False
    previous = c.word_before(start)
    if previous is None:
        return False
    word = c.text[previous[0] : previous[1]].lower()
    return word not in _SOMEONES and not word.endswith(("'s", "’s", "s'", "s’"))


# Words after which "experience of" is someone's, or joined to another noun: "her own", "his personal", "and".
_SOMEONES = frozenset(
    ["his", "her", "their", "my", "our", "your", "its", "whose", "own", "personal", "and", "or", "of", "about",
     "more", "the"]
)


def _degree_before_a_degree(replacement: str, c: Construction, start: int) -> bool:
    """A word of size before a rewrite that brings its own: "a huge drunk" would read "a huge heavy drinker"."""
    return _first_word(replacement) in ("heavy", "severe", "extreme") and c.text_before(start).lower() in _SIZE_WORDS


_SIZE_WORDS = frozenset(
    ["huge", "big", "massive", "total", "complete", "real", "serious", "major", "hopeless", "terrible", "raging",
     "giant", "enormous", "utter", "absolute"]
)


def _use_called_an_illness(replacement: str, c: Construction, end: int) -> bool:
    """Use put where the sentence calls the thing an illness: "drug abuse is an illness" would read "drug use is an
    illness", which says something else; the disorder is what is meant."""
    if not replacement.lower().endswith(" use"):
        return False
    return _CALLED_AN_ILLNESS.match(c.text, end, c.bounds[1]) is not None


_CALLED_AN_ILLNESS = re.compile(
    r"(?!\s+disorder)(?:\s+\w+){0,3}?\s+(?:is|was|as)\s+(?:an?\s+|both\s+an?\s+)?(?:\w+\s+){0,2}?"
    r"(?:illness|disease|disorder|condition|affliction)\b",
    re.IGNORECASE,
)


def _reflexive_object_after(c: Construction, end: int) -> bool:
    """The replaced verb took the doer again as its object: "had committed suicide on themselves" cannot keep "on
    themselves" after "died by suicide"."""
    return _REFLEXIVE_AFTER.match(c.text, end, c.bounds[1]) is not None


# A form of "be": a word of its own, or a clitic on the word before ("I'm", "they're").
_BE_FORMS = (
    r"(?:\b(?:am|is|are|was|were|be|been|being|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)"
    r"|(?<=\w)[’'](?:s|re|m))"
)
_BE_BEFORE = re.compile(rf"{_BE_FORMS}(?:\s+(?:not|never))?\s+\Z", re.IGNORECASE)
_LINKING_BEFORE = re.compile(
    rf"(?:{_BE_FORMS}|\b(?:seems?|seemed|looks?|looked|sounds?|sounded|feels?|felt))\s+\Z", re.IGNORECASE
)
# Words a rewrite of "going crazy" may open with that still follow "be": "I'm at my wits' end", "was out of it".
_AFTER_BE = frozenset(
    ["at", "in", "on", "out", "up", "off", "over", "under", "to", "by", "with", "beside", "behind", "past", "so",
     "very", "really", "quite", "completely", "totally", "not", "no", "a", "an", "the", "more", "less", "too"]
)
_REFLEXIVE_AFTER = re.compile(
    r"\s+(?:on|upon)\s+(?:themselves|themself|himself|herself|myself|yourself|yourselves|ourselves)\b", re.IGNORECASE
)


def _strands_a_describing_word(replacement: str, c: Construction, start: int, original: str) -> bool:
    """A rewrite that puts a noun first, after a describing word and a comma that share it: "a brilliant,
    schizophrenic musician" would read "a brilliant, musician with schizophrenia"; or a person-first phrase after a
    word that describes the condition: "chronic schizophrenics" would read "chronic people with schizophrenia"."""
    if c.text_before(start).lower() in _CONDITION_DESCRIBERS and _first_word(replacement) in PERSON_WORDS:
        return True
    if _first_word(replacement) == _first_word(original):
        return False
    noun_first = _puts_the_noun_first(replacement, original)
    if noun_first:
        before = words_of(c.text[max(c.bounds[0], start - 20) : start])
        if before and (before[-1].lower() in _DEGREE_ADVERBS or _adverb_right_before(c, start)):
            return True  # "let really mentally ill people out" would read "let really people with mental illness out"
        if _COMPARED.search(c.text, max(c.bounds[0], start - 30), start):
            return True
        joined = _JOINED_DESCRIBING_WORD.search(c.text, max(c.bounds[0], start - 40), start)
        if joined is not None and (looks_like_an_adjective(joined.group(2)) or joined.group(2).lower().endswith("ly")):
            # "keep crazy and mentally ill people" would read "keep crazy and people with mental illness"; after
            # "the" the describing word is a group of its own ("the homeless and mentally ill people")
            return joined.group(1) is None
    found = _SHARED_DESCRIBING_WORD.search(c.text, max(c.bounds[0], start - 40), start)
    if found is None:
        return False
    # after "a", one word and a comma describe what follows ("a moody, manic-depressive teenager"); after "the" the
    # word may be a noun ending a phrase ("near the station, schizophrenic men")
    return (noun_first and found.group(1).lower() in ("a", "an")) or looks_like_an_adjective(found.group(2))


def _puts_the_noun_first(replacement: str, original: str) -> bool:
    """Whether the rewrite starts with the noun the match ended with ("schizophrenic man" -> "man with ...")."""
    own, new = words_of(original), words_of(replacement)
    return len(own) > 1 and bool(new) and new[0].lower() in (own[-1].lower(), "people", "person")


def _adverb_right_before(c: Construction, start: int) -> bool:
    """A word in "-ly" right before the match that grades or hedges its describing word ("a supposedly mentally ill
    woman"), not one of the describing words in "-ly" ("an elderly mentally ill man") nor a sentence adverb set off
    by a comma ("Historically, ED victims ...")."""
    found = _WORD_RIGHT_BEFORE.search(c.text, max(c.bounds[0], start - 30), start)
    if found is None:
        return False
    lowered = found.group(1).lower()
    return len(lowered) > 4 and lowered.endswith("ly") and lowered not in _ADJECTIVES_IN_LY


_WORD_RIGHT_BEFORE = re.compile(r"([^\W\d_]+)\s+\Z")


_ADJECTIVES_IN_LY = frozenset(
    ["elderly", "lonely", "early", "only", "family", "holy", "friendly", "ugly", "silly", "lovely", "costly", "deadly",
     "likely", "daily", "weekly", "monthly", "yearly", "curly", "jolly", "lively", "orderly", "unruly", "surly",
     "burly", "sickly", "homely", "unlikely", "kindly", "manly", "womanly", "worldly", "bubbly", "wily",
     "hilly", "smelly", "gnarly", "chilly", "lowly", "stately", "scholarly", "motherly", "fatherly", "brotherly",
     "sisterly", "neighbourly", "neighborly", "cowardly", "ghastly", "measly", "portly", "saintly", "shapely"]
)


# Adverbs of degree that grade the describing word of the match, and would be left grading the noun.
_DEGREE_ADVERBS = frozenset(
    ["really", "very", "truly", "extremely", "severely", "seriously", "deeply", "profoundly", "so", "too", "quite",
     "pretty", "incredibly", "totally", "completely", "genuinely", "mildly", "slightly", "somewhat"]
)


# Words that describe a condition rather than a person: before a label they belong inside the rewrite ("people with
# chronic schizophrenia"), which a fixed phrase cannot do.
# Nouns a plural label stands before when its possessive apostrophe is left out ("the addicts plea", "alcoholics
# families"): a closed list, since a verb after a plural subject ("alcoholics drink") looks the same.
_NOUNS_A_LABEL_DESCRIBES = frozenset(
    ["plea", "pleas", "family", "families", "parents", "children", "kids", "lives", "life", "story", "stories",
     "brain", "brains", "mind", "minds", "behaviour", "behavior", "mindset", "logic", "excuse", "excuses", "wives",
     "husbands", "homes", "home", "recovery", "rights", "needs", "health", "deaths", "death", "relatives",
     "friends", "partners", "spouses", "voices", "prayer", "denial"]
)

_CONDITION_DESCRIBERS = frozenset(
    ["chronic", "acute", "severe", "mild", "undiagnosed", "treatment-resistant", "catatonic", "manic",
     "hebephrenic", "residual", "refractory", "mildly", "clinically", "diagnosed",
     # how open or how heavy a habit is: "its numerous overt addicts" is not "overt people with addiction"
     "overt", "covert", "hardcore", "hard-core", "heavy", "functioning", "high-functioning", "full-blown",
     # a habit's size or fame: "an epic drug addict" is not "an epic person with a substance use disorder"
     "epic", "legendary", "raging", "hopeless", "habitual", "confirmed", "inveterate", "compulsive",
     "serious", "massive", "total", "complete", "utter", "huge", "major",
     # "the common alcoholics" is not "the common people with alcohol use disorder"
     "common",
     # a habit kept hidden or still to come: "secret alcoholics", "hard core addicts", "these future addicts"
     "secret", "closet", "core", "future",
     # how long or how young: "long time heroin users", "small time addicts", "teen heroin addicts", "end stage"
     "time", "longtime", "long-time", "teen", "teenage", "stage", "iv",
     # how the person is known: "a well known drug addict", "the shelter's premier heroin addict"
     "well", "premier",
     # a describing word that needs the label as its noun: "many recovering anorexics" is not "many recovering
     # people with anorexia"
     "recovering", "former", "struggling", "practicing", "practising", "active", "so-called", "would-be",
     "self-confessed", "self-described", "lifelong"]
)


# Comparison after a determiner: "our most mentally ill citizens" would read "our most citizens with mental illness"
# (without one, "most" counts the people: "most mentally ill people" reads "most people with mental illness").
_COMPARED = re.compile(r"\b(?:the|our|their|his|her|my|your|its|this|these|those)\s+(?:most|more|less|least)\s+\Z", re.IGNORECASE)


# An article, one describing word and a comma just before the rewrite: "a brilliant, [schizophrenic musician]".
# A describing word and "and"/"or" just before the rewrite, sharing its noun: "crazy and [mentally ill people]".
_JOINED_DESCRIBING_WORD = re.compile(r"(?:\b(the)\s+)?\b([a-z]+)\s+(?:and|or)\s+\Z", re.IGNORECASE)


_SHARED_DESCRIBING_WORD = re.compile(r"\b(a|an|the|my|his|her|their|our|your|this|that)\s+([a-z]+),\s+\Z", re.IGNORECASE)


def _with_phrase_before_a_name(replacement: str, c: Construction, end: int) -> bool:
    """A noun with a "with" phrase where the label stood as a title before a name: "bipolar patient Sybil Foster"
    would read "patient with bipolar disorder Sybil Foster" (only a comma or a rewording brings the name back)."""
    inner = [word.lower() for word in words_of(replacement)[1:-1]]  # a whole phrase: not "living with" + its object
    # a relative clause as well: "their alcoholic father Adam" would read "their father who drinks heavily Adam"
    phrase = "with" in inner or _holds_a_relative_clause(replacement)
    return phrase and not c.shouting and c.name_after(end)


_PRO_VERB = re.compile(r"\b(?:do|does|did|doing|done)\s+so\b", re.IGNORECASE)


def _preposition_shared(c: Construction, original: str, end: int) -> bool:
    """The replaced words end in a preposition that a later conjunct leans on ("suffered from X, and from Y").

    Rewriting "suffered from" to "had" would leave the second "from" with no verb ("had X, and from Y"): only a
    person reworking the sentence can fix it, so no rewrite is offered.
    """
    last = (words_of(original) or [""])[-1].lower()
    if last not in SEAM_WORDS:
        return False
    rest = c.text[end : c.bounds[1]]
    return re.search(rf"(?:\b(?:and|or|but|nor)|,)\s+{re.escape(last)}\b", rest, re.IGNORECASE) is not None
