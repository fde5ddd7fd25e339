"""Fuzz the pack and config loaders: any input gives a one-line error with file and key, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langcheck.cli import main
from langcheck.core.errors import ConfigError, PackError
from langcheck.packs.loader import load_pack
from langcheck.workspace.config import load_config

VALID_PACK = """\
schema: 1
pack: fuzz
description: fuzzing
rules:
  - id: example
    severity: warning
    patterns: ["so OCD", [{LOWER: crazy}]]
    context: {window: 4, unless_near: [diagnosed]}
    message: '"{text}" is casual.'
    explanation: Casual use trivializes a condition.
    suggestions: [particular, {text: fussy, safe: false}]
    sources: [https://example.org/guide]
    examples:
      flag: [I'm so OCD about it.]
      pass: [She has OCD.]
"""

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12)
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _mutations() -> st.SearchStrategy[str]:
    """Cut, splice and retype the valid pack: close to valid, which finds the interesting errors."""
    lines = VALID_PACK.splitlines()
    drop = st.integers(0, len(lines) - 1).map(lambda i: "\n".join(lines[:i] + lines[i + 1 :]))
    cut = st.integers(0, len(VALID_PACK)).map(lambda i: VALID_PACK[:i])
    swap = st.tuples(st.integers(0, len(lines) - 1), st.text(max_size=30)).map(
        lambda pair: "\n".join([*lines[:pair[0]], pair[1], *lines[pair[0] + 1:]])
    )
    return st.one_of(drop, cut, swap)


def _load(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8")
    load_pack.cache_clear()
    try:
        load_pack(str(path))
    except PackError as error:
        message = str(error)
        assert "\n" not in message
        assert message.startswith(str(path))


@SETTINGS
@given(text=_mutations())
def test_mutated_packs(tmp_path: Path, text: str) -> None:
    _load(tmp_path, text)


@SETTINGS
@given(data=VALUES)
def test_arbitrary_yaml_data_as_pack(tmp_path: Path, data: object) -> None:
    _load(tmp_path, yaml.safe_dump(data))


@SETTINGS
@given(data=VALUES)
def test_arbitrary_yaml_data_as_config(tmp_path: Path, data: object) -> None:
    path = tmp_path / ".langcheck.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    try:
        load_config(path)
    except ConfigError as error:
        assert "\n" not in str(error)


@SETTINGS
@given(text=st.text(max_size=200))
def test_arbitrary_text_as_config(tmp_path: Path, text: str) -> None:
    path = tmp_path / ".langcheck.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_config(path)
    except ConfigError as error:
        assert "\n" not in str(error)


@pytest.mark.parametrize(
    "body",
    [
        VALID_PACK.replace("[{LOWER: crazy}]", "[{LOWER: crazy, OP: '+*'}]"),
        VALID_PACK.replace("[{LOWER: crazy}]", "[{LOWER: {REGEX: '(a+)+$'}}]"),
        VALID_PACK.replace("window: 4", "window: many"),
        VALID_PACK.replace("schema: 1", "schema: 2"),
        "- just\n- a list\n",
        "",
    ],
)
def test_cli_reports_broken_packs_on_one_line_with_exit_2(tmp_path: Path, body: str) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(body, encoding="utf-8")
    config = tmp_path / ".langcheck.yaml"
    config.write_text("packs: [house.yaml]\n", encoding="utf-8")
    load_pack.cache_clear()
    result = CliRunner().invoke(main, ["check", "-", "--config", str(config), "--model", "blank"], input="text\n")
    assert result.exit_code == 2
    assert result.output.startswith("langcheck: error: ")
    assert result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_pack_built_to_backtrack_is_rejected_and_big_lexicons_stay_fast(tmp_path: Path) -> None:
    """No user regular expressions exist; a huge lexicon of near-identical words still compiles and scans fast."""
    import time

    from langcheck.matching.prefilter import Prefilter, compile_trigger_regex

    words = ["a" * n + "b" for n in range(1, 400)]
    began = time.perf_counter()
    regex = compile_trigger_regex(words)
    regex.search("a" * 100_000)
    Prefilter({word: [] for word in words}, {}).scan("a" * 100_000 + " " + "ab " * 10_000)
    assert time.perf_counter() - began < 10
