"""Config discovery and validation: misspelt keys are errors with a hint, never ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from langcheck.core.errors import ConfigError
from langcheck.workspace.config import find_config, load_config


def test_yaml_config_is_found_walking_up(tmp_path: Path) -> None:
    (tmp_path / ".langcheck.yaml").write_text("select: [suicide]\n", encoding="utf-8")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    found = find_config(nested)
    assert found == tmp_path / ".langcheck.yaml"
    assert load_config(found).select == ("suicide",)


def test_pyproject_table_is_used_only_when_present(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n", encoding="utf-8")
    assert find_config(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text("[tool.langcheck]\nignore = ['dismissive']\nfail-on = 'error'\n", "utf-8")
    config = load_config(find_config(tmp_path))
    assert config.ignore == ("dismissive",)
    assert config.fail_on == "error"


def test_every_documented_key_is_read(tmp_path: Path) -> None:
    path = tmp_path / ".langcheck.yaml"
    path.write_text(
        "select: [suicide, dismissive]\n"
        "ignore: [dismissive/intensifiers]\n"
        "severity: {suicide: error}\n"
        "packs: [house-style]\n"
        "builtin-packs: true\n"
        "allow: [crazy good]\n"
        "exclude: ['archive/**']\n"
        "per-file-ignores: {'history/*.md': [dismissive]}\n"
        "profile: person-first\n"
        "model: blank\n"
        "fail-on: info\n"
        "quotations: ignore\n",
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.severity == (("suicide", "error"),)
    assert config.packs == (str((tmp_path / "house-style").resolve()),)
    assert config.allow == ("crazy good",)
    assert config.per_file_ignores == (("history/*.md", ("dismissive",)),)
    assert config.profiles == ("person-first",)
    assert config.model == "blank"
    assert config.quotations == "ignore"


def test_unknown_key_gets_a_hint_and_a_line(tmp_path: Path) -> None:
    path = tmp_path / ".langcheck.yaml"
    path.write_text("select: [suicide]\nignroe: [dismissive]\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.line == 2
    assert "did you mean 'ignore'" in str(info.value)


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("select: suicide\n", "select"),
        ("severity: {suicide: loud}\n", "severity"),
        ("fail-on: sometimes\n", "fail-on"),
        ("quotations: hide\n", "quotations"),
        ("per-file-ignores: {'*.md': dismissive}\n", "per-file-ignores"),
    ],
)
def test_wrong_types_are_errors(tmp_path: Path, body: str, key: str) -> None:
    path = tmp_path / ".langcheck.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        load_config(path)


def test_malformed_yaml_is_one_line_with_a_line_number(tmp_path: Path) -> None:
    path = tmp_path / ".langcheck.yaml"
    path.write_text("select: [suicide\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "\n" not in str(info.value)
    assert info.value.line is not None


def test_an_alias_bomb_in_the_config_is_refused(tmp_path: Path) -> None:
    from langcheck.core.errors import ConfigError
    from langcheck.workspace.config import load_config

    levels = ['a0: &a0 ["so OCD"]'] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    path = tmp_path / ".langcheck.yaml"
    path.write_text("\n".join(levels) + "\nallow: *a9\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="aliases expand"):
        load_config(path)
