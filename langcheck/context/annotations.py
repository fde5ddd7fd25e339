"""Per-doc facts that the context checks ask about again and again, computed once.

``Doc.has_annotation`` scans every token, and the checks run once per match,
so on a long document with many matches asking it directly is quadratic. The
answers are cached in ``doc.user_data``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

T = TypeVar("T")


def cached(doc: Doc, key: str, compute: Callable[[], T]) -> T:
    slot = ("langcheck", key)
    if slot not in doc.user_data:
        doc.user_data[slot] = compute()
    return doc.user_data[slot]  # type: ignore[no-any-return]


def has(doc: Doc, attr: str) -> bool:
    """Whether a pipeline component set ``attr`` (SENT_START, TAG, ENT_IOB) on this doc."""
    return cached(doc, f"has:{attr}", lambda: doc.has_annotation(attr))


def sentence_bounds(doc: Doc, index: int) -> tuple[int, int]:
    """Token range of the sentence holding token ``index`` (the whole doc when there are no sentences)."""
    if not has(doc, "SENT_START"):
        return 0, len(doc)
    # Token.sent re-checks the whole doc for sentence annotation on every call;
    # walking to the nearest boundaries costs only the sentence's length.
    start = index
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = index + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return start, end


def doc_text(doc: Doc) -> str:
    """``Doc.text`` joins every token on each access; keep one copy."""
    return cached(doc, "text", lambda: doc.text)
