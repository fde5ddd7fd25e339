"""Legislation: a sentence drafted as a statute or a regulation is the law's wording, not the writer's.

Statutes and regulations still name people by legal categories ("insane
persons", "the insane", "an addict (as defined in section 802 of title 21)",
"families of alcoholics"). A writer who quotes or publishes that text cannot
change it, and guidance leaves legal terms in legal writing alone. Drafting
has its own register: "shall", "such persons", "pursuant to", "notwithstanding",
"thereof", cross-references to sections and titles, "the Secretary". One such
marker is common enough in ordinary prose ("in accordance with"); two distinct
ones in one sentence are the register. A rule opts in with
``context.skip_legislation``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from langcheck.context.annotations import cached, sentence_bounds

# How many distinct drafting markers make a sentence read as legislation.
MIN_MARKERS = 2

_MARKERS = tuple(
    re.compile(pattern, flags)
    for pattern, flags in (
        (r"\bshall\b", re.IGNORECASE),
        (
            (
                r"\bsuch (?:person|persons|individual|individuals|member|members|agency|agencies|program|programs"
                r"|programmes|employee|employees|officer|officers|court|term|terms|patient|patients)\b"
            ),
            re.IGNORECASE,
        ),
        (r"(?:\bsection|\bsec\.|§)\s*\d", re.IGNORECASE),
        (r"\btitle \d+\b", re.IGNORECASE),
        (r"\b(?:sub)?(?:section|paragraph|clause|chapter|part|article)\s*\(\w{1,4}\)", re.IGNORECASE),
        (r"\bas defined (?:in|by|under)\b", re.IGNORECASE),
        (r"\bpursuant to\b", re.IGNORECASE),
        (r"\bnotwithstanding\b", re.IGNORECASE),
        (r"\b(?:here|there)(?:in|of|by|under|inafter|inbefore|to|with|for|unto)\b", re.IGNORECASE),
        (r"\bunder this (?:title|chapter|section|subsection|part|act|article|subchapter|paragraph|regulation)\b", re.IGNORECASE),
        (r"\bthe Secretary\b", 0),
        (r"\b(?:Federal|State) (?:agency|agencies|law|laws|government)\b", 0),
        (r"\b(?:any|no|each|every) (?:person|individual|member|officer|employee) who\b", re.IGNORECASE),
        (r"\bto the extent (?:feasible|practicable|permitted|provided|necessary)\b", re.IGNORECASE),
        (r"\bfor the purposes? of (?:this|these)\b", re.IGNORECASE),
        (r"\bprovided,? (?:that|further|however)\b", re.IGNORECASE),
        (r"\bwhereas\b", re.IGNORECASE),
        (r"\bbe it enacted\b", re.IGNORECASE),
        (r"\bcovered (?:person|persons|individual|individuals|entity|entities)\b", re.IGNORECASE),
    )
)


def reads_as_legislation(doc: Doc, start: int) -> bool:
    """Whether the sentence holding token ``start`` is drafted as a statute or a regulation."""
    first, last = sentence_bounds(doc, start)
    key = f"legislation-{first}"
    return cached(doc, key, lambda: is_drafted_as_law(doc[first:last].text))


def is_drafted_as_law(sentence: str) -> bool:
    """At least ``MIN_MARKERS`` distinct drafting markers in ``sentence``."""
    found = 0
    for marker in _MARKERS:
        if marker.search(sentence):
            found += 1
            if found >= MIN_MARKERS:
                return True
    return False

