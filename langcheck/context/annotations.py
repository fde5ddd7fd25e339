"""Per-doc facts that the context checks ask about again and again, computed once.

``Doc.has_annotation`` scans every token, and the checks run once per match,
so on a long document with many matches asking it directly is quadratic. The
answers are cached in ``doc.user_data``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TypeVar

from spacy.attrs import IDX, LENGTH, LOWER, SENT_START
from spacy.tokens import Doc

T = TypeVar("T")
_SLOT = "langcheck"


def cached(doc: Doc, key: str, compute: Callable[[], T]) -> T:
    data = doc.user_data
    slot = (_SLOT, key)
    try:
        return data[slot]  # type: ignore[no-any-return]
    except KeyError:
        value = data[slot] = compute()
        return value


def has(doc: Doc, attr: str) -> bool:
    """Whether a pipeline component set ``attr`` (SENT_START, TAG, ENT_IOB) on this doc."""
    return cached(doc, f"has:{attr}", lambda: doc.has_annotation(attr))


def sentence_bounds(doc: Doc, index: int) -> tuple[int, int]:
    """Token range of the sentence holding token ``index`` (the whole doc when there are no sentences)."""
    return sentence_locator(doc)(index)


def sentence_text(doc: Doc, index: int) -> str:
    """The text of the sentence holding token ``index``, from its first token's start to its last token's end."""
    first, last = sentence_bounds(doc, index)
    starts, ends = token_offsets(doc)
    return doc_text(doc)[starts[first] : ends[last - 1]]


def sentence_locator(doc: Doc) -> Callable[[int], tuple[int, int]]:
    """``sentence_bounds`` for one doc, for callers that ask many times.

    Token.sent re-checks the whole doc for sentence annotation on every call,
    and walking token by token builds a Python object per step; the starts
    are read once per doc instead.
    """
    return cached(doc, "sentence-locator", lambda: _locator(_sentence_starts(doc), len(doc)))


def _locator(starts: list[int], size: int) -> Callable[[int], tuple[int, int]]:
    def bounds(index: int) -> tuple[int, int]:
        position = bisect_right(starts, index)
        return starts[position - 1], starts[position] if position < len(starts) else size

    return bounds


def _sentence_starts(doc: Doc) -> list[int]:
    if not has(doc, "SENT_START"):
        return [0]
    flags = doc.to_array(SENT_START).tolist()
    return [0, *(i for i, flag in enumerate(flags) if flag == 1 and i > 0)]


def remember(doc: Doc, key: str, value: object) -> None:
    """Record a fact the caller already knows (the text a doc was made from), so it is not computed again."""
    doc.user_data[(_SLOT, key)] = value


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token, in order, to find tokens by offset without walking the doc."""
    return cached(doc, "token-offsets", lambda: _token_offsets(doc))


def _token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
    return starts, [start + length for start, length in zip(starts, lengths, strict=True)]


def doc_text(doc: Doc) -> str:
    """``Doc.text`` joins every token on each access; keep one copy."""
    return cached(doc, "text", lambda: doc.text)


def lower_ids(doc: Doc) -> list[int]:
    """The hash of every token's lower-case form, in order."""
    return cached(doc, "lower-ids", lambda: doc.to_array(LOWER).tolist() if len(doc) else [])


def lower_words(doc: Doc) -> list[str]:
    """Every token's lower-case form, in order.

    The context checks look at the words around every match; reading
    ``doc[i].lower_`` builds a Token object each time, which costs more than
    the check itself.
    """
    return cached(doc, "lower-words", lambda: _lower_words(doc))


def _lower_words(doc: Doc) -> list[str]:
    strings = doc.vocab.strings
    return [strings[key] for key in lower_ids(doc)]
