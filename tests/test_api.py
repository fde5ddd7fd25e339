"""The public API that front-ends build on: strings, a file's text, files on disk, fixes and rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from langcheck import api
from langcheck.core.errors import LangcheckError

BLANK = api.EngineOptions(model="blank")
SETTINGS = api.RunSettings(engine=BLANK)
SUICIDE = "suicide/committed-suicide"


def test_check_text_returns_findings() -> None:
    findings = api.check_text("He committed suicide.\n", options=BLANK)
    assert [(f.rule, f.text, f.line, f.column) for f in findings] == [(SUICIDE, "committed suicide", 1, 4)]


def test_check_source_takes_the_format_from_the_file_name() -> None:
    text = "Say `he committed suicide` here.\n"
    assert not api.check_source(text, "notes.md", settings=SETTINGS).findings
    assert [f.rule for f in api.check_source(text, "notes.txt", settings=SETTINGS).findings] == [SUICIDE]
    assert [f.rule for f in api.check_source(text, "notes.md", "text", settings=SETTINGS).findings] == [SUICIDE]


def test_check_source_applies_per_file_ignores() -> None:
    settings = api.RunSettings(engine=BLANK, per_file_ignores=(("drafts/*", ("suicide",)),))
    text = "He committed suicide.\n"
    assert not api.check_source(text, "drafts/a.txt", settings=settings).findings
    result = api.check_source(text, "notes/a.txt", settings=settings)
    assert (result.path, result.source, [f.rule for f in result.findings]) == ("notes/a.txt", text, [SUICIDE])


def test_check_files_lints_folders_and_reports_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Notes\n\nHe committed suicide.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("All clear.\n", encoding="utf-8")
    missing = tmp_path / "missing.md"
    results = api.check_files([tmp_path, missing], SETTINGS)
    by_name = {Path(result.path).name: result for result in results}
    assert [f.rule for f in by_name["a.md"].findings] == [SUICIDE]
    assert not by_name["b.txt"].findings and not by_name["b.txt"].error
    assert by_name["missing.md"].error


def test_fix_text_applies_safe_rewrites_only_unless_asked() -> None:
    assert api.fix_text("He committed suicide.\n", options=BLANK).text == "He died by suicide.\n"
    held = api.fix_text("That was a crazy idea.\n", options=BLANK)
    assert (held.text, held.held_back) == ("That was a crazy idea.\n", 1)
    assert api.fix_text("That was a crazy idea.\n", unsafe=True, options=BLANK).text == "That was a wild idea.\n"


def test_fix_text_lets_a_chooser_decide() -> None:
    def last(finding: api.Finding, _source: str) -> api.Suggestion | None:
        return finding.suggestions[-1]

    outcome = api.fix_text("She suffers from depression.\n", choose=last, options=BLANK, passes=1)
    assert outcome.text == "She lives with depression.\n"
    assert [edit.finding.rule for edit in outcome.applied] == ["deficit-framing/suffers-from"]


def test_fix_source_lints_as_the_file() -> None:
    settings = api.RunSettings(engine=BLANK, per_file_ignores=(("drafts/*", ("suicide",)),))
    text = "Say `he committed suicide` and he committed suicide.\n"
    assert api.fix_source(text, "drafts/a.txt", settings=settings).text == text
    assert api.fix_source(text, "a.md", settings=settings).text == "Say `he committed suicide` and he died by suicide.\n"


def test_rules_and_find_rule() -> None:
    everything = api.rules()
    assert SUICIDE in {rule.id for rule in everything}
    assert any(not rule.enabled for rule in everything)  # opt-in rules are listed too
    assert api.find_rule("committed-suicide").id == SUICIDE
    with pytest.raises(LangcheckError, match="unknown rule"):
        api.find_rule("no-such-rule")


def test_rules_from_extra_packs_only() -> None:
    pack = Path(__file__).parent / "data" / "ci-pack.yaml"
    own = api.rules([pack], builtin=False)
    assert own and all(rule.origin == str(pack) for rule in own)
    assert len(api.rules([pack])) > len(own)


def test_top_level_names_are_the_api_names() -> None:
    import langcheck

    assert langcheck.check_text is api.check_text
    assert langcheck.Engine is api.Engine
    assert langcheck.EngineOptions is api.EngineOptions
    assert langcheck.Finding is api.Finding
