"""The act of naming someone by the words, as a sentence's subject: "Calling someone crazy is a means of
discrediting them".

The sentence says what the act does, so the word is talked about. A naming
that goes on with a clause of its own ("Calling him crazy, she left") is a
use.
"""

from __future__ import annotations

from langcheck.context.mention.shared import LEAD_INS, plain

# The act of naming someone, as the subject of a sentence: "Calling someone crazy is a means of discrediting them".
NAMING_GERUNDS = frozenset(
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
     "him", "her", "you", "me", "us", "kids", "children", "women", "men", "patients", "your", "their", "his", "our",
     "my", "colleague", "colleagues", "opponents", "opponent", "another", "other", "every", "each", "or", "and",
     "something", "things", "behaviour", "behavior", "it", "that", "this", "woman", "man", "girl", "girls", "boy",
     "boys", "wife", "husband", "partner", "spouse", "ex", "friend", "friends", "mother", "father", "child", "kid",
     "student", "students", "coworker", "coworkers", "co-worker", "co-workers", "boss", "employee", "employees"]
)


def named_by_a_gerund_subject(words: list[str], start: int, end: int, floor: int, ceiling: int) -> bool:
    """ "Calling someone crazy is a means of discrediting them": the sentence opens with the act of naming
    someone by the word, as its subject, and says what that act does. ("Calling him crazy, she left" goes on
    with a clause of its own and is a use.)"""
    lead = [w for w in (plain(word) for word in words[floor:start]) if w.isalnum() or w == "'s"]
    while lead and lead[0] in LEAD_INS:
        lead = lead[1:]
    for at in range(len(lead) - 1, 0, -1):
        if lead[at] in NAMING_GERUNDS and lead[at - 1] in _BEFORE_A_CLAUSE:
            lead = lead[at:]  # the act opens a clause: "the fact that calling someone a retard is uncool"
            break
    if lead and lead[-1] in ("or", "and") and len(lead) >= 4 and lead[1] in _NAMED_OBJECTS:
        lead = lead[:2]  # another word for it first: "Calling someone Pagal or crazy is not right"
    if lead and lead[0] in NAMING_GERUNDS:
        lead = [lead[0], *(w for w in lead[1:] if w not in ("to", "as"))]  # "Referring to someone as insane is ..."
    if not lead or lead[0] not in NAMING_GERUNDS or len(lead) > 4 or not all(w in _NAMED_OBJECTS for w in lead[1:]):
        return False
    after = [plain(w) for w in words[end : min(end + 4, ceiling)] if w not in ('"', "”", "'", "’")]
    if len(after) >= 3 and after[0] in ("or", "and") and after[1].isalpha():
        after = after[2:]  # another word for it after: "calling someone a retard or fucktard is uncool"
    return bool(after) and (after[0] in _SUBJECT_VERBS or after[0].endswith("n't"))


# Words after which a clause, and so the naming act as its subject, may begin.
_BEFORE_A_CLAUSE = frozenset(
    ["that", "because", "since", "why", "how", "but", "and", "if", "whether", "think", "believe"]
)
