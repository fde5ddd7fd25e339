"""The public API that front-ends build on: strings, a file's text, files on disk, fixes and rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from langcheck import api
from langcheck.core.errors import InputError, LangcheckError

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


def test_formats_are_the_parsers_with_their_extensions() -> None:
    found = api.formats()
    assert list(found)[:3] == ["text", "markdown", "html"]
    assert ".md" in found["markdown"] and ".html" in found["html"] and ".txt" in found["text"]
    assert found["mdx"] == (".mdx",) and ".rst" in found["rst"] and found["docx"] == (".docx",)
    for fmt, extensions in found.items():
        for extension in extensions:
            assert api.format_for_path(f"notes{extension.upper()}") == fmt
        if fmt in api.binary_formats():
            continue
        assert api.check_text("He committed suicide.", fmt)  # every listed text format can be linted
    assert api.binary_formats() == {"docx"}
    for call in (api.check_text, api.fix_text):  # a Word document is bytes: the text functions refuse it
        with pytest.raises(InputError, match="docx document is read from its bytes"):
            call("He was crazy.", "docx")


def test_format_for_path_falls_back_to_plain_text() -> None:
    assert api.format_for_path("README") == "text"
    assert api.format_for_path("notes.adoc") == "text"
    assert api.format_for_path("post.Markdown") == "markdown"


def test_settings_from_config_are_what_check_runs_with(tmp_path: Path) -> None:
    from langcheck.workspace.config import Config, load_config

    config_path = tmp_path / ".langcheck.yaml"
    config_path.write_text("model: blank\nignore: [dismissive]\nexclude: ['drafts/**']\nquotations: flag\n", "utf-8")
    settings = api.settings_from_config(load_config(config_path))
    assert settings.engine.ignore == ("dismissive",) and settings.engine.model == "blank"
    assert settings.engine.quotations == "flag" and settings.exclude == ("drafts/**",)
    assert settings.root == str(tmp_path)
    defaults = api.settings_from_config(Config(), root=tmp_path / "project")
    assert defaults.engine == api.EngineOptions() and defaults.root == str(tmp_path / "project")


def test_suppression_edits_and_rewrite_text() -> None:
    text = "# Notes\n\nHe committed suicide.\n"
    (finding,) = api.check_text(text, "markdown", options=BLANK)
    (insertion,) = api.suppression_edits(text, finding, "markdown")
    silenced = text[: insertion.offset] + insertion.text + text[insertion.offset :]
    assert api.check_text(silenced, "markdown", options=BLANK) == []
    assert api.rewrite_text(api.Suggestion("people with a mental illness & their families"), "html") == (
        "people with a mental illness &amp; their families"
    )
    assert api.format_for_path("notes.MD") == "markdown" and api.format_for_path("notes") == "text"


def test_reload_packs_reads_changed_packs(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    source = (Path(__file__).parent / "data" / "ci-pack.yaml").read_text("utf-8")
    pack.write_text(source, "utf-8")
    (before,) = api.rules([pack], builtin=False)
    pack.write_text(source.replace("message: '", "message: 'CHANGED ", 1), "utf-8")
    assert api.rules([pack], builtin=False)[0].message == before.message, "a pack is read once per process"
    api.reload_packs()
    assert api.rules([pack], builtin=False)[0].message == f"CHANGED {before.message}"
