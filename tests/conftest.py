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


def _benchmark(name: str):  # type: ignore[no-untyped-def]
    """``benchmarks/<name>.py`` as a module: the tests measure exactly as the benchmark does."""
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def accuracy():  # type: ignore[no-untyped-def]
    return _benchmark("accuracy")


@pytest.fixture(scope="session")
def rewrites():  # type: ignore[no-untyped-def]
    return _benchmark("rewrites")
