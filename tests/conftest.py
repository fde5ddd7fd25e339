"""Shared fixtures: one blank pipeline per session, so no test needs a download."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("LANGCHECK_NO_CACHE", "1")


@pytest.fixture(scope="session")
def blank_engine():  # type: ignore[no-untyped-def]
    from langcheck.matching.engine import Engine, EngineOptions

    return Engine(EngineOptions(model="blank"))


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline
