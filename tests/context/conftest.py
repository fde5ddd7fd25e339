"""Helpers shared by the context tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc


@pytest.fixture
def token_range() -> Callable[[Doc, str], tuple[int, int]]:
    """Token start and end of the first occurrence of ``word`` in ``doc``."""

    def find(doc: Doc, word: str) -> tuple[int, int]:
        start = doc.text.index(word)
        span = doc.char_span(start, start + len(word))
        assert span is not None
        return span.start, span.end

    return find
