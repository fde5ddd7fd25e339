"""Use versus mention: is the matched word being used, or talked about?

"Stop using words like crazy" and "the term 'committed suicide'" discuss a
word rather than use it; flagging them is the false alarm users hate most.
Signals: short quotations around the word (a quoted word or phrase, not a
whole quoted sentence, which is reported speech and still a use), a
metalinguistic noun just before it ("the word", "terms such as"), an
avoidance cue ("instead of saying", "avoid calling people"), or a verdict on
the word just after it ("... is a slur").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from langcheck.context.annotations import cached, doc_text, lower_words, sentence_bounds, token_offsets
from langcheck.context.quotes import MAX_QUOTED_TERM_WORDS, enclosing_quote
from langcheck.context.reading import AFTER_NOUN

MAX_QUOTED_EXAMPLE_WORDS = 10
_SPEECH_VERBS = frozenset(["saying", "say", "says", "said", "phrases", "phrase", "like", "as"])
_QUOTE_VERDICTS = frozenset(
    ["trivialises", "trivializes", "trivialise", "trivialize", "minimises", "minimizes", "minimise", "minimize", "hurts", "harms", "stigmatises", "stigmatizes", "perpetuates", "reinforces", "mocks", "undermines", "dismisses", "diminishes", "belittles"]
)
META_NOUNS = frozenset(
    ["word", "words", "term", "terms", "phrase", "phrases", "expression", "expressions", "label", "labels", "labeling", "labelling", "slur", "slurs", "language", "wording", "euphemism", "euphemisms", "insult", "insults", "adjective", "adjectives", "noun", "nouns", "verb", "verbs", "vocabulary", "jargon", "slang", "lexicon", "nickname", "nicknames", "epithet", "epithets"]
)
# Emphasis marks left in plain text: "the word *crazy*", "isn't *actually* OCD".
_EMPHASIS = frozenset(["*", "**", "_", "__", "~"])
_SKIPPABLE = frozenset(
    # (and what a word noun may name of the word: "the adjective form of lunatic")
    ["form", "forms", "like", "such", "as", "the", "a", "an", "of", ",", ":", ";", "-", "–", "—", "e.g.", "i.e.",
     "e.g", "i.e", "including", "include", "includes", "“", "”", "‘", "’", '"', "'", "(", "or", "and"]
) | _EMPHASIS
_AVOID_CUES = (
    ("instead", "of"),
    ("rather", "than"),
    ("avoid",),
    ("avoiding",),
    ("avoids",),
    ("replace",),
    ("replacing",),
    ("not", "say"),
    ("never", "say"),
    ("n't", "say"),
    ("longer", "say"),  # "you no longer say someone committed suicide"
    ("longer", "use"),
    ("longer", "call"),
    ("stop", "saying"),
    ("stop", "using"),
    ("stop", "calling"),
    ("stopped", "saying"),
    ("stopped", "using"),
    ("stopped", "calling"),
    # the condition set apart from what it is mistaken for: "Perfectionism is not the same as OCD"
    ("not", "the", "same", "as"),
    ("different", "from"),
    ("confused", "with"),
    ("mistaken", "for"),
    # how the condition is misrepresented, told as a topic: "Monk and the misrepresentation of OCD" (a portrayal or a
    # stereotype "of a junkie" may use the word itself)
    *((noun, "of") for noun in ("misrepresentation", "misrepresentations", "trivialization", "trivialisation")),
    *((noun, "about") for noun in ("misconception", "misconceptions", "myth", "myths")),
    # giving up the habit of the word: "I am weaning myself off of saying that I am OCD"
    ("off", "saying"),
    ("of", "saying"),
    ("quit", "saying"),
    ("quitting", "saying"),
    ("not", "call"),
    ("n't", "call"),
    ("never", "call"),
    # a resolution against the word: "refrain from calling patients wackjob, nutjob, etc."
    ("refrain", "from", "calling"),
    ("refrain", "from", "saying"),
    ("refrain", "from", "using"),
    # a verdict on the act that it does no good: "It does not help to call Bush a lunatic"
    ("not", "help", "to", "call"),
    ("n't", "help", "to", "call"),
    ("nobody", "should", "say"),
    # a verdict on the act of saying it: "if it is bad to call the weather bipolar", "it's offensive to say psycho"
    *((verdict, "to", verb) for verdict in ("bad", "wrong", "offensive", "hurtful", "harmful", "insensitive", "unkind",
                                            "cruel", "rude", "ableist", "stigmatizing", "stigmatising", "inappropriate",
                                            "acceptable", "unacceptable", "okay", "ok", "fine", "appropriate", "normal")
      for verb in ("call", "say", "use")),
    ("list", "that", "includes"),
    ("list", "that", "included"),
    ("list", "including"),
    ("word", "for"),
    ("term", "for"),
    ("synonym", "for"),
    ("synonyms", "for"),
    ("words", "for"),
    ("terms", "for"),
    ("euphemism", "for"),
    ("euphemisms", "for"),
    ("supposed", "to", "talk", "about"),
    ("supposed", "to", "say"),
    ("supposed", "to", "use"),
    ("not", "to", "say"),
    ("not", "to", "use"),
    ("no", "one", "should", "say"),
    ("quit", "saying"),
    ("referred", "to", "as"),
    ("refer", "to", "it", "as"),
    ("known", "as"),
    ("termed",),
    ("dubbed",),
    # a phrase someone said, taken up as words: "When you say driving yourself crazy, can you tell me more?"
    ("when", "you", "say"),
    ("when", "people", "say"),
    ("when", "i", "say"),
    ("when", "we", "say"),
    # advice on how to see people: "don't think of a drunk or a junkie -- see a person"
    ("n't", "think", "of"),
    ("not", "think", "of"),
    ("stop", "thinking", "of"),
    # a denial that the word names anything: "there's no such thing as crazy"
    ("no", "such", "thing", "as"),
    ("if", "you", "say"),
    # name-calling told as a habit: "a forum where people call each other retards"
    # the act of name-calling told in general: "when you call someone or something retarded, you belittle ..."
    ("when", "you", "call"),
    # a hypothetical speaker's word: "a frustrated and uninformed person might call it bipolar"
    ("might", "call"),
    ("may", "call"),
    ("if", "you", "call"),
    ("when", "people", "call"),
    ("call", "each", "other"),
    ("calls", "each", "other"),
    ("called", "each", "other"),
    ("calling", "each", "other"),
    ("call", "one", "another"),
    ("called", "one", "another"),
    ("not", "called"),
    ("n't", "called"),
    ("never", "called"),
    ("is", "called"),
    ("are", "called"),
    ("was", "called"),
    ("were", "called"),
    ("been", "called"),
    ("being", "called"),
    # a label the writer expects: "At first I shall be called a madman"
    ("be", "called"),
    ("get", "called"),
    ("gets", "called"),
    ("got", "called"),
    ("getting", "called"),
    ("so", "-", "called"),
    ("so-called",),
    # a name others gave, told as such: "The insane, often called lunatics, have had various treatments"
    *((adverb, "called") for adverb in ("often", "commonly", "once", "formerly", "sometimes", "popularly", "also",
                                        "historically", "colloquially", "derisively", "pejoratively", "disparagingly")),
    ("labeled", "as"),
    # a label pinned on someone, told in the passive: "I have been labeled crazy after wanting to end my life"
    ("been", "labeled"),
    ("been", "labelled"),
    ("being", "labeled"),
    ("being", "labelled"),
    # how people in general are labelled: "anyone who uses opiates is automatically labeled an addict" (one person's
    # label in the past is still told as a use: "She was labelled a borderline by the clinic staff")
    *((before, labelled) for labelled in ("labeled", "labelled") for before in (
        "is", "are", "get", "gets", "automatically", "often", "quickly", "unfairly", "wrongly",
        # "women could find themselves labelled insane and locked up"
        "themselves", "himself", "herself", "ourselves", "yourself", "myself")),
    ("enumerated", "as"),
    ("listed", "as"),
    ("recorded", "as"),
    ("classified", "as"),
    ("classed", "as"),
    ("certified", "as"),
    ("labelled", "as"),
    ("branded", "as"),
    ("dismissed", "as"),
    ("treated", "as"),
    ("described", "as"),
    ("written", "off", "as"),
    # a verdict on the act of name-calling: "It is a disservice to call someone an addict", "it's hurtful to use
    # the word crazy"
    *((verdict, "to", verb) for verdict in ("disservice", "wrong", "hurtful", "offensive", "harmful", "insulting",
                                            "inappropriate", "cruel", "unkind", "stigmatizing", "stigmatising",
                                            "ableist", "demeaning", "dehumanizing", "dehumanising", "disrespectful",
                                            "derogatory", "insensitive", "unhelpful", "damaging")
      for verb in ("call", "say", "label")),
    # how society sees people, told as its labels: "They are looked down on as street people, drunks, addicts"
    ("looked", "down", "on", "as"),
    ("looked", "down", "upon", "as"),
    ("stereotyped", "as"),
    ("stigmatised", "as"),
    ("stigmatized", "as"),
    ("caricatured", "as"),
    ("portrayed", "as"),
    ("depicted", "as"),
    ("presented", "as"),
    ("represented", "as"),
    ("painted", "as"),
    # a label others pinned on someone, told in the passive: "I've been stigmatised and considered a madman"
    ("been", "considered"),
    ("was", "considered"),
    ("were", "considered"),
    ("and", "considered"),
    ("been", "branded"),
    ("was", "branded"),
    ("were", "branded"),
    ("been", "deemed"),
    ("was", "deemed"),
    ("were", "deemed"),
    # a judgement reported with its infinitive: "a man deemed to be a violent schizophrenic"
    ("deemed", "to", "be"),
    ("judged", "to", "be"),
    ("declared", "to", "be"),
)
_LONGEST_CUE = max(len(cue) for cue in _AVOID_CUES)
_CUES_BY_LAST_WORD: dict[str, tuple[tuple[str, ...], ...]] = {
    word: tuple(cue for cue in _AVOID_CUES if cue[-1] == word) for word in {cue[-1] for cue in _AVOID_CUES}
}
_SAYING = frozenset(
    {"saying", "say", "using", "use", "calling", "call", "the", "a", "an", "word", "words", "term", "phrase", "“", '"', "'",
     "‘", "people", "someone", "somebody", "others", "anyone", "them", "him", "her", "kids", "children", "yourself",
     "he", "she", "they", "that", "it", "me", "us", "you", "my", "your", "his", "their", "our", "mentally",
     "clinically", "criminally",
     # who or what is called it, joined: "when you call someone or something retarded"
     "something", "anything", "anybody", "everyone", "things", "or",
     # what the saying says of whom: "weaning myself off saying that I am OCD"
     "i", "am", "'m", "’m", "is", "are", "was", "were", "so", "just"}
)
# Who may be called a word, with a describing word after them: "call someone annoying a retard".
_ANYONE = frozenset(["someone", "somebody", "anyone", "anybody", "people", "others", "everyone", "everybody"])
# What may stand before the noun of a person between a saying verb and the word: "call my sister crazy".
_OBJECT_DETERMINERS = frozenset(["my", "your", "his", "her", "their", "our", "a", "an", "the", "this", "that"])
_VERDICTS = frozenset(
    ["slur", "slurs", "offensive", "stigmatizing", "stigmatising", "ableist", "derogatory", "outdated", "harmful", "problematic", "inappropriate", "pejorative", "insensitive", "hurtful", "loaded", "sexist", "misogynistic", "misogynist", "racist", "dismissive"]
)


# "got the word", "spread the word", "put the word out": news passed on, not a word talked about.
_PASSING_WORD_ON = frozenset(
    ["got", "get", "gets", "getting", "received", "receive", "spread", "spreading", "spreads", "put", "puts",
     "putting", "sent", "send", "gave", "give", "passed", "pass"]
)


def is_news_of_a_word(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is "the word" of "got the word" or "spread the word": news, so no cue of a mention."""
    return (
        end - start == 2
        and start > 0
        and doc[start].lower_ == "the"
        and doc[start + 1].lower_ == "word"
        and doc[start - 1].lower_ in _PASSING_WORD_ON
    )


def is_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are mentioned rather than used."""
    starts, ends = token_offsets(doc)
    quote = enclosing_quote(doc_text(doc), starts[start], ends[end - 1])
    if quote is not None and (_quoted_as_a_term(doc, quote) or _quoted_title(doc, quote)):
        return True
    if _verdict_after(doc, end):
        return True
    words = lower_words(doc)
    floor, ceiling = sentence_bounds(doc, start)
    present = _present_words(doc)
    if (
        (
            end < ceiling
            and words[end] in _COPULAS
            and not _a_predicate(words, start, floor)
            and _denied_as_a_word(words, end, ceiling)
        )
        or (
            end < ceiling
            and (words[end] in _COPULAS or words[end] in ("sounds", "and", "or"))
            and _predicated_as_a_word(words, start, end, floor, ceiling)
        )
        or _reported_usage(words, start, end, floor, ceiling)
        or (not present.isdisjoint(META_NOUNS) and _named_as_terms_after(doc, words, end, ceiling))
        or (start > floor and words[start - 1] == "by" and _defined(words, start, end, floor, ceiling))
        or _glossed_as_a_word(words, end, ceiling, opens=not any(w.isalnum() for w in words[floor:start]))
        or _term_defined(words, start, end, floor, ceiling)
        or (start > floor and words[start - 1] in _DEFINING and end < ceiling and words[end] == "as")
        or (not present.isdisjoint(_RECLAIMING) and _reclaimed(words, start, floor, ceiling))
        or (not present.isdisjoint(_NAMING_GERUNDS) and _named_by_a_gerund_subject(words, start, end, floor, ceiling))
        or (start > floor and _what_it_is_defined(words, start, end, floor, ceiling))
        or (end < ceiling and words[end] in _WORD_NOUNS_AFTER and start > floor and words[start - 1] in _ARTICLES_OF_A_WORD)
        or (not present.isdisjoint(_SAY_VERBS) and _said_by_people_in_general(words, start, end, floor))
        or _used_as_a_kind_of_word(words, start, end, floor, ceiling)
        or _short_for(words, start, end, floor)
        or ("(" in present and _example_after_a_word_noun(words, start, floor))
        or (end < ceiling and words[end] in _EQUATED)  # "Retarded = backwards": the word set equal to its sense
        or _confused_with(words, start, end, floor, ceiling)
        or _named_as_the_term_of_its_day(words, end, ceiling)
        or _bare_adjective_as_a_subject(words, start, end, floor, ceiling)
        or _bare_adjectives_as_an_object(words, start, end, floor, ceiling)
    ):
        return True
    items = (start, *_earlier_list_items(doc, start))
    if any(_meta_noun_before(doc, at) or _said_bare(words, at, end, floor, ceiling) for at in items):
        return True
    # "don't call the crazy guy": a word that describes a noun is used in a sentence about something else
    if not _modifies_a_noun(words, start, end, floor, ceiling) and any(_avoid_cue_before(doc, at) for at in items):
        return True
    return ":" in present and _listed_after_a_cue(words, min(items), floor)


_USING = frozenset(["use", "uses", "used", "using"])
_EQUATED = frozenset(["=", "≠", "==", "≈"])
_KINDS_OF_WORD = frozenset(
    ["joke", "jokes", "insult", "insults", "punchline", "adjective", "noun", "verb", "adverb", "synonym", "slur",
     "metaphor", "excuse", "term",
     "word", "shorthand", "buzzword", "slang", "label", "putdown", "put-down", "catchall", "catch-all"]
)
_CONFUSING = frozenset(["confuse", "confuses", "confused", "confusing", "conflate", "conflates", "conflated", "conflating"])


def _used_as_a_kind_of_word(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "use OCD as a joke", "using 'psycho' as an insult", "Lunatic can be used as a noun": the word is what is being
    used, as a word."""
    as_at = end
    if start == floor and words[end : end + 2] in (["can", "be"], ["may", "be"], ["is", "also"]):
        as_at = end + 2  # the passive, the word its sentence's subject: "Lunatic can be used as a noun"
    if as_at + 1 < ceiling and start == floor and words[as_at] in ("is", "was") and words[as_at + 1] == "used":
        as_at += 2
    elif as_at > end and words[as_at] == "used":
        as_at += 1
    elif start <= floor or words[start - 1] not in _USING:
        return False
    if as_at + 1 >= ceiling or words[as_at] != "as":
        return False
    following = words[as_at + 1 : as_at + 3]
    if following and following[0] in ("a", "an"):
        following = following[1:]
    return bool(following) and following[0] in _KINDS_OF_WORD


def _short_for(words: list[str], start: int, end: int, floor: int) -> bool:
    """ "Looney is short for lunatic": a word said to abbreviate another, and the word it abbreviates."""
    if start == floor and words[end : end + 3] == ["is", "short", "for"]:
        return True
    return start - 2 >= floor and words[start - 2 : start] == ["short", "for"]


def _example_after_a_word_noun(words: list[str], start: int, floor: int) -> bool:
    """ "Lunatic can be used as a noun (He's driving like a lunatic!)": an example in brackets after the name of a part
    of speech shows the word, it does not use it."""
    for at in range(start - 1, floor - 1, -1):
        if words[at] == ")":
            return False
        if words[at] == "(":
            return at > floor and words[at - 1] in _PARTS_OF_SPEECH
    return False


_PARTS_OF_SPEECH = frozenset(["noun", "nouns", "adjective", "adjectives", "verb", "verbs", "adverb", "adverbs"])


_SAYS = frozenset(["say", "says", "saying", "said"])
# (and the end of a list of words said: "say spaz, retard, mong etc.")
_AFTER_A_WORD_SAID = frozenset(["or", "and", ",", ".", "!", "?", ";", ":", "”", '"', ")", "etc", "etc.", "etcetera"])


def _said_bare(words: list[str], first: int, end: int, floor: int, ceiling: int) -> bool:
    """ "catch each other about to say gay or retarded": the words are what is said (``first`` may be the first of a
    list of them), with nothing after them to describe ("say crazy things" says things)."""
    if first <= floor or words[first - 1] not in _SAYS:
        return False
    if first - 2 >= floor and words[first - 2] == "you" and words[first - 1] == "say":
        return False  # "Can you say OCD? I am the same way": the old joke that names the thing
    if end >= ceiling:
        return True
    if words[end] in ("and", "or"):
        # one word said must end its clause ("say drunks and panhandlers are ..." reports a claim); a list of words
        # said may go on ("say gay or retarded and say ...")
        return first < end - 1
    return words[end] in _AFTER_A_WORD_SAID


def _confused_with(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "Many people confuse OCD with perfectionism": the condition set apart from the trait it is mistaken for."""
    return start > floor and words[start - 1] in _CONFUSING and end < ceiling and words[end] in ("with", "and")


# The words themselves named by a noun right after them: "the crazy wording was a pun on the name", "that psycho label".
_WORD_NOUNS_AFTER = frozenset(["wording", "label", "labels", "slur", "slurs", "epithet", "epithets", "moniker"])
_ARTICLES_OF_A_WORD = frozenset(["the", "that", "this", "a", "an", "those", "these", "'", "‘", '"', "“"])
# Who may stand for people in general as the sayer: "so many people say their dog has ADHD".
_PEOPLE_IN_GENERAL = frozenset(["people", "folks", "everyone", "everybody", "others", "somebody", "someone"])
_QUANTIFIERS = frozenset(["so", "many", "most", "some", "a", "lot", "lots", "of", "all", "plenty", "too", "the", "these"])
# How far into what is said the words may stand: the clause after the saying verb.
_SAID_REACH = 8


def _said_by_people_in_general(words: list[str], start: int, end: int, floor: int) -> bool:
    """ "So many people say their dog has ADHD, or is autistic": what people in general say, reported by a writer
    who is describing how the words get used, not using them. A named or particular sayer ("my boss said he's
    crazy") is reported speech of its own and still a use; so is anything after a clause break."""
    i = start - 1
    while i >= floor and start - i <= _SAID_REACH:
        word = _plain(words[i])
        if word in _SAYING_BREAKS:
            return False
        if word in ("say", "says", "claim", "claims", "joke", "jokes"):
            j = i - 1
            if j >= floor and words[j] in ("always", "often", "sometimes", "will", "would", "like", "to", "love"):
                j -= 1  # "people often say", "people like to say"
            if j < floor or words[j] not in _PEOPLE_IN_GENERAL:
                return False
            k = j - 1
            while k >= floor and words[k] in _QUANTIFIERS:
                k -= 1
            general = words[j] != "people" or k < j - 1 or k < floor or words[k] in _SAYING_OPENERS
            return general and not _FINITE_VERBS.isdisjoint(_plain(word) for word in words[i + 1 : end])
        i -= 1
    return False


# What makes the words after a saying verb a clause of what is said ("say their dog has ADHD", "say he's crazy"),
# not the thing said ("people say a lot of crazy things", which is the writer's description).
_FINITE_VERBS = frozenset(
    ["is", "are", "was", "were", "'s", "'re", "'m", "am", "has", "have", "had", "gets", "get", "got", "makes", "made",
     "will", "would", "can", "could", "be", "seems", "looks", "feels", "acts"]
)


_SAYING_BREAKS = frozenset([".", ",", ";", ":", "!", "?", "(", ")", "—", "–"])
# Where "people" may open the clause by itself: at its start, or after a conjunction or a comma ("and people say").
_SAYING_OPENERS = frozenset([",", "and", "but", "so", "because", "when", "if", "that", "where", "why", "how", "often",
                             "sometimes", "always", "\"", "“"])


def _present_words(doc: Doc) -> frozenset[str]:
    """Every lower-case word of the doc: the rarer frames are not looked for where their words are absent."""
    return cached(doc, "present-words", lambda: frozenset(lower_words(doc)))


def _listed_after_a_cue(words: list[str], first_item: int, floor: int) -> bool:
    """ "Avoid terms that stigmatise mental illness: crazy, insane, psycho": a list introduced after a colon by a
    clause that names words or says to avoid them."""
    i = first_item - 1
    while i >= floor and words[i] in ("_", "*", '"', "“", "'", "‘", "the", "a", "an"):
        i -= 1  # (and the first item's article: "never use the following: the mentally ill, addicts")
    if i < floor or words[i] != ":":
        return False
    clause = {_plain(word) for word in words[max(floor, i - _FRAME_REACH) : i]}
    return bool(clause & META_NOUNS) or bool(clause & _AVOID_WORDS)


_AVOID_WORDS = frozenset(["avoid", "avoiding", "instead", "replace", "never", "don't", "stop", "banned", "ban", "forbidden", "blocklist", "blacklist", "offensive", "ableist", "stigmatizing", "stigmatising"])


_NEGATIONS = frozenset(["not", "n't", "never", "no", "nobody", "none", "neither", "nor", "cannot", "without"])
_COPULAS = frozenset(["is", "are", "was", "were", "'s", "does", "do", "did"])
# What a word is denied to be: "OCD is not a word for being tidy", "bipolar isn't a synonym for moody".
_WHAT_A_WORD_IS = frozenset(
    ["word", "words", "term", "synonym", "synonyms", "adjective", "adjectives", "noun", "description", "label",
     "quirk", "quirks", "trait", "personality", "joke", "jokes", "punchline", "buzzword", "excuse", "metaphor",
     "compliment", "insult", "hashtag", "meme", "mood", "trend", "fad", "aesthetic", "way", "shorthand"]
)
_DETERMINERS = frozenset(["a", "an", "the", "just", "simply", "merely", "only", "some", "your", "another", "cute", "fun", "funny", "quirky"])


def _a_predicate(words: list[str], start: int, floor: int) -> bool:
    """The match follows a linking verb, so it is what a subject is said to be, not the subject of what comes next:
    "just because your sister is a schizo does not mean she cannot come" denies nothing about the word."""
    at = start - 1
    while at >= floor and words[at] in ("a", "an", "the"):
        at -= 1
    return at >= floor and words[at] in _LINKING_BEFORE


_LINKING_BEFORE = frozenset(["is", "are", "was", "were", "be", "been", "am", "'s", "'m", "'re", "’s", "’m", "’re"])


def _denied_as_a_word(sentence_words: list[str], end: int, ceiling: int) -> bool:
    """ "OCD is not a word for being organised", "PTSD isn't a personality quirk", "bipolar doesn't mean moody"."""
    words = [_plain(w) for w in sentence_words[end : min(end + 7, ceiling)]]
    if len(words) < 3 or words[0] not in _COPULAS:
        return False
    if words[1] not in _NEGATIONS:
        return False
    i = 2
    if i < len(words) and words[i] in ("mean", "means", "equal", "equals"):
        return True
    while i < len(words) and words[i] in _DETERMINERS:
        i += 1
    return i < len(words) and words[i] in _WHAT_A_WORD_IS


def _predicated_as_a_word(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """The match opens its sentence as the subject of "is a ... word": "Retarded is a really funny word", "Crazy is
    a term we overuse"."""
    opening = words[floor:start]
    if "," in opening:  # an opening phrase set off by a comma: "A few centuries back, lunatic and insane were ..."
        opening = opening[len(opening) - opening[::-1].index(",") :]
    lead = [w for w in (_plain(word) for word in opening) if w.isalnum()]
    if "that" in lead:  # the subject of a clause: "the first thing to note is that insanity is not a medical term"
        lead = lead[len(lead) - lead[::-1].index("that") :]
    if len(lead) == 2 and lead[1] in ("and", "or"):
        lead = []  # the second of a pair of words: "lunatic and insane were a technical pair"
    if not all(w in _LEAD_INS for w in lead):
        return False  # not the subject: "He is a crazy word-smith" (a sentence adverb may come first: "Seriously,")
    after = [_plain(w) for w in words[end : min(end + 8, ceiling)]]
    if after[:1] in (["and"], ["or"]) and len(after) > 2 and after[1].isalpha() and after[2] in ("are", "were"):
        after = after[2:]  # the first of a pair
    if after[:3] in (["sounds", "like", "a"], ["sounds", "like", "an"]):
        after = after[2:]  # "Insane sounds like a good name for a horror movie"
    elif after[:1] in (["is"], ["was"], ["'s"], ["are"], ["were"]):
        after = after[1:]
    else:
        return False
    if after[:1] in (["not"], ["n't"], ["never"]):
        after = after[1:]  # "Insanity is not a medical term"
    if after[:1] and after[0] in _WORD_NOUNS:
        return True  # "Crazy and insane are synonyms"
    if not after or after[0] not in ("a", "an", "the", "just", "only", "simply"):
        return False
    return any(w in _WORD_NOUNS for w in after[1:5])


def _named_as_the_term_of_its_day(words: list[str], end: int, ceiling: int) -> bool:
    """The word followed by a note that it was what people said then: "mental illness – or lunacy as was the term of
    the day –", "the insane, as they were then called"."""
    after = tuple(w for w in words[end : min(end + 8, ceiling)] if w not in (",", "(", "–", "—", "-"))
    return any(after[: len(note)] == note for note in _TERM_OF_ITS_DAY)


_TERM_OF_ITS_DAY = (
    ("as", "was", "the", "term"),
    ("as", "was", "the", "word"),
    ("as", "the", "term", "was"),
    *((("as", pronoun, verb, "called") for pronoun, verb in (("it", "was"), ("they", "were"), ("he", "was"),
                                                               ("she", "was")))),
    *((("as", pronoun, verb, "then", "called") for pronoun, verb in (("it", "was"), ("they", "were")))),
    *((("as", pronoun, verb, "known") for pronoun, verb in (("it", "was"), ("they", "were")))),
    ("as", "it", "was", "termed"),
    ("as", "they", "were", "termed"),
    ("as", "they", "called", "it"),
    ("as", "they", "called", "them"),
    ("as", "people", "called", "it"),
    ("as", "people", "said", "then"),
)


def _bare_adjective_as_a_subject(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """An adjective with no noun, opening its sentence as the subject of a judgement: "Crazy might seem harmless",
    "Insane can hurt". An adjective cannot be a subject; the word is. "Crazy is no excuse for violence" stays a use,
    so only a modal or a verb of seeming follows, and then a judgement of a word's weight or harm ("Crazy might work"
    and "Crazy sounds like a plan" describe a plan)."""
    if end - start != 1 or _plain(words[start]) not in _BARE_ADJECTIVES:
        return False
    lead = [w for w in (_plain(word) for word in words[floor:start]) if w.isalnum()]
    if lead and not all(w in _LEAD_INS for w in lead):
        return False
    after = words[end : min(end + 3, ceiling)]
    if after[:1] and after[0] in _MODALS:
        after = after[1:]  # "might seem", "can sound"
        if not after or after[0] not in _JUDGED_AS:
            return False
        if after[0] not in _SEEM_VERBS:
            return True  # "Crazy can hurt", "Insane may offend"
    elif not after or after[0] not in _SEEMING:
        return False
    return len(after) > 1 and after[1] in _WORD_WEIGHTS  # "Crazy sounds harmless" (not "Crazy sounds like a plan")


def _bare_adjectives_as_an_object(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """Two such adjectives joined, after a preposition and before a verb or the sentence's end: the pair is what is
    talked about ("giving negative value to crazy or insane contributes to ...", "the stigma of crazy and mad.").
    Described things follow the pair ("the jump from crazy to insane ideas"), or a copula or a degree comes before
    it, and those stay uses."""
    if end - start != 1 or _plain(words[start]) not in _BARE_ADJECTIVES:
        return False
    for first in (start - 2, start):  # the match as the second of the pair, then as the first
        second = first + 2
        if first <= floor or second >= ceiling or words[first + 1] not in ("or", "and"):
            continue
        if not {_plain(words[first]), _plain(words[second])} <= _BARE_ADJECTIVES:
            continue
        if words[first - 1] not in _PAIR_PREPOSITIONS or _a_change_to(words, first - 1, floor):
            continue
        following = words[second + 1] if second + 1 < ceiling else "."
        if following in _PHRASE_ENDS or following in _FINITE_AFTER_A_SUBJECT:
            return True
    return False


def _a_change_to(words: list[str], to: int, floor: int) -> bool:
    """ "went from bad to crazy and insane", "drove him to mad or bonkers": "to" ends a change of state, so the pair
    describes where it ended."""
    if words[to] != "to":
        return False
    before = words[max(floor, to - 5) : to]
    return "from" in before or not _CHANGE_VERBS.isdisjoint(before[-3:])


_CHANGE_VERBS = frozenset(
    ["go", "goes", "went", "gone", "going", "drive", "drives", "drove", "driven", "driving", "turn", "turns", "turned",
     "turning", "slide", "slid", "descend", "descended", "bordering", "verging", "close", "near", "next"]
)
_BARE_ADJECTIVES = frozenset(["crazy", "insane", "nuts", "mad", "psycho", "loony", "looney", "bonkers", "retarded", "lunatic"])
_SEEMING = frozenset(["seems", "seemed", "sounds", "sounded"])
_SEEM_VERBS = frozenset(["seem", "sound", "feel"])
_WORD_WEIGHTS = frozenset(
    ["harmless", "innocent", "innocuous", "benign", "mild", "casual", "harsh", "offensive", "cruel", "hurtful",
     "funny", "neutral", "trivial", "silly", "playful"]
)
_MODALS = frozenset(["might", "may", "can", "could", "would", "will", "must"])
_JUDGED_AS = frozenset(["seem", "sound", "feel", "hurt", "harm", "stigmatize", "stigmatise", "mean", "carry", "offend"])
_PAIR_PREPOSITIONS = frozenset(["to", "of", "about", "with", "like", "against", "than"])
_PHRASE_ENDS = _AFTER_A_WORD_SAID - {"or", "and"}
_FINITE_AFTER_A_SUBJECT = frozenset(
    ["contributes", "contribute", "is", "are", "was", "were", "has", "have", "hurts", "hurt", "harms", "harm",
     "stigmatizes", "stigmatises", "marginalizes", "marginalises", "reinforces", "perpetuates", "means", "mean"]
)

# Sentence adverbs that may come before the subject: "Seriously, retarded is a really funny word."
_LEAD_INS = frozenset(["seriously", "honestly", "frankly", "really", "look", "okay", "ok", "well", "so", "still", "yes", "no"])
_WORD_NOUNS = frozenset(
    ["word", "words", "term", "terms", "slur", "slurs", "insult", "expression", "phrase", "label", "name", "title",
     "pair", "synonyms", "antonyms", "opposites"]
)

# The act of naming someone, as the subject of a sentence: "Calling someone crazy is a means of discrediting them".
_NAMING_GERUNDS = frozenset(
    ["calling", "labelling", "labeling", "branding", "dubbing", "deeming", "referring", "describing"]
)
# What the naming act may do as a subject: "is", "can be", "hurts", "doesn't help".
_SUBJECT_VERBS = frozenset(
    ["is", "was", "'s", "isn't", "wasn't", "can", "can't", "cannot", "could", "does", "doesn't", "did", "didn't",
     "may", "might", "will", "won't", "would", "should", "has", "only", "just", "hurts", "harms", "stigmatizes",
     "stigmatises", "dismisses", "discredits", "perpetuates", "reinforces", "makes", "adds", "drives", "says",
     "shows", "tells", "implies", "suggests", "undermines", "invalidates", "silences", "shames", "belittles",
     "minimizes", "minimises", "erases", "keeps", "puts", "sends"]
)
_NAMED_OBJECTS = frozenset(
    ["someone", "somebody", "people", "anyone", "anybody", "others", "a", "an", "the", "person", "persons", "them",
     "him", "her", "you", "me", "us", "kids", "children", "women", "men", "patients", "your", "their", "his", "our", "my",
     "colleague", "colleagues", "opponents", "opponent", "another", "other", "every", "each", "or", "and",
     "something", "things", "behaviour", "behavior", "it", "that", "this", "woman", "man", "girl", "girls", "boy",
     "boys", "wife", "husband", "partner", "spouse", "ex", "friend", "friends", "mother", "father", "child", "kid",
     "student", "students", "coworker", "coworkers", "co-worker", "co-workers", "boss", "employee", "employees"]
)


def _named_by_a_gerund_subject(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "Calling someone crazy is a means of discrediting them": the sentence opens with the act of naming
    someone by the word, as its subject, and says what that act does. ("Calling him crazy, she left" goes on
    with a clause of its own and is a use.)"""
    lead = [w for w in (_plain(word) for word in words[floor:start]) if w.isalnum() or w == "'s"]
    while lead and lead[0] in _LEAD_INS:
        lead = lead[1:]
    for at in range(len(lead) - 1, 0, -1):
        if lead[at] in _NAMING_GERUNDS and lead[at - 1] in _BEFORE_A_CLAUSE:
            lead = lead[at:]  # the act opens a clause: "the fact that calling someone a retard is uncool"
            break
    if lead and lead[-1] in ("or", "and") and len(lead) >= 4 and lead[1] in _NAMED_OBJECTS:
        lead = lead[:2]  # another word for it first: "Calling someone Pagal or crazy is not right"
    if lead and lead[0] in _NAMING_GERUNDS:
        lead = [lead[0], *(w for w in lead[1:] if w not in ("to", "as"))]  # "Referring to someone as insane is ..."
    if not lead or lead[0] not in _NAMING_GERUNDS or len(lead) > 4 or not all(w in _NAMED_OBJECTS for w in lead[1:]):
        return False
    after = [_plain(w) for w in words[end : min(end + 4, ceiling)] if w not in ('"', "”", "'", "’")]
    if len(after) >= 3 and after[0] in ("or", "and") and after[1].isalpha():
        after = after[2:]  # another word for it after: "calling someone a retard or fucktard is uncool"
    return bool(after) and (after[0] in _SUBJECT_VERBS or after[0].endswith("n't"))


# Words after which a clause, and so the naming act as its subject, may begin.
_BEFORE_A_CLAUSE = frozenset(["that", "because", "since", "why", "how", "but", "and", "if", "whether", "think", "believe"])


# What says a word's meaning is being settled: "redefine what crazy is", "AA's definition of what an alcoholic is".
_DEFINING_WORDS = frozenset(
    ["define", "defines", "defined", "defining", "redefine", "redefines", "redefined", "redefining", "definition",
     "definitions", "meaning", "decide", "decides", "determine", "determines", "understand", "understanding",
     "rethink", "rethinking", "reconsider", "question", "questioning", "debate", "debating"]
)


def _what_it_is_defined(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "We have to redefine what crazy is", "the definition of what an alcoholic is": what the word means is the
    subject, not a person or a thing described by it."""
    i = start - 1
    if i > floor and words[i] in ("a", "an"):
        i -= 1
    if words[i] != "what" or end >= ceiling or _plain(words[end]) not in ("is", "are", "means", "was", "looks", "'s"):
        return False
    if _plain(words[end]) == "'s" and end + 1 < ceiling and words[end + 1].isalpha():
        return False  # "what crazy's doing": a contraction of "has", or a possessive
    return any(_plain(w) in _DEFINING_WORDS for w in words[max(floor, i - 3) : i])


_SAY_VERBS = frozenset(["say", "says", "said", "saying", "call", "calls", "called", "calling", "use", "uses", "using", "throw", "throws", "describe", "describes", "joke", "jokes", "joking", "claim", "claims", "claiming"])
_GENERIC_SUBJECTS = frozenset(["they", "you", "people", "we", "someone", "somebody", "he", "she", "folks", "others", "many", "most", "everyone", "everybody"])
_MEAN_VERBS = frozenset(["mean", "means", "meant"])


def _reported_usage(words: list[str], start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """The words are reported as what people say and mean by them, not used.

    "People say 'that's just my OCD kicking in' when they mean they like
    things tidy", "'I am so OCD' is often used to mean picky". A saying verb
    before the match and "when they mean", "to mean" or "used to/as/for"
    after it frame the match as an example of usage.
    """
    if _meaning_given_to_another_word(words, start, sentence_start):
        return True
    after = words[end : min(sentence_end, end + _FRAME_REACH)]
    if _USAGE_WORDS.isdisjoint(after):
        return False  # nearly every sentence: none of the framing words follows the match
    before = [_plain(w) for w in words[max(sentence_start, start - _FRAME_REACH) : start]]
    after = [_plain(w) for w in after]
    for i, word in enumerate(after[:-1]):
        following = after[i + 1]
        if word in ("when", "if") and following in _GENERIC_SUBJECTS and any(w in _MEAN_VERBS for w in after[i + 2 : i + 5]):
            return any(w in _SAY_VERBS for w in before)
        if word == "to" and following in _MEAN_VERBS:
            return any(w in _SAY_VERBS for w in before) or "used" in after[:i]
        if word in ("used", "misused", "overused", "thrown") and following in ("to", "as", "for", "around", "about"):
            # Only the words themselves as the subject: "OCD is often used to mean", not "my crazy dog is used to it".
            bridge = after[:i]
            return all(w in _PASSIVE_BRIDGE for w in bridge) and any(w in _PASSIVE_VERBS for w in bridge)
    return False


# How far before a match "used ... to mean" may stand when the match is the meaning given: "schizophrenia is used in
# comedy to mean either wicked crazy or multiple personalities".
_MEANING_GIVEN_REACH = 12


def _meaning_given_to_another_word(words: list[str], start: int, sentence_start: int) -> bool:
    """The match is the meaning another word is misused for: "when schizophrenia is used in comedy to mean crazy"."""
    before = [_plain(w) for w in words[max(sentence_start, start - _MEANING_GIVEN_REACH) : start]]
    for i in range(len(before) - 1):
        if before[i] == "to" and before[i + 1] in _MEAN_VERBS:
            earlier = [_plain(w) for w in words[max(sentence_start, start - _FRAME_REACH) : start - len(before) + i]]
            return any(_passive_use(earlier, k) for k, w in enumerate(earlier) if w in ("used", "misused", "overused"))
    return False


def _passive_use(words: list[str], used: int) -> bool:
    """ "is (often) used": the passive, not the habit of "I used to mean"."""
    k = used - 1
    while k >= 0 and words[k] in _PASSIVE_ADVERBS:
        k -= 1
    return k >= 0 and words[k] in _PASSIVE_VERBS


# How many words either side of a match a frame of reported usage may span: a run-on sentence costs no more.
_FRAME_REACH = 40
# The words one of which must follow a match for it to be reported usage.
_USAGE_WORDS = frozenset(["when", "if", "to", "used", "misused", "overused", "thrown"])
_PASSIVE_ADVERBS = frozenset(
    ["often", "commonly", "frequently", "casually", "loosely", "sometimes", "also", "wrongly", "incorrectly",
     "flippantly", "regularly", "increasingly", "mostly", "typically", "usually", "so", "too", "now", "widely", "still",
     "very", "quite", "more", "most", "generally", "routinely", "constantly"]
)
_PASSIVE_VERBS = frozenset(["is", "are", "was", "were", "'s", "gets", "get", "got", "been", "being", "be"])
_PASSIVE_BRIDGE = _PASSIVE_ADVERBS | _PASSIVE_VERBS | {"”", '"', "’", "'"}


_RECLAIMING = frozenset(["reclaim", "reclaims", "reclaimed", "reclaiming", "reclamation", "(re)claimed", "re-claimed", "re-claim"])


def _reclaimed(words: list[str], start: int, floor: int, ceiling: int) -> bool:
    """A sentence about reclaiming words ("Mad Pride reclaims 'crazy' and 'nuts' as badges of pride") mentions them.

    The reclaiming verb has to be within reach of the word: a long sentence may go on to something else.
    """
    for at in range(max(floor, start - _RECLAIM_REACH), min(ceiling, start + _RECLAIM_REACH)):
        if words[at] not in _RECLAIMING:
            continue
        if at < start and not (at + 1 < ceiling and words[at + 1] == "by"):
            return True  # the word is what is reclaimed: "Mad Pride reclaims 'crazy'"
        if at > start and at > floor and words[at - 1] in _PASSIVE_AUXILIARIES:
            return True  # "'Crazy' has been reclaimed by activists"
        if at > start and not META_NOUNS.isdisjoint(words[at + 1 : min(ceiling, at + 7)]):
            return True  # "being mad or crazy ... and reclaims the hurtful language"
    return False  # "the park is reclaimed by drug addicts", "addicts reclaimed the park": who reclaims, not what


_PASSIVE_AUXILIARIES = frozenset(["is", "are", "was", "were", "be", "been", "being", "'s", "’s", "get", "gets", "got"])


_RECLAIM_REACH = 15


def _named_as_terms_after(doc: Doc, words: list[str], end: int, ceiling: int) -> bool:
    """ "Lunatics, imbeciles, idiots and cretins – terms which ...": a list the sentence then calls words or terms,
    or that ends in "or similar words".

    A hyphen inside a word sets nothing off: "suffer from long-term depression" names no terms.
    """
    i = end
    while i < ceiling and i - end < 12 and (words[i] in _LIST_SEPARATORS or _list_word(words[i])):
        i += 1
    if i < ceiling and words[i] in META_NOUNS and i - 2 >= end and words[i - 1] in _KINDRED and words[i - 2] in ("or", "and"):
        return True  # the list ends in its own kind: "crazy, insane, or similar words to describe people"
    if i >= ceiling or words[i] not in ("–", "—", "-", ",", ":", "("):
        return False  # the words must be set off as a list before they are named
    if words[i] == "-" and i > end and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
        return False
    return i + 1 < ceiling and words[i + 1] in META_NOUNS


# "The dictionary defines lunatic as a foolish person": the word is what is defined.
_DEFINING = frozenset(["defines", "define", "defined", "defining", "glosses", "glossed", "translates", "translated"])
# "Bedlam, now a synonym for chaos", "bedlam became a byword for cruelty": the word glossed as a word.
_GLOSS_NOUNS = frozenset(["synonym", "byword", "euphemism", "shorthand", "metonym", "slang", "eponym"])
_GLOSS_LEAD = frozenset([",", "(", "—", "–", "is", "was", "became", "has", "had", "become", "been", "now", "once",
                         "long", "still", "since", "today", "later", "itself", "a", "an", "the", "common", "popular"])


def _glossed_as_a_word(words: list[str], end: int, ceiling: int, opens: bool = False) -> bool:
    """The matched word glossed as a word right after it: "Bedlam, now a synonym for chaos, took its name from ...",
    or, opening the sentence, set beside what it is as a word: "Lunatic, once a word found inscribed in law, has now
    been abandoned"."""
    i = end
    while i < ceiling and i - end < 6 and words[i] in _GLOSS_LEAD:
        i += 1
    if i > end and i + 1 < ceiling and words[i] in _GLOSS_NOUNS and words[i + 1] == "for":
        return True
    return opens and i > end and i < ceiling and words[end] == "," and words[i] in _WORD_NOUNS


# What follows a term a statute or a glossary defines: '"Mentally ill" means ...', "Lunacy refers to ...".
_DEFINITIONS = (("means",), ("shall", "mean"), ("refers", "to"), ("is", "defined"), ("are", "defined"), ("has", "the", "meaning"))


def _term_defined(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """The sentence opens with the words and goes on to define them: '"Mentally ill" means having a disorder ...'."""
    if any(word.isalnum() for word in words[floor:start]):
        return False
    after = [word for word in words[end : min(end + 5, ceiling)] if word not in ('"', "”", "'", "’", ",")]
    if len(after) > 1 and after[1] in _HEDGES_IN_A_DEFINITION:
        del after[1]  # "Insanity is actually defined as ..."
    return any(tuple(after[: len(definition)]) == definition for definition in _DEFINITIONS)


_HEDGES_IN_A_DEFINITION = frozenset(["actually", "legally", "technically", "formally", "usually", "commonly", "often",
                                     "generally", "clinically", "medically", "officially", "simply", "properly"])


def _defined(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "By alcoholic I mean a man whose chemistry craves alcohol": the writer defines the word."""
    if start == floor or words[start - 1] != "by":
        return False
    after = [_plain(w) for w in words[end : min(end + 4, ceiling)] if w != ","]
    return after[:1] in (["i"], ["we"]) and any(w in ("mean", "meant", "refer") for w in after[1:3])


def is_negated_claim(doc: Doc, start: int, end: int) -> bool:
    """A casual diagnosis that the sentence denies: "you did not get PTSD from a film", "being tidy doesn't make you OCD".

    Denying the casual claim is the advice itself. A negation counts within
    three words before the match, in the same clause (no comma, semicolon or
    conjunction in between), unless it negates a verb of knowing or wanting
    ("if you don't know what being triggered is").
    """
    floor, ceiling = sentence_bounds(doc, start)
    words = lower_words(doc)
    if _denied_as_what_it_means(words, start, floor):
        return True
    if end < ceiling and words[end].isalpha() and words[end] not in AFTER_NOUN:
        return False  # the words describe a noun the negation is about: "I don't have crazy rituals"
    if end - start >= 2 and start > floor and words[start - 1] in _OBJECT_DETERMINERS and all(w.isalpha() for w in words[start:end]):
        return False  # the match is that noun with its describing word: "you might not have an anorexic physique"
    i = start - 1
    skipped = 0  # emphasis marks around the words ("isn't *actually* OCD") are not words
    while i >= floor and start - i - skipped <= 3:
        word = _plain(words[i])
        if word in _EMPHASIS:
            skipped += 1
            i -= 1
            continue
        if word in _CLAIM_NEGATIONS or word.endswith("n't"):
            following = next((w for w in words[i + 1 : start] if w not in _EMPHASIS), "")
            if _plain(following) in ("as", "so") and end < ceiling and words[end] == "as":
                return False  # a comparison grants the claim to something else: "not as traumatic as supporting Arsenal"
            return _plain(following) not in _NOT_A_CLAIM
        if word in _CLAUSE_BREAKS:
            return False
        i -= 1
    return False


_MEANING_VERBS = frozenset(["mean", "means", "make", "makes"])
_LINKS = frozenset(["are", "is", "'re", "’re", "'s", "’s", "am", "'m", "’m", "be", "have", "has", "get"])


def _denied_as_what_it_means(words: list[str], start: int, floor: int) -> bool:
    """ "If you are feeling moody today, that does not mean that you are bipolar": what a trait does not make someone,
    told as advice, with its own subject between the negation and the match."""
    if start - 1 <= floor or _plain(words[start - 1]) not in _LINKS:
        return False
    for k in range(start - 2, max(floor, start - 6) - 1, -1):
        if words[k] in _MEANING_VERBS:
            return k > floor and (words[k - 1] in _CLAIM_NEGATIONS or words[k - 1].endswith("n't"))
        if not words[k].isalpha():
            return False
    return False


_CLAIM_NEGATIONS = frozenset(["not", "n't", "never", "cannot"])
_NOT_A_CLAIM = frozenset(
    ["know", "knew", "think", "thought", "care", "mind", "understand", "like", "want", "wanna", "remember", "believe",
     "mean", "see", "realise", "realize", "wonder", "doubt", "blame", "judge", "only", "just", "even", "always"]
)
_CLAUSE_BREAKS = frozenset([",", ";", ":", "but", "and", "or", "because", "so", "yet", "although", "though", "—", "–"])


# What the last item of a list of words may call the rest: "crazy, insane, or similar words".
_KINDRED = frozenset(["similar", "other", "such", "related", "comparable", "equivalent", "like"])
_LIST_SEPARATORS = frozenset([",", "and", "or", "&", "/", ";", "nor", "_", "*"])
MAX_LIST_ITEM_WORDS = 3


def _earlier_list_items(doc: Doc, start: int) -> list[int]:
    """Where the earlier items of a list that ends with the match begin ("words like crazy, insane, and psycho").

    A cue before a list of words covers every item, not only the first:
    "avoid words like crazy, insane and psycho" mentions all three. Items are
    one or two plain words between separators. A two-word item may be a cue
    word and an item ("avoid crazy"), so each word of an item counts as a
    possible start; a word such as "like" or "words" ends the walk.
    """
    words = lower_words(doc)
    floor = _sentence_start(doc, start)
    found: list[int] = []
    i = start - 1
    if i >= floor and words[i] in _ITEM_ARTICLES:
        i -= 1  # the match's own article: "a drunk or [a] junkie"
    while True:
        separators = i
        while i >= floor and words[i] in _LIST_SEPARATORS:
            i -= 1
        if i == separators:
            return found
        item_end = i
        while i >= floor and item_end - i < MAX_LIST_ITEM_WORDS and _list_word(words[i]):
            found.append(i)
            i -= 1
        if i == item_end:
            return found
        if i >= floor and words[i] in _ITEM_ARTICLES:
            i -= 1  # an item's article: "don't think of [a] drunk or a junkie"
        elif i - 1 >= floor and words[i] == "the" and words[i - 1] == ":":
            i -= 1  # the first item's article after a colon: "never use the following: the mentally ill, addicts"


_ITEM_ARTICLES = frozenset(["a", "an"])


def _list_word(word: str) -> bool:
    return word.isalpha() and word not in META_NOUNS and word not in _SKIPPABLE and word not in _LIST_SEPARATORS


def _quoted_as_a_term(doc: Doc, quote: tuple[int, int]) -> bool:
    """A quoted word or short phrase is a mention; a quoted sentence is speech (a use) unless framed as an example."""
    q_start, q_end = quote
    words = len(doc_text(doc)[q_start:q_end].split())
    if words <= MAX_QUOTED_TERM_WORDS:
        return not _scare_quoted_modifier(doc, q_start, q_end)
    if words > MAX_QUOTED_EXAMPLE_WORDS:
        return False
    starts, ends = token_offsets(doc)
    ended = bisect_right(ends, q_start)  # the tokens that end by the start of the quotation
    after_quote = bisect_left(starts, q_end)  # the first token that starts after it
    words = lower_words(doc)
    before = words[max(0, ended - 3) : ended]
    after = words[after_quote : after_quote + 4]
    if any(w in META_NOUNS for w in before):
        return True
    judged_after = any(w in _QUOTE_VERDICTS or w in _VERDICTS for w in after)
    return judged_after and (any(w in _SPEECH_VERBS for w in before) or after[0] in _QUOTE_CLOSERS)


_QUOTE_CLOSERS = frozenset({"”", '"', "’", "'"})
# What names the quoted words as a title: "a blog post entitled 'How to work from home without going insane'".
_TITLING = frozenset(["entitled", "titled", "named", "dubbed", "headlined", "headed", "captioned"])


def _quoted_title(doc: Doc, quote: tuple[int, int]) -> bool:
    """A quotation right after a verb that names it is the title of a work, whatever its length."""
    before, _ = _words_around(doc, quote, _QUOTE_OR_LINK_MARKS)
    return before is not None and lower_words(doc)[before] in _TITLING


_QUOTE_MARKS = frozenset(['"', "“", "”", "'", "‘", "’", "``", "''"])
_QUOTE_OR_LINK_MARKS = _QUOTE_MARKS | {"[", "*", "_"}
_POSSESSORS = frozenset(["my", "your", "his", "her", "their", "our", "its"])
_KINDS = frozenset(["kind", "kinds", "sort", "sorts", "type", "types"])


def _words_around(doc: Doc, quote: tuple[int, int], marks: frozenset[str]) -> tuple[int | None, int | None]:
    """The words just before and just after a quotation, past its own marks (None at either end of the doc)."""
    starts, ends = token_offsets(doc)
    words = lower_words(doc)
    before = bisect_right(ends, quote[0]) - 1
    while before >= 0 and words[before] in marks:
        before -= 1
    after = bisect_left(starts, quote[1])
    while after < len(words) and words[after] in marks:
        after += 1
    return (before if before >= 0 else None), (after if after < len(words) else None)


def _scare_quoted_modifier(doc: Doc, q_start: int, q_end: int) -> bool:
    """ 'your "OCD" habits', 'all kinds of "psycho" behaviors': a quoted word between a possessive (or "kinds of")
    and its noun describes the noun (scare quotes distance the writer from the word but still use it); a word named
    as a word stands alone ('the "crazy" label', 'calling them "crazy" is')."""
    before, after = _words_around(doc, (q_start, q_end), _QUOTE_MARKS)
    if before is None or after is None:
        return False
    words = lower_words(doc)
    kind_of = before >= 1 and words[before] == "of" and words[before - 1] in _KINDS
    if _plain(words[before]) not in _POSSESSORS and not kind_of:
        return False
    noun = words[after]
    return noun.isalpha() and noun not in META_NOUNS and noun not in _PHRASE_ENDERS and noun not in _COPULAS


def _sentence_start(doc: Doc, index: int) -> int:
    return sentence_bounds(doc, index)[0]


# What joins a compound: a meta noun after one ends the compound and names no word ("long-term").
_HYPHENS = frozenset(["-", "‑", "–"])


def _meta_noun_before(doc: Doc, start: int) -> bool:
    floor = _sentence_start(doc, start)
    words = lower_words(doc)
    i = start - 1
    skipped = 0
    while i >= floor and skipped <= 4:
        lower = words[i]
        if lower in META_NOUNS:
            # the end of a compound names no word ("her long-term battle with anorexia"), except a letter's word:
            # "the r-word (retard or retarded)"
            compound = i > floor and words[i - 1] in _HYPHENS and not doc[i - 1].whitespace_
            return not compound or (i - 2 >= floor and len(words[i - 2]) == 1 and words[i - 2].isalpha())
        if lower in _INCLUDE and not META_NOUNS.isdisjoint(words[max(floor, i - _DESCRIBED_NOUN_REACH) : i]):
            return True  # "Terms deemed unacceptable include crazy, insane, ..."
        if lower not in _SKIPPABLE:
            return False
        i -= 1
        skipped += 1
    return False


_INCLUDE = frozenset(["include", "includes", "included"])
# How far before "include" the noun of words may stand, with what describes it between: "terms deemed unacceptable".
_DESCRIBED_NOUN_REACH = 4


# Verbs of doing that open a match: after "rather than" or "instead of" they name an act chosen instead ("seek help
# rather than commit suicide"), not a word.
_DOING = frozenset(
    ["commit", "commits", "committing", "attempt", "attempting", "abuse", "abusing", "suffer", "suffering", "battle",
     "battling", "go", "going", "get", "getting", "become", "becoming"]
)
_INSTEAD = frozenset([("rather", "than"), ("instead", "of")])


def _avoid_cue_before(doc: Doc, start: int) -> bool:
    floor = _sentence_start(doc, start)
    lowers = lower_words(doc)
    if start - 2 >= floor and (lowers[start - 2], lowers[start - 1]) in _INSTEAD and lowers[start] in _DOING:
        return False
    if start > floor and lowers[start - 1] == "as" and lowers[start].endswith("ing") and len(lowers[start]) > 4:
        return False  # a state, not a label, after "as": "the man is described as suffering from schizophrenia"
    if lowers[start] == "as" and _labelled_as(lowers, start, floor):
        return True  # a match that holds its "as": "describe it as schizophrenic"
    i = start - 1
    noun_skipped = False
    while i >= floor and start - i <= 4:
        if lowers[i] in _SAYING or lowers[i] in _EMPHASIS:  # "Instead of _crazy_ try _wild_"
            i -= 1
        elif not noun_skipped and _person_called_it(doc, lowers, i, floor):
            noun_skipped = True
            i -= 1
        else:
            break
    if i - 1 >= floor and lowers[i] == "being" and lowers[i - 1] == "as":
        i -= 1  # "decrying the other side as being retarded"
    elif i - 2 >= floor and lowers[i] == "being" and lowers[i - 1] in _ANYONE and lowers[i - 2] == "as":
        i -= 2  # "should not be dismissed as someone being crazy"
    if i >= floor and lowers[i] == "as" and _labelled_as(lowers, i, floor):
        return True
    if i >= floor and lowers[i] == "as" and _referring_after_a_cue(doc, lowers, i, floor):
        return True
    if _labelled_as_described(lowers, i, floor):
        return True
    listed = _as_before_a_list(lowers, start - 1, floor)
    if listed is not None and (_labelled_as(lowers, listed, floor) or _avoid_cue_ends_at(lowers, listed, floor)):
        return True  # one of a list of labels: "presented as dangerous, unpredictable, “mad”, deranged"
    return any(_avoid_cue_ends_at(lowers, at, floor) for at in range(max(i, floor), start))


_CALLING = frozenset(["call", "calling"])


def _person_called_it(doc: Doc, lowers: list[str], i: int, floor: int) -> bool:
    """Whether the word at ``i`` names whom "call" calls the match: "never call my sister crazy" (not "known as a
    recovering ..."), what they were when called it ("call someone annoying a retard"), a name or a plural ("call
    Bush a lunatic", "calling patients nutjobs")."""
    if not lowers[i].isalpha():
        return False
    determined = i - 2 >= floor and (lowers[i - 1] in _OBJECT_DETERMINERS or lowers[i - 1] in _ANYONE)
    if determined and lowers[i - 2] in _CALLING:
        return True
    named_or_plural = doc[i].text[:1].isupper() or (lowers[i].endswith("s") and len(lowers[i]) > 3)
    return i - 1 >= floor and lowers[i - 1] in _CALLING and named_or_plural


_REFERRING = frozenset(["referring", "refer", "describing", "describe", "labelling", "labeling", "label", "calling"])


def _referring_after_a_cue(doc: Doc, lowers: list[str], at: int, floor: int) -> bool:
    """ "Instead of referring to someone as an epileptic", "avoid describing people as crazy": the way of referring to
    people that the sentence advises against (a referring verb, then an avoidance cue just before it)."""
    for j in range(at - 1, max(floor, at - 5) - 1, -1):
        if lowers[j] in _REFERRING:
            return _avoid_cue_before(doc, j)
    return False


def _labelled_as_described(lowers: list[str], i: int, floor: int) -> bool:
    """ "those who label all homeless people as dangerous drug addicts": the label with a describing word or two of
    its own between "as" and the match."""
    j = i
    while j >= floor and i - j < 2 and lowers[j].isalpha() and lowers[j] != "as" and lowers[j] not in _NAMING_VERBS:
        j -= 1
    return j != i and j >= floor and lowers[j] == "as" and _labelled_as(lowers, j, floor)


_LIST_MARKS = _QUOTE_MARKS | {",", "and", "or"}


def _as_before_a_list(lowers: list[str], last: int, floor: int) -> int | None:
    """The "as" that opens a comma-separated list of one-word items whose last item ends at ``last`` (the match is
    the next item): "as dangerous, unpredictable, “mad”, deranged". None if there is no such list."""
    i = last
    while i >= floor and lowers[i] in _QUOTE_MARKS:
        i -= 1
    if i < floor or lowers[i] not in (",", "and", "or"):
        return None  # the match is no item of a list
    commas = 0
    run = 0  # the words of the item being read: one or two words an item
    while i >= floor and last - i <= 12:
        word = lowers[i]
        if word == "as" and commas:
            return i
        if word == ",":
            commas += 1
            run = 0
        elif word.isalpha() and word not in ("and", "or"):
            run += 1
            if run > 2:
                return None
        elif word not in _LIST_MARKS:
            return None
        i -= 1
    return None


def _avoid_cue_ends_at(lowers: list[str], at: int, floor: int) -> bool:
    """Whether one of the avoidance and labelling cues ends with the word at ``at`` ("portrayed as")."""
    words = tuple(_plain(word) for word in lowers[max(floor, at - _LONGEST_CUE + 1) : at + 1])
    return any(words[-len(cue) :] == cue for cue in _CUES_BY_LAST_WORD.get(words[-1], ()))


def _labelled_as(lowers: list[str], at: int, floor: int) -> bool:
    """ "record the person as insane", "listed him as a lunatic": a record's category, with its object before "as";
    "decrying the other side as retarded", "derided him as a lunatic": a label others pinned on someone, reported."""
    i = at - 1
    while i >= floor and at - i <= 5 and lowers[i].isalpha() and lowers[i] not in _NAMING_VERBS:
        i -= 1
    if i >= floor and at - i <= 4 and lowers[i] in _LABELLING_VERBS:
        return True
    # "why describe it as schizophrenic?", "I've heard anchors describe a weather pattern as bipolar": the
    # description is someone else's, reported or questioned.
    return (
        i >= floor
        and lowers[i] in _DESCRIBING_VERBS
        and any(_plain(word) in _REPORTING_CUES for word in lowers[max(floor, i - 7) : i])
    )


_LABELLING_VERBS = frozenset(
    ["record", "records", "recorded", "recording", "list", "lists", "listed", "listing", "class", "classed",
     "classify", "classifies", "classified", "classifying", "enumerate", "enumerated", "certify", "certifies",
     "certified", "register", "registered", "mark", "marked", "designate", "designated", "label", "labels",
     "labelled", "labeled", "labelling", "labeling", "categorise", "categorised", "categorize", "categorized",
     "decry", "decries", "decried", "decrying", "denounce", "denounces", "denounced", "denouncing", "deride", "derides",
     "derided", "deriding", "ridicule", "ridicules", "ridiculed", "ridiculing", "brand", "brands", "branded",
     "branding",
     # a portrayal others made, reported: "people with schizophrenia are often portrayed as violent psychopaths"
     "portray", "portrays", "portrayed", "portraying", "depict", "depicts", "depicted", "depicting", "stereotype",
     "stereotypes", "stereotyped", "stereotyping", "stigmatise", "stigmatised", "stigmatize", "stigmatized",
     "caricature", "caricatured"]
)


_DESCRIBING_VERBS = frozenset(["describe", "describes", "described", "describing", "refer", "refers", "referred", "referring"])
_NAMING_VERBS = _LABELLING_VERBS | _DESCRIBING_VERBS
# What says a description is someone else's: asked why, heard, or what people often do.
_REPORTING_CUES = frozenset(
    ["why", "heard", "hear", "hears", "hearing", "overheard", "overhear", "overhears", "overhearing", "often", "commonly",
     "sometimes", "frequently", "routinely", "tend",
     "tends", "people", "media", "headlines", "anchors", "forecasters"]
)


# Words after a match that leave it the last word of its phrase ("never call him a psycho again").
_PHRASE_ENDERS = frozenset(
    ["and", "or", "but", "either", "anymore", "again", "ever", "any", "in", "at", "to", "because", "when", "if", "just",
     "for", "as", "nor", "so", "then", "now", "too", "today", "here", "there", "online", "out", "loud", "is",
     "are", "was", "were", "be", "please", "though", "unless", "even", "without", "with", "by", "on"]
)


def _modifies_a_noun(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """A one-word match between a determiner and another word: it modifies that noun ("the crazy guy")."""
    if end - start != 1 or start == floor or words[start - 1] not in _OBJECT_DETERMINERS:
        return False
    return end < ceiling and words[end].isalpha() and words[end] not in _PHRASE_ENDERS


def _plain(word: str) -> str:
    """Curly apostrophes as straight ones, so "don’t" and "don't" are the same cue."""
    return word.replace("’", "'")


def _verdict_after(doc: Doc, end: int) -> bool:
    window = lower_words(doc)[end : end + 6]
    if not window or window[0] not in {"is", "are", "was", "'s", "”", '"', "’", "'"}:
        return False
    return any(word in _VERDICTS and not _other_sense_of_loaded(window, at) for at, word in enumerate(window[:5]))


def _other_sense_of_loaded(window: list[str], at: int) -> bool:
    """ "loaded for Armageddon", "loaded with cash", "loaded up": a person or a thing filled, not a word's charge."""
    return window[at] == "loaded" and at + 1 < len(window) and window[at + 1] in ("for", "with", "up", "into", "onto")
