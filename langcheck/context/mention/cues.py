"""The avoidance and labelling cues, as a table of word sequences, and the look-up of one that ends at a word.

"instead of", "stop calling", "it's offensive to say", "often called",
"labelled as", "portrayed as": each cue is a tuple of lower-case words,
indexed by its last word so that a walk back from a match asks only the cues
that could end where it stands. Where the walk starts and what it may step
over is ``avoidance``'s job.
"""

from __future__ import annotations

from langcheck.context.mention.shared import plain

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


def avoid_cue_ends_at(lowers: list[str], at: int, floor: int) -> bool:
    """Whether one of the avoidance and labelling cues ends with the word at ``at`` ("portrayed as")."""
    words = tuple(plain(word) for word in lowers[max(floor, at - _LONGEST_CUE + 1) : at + 1])
    return any(words[-len(cue) :] == cue for cue in _CUES_BY_LAST_WORD.get(words[-1], ()))
