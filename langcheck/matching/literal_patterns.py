"""Token patterns that are only literal words, turned into the phrases they stand for.

spaCy's Matcher starts an attempt of every pattern at every token, so its
cost grows with tokens times patterns. Most rule patterns (and most of their
exceptions) are just a short sequence of words compared case-insensitively,
perhaps with a few alternatives per position and an optional hyphen:
``[{LOWER: {IN: [nut, whack]}}, {ORTH: "-", OP: "?"}, {LOWER: job}]``. Such a
pattern matches exactly the token sequences "nut - job", "nut job", "whack -
job" and "whack job", and the PhraseMatcher finds those by hashing, at a cost
that hardly depends on how many phrases it holds. What cannot be spelled out
as a bounded list of sequences (wildcards, repeats, negation, other
attributes) stays with the Matcher.
"""

from __future__ import annotations

from typing import Any

TokenSpec = dict[str, Any]

# A pattern that would spell out into more sequences than this stays a Matcher pattern.
MAX_SEQUENCES = 200


def literal_sequences(pattern: list[TokenSpec], limit: int = MAX_SEQUENCES) -> list[tuple[str, ...]] | None:
    """Every lower-cased token sequence ``pattern`` matches, or None when it is not a plain literal pattern.

    A token qualifies when it compares ``LOWER`` with a word or an ``IN``
    list, or ``ORTH`` with something that has no letters (punctuation, where
    case cannot matter), and is required or optional (``OP: "?"``).
    """
    sequences: list[tuple[str, ...]] = [()]
    for token in pattern:
        values = _token_values(token)
        if values is None:
            return None
        options = [(value,) for value in values]
        if token.get("OP") == "?":
            options.append(())
        sequences = [sequence + option for sequence in sequences for option in options]
        if len(sequences) > limit:
            return None
    return [sequence for sequence in dict.fromkeys(sequences) if sequence]


def _token_values(token: TokenSpec) -> list[str] | None:
    """The words one token may be, lower-cased, or None if the token compares anything else."""
    if token.get("OP", "?") != "?" or len(token) != (2 if "OP" in token else 1):
        return None
    if "LOWER" in token:
        values = _as_list(token["LOWER"])
        lowered = values is not None and all(value == value.lower() for value in values)
        return values if lowered else None
    if "ORTH" in token:
        values = _as_list(token["ORTH"])
        caseless = values is not None and all(value.lower() == value == value.upper() for value in values)
        return values if caseless else None
    return None


def _as_list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) and value["IN"]:
        items = value["IN"]
        return items if all(isinstance(item, str) for item in items) else None
    return None
