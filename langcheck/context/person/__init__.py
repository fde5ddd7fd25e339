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

``is_self_description`` (in ``subject``) walks back from the label to the
writer as its subject, and where the writer is not there asks the other
ways, one module each: ``clauses`` (the writer past an aside, a second
complement, a "who" or a clause opener), ``two_labels`` (the second of two
labels for one person), ``chosen`` (a label its bearer chose: "self-described",
"identify as"), ``hedges`` (a degree word that makes a diagnosis a passing
mood), ``reported`` (someone's own words about themselves, passed on),
``as_phrases`` ("as an addict, I ...", "as someone who ..."), ``group`` (the
writer's own group: "some of us", "one of them", "alcoholics like me") and
``own`` (the writer's own condition, a side of them, "myself", their
abstinence). ``words`` holds the word lists and small helpers they share.
"""

from __future__ import annotations

from langcheck.context.person.subject import is_self_description

__all__ = ["is_self_description"]
