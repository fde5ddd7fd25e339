"""reviewdog's rdjson: golden file, validity against reviewdog's published schema, suggestions as reviewdog applies them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from golden_report import COMMITTED, GUIDE, _finding, build_report, golden_path, render

from langcheck.cli import main
from langcheck.reports import get_renderer
from langcheck.reports.base import FileResult, Report
from langcheck.reports.rdjson import MAX_SUGGESTED_LINE

SCHEMAS = Path(__file__).parents[1] / "data" / "reviewdog-rdf"


def _errors(document: Any, name: str) -> list[str]:
    schema = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)  # draft-04, from the schema's $schema
    validator.check_schema(schema)
    errors = sorted(validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
    return [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def _validate(document: dict[str, Any]) -> None:
    assert not _errors(document, "DiagnosticResult")
    for diagnostic in document["diagnostics"]:
        assert not _errors(diagnostic, "Diagnostic")


def _rdjson(report: Report) -> dict[str, Any]:
    return json.loads(get_renderer("rdjson")(report))


def _apply(source: str, suggestion: dict[str, Any]) -> str:
    """A line-range suggestion applied as reviewdog's GitHub and GitLab reporters do: its lines replaced by its text."""
    lines = source.split("\n")
    first, last = suggestion["range"]["start"]["line"], suggestion["range"]["end"]["line"]
    return "\n".join(lines[: first - 1] + suggestion["text"].split("\n") + lines[last:])


def test_rdjson_output_matches_golden_file() -> None:
    assert render("rdjson") == golden_path("rdjson").read_text(encoding="utf-8")


def test_output_validates_against_reviewdogs_schema() -> None:
    _validate(json.loads(render("rdjson")))
    _validate(_rdjson(Report(())))


def test_schema_check_catches_invalid_output() -> None:
    document = json.loads(render("rdjson"))
    document["diagnostics"][0]["severity"] = "SEVERE"
    document["diagnostics"][1]["location"]["range"]["start"]["column"] = "15"
    assert len(_errors(document, "DiagnosticResult")) == 2


def test_positions_are_lines_and_utf8_byte_columns() -> None:
    diagnostics = json.loads(render("rdjson"))["diagnostics"]
    committed, crazy = diagnostics[0], diagnostics[1]
    assert committed["location"]["range"] == {"start": {"line": 3, "column": 4}, "end": {"line": 3, "column": 21}}
    # "The café was crazy": "crazy" is the 14th character but starts at byte 15 ("é" takes two bytes).
    assert crazy["location"]["range"] == {"start": {"line": 4, "column": 15}, "end": {"line": 4, "column": 20}}
    assert committed["code"] == {"value": "suicide/committed-suicide", "url": "https://reportingonsuicide.org/"}
    assert [d["severity"] for d in diagnostics[:4]] == ["WARNING", "INFO", "INFO", "ERROR"]


def test_only_safe_rewrites_outside_quotations_and_markup_become_suggestions() -> None:
    diagnostics = json.loads(render("rdjson"))["diagnostics"]
    with_suggestions = [d["code"]["value"] for d in diagnostics if "suggestions" in d]
    # "crazy" has only rewrites that need judgement; the quoted diagnosis spans markup: neither gets one.
    assert with_suggestions == ["suicide/committed-suicide", "casual/drives-me-crazy"]
    (suggestion,) = diagnostics[0]["suggestions"]
    assert suggestion["range"] == {"start": {"line": 3}, "end": {"line": 3}}
    assert _apply(GUIDE, suggestion) == GUIDE.replace("committed suicide", "died by suicide")
    assert "took their own life" in diagnostics[0]["message"]  # the other rewrites are named in the message


def test_a_rewrite_of_a_narrower_construction_replaces_only_its_words() -> None:
    diagnostics = json.loads(render("rdjson"))["diagnostics"]
    idiom = next(d for d in diagnostics if d["code"]["value"] == "casual/drives-me-crazy")
    (suggestion,) = idiom["suggestions"]
    assert suggestion["range"] == {"start": {"line": 7}, "end": {"line": 7}}
    assert _apply(GUIDE, suggestion) == GUIDE.replace("drives me crazy", "drives me up the wall")


def test_a_quotation_never_gets_a_suggestion_even_when_safe_and_verbatim() -> None:
    finding = replace(_finding(GUIDE, COMMITTED, "committed suicide"), quotation=True)
    (diagnostic,) = _rdjson(Report((FileResult("quoted.md", (finding,), source=GUIDE),)))["diagnostics"]
    assert "suggestions" not in diagnostic


def test_a_finding_across_a_line_break_is_suggested_over_both_lines() -> None:
    source = "Intro.\nHe committed\nsuicide last year.\n"
    finding = _finding(source, COMMITTED, "committed\nsuicide")
    (diagnostic,) = _rdjson(Report((FileResult("wrapped.md", (finding,), source=source),)))["diagnostics"]
    (suggestion,) = diagnostic["suggestions"]
    assert suggestion["range"] == {"start": {"line": 2}, "end": {"line": 3}}
    assert _apply(source, suggestion) == "Intro.\nHe died by suicide last year.\n"


def test_no_suggestion_repeats_a_huge_line() -> None:
    source = "word " * (MAX_SUGGESTED_LINE // 5) + "He committed suicide.\n"
    finding = _finding(source, COMMITTED, "committed suicide")
    (diagnostic,) = _rdjson(Report((FileResult("long.txt", (finding,), source=source),)))["diagnostics"]
    assert "suggestions" not in diagnostic
    assert diagnostic["location"]["range"]["start"]["line"] == 1


def test_unreadable_files_are_error_diagnostics() -> None:
    diagnostics = _rdjson(build_report())["diagnostics"]
    (broken,) = [d for d in diagnostics if d["code"]["value"] == "langcheck/file-error"]
    assert broken == {
        "message": "File not checked: cannot decode as UTF-8: invalid start byte at offset 3",
        "location": {"path": "broken.txt"},
        "severity": "ERROR",
        "code": {"value": "langcheck/file-error"},
    }


def test_end_to_end_suggestions_give_what_fix_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    source = (
        "# Café notes\n\n"
        "Our café manager said her brother committed suicide in 2019; the week was crazy.\n\n"
        "> The report said that he committed suicide.\n"
    )
    Path("post.md").write_text(source, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--model", "blank", "--format", "rdjson", "post.md"])
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)
    _validate(document)
    by_rule = {(d["code"]["value"], d["location"]["range"]["start"]["line"]): d for d in document["diagnostics"]}
    committed = by_rule[("suicide/committed-suicide", 3)]
    # "committed" is the 35th character of its line, after one two-byte "é".
    assert committed["location"]["range"]["start"] == {"line": 3, "column": 36}
    (suggestion,) = committed["suggestions"]
    fixed = CliRunner().invoke(main, ["fix", "--model", "blank", "--select", "suicide", "post.md"])
    assert fixed.exit_code == 0, fixed.output
    assert _apply(source, suggestion) == Path("post.md").read_text("utf-8")
    quoted = by_rule[("suicide/committed-suicide", 5)]
    assert "suggestions" not in quoted
    assert all("suggestions" not in d for key, d in by_rule.items() if key[0].startswith("dismissive"))
