"""Shared fixtures: one blank pipeline per session, so no test needs a download."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

os.environ.setdefault("LANGCHECK_NO_CACHE", "1")

# In continuous integration the property tests draw the same examples on every run, so a red run means the change
# under test broke something, never that chance found an old weakness; runs on a developer's machine keep exploring.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that takes ``model`` (and does not choose its own) runs with the blank pipeline and a trained one.

    The trained run is marked ``trained`` and skipped where no trained English pipeline is installed.
    """
    if "model" not in metafunc.fixturenames:
        return
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0]
        if "model" in (names if isinstance(names, (list, tuple)) else [n.strip() for n in names.split(",")]):
            return
    from langcheck.matching.pipeline import resolve_model

    trained = pytest.param(
        "auto",
        id="trained",
        marks=[
            pytest.mark.trained,
            pytest.mark.skipif(resolve_model("auto") is None, reason="no trained English pipeline installed"),
        ],
    )
    metafunc.parametrize("model", [pytest.param("blank", id="blank"), trained])


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


def pytest_sessionfinish(session, exitstatus):  # type: ignore[no-untyped-def]
    """In continuous integration (``LANGCHECK_REQUIRE_ALL_TESTS=1``) a skipped test fails the run.

    Tests that need something missing (a browser, a trained pipeline) skip with
    a reason on a developer's machine; CI installs everything, so there a skip
    means a missing install step.
    """
    if os.environ.get("LANGCHECK_REQUIRE_ALL_TESTS") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.write_line(f"{len(skipped)} test(s) skipped, but LANGCHECK_REQUIRE_ALL_TESTS=1 requires every test to run:", red=True)
        for report in skipped:
            reporter.write_line(f"  {report.nodeid}: {report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr}")
        session.exitstatus = 1
