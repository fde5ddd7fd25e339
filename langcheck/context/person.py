"""First-person self-description: "I'm bipolar", "as an addict in recovery, I ...".

Guides ask writers to respect the words people choose for themselves, so
labels a writer applies to themselves are left alone by rules that opt in.
That covers the writer as subject in any tense and aspect ("I am", "we're
all", "I was an alcoholic for ten years", "I used to be an addict"), as
object ("it makes me an alcoholic"), in a clause about the writer ("having
been an addict, I ..."), the writer's own condition ("my delusions", "my
insanity", but not "my addict brother", which labels someone else), and the
writer's own group ("my fellow addicts", "I carry the message to other
alcoholics").
"""

from __future__ import annotations

from spacy.tokens import Doc

from langcheck.context.annotations import lower_words, sentence_bounds

_SELF = frozenset({"i", "we", "myself", "ourselves", "me", "us"})
# A label a person gives themselves: "consider yourself to be an addict", "he calls himself an alcoholic".
_REFLEXIVE = frozenset({"yourself", "yourselves", "himself", "herself", "themselves", "themself", "oneself"})
_IN_GROUP = frozenset({"fellow", "other"})
_COORDINATORS = frozenset({"and", "or", ","})
_BRIDGE = frozenset(
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
_CLAUSE_OPENERS = frozenset(["despite", "after", "since", "before", "while", "though", "although", "as", "when", "having", "being", "once"])
_POSSESSIVE = frozenset({"my", "our"})
# Between "my" and the match: "my own delusions", "my early psychosis".
# (and the self of recovery talk: "my inner addict", "my internal alcoholic")
_OWN = frozenset({"own", "early", "earlier", "first", "worst", "latest", "last", "recent", "past", "brief", "long", "ongoing",
                  "inner", "internal"})
_ARTICLES = frozenset({"a", "an", "the"})
# How people in recovery describe the label they chose: "as a recovering alcoholic, I ...".
_RECOVERY_WORDS = frozenset(
    {"recovering", "recovered", "former", "grateful", "thankful", "sober", "active", "practicing", "practising", "proud"}
)


def is_self_description(doc: Doc, start: int, end: int) -> bool:
    """The writer describes themselves: "I am an addict", "we're all alcoholics here", "as an addict, I"."""
    floor, ceiling = sentence_bounds(doc, start)
    words = lower_words(doc)
    if _self_described(words, start, floor):
        return True
    if _hedged(words, start, end, floor):
        return False  # "it makes us a little bit bipolar", "I'm kinda bipolar": a passing mood, not a diagnosis worn
    if start - 2 >= floor and words[start - 1] == "/" and words[start - 2].isalpha():
        return is_self_description(doc, start - 2, start - 1)  # "an alcoholic/addict": one label in two words
    first = _first_of_two_labels(words, start, end, floor)
    if first is not None:
        # "I am a recovering alcoholic and addict": the second of two labels for one person
        return is_self_description(doc, first, first + 1 + (words[first] in ("a", "an")))
    if _self_chosen(words, start, floor):
        return True
    i = _before_modifiers(words, start, floor) - 1
    verb = i - 1 if i >= floor and words[i] in _ARTICLES else i
    to_be = verb - 1 > floor and words[verb] in ("be", "become") and words[verb - 1] == "to"
    if to_be and _writer_wants_or_feels(words, verb - 1, floor):
        return True  # "I used to be embarrassed to be an alcoholic", "grateful over the years to be an alcoholic"
    while i >= floor and words[i] not in _SELF and not _preposition_to(words, i) and (
        _plain(words[i]) in _BRIDGE
        or _is_adverb(words[i])  # "I'm slowly becoming an alcoholic"
        or (words[i] == "and" and words[i + 1] in _BRIDGE and words[i + 1] not in _ARTICLES)
        or _being_after_a_state(words, i, floor)
        # the one label the writer wears in a place or a story: "I'm the manic addict on the men's unit"
        or (words[i] == "the" and i > floor and _plain(words[i - 1]) in _COPULA_FORMS)
        # "I still didn't feel like an alcoholic": how the writer felt
        or (words[i] == "like" and i > floor and words[i - 1] in _FEELING_VERBS)
        or (words[i] in _FEELING_VERBS and i + 1 < len(words) and words[i + 1] == "like")
        # a label the writer feared or never expected to wear: "I never thought I could become an addict"
        or (words[i] in ("could", "might") and words[i + 1] in ("become", "becoming"))
        # what the writer talks or writes about being: "I talk openly about being an alcoholic"
        or (words[i] in ("about", "of") and words[i + 1] == "being")
        or (words[i] in _TALKING and "about" in words[i + 1 : i + 3])
        or _time_spent(words, i, floor, start)
        or _in_what_you_call(words, i, floor)
    ):
        i -= 1  # "I am and will always be an alcoholic": a second verb for the same subject
    if i >= floor and (words[i] in _SELF or words[i] in _REFLEXIVE):
        return not _people_the_writer_has(words, i, start, end)
    if i > floor and words[i] == "," and _writer_before_an_aside(words, i, floor):
        return True  # "I, like so many veterans, suffer from PTSD"
    if i > floor and words[i] == "and" and _second_complement_of_the_writer(words, i, floor):
        return True  # "I'm 15, and an anorexic in recovery"
    if i - 1 >= floor and words[i] == "who" and _worn_by_the_writer(words, i - 1, floor):
        return True  # "I am a former heroin user who has been clean for years": the clause is about the writer
    if i - 2 >= floor and words[i] == "," and words[i - 1] == "me" and words[i - 2] in ("for", "to"):
        return True  # "For me, being a thankful addict is ..."
    if (i < floor or words[i] in _CLAUSE_OPENERS) and _writer_follows(words, end, ceiling):
        return True
    if i > floor and words[i] in _CLAUSE_OPENERS and words[floor] in _SELF and _worn_in_the_clause(words, i, start):
        return True  # the writer opened the sentence: "I'm becoming an alcoholic after having been a stoner"
    return (
        _as_clause(doc, start, end, floor)
        or _as_someone(words, start, end, floor, ceiling)
        or _like_the_writer(words, end)
        or _like_many(words, start, end, floor, ceiling)
        or _some_of_us(words, start, floor)
        or _one_of_them(words, start, floor)
        or _member_of_them(words, start, floor)
        or _own_group(doc, start, floor)
        or _own_condition(words, start, end, floor)
        or _part_of_the_writer(words, end)
        or _emphatic_self_after(words, end)
        or _writer_in_brackets(words, end)
        or _writers_own_abstinence(words, start, end, floor, ceiling)
        or _reported_self_description(words, start, floor)
    )


def _reported_self_description(words: list[str], start: int, floor: int) -> bool:
    """Someone's own words about themselves, reported: "She told me that she was bi-polar and wanted to make sure I
    was okay with this", "he admitted he was an addict". The word is theirs, as the writer's own would be."""
    if words[start].endswith("ing"):
        return False  # a state told by someone else ("said he was suffering from schizophrenia"), not a word worn
    i = start if _plain(words[start]) in _REPORTED_COPULAS else start - 1  # the match may hold its verb: "was bipolar"
    if i >= floor and words[i] in _ARTICLES:
        i -= 1
    if i < floor or _plain(words[i]) not in _REPORTED_COPULAS:
        return False
    i -= 1
    if i < floor or words[i] not in ("he", "she", "they"):
        return False
    person = words[i]
    i -= 1
    if i >= floor and words[i] == "that":
        i -= 1
    if i >= floor and words[i] in ("me", "us", "him", "her", "them"):
        i -= 1
    # the one who says it is the one it is said of ("Everyone at the office says she's bipolar" is not)
    return i > floor and words[i] in _SAYING_ABOUT_ONESELF and words[i - 1] == person


_TALKING = frozenset(
    ["talk", "talks", "talked", "speak", "speaks", "spoke", "write", "writes", "wrote", "blog", "blogs"]
)
_REPORTED_COPULAS = frozenset(["is", "was", "are", "were", "'s"])
_SAYING_ABOUT_ONESELF = frozenset(
    ["told", "tells", "said", "says", "admitted", "admits", "explained", "explains", "confided", "confides", "revealed",
     "reveals", "disclosed", "discloses", "announced", "announces", "shared", "shares", "confessed", "confesses"]
)


# How many words the first complement of "I'm ..., and a <label>" may hold ("15", "a mother of two").
_FIRST_COMPLEMENT_WORDS = 4


def _second_complement_of_the_writer(words: list[str], conjunction: int, floor: int) -> bool:
    """ "I'm 15, and an anorexic in recovery", "I am a mother of two and an alcoholic": a label joined to a short
    first complement of the writer's own "I am"."""
    i = conjunction - 1
    if i >= floor and words[i] == ",":
        i -= 1
    lowest = max(floor, i - _FIRST_COMPLEMENT_WORDS)
    while i >= lowest and _plain(words[i]) not in _COPULA_FORMS:
        if not (words[i].isalnum() or words[i] in ("-", "'s")):
            return False
        i -= 1
    return i > floor and _plain(words[i]) in ("am", "'m", "m") and words[i - 1] == "i"


# How far back from "to be <label>" the writer may stand as the subject ("I've become grateful over the years to be").
_TO_BE_REACH = 8
# Who else the infinitive may be about: "I want you to be", "I told him to be".
_OTHER_PEOPLE = frozenset(
    ["you", "him", "her", "them", "someone", "somebody", "people", "everyone", "anyone", "he", "she", "they", "it",
     "my", "our", "your", "his", "their",  # "I never wanted my son to be an addict"
     "what", "who", "which", "that", "this", "these", "those", "there"]  # "I see what appears to be crackheads"
)


def _writer_wants_or_feels(words: list[str], to: int, floor: int) -> bool:
    """ "I used to be embarrassed to be an alcoholic": the writer, the subject of the clause, is the one "to be" it."""
    for i in range(to - 1, max(floor, to - _TO_BE_REACH) - 1, -1):
        word = words[i]
        if word in _SELF:
            return word in ("i", "we")
        if word in _OTHER_PEOPLE or not (word.isalpha() or word in ("'ve", "’ve", "'m", "’m", "'d", "’d")):
            return False
    return False


def _worn_in_the_clause(words: list[str], opener: int, start: int) -> bool:
    """A verb of being between the clause's opener and the label: "after having been a stoner" is the writer's past;
    "when addicts tried to enter my home" opens a clause about other people."""
    return any(_plain(word) in _COPULA_FORMS or word in ("having", "being") for word in words[opener + 1 : start])


# How the writer felt or thinks ("I didn't feel like an alcoholic", "because I think like an alcoholic"); not how
# they looked, a comparison ("I look like a junkie").
_FEELING_VERBS = frozenset(["feel", "feels", "felt", "feeling", "think", "thinks", "thought", "thinking"])


def _in_what_you_call(words: list[str], i: int, floor: int) -> bool:
    """Whether word ``i`` is inside "what you (might) call" before a label: "I was what you might call a boring
    alcoholic" is still the writer."""
    for j in range(max(floor, i - 3), i + 1):
        if words[j : j + 2] != ["what", "you"]:
            continue
        k = j + 2
        while k < len(words) and words[k] in _MODALS_BEFORE_CALL:
            k += 1
        return k < len(words) and words[k] == "call" and i <= k
    return False


_MODALS_BEFORE_CALL = frozenset(["might", "would", "could", "may", "'d", "’d"])
_TIME_UNITS = frozenset(["years", "year", "decades", "decade", "months", "month", "weeks", "days"])
_TIME_SPENDING = frozenset(["spent", "spend", "spends", "spending", "lived", "wasted"])
_AMOUNT_WORDS = frozenset(
    ["over", "about", "nearly", "almost", "more", "than", "many", "several", "a", "few", "long", "the", "last",
     "first", "best", "part", "of", "my", "our", "ten", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "dozen", "couple", "whole",
     "rest"]
)


def _time_spent(words: list[str], i: int, floor: int, label: int) -> bool:
    """Whether word ``i`` is inside "spent over thirty years" right before the label at ``label``: "I spent over
    thirty years an addict"."""
    j = i
    while j >= floor and label - j < 8 and (words[j] in _TIME_UNITS or words[j] in _AMOUNT_WORDS or words[j].isdigit() or "-" in words[j]):
        j -= 1
    return j >= floor and words[j] in _TIME_SPENDING and not _TIME_UNITS.isdisjoint(words[j + 1 : label])


_COPULA_FORMS = frozenset(["am", "'m", "m", "was", "were", "are", "'re", "be", "been", "being", "become", "became"])


def _worn_by_the_writer(words: list[str], noun: int, floor: int) -> bool:
    """Whether the noun at ``noun`` is what the writer says they are: "I am an ex-heroin user", "we were the
    drinkers" (a copula between; "I have a niece" is someone else)."""
    i = noun - 1
    while i >= floor and noun - i <= 4 and words[i] not in _ARTICLES:
        if not (words[i].isalpha() or words[i] == "-") or words[i] in ("who", "that", "which"):
            return False  # a clause between: "I'm a viewer who loves someone who is an addict" is about someone else
        i -= 1
    i -= 1
    while i >= floor and (words[i] in ("still", "now", "also", "once", "just", "really") or _is_adverb(words[i])):
        i -= 1
    return i - 1 >= floor and _plain(words[i]) in _COPULA_FORMS and words[i - 1] in _SELF


def _being_after_a_state(words: list[str], i: int, floor: int) -> bool:
    """ "good at", "tired of" before "being"/"becoming" a label: "I am good at being a drunk", "I'm tired of being
    an addict". Only before those two verbs: "I'm tired of the addicts" speaks of others."""
    if words[i] in ("at", "of", "about") and i + 1 < len(words) and words[i + 1] in ("being", "becoming"):
        return True
    return i + 2 < len(words) and i > floor and words[i + 1] in ("at", "of", "about") and words[i + 2] in ("being", "becoming") and words[i].isalpha()


def _preposition_to(words: list[str], i: int) -> bool:
    """ "to" right before an article is a preposition, not the "to" of "used to be": "introduced me to a local
    drunk" speaks of someone else."""
    return words[i] == "to" and i + 1 < len(words) and words[i + 1] in _ARTICLES


# Words for not using that describe a state, not a person: "my first day of being clean", "a clean and sober life".
_ABSTINENCE = frozenset(["clean", "sober"])


# Words that make a label the person's own choice: "seven self-confessed alcoholics", "hesitate to identify as an
# alcoholic", "a self-described addict".
_SELF_CHOSEN = frozenset(["confessed", "described", "proclaimed", "identified", "professed", "avowed"])
_IDENTIFYING = frozenset(["identify", "identifies", "identified", "identifying"])
_NAMING_ONESELF = _IDENTIFYING | frozenset(["introduce", "introduces", "introduced", "introducing"])


def _self_chosen(words: list[str], start: int, floor: int) -> bool:
    """Whether the label is one its bearer chose: after "self-confessed" and the like, or after "identify as"."""
    i = start - 1
    while i >= floor and words[i] in _ARTICLES:
        i -= 1
    if i < floor:
        return False
    if words[i] == "avowed" or (words[i].startswith("self-") and words[i][5:] in _SELF_CHOSEN):
        return True
    if i - 2 >= floor and words[i - 2] == "self" and words[i - 1] == "-" and words[i] in _SELF_CHOSEN:
        return True  # split by the tokenizer: "self", "-", "confessed"
    if i - 1 >= floor and words[i] == "as" and words[i - 1] in _IDENTIFYING:
        return True
    if i - 2 >= floor and words[i] == "as" and words[i - 1] in _REFLEXIVE | _SELF and words[i - 2] in _NAMING_ONESELF:
        return True  # "he never identifies himself as an alcoholic", "she introduced herself as an addict"
    # the writer's own preference among words for themselves: "I prefer addict or drunk"
    return i - 1 >= floor and words[i] in ("prefer", "prefers") and words[i - 1] in _SELF


# Degree words that make a diagnosis a passing mood: "a little bit bipolar", "kinda autistic", "so delusional".
_HEDGES = frozenset(["so", "soo", "sooo", "kinda", "sorta", "slightly", "somewhat", "mildly", "totally", "super"])
_SMALL_AMOUNTS = frozenset(["little", "bit", "tad", "touch", "wee"])


def _hedged(words: list[str], start: int, end: int, floor: int) -> bool:
    """Whether a degree word stands right before the label or opens the match: "so bipolar", "a little bit
    bipolar", "a tad autistic"."""
    if end - start > 1 and (words[start] in _HEDGES or words[start] in _SMALL_AMOUNTS):
        return True
    i = start - 1
    if i >= floor and words[i] in _HEDGES:
        return True
    while i >= floor and words[i] in _SMALL_AMOUNTS:
        i -= 1
    return i < start - 1 and i >= floor and words[i] == "a"


_HAVING = frozenset(["have", "'ve", "has", "had", "having"])
# The endings of plural person labels: "alcoholics", "addicts", "drunks", "crackheads", "users", "maniacs", "psychos".
_PERSON_PLURAL_ENDINGS = ("ics", "cts", "nks", "heads", "ers", "acs", "os", "men", "ies")


def _people_the_writer_has(words: list[str], subject: int, start: int, end: int) -> bool:
    """ "I have crackheads for neighbors", "we had alcoholics in the family": people the writer has around them,
    named by a plural label right after "have", are someone else; "I have been an addict" and "I have ADHD" are not
    such a case (a copula between, or no plural person label)."""
    between = words[subject + 1 : start]
    last = words[end - 1]
    counted = words[start] in _QUANTITIES  # "we now have more mentally ill in prisons than in hospitals"
    # "I had an alcoholic roommate": the label describes the person named after it
    person_named = bool(between) and between[-1] in _ARTICLES and end - start > 1 and last in _PEOPLE
    if person_named:
        between = between[:-1]
    return (
        bool(between)
        and _plain(between[-1]) in _HAVING
        and _COPULA_FORMS.isdisjoint(_plain(word) for word in between)
        and (
            counted
            or person_named
            or (last.endswith(_PERSON_PLURAL_ENDINGS) and not last.endswith(("ncies", "ities", "ries")))
        )
    )


_QUANTITIES = frozenset(["more", "many", "most", "fewer", "lots", "plenty", "thousands", "millions", "hundreds"])


def _is_adverb(word: str) -> bool:
    """An adverb in "-ly" between the writer and the label ("slowly", "finally"), not a word such as "ugly"."""
    return len(word) > 4 and word.isalpha() and word.endswith("ly")


def _writers_own_abstinence(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "I celebrate my first day of being clean", "the joys a clean and sober life has given me": a state, not a
    label, in a sentence whose only person is the writer, so it can only be the writer's own."""
    if _ABSTINENCE.isdisjoint(words[start:end]):
        return False
    sentence = words[floor:ceiling]
    writer = not _SELF.isdisjoint(sentence) or not _POSSESSIVE.isdisjoint(sentence)
    return writer and not _someone_else_in(sentence) and _OTHERS.isdisjoint(sentence)


# Anyone else a sentence may speak of: "I hope the addicts stay clean", "if you stay clean". (A label in the
# singular is more often the writer's own: "I'm an alcoholic, and a clean and sober life has given me ...".)
_OTHERS = frozenset(
    ["you", "your", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "addicts", "alcoholics",
     "junkies", "users", "abusers", "teen", "teens", "teenager", "teenagers", "members", "member", "sponsor",
     "sponsee"]
)


def _first_of_two_labels(words: list[str], start: int, end: int, floor: int) -> int | None:
    """Where the first label stands when the match is a singular label joined by "and"/"or" to the word before it
    ("an alcoholic and [an] addict"), or by a comma in a run of labels that each have their article ("I'm a junkie,
    a drunk, an addict": then where its article stands); None when it is not."""
    article = words[start] in ("a", "an")  # the match may hold its article ("an addict")
    joint = start - 2 if not article and start - 1 >= floor and words[start - 1] in ("a", "an") else start - 1
    # the second label may stand in brackets: "I think like an alcoholic (and an addict)"
    first = joint - 2 if joint - 2 >= floor and words[joint - 1] == "(" else joint - 1
    listed = (
        words[joint] == ","
        and words[joint + 1] in ("a", "an")
        and first - 1 >= floor
        and words[first - 1] in ("a", "an")
    )
    joined = (
        end - start == 1 + article
        # one person's two labels, or a group's: "addicts and alcoholics" (not "a friend and alcoholics")
        and first >= floor
        and (not words[end - 1].endswith("s") or words[first].endswith("s"))
        and (words[joint] in ("and", "or") or listed)
        and words[first].isalpha()
        and words[first] not in _NOT_MODIFIERS
    )
    if not joined:
        return None
    if listed:
        return first - 1  # a listed label is checked with its article, so the run can go on
    while first - 1 >= floor and words[first - 1] in _WHAT_A_LABEL_NAMES:
        first -= 1  # the first label is a compound: "a grateful drug addict and alcoholic"
    return first


# Nouns that name what a compound label is about ("drug addict", "heroin addict"): part of the label.
_WHAT_A_LABEL_NAMES = frozenset(
    ["drug", "drugs", "heroin", "crack", "meth", "cocaine", "coke", "opioid", "opiate", "pill", "dope", "alcohol",
     "sex", "food", "gambling", "porn", "love"]
)


_QUANTIFIERS = frozenset(["many", "most", "other", "all", "some", "so", "lots", "a", "lot", "of", "countless", "plenty", "fellow"])


def _like_the_writer(words: list[str], end: int) -> bool:
    """ "a society of addicts like ourselves", "alcoholics like me": people the writer counts themselves among."""
    return end + 1 < len(words) and words[end] in ("like", "such") and words[end + 1] in _LIKE_THE_WRITER


_LIKE_THE_WRITER = frozenset(["me", "us", "myself", "ourselves"])


def _like_many(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "Like many alcoholics, I hid bottles": the writer counts themselves among the people named."""
    i = start - 1
    while i >= floor and start - i <= 3 and words[i] in _QUANTIFIERS:
        i -= 1
    if not (i >= floor and i < start - 1 and words[i] == "like"):
        return False
    if words[i + 1 : start] in (["a"], ["an"]):
        return False  # "Like a junkie just out of rehab, I'm off TV": one compared with, not one of many
    if _writer_follows(words, end, ceiling):
        return True
    # "Like so many other alcoholics, it was tough to make this admission": "other" counts the one the sentence is
    # about among them, and with no person as its subject that is the writer
    return "other" in words[i + 1 : start] and _dummy_subject_follows(words, end, ceiling)


def _dummy_subject_follows(words: list[str], end: int, sentence_end: int) -> bool:
    """ "..., it was tough": the clause after the comma has no person for its subject."""
    following = _clause_after_a_comma(words, end, sentence_end)
    return following[:1] == ["it"] and len(following) > 1 and following[1] in ("was", "is", "'s", "’s", "has", "had")


_US_COPULAS = frozenset(["are", "were", "'re", "’re", "be", "been"])


def _some_of_us(words: list[str], start: int, floor: int) -> bool:
    """ "Most of us in the rooms are alcoholics": a group of which the writer is one, said to be what is named."""
    i = start - 1
    while i >= floor and words[i] in ("a", "an", "all", "still", "just", "recovering", "once"):
        i -= 1
    if i < floor or words[i] not in _US_COPULAS:
        return False
    clause = words[max(floor, i - 6) : i]
    if "," in clause:
        clause = clause[len(clause) - clause[::-1].index(",") :]
    return any(clause[k] == "of" and clause[k + 1] == "us" for k in range(len(clause) - 1))


def _one_of_them(words: list[str], start: int, floor: int) -> bool:
    """ "I'm one of the mentally ill people I write about", "we were among those addicts": the writer counts
    themselves in the group named."""
    i = start - 1
    if i >= floor and words[i] in ("the", "those", "these", "many"):
        i -= 1
    if i - 1 < floor or (not (words[i] == "of" and words[i - 1] == "one") and words[i] != "among"):
        return False
    i -= 2 if words[i] == "of" else 1
    return _the_writer_is(words, i, floor, ("just", "also", "only", "still", "really", "probably", "definitely"))


def _the_writer_is(words: list[str], i: int, floor: int, adverbs: tuple[str, ...]) -> bool:
    """Whether the words ending at ``i`` are "I am" or "we are" (in any tense), with these adverbs after the verb."""
    while i >= floor and words[i] in adverbs:
        i -= 1
    return i - 1 >= floor and _plain(words[i]) in _COPULA_FORMS and words[i - 1] in ("i", "we")


# How a person names themselves, reported ("a self-described heroin user"); not "self-confessed" or "self-admitted",
# which report an admission others may have extracted ("200 self-confessed drug users have surrendered to police").
_SELF_LABELLING = frozenset(["described", "proclaimed", "identified", "declared", "professed", "styled"])
_SELF_LABELLED = frozenset("self-" + verb for verb in _SELF_LABELLING)  # the compound kept as one token


def _self_described(words: list[str], start: int, floor: int) -> bool:
    """ "a self-described heroin user", "a self-identified addict": the label is the person's own, reported."""
    for i in range(start - 1, max(floor, start - 4) - 1, -1):
        if words[i] in _SELF_LABELLING and i - 2 >= floor and words[i - 1] == "-" and words[i - 2] == "self":
            return True
        if words[i] in _SELF_LABELLED:
            return True
    return False


_GROUP_NOUNS = frozenset(["group", "bunch", "fellowship", "roomful", "community", "family", "band", "room"])
_MEMBER_NOUNS = frozenset(["member", "members", "part"])


def _member_of_them(words: list[str], start: int, floor: int) -> bool:
    """ "I'm simply a member of a group of drunks", "we are members of the addicts' community": the writer counts
    themselves in the group named, as a member of it."""
    i = start - 1
    if i >= floor and words[i] in ("the", "those", "these"):
        i -= 1
    if i - 1 >= floor and words[i] == "of" and words[i - 1] in _GROUP_NOUNS:
        i -= 2
        if i >= floor and words[i] in ("a", "the", "this", "our"):
            i -= 1
    if i - 1 < floor or words[i] != "of" or words[i - 1] not in _MEMBER_NOUNS:
        return False
    i -= 2
    if i >= floor and words[i] in ("a", "an", "one"):
        i -= 1
    return _the_writer_is(words, i, floor, ("just", "also", "only", "still", "simply", "really", "proudly", "now"))


def _writer_in_brackets(words: list[str], end: int) -> bool:
    """ "mad people (us)", "addicts (like me)": the writer adds themselves to the group in brackets."""
    after = words[end : end + 4]
    if after[:1] != ["("]:
        return False
    inside = after[2:3] if after[1:2] == ["like"] else after[1:2]
    return bool(inside) and inside[0] in _SELF


_PARTS = frozenset(["part", "parts", "side", "self", "voice", "brain", "mind", "mindset", "persona", "identity", "thinking"])


def _part_of_the_writer(words: list[str], end: int) -> bool:
    """ "the addict part of me", "the addict in me", "the addict part of my brain": a side of the writer, named by the
    writer."""
    after = words[end : end + 4]
    if after[:1] and after[0] in _PARTS:
        after = after[1:]
    if len(after) >= 3 and after[1] in ("my", "our") and after[2] in _PARTS_OF_A_MIND:
        after = [after[0], "me"]
    return len(after) >= 2 and after[0] in ("of", "in", "inside", "within") and after[1] in ("me", "us", "myself")


_PARTS_OF_A_MIND = frozenset(["brain", "brains", "mind", "minds", "head", "heads", "psyche", "personality", "self"])


def _emphatic_self_after(words: list[str], end: int) -> bool:
    """ "As a therapist and a recovering addict myself, I ...": the label the writer wears, marked by "myself"; or
    what the writer went through, "myself" after its object ("Having suffered from drug and alcohol addiction myself
    once, I ...")."""
    if end < len(words) and words[end] in ("myself", "ourselves"):
        return True
    following = words[end : end + 6]
    stop = next((i for i, word in enumerate(following) if word in (",", ";", ".", "and", "but")), len(following))
    return words[end - 1] in ("from", "with") and any(word in ("myself", "ourselves") for word in following[:stop + 1])


def _before_modifiers(words: list[str], start: int, floor: int) -> int:
    """Where "a hereditary alcoholic", "a homeless dope fiend junkie", "a bona fide, wild-ride manic-depressive"
    begins: up to five describing words (hyphens and commas between) after an article."""
    for count in range(1, 9):
        at = start - count
        if at - 1 < floor or sum(word.isalpha() for word in words[at:start]) > 5 or not all(
            word in ("-", ",") or (word.isalpha() and word not in _NOT_MODIFIERS) for word in words[at:start]
        ):
            break
        if words[at - 1] in ("a", "an", "no", "the"):
            return at
        if words[at - 1] == "your" and words[at] in _TYPICAL:
            return at - 1  # the generic "your" as an article: "I was just your typical edgy suicidal teen"
    return start


_TYPICAL = frozenset(["typical", "average", "classic", "stereotypical", "standard", "basic", "everyday", "regular"])


# Words that cannot describe the label after them: "a number of crackheads", "no time for addicts".
_NOT_MODIFIERS = _BRIDGE | frozenset(
    ["of", "for", "with", "to", "in", "on", "at", "by", "from", "about", "and", "or", "but", "than", "as", "like",
     "the", "that", "this", "who", "which", "number", "lot", "bunch", "group", "couple", "few", "many"]
)


def _writer_follows(words: list[str], end: int, sentence_end: int) -> bool:
    """ "[Having been] an alcoholic, I ...": a clause about someone whose subject, after a comma, is the writer."""
    following = _clause_after_a_comma(words, end, sentence_end)
    return bool(following) and following[0] in _SELF


def _clause_after_a_comma(words: list[str], end: int, sentence_end: int) -> list[str]:
    """The words after the first comma within a few words of ``end`` (none without a comma): the main clause an
    opening phrase leads into."""
    after = words[end : min(end + 8, sentence_end)]
    return after[after.index(",") + 1 :] if "," in after else []


def _own_condition(words: list[str], start: int, end: int, floor: int) -> bool:
    """ "my delusions", "my own insanity": the writer's own condition, not a label for someone they know.

    Only a one-word match counts, and a word for a person right after it
    makes it a label for someone else ("my addict brother", "my schizophrenic
    mother").
    """
    if end - start != 1:
        return False  # "our mentally ill individuals" names a group
    i = start - 1
    while i >= floor and start - i <= 3 and words[i] in _OWN:
        i -= 1
    if i < floor or words[i] not in _POSSESSIVE:
        return False
    return end >= len(words) or words[end] not in _PEOPLE


# Nouns for the people (and pets) a writer may label: "my schizophrenic mother", "my addict friends".
_PEOPLE = frozenset(
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


_WE = frozenset({"we", "us", "our", "ourselves"})
_QUOTE_MARKS = frozenset({'"', "“", "”"})


def _someone_else_in(sentence: list[str]) -> bool:
    """A third person, a person named by a noun, or a quotation (the "I" of someone quoted: '"I ...," said recovering
    addict X'): the writer is not the only person in the sentence."""
    return not (_THIRD_PERSONS.isdisjoint(sentence) and _PEOPLE.isdisjoint(sentence) and _QUOTE_MARKS.isdisjoint(sentence))


_NOT_QUITE = frozenset(["not", "never", "barely", "half", "partly", "hardly"])


def _own_group(doc: Doc, start: int, floor: int) -> bool:
    """ "my fellow addicts", "I speak to other addicts and alcoholics": the writer counts themselves in.

    "Other" only says so when the writer is a person in the sentence ("I", "we", "me"), not merely a
    possessive ("parents of other addicts, my son" is about the son); "fellow" always does.
    A second label joined by "and"/"or" belongs to the same group.
    """
    words = lower_words(doc)
    i = start - 1
    sentence_end = sentence_bounds(doc, start)[1]
    recovering = {words[start], words[i] if i >= floor else ""} & {"recovering", "recovered"}
    # recovery denied is no community's word: "a not quite-recovered heroin addict" the writer lived with is someone else
    recovering = recovering and not _NOT_QUITE.intersection(words[max(floor, i - 3) : i])
    sentence = words[floor:sentence_end]
    if recovering and (_among_us(sentence) or ("i" in sentence and not _someone_else_in(sentence))):
        # "we meet recovering addicts", "I crawled into a meeting of recovering alcoholics": the recovery
        # community's own word for its members, where the writer is the only other person in the sentence
        return True
    if i - 1 >= floor and words[i] in _COORDINATORS and words[i - 1].isalpha():
        i -= 2  # "other addicts and [alcoholics]": look before the first label
    if i < floor or words[i] not in _IN_GROUP:
        return False
    if words[i] == "fellow":
        return True
    return any(word in _SELF for word in words[floor:sentence_end])


def _among_us(sentence: list[str]) -> bool:
    """Whether the writer speaks as one of a "we" in the sentence; "our" that only says whose a relative is ("Our son is
    a recovering heroin addict") does not count."""
    for at, word in enumerate(sentence):
        if word in _WE and not (word == "our" and at + 1 < len(sentence) and sentence[at + 1] in _PEOPLE):
            return True
    return False


# How many words an aside between the writer and the verb may hold: "I, like so many veterans, suffer ...".
_ASIDE_WORDS = 6


def _writer_before_an_aside(words: list[str], comma: int, floor: int) -> bool:
    """ "I, like so many veterans, suffer from PTSD": the comma closes a short aside opened just after the writer."""
    for k in range(comma - 1, max(floor, comma - _ASIDE_WORDS - 1), -1):
        if words[k] in (".", ";", ":", "!", "?"):
            return False
        if words[k] == ",":
            return k - 1 >= floor and words[k - 1] in ("i", "we")
    return False


def _as_someone(words: list[str], start: int, end: int, floor: int, sentence_end: int) -> bool:
    """ "As someone suffering from social anxiety, ... drains my energy": the writer describes themselves as someone
    with the condition, and the sentence goes on about the writer."""
    i = start - 1
    if i > floor and words[i] == "who":
        i -= 1
    if not (i - 1 >= floor and words[i] in ("someone", "somebody", "one") and words[i - 1] == "as"):
        return False
    rest = words[end:sentence_end]
    return any(word in _SELF or word in _POSSESSIVE for word in rest) and _THIRD_PERSONS.isdisjoint(rest)


def _as_clause(doc: Doc, start: int, end: int, floor: int) -> bool:
    words = lower_words(doc)
    i = _before_modifiers(words, start, floor) - 1
    while i >= floor and (words[i] in _ARTICLES or words[i] in _RECOVERY_WORDS):
        if words[i] == "the" and words[end - 1].endswith("s"):
            return False  # "as the addicts gathered": "as" opens a clause of its own, about others
        i -= 1
    for _ in range(2):  # describing words with no article: "we as alcoholic addicts"
        if i - 1 >= floor and words[i] != "as" and words[i].isalpha() and words[i] not in _NOT_MODIFIERS:
            i -= 1
    if i < floor or words[i] != "as":
        return False
    reach = 5 if i > floor and words[i - 1] in _SPANS_OF_TIME else 3  # "my twenty-eighth year as a ..."
    before_as = words[max(floor, i - reach) : i]
    if any(word in _SELF or word in _POSSESSIVE for word in before_as) and not (
        before_as and before_as[-1] in _PEOPLE and before_as[-1] not in _SELF
    ):
        # "I would label myself as an alcoholic", "see ourselves as addicts", "my 28th year as a junkie" (but "my
        # brother as a schizophrenic": the writer's kin, not the writer)
        return True
    sentence_end = sentence_bounds(doc, start)[1]
    # (a list of the writer's other roles may come first: "As a former heroin addict, writer, and filmmaker, I've ...")
    after = words[end : min(end + 10, sentence_end)]
    # "As an addict, I ..." opens the writer's clause; "my mother got diagnosed as a schizophrenic while I was at
    # school" completes a verb about someone else, and the writer comes in a clause of their own
    completes_a_verb = i > floor and words[i - 1] in _AS_VERBS
    opener = next((k for k, word in enumerate(after) if word in _CLAUSE_OPENERS and word != "as"), len(after))
    if not completes_a_verb and any(word in _SELF for word in after[:opener]):
        return True
    if after[:1] == [","] and after[1:2] and after[1] in _POSSESSIVE and after[2:3] and after[2] not in _PEOPLE:
        return True  # "As an alcoholic, my thoughts ran riot" (but "As an addict, my brother ...")
    # "After 32 years as an addict, recovery is the hardest thing I have done": time spent as one, in a sentence
    # whose only person is the writer
    sentence = words[floor:sentence_end]
    return (
        i > floor
        and words[i - 1] in _SPANS_OF_TIME
        and any(word in _SELF for word in sentence)
        and _THIRD_PERSONS.isdisjoint(sentence)
    )


_SPANS_OF_TIME = frozenset(["years", "year", "decades", "decade", "months", "life", "days", "time", "career"])
# Verbs whose "as" phrase describes their object or subject, not the writer who speaks after it.
_AS_VERBS = frozenset(
    ["diagnosed", "described", "labelled", "labeled", "known", "seen", "regarded", "classed", "classified", "treated",
     "admitted", "listed", "registered", "branded", "dismissed", "portrayed", "depicted", "cast", "identified"]
)
_THIRD_PERSONS = frozenset(["he", "she", "him", "her", "his", "hers", "they", "them", "their", "someone", "somebody"])


def _plain(word: str) -> str:
    """Curly apostrophes as straight ones: "I’m" bridges like "I'm"."""
    return word.replace("\u2019", "'")
