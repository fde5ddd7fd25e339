"""The command line, run in-process with click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from langcheck.cli import main

BAD = "He committed suicide and I'm so OCD about my desk.\n"
CLEAN = "She was diagnosed with OCD and is doing well.\n"


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["check", "--model", "blank", *args], input=stdin, env=env or {})


def test_stdin_with_two_findings_exits_1() -> None:
    result = run("-", stdin=BAD)
    assert result.exit_code == 1
    assert "[suicide/committed-suicide]" in result.output
    assert "[casual-diagnosis/" in result.output
    assert "Found 2 problems" in result.output


def test_clean_text_exits_0() -> None:
    result = run("-", stdin=CLEAN)
    assert result.exit_code == 0, result.output
    assert "No problems found" in result.output


def test_text_output_marks_the_span_and_says_why() -> None:
    output = run("-", stdin=BAD).output
    lines = output.splitlines()
    assert lines[0].startswith("<stdin>:1:4: warning [suicide/committed-suicide]")
    assert lines[2].endswith("^" * len("committed suicide"))
    assert "suggest: died by suicide (safe fix)" in output
    assert "why: " in output


def test_json_shape_and_positions() -> None:
    result = run("-", "--format", "json", stdin="Intro line.\n\nHe committed suicide.\n")
    data = json.loads(result.output)
    assert data["version"] == 1
    (finding,) = data["files"][0]["findings"]
    assert set(finding) >= {
        "rule", "pack", "severity", "line", "column", "end_line", "end_column",
        "text", "message", "suggestions", "explanation", "sources",
    }
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (3, 4, 3, 21)
    assert finding["text"] == "committed suicide"
    assert finding["suggestions"][0] == {
        "text": "died by suicide", "safe": True, "offset": 16, "end_offset": 33, "replaces": "committed suicide"
    }


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_threshold(fail_on: str, code: int) -> None:
    assert run("-", "--fail-on", fail_on, stdin=BAD).exit_code == code


def test_select_and_ignore_by_pack_and_id() -> None:
    only_suicide = run("-", "--select", "suicide", "--format", "json", stdin=BAD)
    rules = {f["rule"] for f in json.loads(only_suicide.output)["files"][0]["findings"]}
    assert rules == {"suicide/committed-suicide"}
    ignored = run("-", "--ignore", "suicide/committed-suicide,casual-diagnosis", stdin=BAD)
    assert ignored.exit_code == 0


def test_unknown_rule_is_a_usage_error() -> None:
    result = run("-", "--select", "suicde", stdin=BAD)
    assert result.exit_code == 2
    assert "did you mean 'suicide'" in result.output


def test_broken_config_exits_2_with_one_line(tmp_path: Path) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("selct: [suicide]\n", encoding="utf-8")
    result = run("-", "--config", str(config), stdin=BAD)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "unknown key 'selct'" in result.output


def test_broken_pack_exits_2_with_file_and_line(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text("schema: 1\npack: house\ndescription: x\nrules:\n  - id: x\n    severity: loud\n", "utf-8")
    config = tmp_path / ".langcheck.yaml"
    config.write_text("packs: [house.yaml]\n", encoding="utf-8")
    result = run("-", "--config", str(config), stdin=BAD)
    assert result.exit_code == 2
    assert f"{pack}:" in result.output
    assert "invalid rule pack" in result.output
    assert "Traceback" not in result.output


def test_config_allow_list_and_severity_override(tmp_path: Path) -> None:
    config = tmp_path / ".langcheck.yaml"
    config.write_text("allow: [so OCD]\nseverity: {suicide: error}\n", encoding="utf-8")
    result = run("-", "--config", str(config), "--format", "json", stdin=BAD)
    findings = json.loads(result.output)["files"][0]["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("suicide/committed-suicide", "error")]


def test_folder_is_walked_and_missing_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text("# Title\n\nHe committed suicide.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    result = run(str(tmp_path), str(tmp_path / "missing.md"))
    assert result.exit_code == 2
    assert "post.md:3:4" in result.output
    assert "missing.md" in result.output
    assert "in 3 files" in result.output


def test_binary_file_is_skipped_with_a_notice(tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"PK\x03\x04\x00\x00binary")
    result = run(str(blob))
    assert result.exit_code == 0
    assert "binary file skipped" in result.output


def test_undecodable_file_is_an_error_and_others_still_linted(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("caf\xe9 crazy\n".encode("latin-1"))
    (tmp_path / "ok.txt").write_text("He committed suicide.\n", encoding="utf-8")
    result = run(str(tmp_path / "latin.txt"), str(tmp_path / "ok.txt"))
    assert result.exit_code == 2
    assert "cannot decode as UTF-8 at byte 3" in result.output
    assert "ok.txt:1:4" in result.output


def test_empty_input_is_clean() -> None:
    assert run("-", stdin="").exit_code == 0


def test_stdin_filename_chooses_the_format() -> None:
    markdown = "Text.\n\n```\nhe committed suicide\n```\n"
    assert run("-", "--stdin-filename", "post.md", stdin=markdown).exit_code == 0
    assert run("-", stdin=markdown).exit_code == 1


def test_rules_lists_ids_and_explain_shows_sources() -> None:
    listing = CliRunner().invoke(main, ["rules"])
    assert listing.exit_code == 0
    assert "suicide/committed-suicide" in listing.output
    explained = CliRunner().invoke(main, ["explain", "committed-suicide"])
    assert explained.exit_code == 0
    assert "Sources:" in explained.output
    assert "died by suicide" in explained.output
    assert CliRunner().invoke(main, ["explain", "no-such-rule"]).exit_code == 2


def test_explain_shows_each_rewrite_with_its_fix_examples() -> None:
    explained = CliRunner().invoke(main, ["explain", "dismissive/idioms"]).output
    assert "  - up the wall\n" in explained
    assert "      This is another thing that drives me crazy about the installer.\n" in explained
    assert "    → This is another thing that drives me up the wall about the installer.\n" in explained
    no_rewrite = CliRunner().invoke(main, ["explain", "deficit-framing/lost-battle"]).output
    assert "No word-for-word rewrite fits" in no_rewrite


def test_rules_json_lists_opt_in_rules_with_all() -> None:
    rows = json.loads(CliRunner().invoke(main, ["rules", "--all", "--format", "json"]).output)
    assert any(not row["enabled"] for row in rows)
    assert {"id", "pack", "severity", "summary"} <= set(rows[0])


def test_the_quick_start_draft_reports_its_six_problems() -> None:
    """The README's first command lints examples/draft.md: each stigmatising use once, its advice and clinical lines
    never (its "diagnosed with OCD" must not outvote the "so OCD" joke)."""
    draft = Path(__file__).resolve().parents[2] / "examples" / "draft.md"
    result = run("--format", "json", str(draft))
    assert result.exit_code == 1
    found = [(f["rule"], f["text"]) for f in json.loads(result.output)["files"][0]["findings"]]
    assert found == [
        ("dismissive/crazy-insane", "crazy"),
        ("casual-diagnosis/ocd-for-tidiness", "so OCD"),
        ("suicide/committed-suicide", "committed suicide"),
        ("substance-use/addict", "Addicts"),
        ("deficit-framing/suffers-from", "suffers from"),
        ("substance-use/getting-clean", "got clean"),
    ]
