"""Usage reported: the words as what people say, and what they mean or use them for.

"'I am so OCD' is often used to mean picky", "people say 'that's just my OCD'
when they mean they like things tidy", "so many people say their dog has
ADHD", "use OCD as a joke", "about to say gay or retarded": a writer
describing how the words get used, or naming them as what is said, is not
using them. A particular sayer ("my boss said he's crazy") is reported
speech of its own, and still a use.
"""

from __future__ import annotations

from langcheck.context.mention.shared import AFTER_A_WORD_SAID, FRAME_REACH, plain

_USING = frozenset(["use", "uses", "used", "using"])
_KINDS_OF_WORD = frozenset(
    ["joke", "jokes", "insult", "insults", "punchline", "adjective", "noun", "verb", "adverb", "synonym", "slur",
     "metaphor", "excuse", "term",
     "word", "shorthand", "buzzword", "slang", "label", "putdown", "put-down", "catchall", "catch-all"]
)


def used_as_a_kind_of_word(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
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
    if as_at + 1 >= ceiling or words[as_at] not in ("as", "for"):
        return False
    following = words[as_at + 1 : as_at + 3]
    if following and following[0] in ("a", "an", "the", "their", "its"):
        following = following[1:]
    if words[as_at] == "for":
        return bool(following) and following[0] in _NAMES_FOR  # "older doctors used lunatic for the nomenclature"
    return bool(following) and following[0] in _KINDS_OF_WORD


# What a word is used for, as a word: "used lunatic for the nomenclature".
_NAMES_FOR = frozenset(["nomenclature", "name", "term", "label", "word", "description", "diagnosis", "category"])
_SAYS = frozenset(["say", "says", "saying", "said"])


def said_bare(words: list[str], first: int, end: int, floor: int, ceiling: int) -> bool:
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
    return words[end] in AFTER_A_WORD_SAID


# Who may stand for people in general as the sayer: "so many people say their dog has ADHD".
_PEOPLE_IN_GENERAL = frozenset(["people", "folks", "everyone", "everybody", "others", "somebody", "someone"])
_QUANTIFIERS = frozenset(
    ["so", "many", "most", "some", "a", "lot", "lots", "of", "all", "plenty", "too", "the", "these"]
)
# How far into what is said the words may stand: the clause after the saying verb.
_SAID_REACH = 8


def said_by_people_in_general(words: list[str], start: int, end: int, floor: int) -> bool:
    """ "So many people say their dog has ADHD, or is autistic": what people in general say, reported by a writer
    who is describing how the words get used, not using them. A named or particular sayer ("my boss said he's
    crazy") is reported speech of its own and still a use; so is anything after a clause break."""
    i = start - 1
    while i >= floor and start - i <= _SAID_REACH:
        word = plain(words[i])
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
            return general and not _FINITE_VERBS.isdisjoint(plain(word) for word in words[i + 1 : end])
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

SAY_VERBS = frozenset(
    ["say", "says", "said", "saying", "call", "calls", "called", "calling", "use", "uses", "using", "throw", "throws",
     "describe", "describes", "joke", "jokes", "joking", "claim", "claims", "claiming"]
)
_GENERIC_SUBJECTS = frozenset(
    ["they", "you", "people", "we", "someone", "somebody", "he", "she", "folks", "others", "many", "most", "everyone",
     "everybody"]
)
_MEAN_VERBS = frozenset(["mean", "means", "meant"])


def reported_usage(words: list[str], start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """The words are reported as what people say and mean by them, not used.

    "People say 'that's just my OCD kicking in' when they mean they like
    things tidy", "'I am so OCD' is often used to mean picky". A saying verb
    before the match and "when they mean", "to mean" or "used to/as/for"
    after it frame the match as an example of usage.
    """
    if _meaning_given_to_another_word(words, start, sentence_start):
        return True
    after = words[end : min(sentence_end, end + FRAME_REACH)]
    if _USAGE_WORDS.isdisjoint(after):
        return False  # nearly every sentence: none of the framing words follows the match
    before = [plain(w) for w in words[max(sentence_start, start - FRAME_REACH) : start]]
    after = [plain(w) for w in after]
    for i, word in enumerate(after[:-1]):
        following = after[i + 1]
        if (
            word in ("when", "if")
            and following in _GENERIC_SUBJECTS
            and any(w in _MEAN_VERBS for w in after[i + 2 : i + 5])
        ):
            return any(w in SAY_VERBS for w in before)
        if word == "to" and following in _MEAN_VERBS:
            return any(w in SAY_VERBS for w in before) or "used" in after[:i]
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
    before = [plain(w) for w in words[max(sentence_start, start - _MEANING_GIVEN_REACH) : start]]
    for i in range(len(before) - 1):
        if before[i] == "to" and before[i + 1] in _MEAN_VERBS:
            earlier = [plain(w) for w in words[max(sentence_start, start - FRAME_REACH) : start - len(before) + i]]
            return any(_passive_use(earlier, k) for k, w in enumerate(earlier) if w in ("used", "misused", "overused"))
    return False


def _passive_use(words: list[str], used: int) -> bool:
    """ "is (often) used": the passive, not the habit of "I used to mean"."""
    k = used - 1
    while k >= 0 and words[k] in _PASSIVE_ADVERBS:
        k -= 1
    return k >= 0 and words[k] in _PASSIVE_VERBS


# The words one of which must follow a match for it to be reported usage.
_USAGE_WORDS = frozenset(["when", "if", "to", "used", "misused", "overused", "thrown"])
_PASSIVE_ADVERBS = frozenset(
    ["often", "commonly", "frequently", "casually", "loosely", "sometimes", "also", "wrongly", "incorrectly",
     "flippantly", "regularly", "increasingly", "mostly", "typically", "usually", "so", "too", "now", "widely", "still",
     "very", "quite", "more", "most", "generally", "routinely", "constantly"]
)
_PASSIVE_VERBS = frozenset(["is", "are", "was", "were", "'s", "gets", "get", "got", "been", "being", "be"])
_PASSIVE_BRIDGE = _PASSIVE_ADVERBS | _PASSIVE_VERBS | {"”", '"', "’", "'"}
