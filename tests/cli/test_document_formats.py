"""The command line with Word documents, reStructuredText and MDX: folders, stdin, reports and fixing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import jsonschema
import pytest
from click.testing import CliRunner

from langcheck.cli import main

SARIF_SCHEMA = Path(__file__).parents[1] / "data" / "sarif-2.1.0-rtm.5.json"


def run(*args: str, stdin: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, [*args, "--model", "blank"], input=stdin)


def _report(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Annual report", 1)
    document.add_paragraph("Her cousin committed suicide last year.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "The week was crazy."
    document.sections[0].header.paragraphs[0].text = "Draft"
    document.save(str(path))
    return path


def test_a_folder_walk_lints_every_format(tmp_path: Path) -> None:
    _report(tmp_path / "report.docx")
    (tmp_path / "guide.rst").write_text("Guide\n=====\n\nHe committed suicide.\n", "utf-8")
    (tmp_path / "page.mdx").write_text("import X from './x.js'\n\n<X>\n  He committed suicide.\n</X>\n", "utf-8")
    (tmp_path / "old.rest").write_text("He committed suicide.\n", "utf-8")
    result = run("check", str(tmp_path), "--format", "json")
    assert result.exit_code == 1, result.output
    files = {Path(entry["path"]).name: entry["findings"] for entry in json.loads(result.stdout)["files"]}
    assert sorted(files) == ["guide.rst", "old.rest", "page.mdx", "report.docx"]
    assert [(f["line"], f["column"]) for f in files["guide.rst"]] == [(4, 4)]
    assert [(f["line"], f["column"]) for f in files["page.mdx"]] == [(4, 6)]


def test_word_findings_name_the_paragraph_in_text_and_json(tmp_path: Path) -> None:
    path = _report(tmp_path / "report.docx")
    text = run("check", str(path), "--no-color")
    assert f"{path}: paragraph 2, column 12: warning [suicide/committed-suicide]" in text.stdout
    assert "    2 | Her cousin committed suicide last year." in text.stdout
    assert "  sentence: “Her cousin committed suicide last year.”" in text.stdout
    assert f"{path}: paragraph 4 (table 1, row 1, cell 2), column 14: warning [dismissive/crazy-insane]" in text.stdout
    findings = json.loads(run("check", str(path), "--format", "json").stdout)["files"][0]["findings"]
    assert [f["location"] for f in findings] == [
        {"part": "body", "paragraph": 2, "where": "", "sentence": "Her cousin committed suicide last year."},
        {"part": "body", "paragraph": 4, "where": "table 1, row 1, cell 2", "sentence": "The week was crazy."},
    ]
    assert findings[0]["line"] == 2 and findings[0]["column"] == 12 and findings[0]["text"] == "committed suicide"


def test_word_findings_in_sarif_are_valid_and_carry_the_paragraph(tmp_path: Path) -> None:
    path = _report(tmp_path / "report.docx")
    log = json.loads(run("check", str(path), "--format", "sarif").stdout)
    schema = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    result = log["runs"][0]["results"][0]
    assert result["locations"][0]["logicalLocations"] == [
        {"name": "paragraph 2", "fullyQualifiedName": "body/paragraph 2", "kind": "element"}
    ]
    assert result["properties"]["location"]["paragraph"] == 2
    assert "fixes" not in result  # a replacement of characters cannot apply to a .docx


def test_a_word_document_from_stdin(tmp_path: Path) -> None:
    data = _report(tmp_path / "report.docx").read_bytes()
    result = run("check", "-", "--stdin-filename", "piped.docx", stdin=data)
    assert result.exit_code == 1
    assert "piped.docx: paragraph 2, column 12: warning [suicide/committed-suicide]" in result.stdout
    broken = run("check", "-", "--stdin-filename", "piped.docx", stdin=b"not a word document")
    assert broken.exit_code == 2
    assert "piped.docx: error: not a Word document (.docx): not a ZIP package" in broken.stderr


def test_a_broken_word_document_is_an_error_and_the_others_are_linted(tmp_path: Path) -> None:
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    (tmp_path / "notes.md").write_text("He committed suicide.\n", "utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 2
    assert "broken.docx: error: not a Word document (.docx)" in result.stderr
    assert "notes.md:1:4: warning [suicide/committed-suicide]" in result.stdout


def test_fix_rewrites_the_runs_and_leaves_the_rest(tmp_path: Path) -> None:
    path = _report(tmp_path / "report.docx")
    result = run("fix", str(path))
    assert result.exit_code == 1, result.output  # "crazy" has no safe rewrite and remains
    assert f"Fixed 1 finding in {path}" in result.stderr
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert texts == ["Annual report", "Her cousin died by suicide last year."]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".langcheck-tmp")]


def test_fix_diff_shows_the_paragraphs_and_writes_nothing(tmp_path: Path) -> None:
    path = _report(tmp_path / "report.docx")
    before = path.read_bytes()
    result = run("fix", "--diff", str(path))
    assert result.exit_code == 1
    assert "-Her cousin committed suicide last year.\n+Her cousin died by suicide last year.\n" in result.stdout
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "lock"),
    [
        ("report.docx", "~$report.docx"),
        ("reports.docx", "~$eports.docx"),
        ("annual-report.docx", "~$nual-report.docx"),
        ("report.docx", ".~lock.report.docx#"),
    ],
)
def test_a_document_open_in_word_is_not_written(tmp_path: Path, name: str, lock: str) -> None:
    path = _report(tmp_path / name)
    (tmp_path / lock).write_bytes(b"owner")
    before = path.read_bytes()
    result = run("fix", str(path))
    assert result.exit_code == 2
    assert f"{path}: error: open in another program (lock file {lock}); close it and run fix again" in result.stderr
    assert path.read_bytes() == before


def test_another_documents_lock_file_does_not_stop_a_fix(tmp_path: Path) -> None:
    path = _report(tmp_path / "report.docx")
    (tmp_path / "~$port.docx").write_bytes(b"owner")  # Word's lock for port.docx: a six-letter name keeps its start
    result = run("fix", str(path))
    assert result.exit_code == 1, result.stderr  # "crazy" remains: no safe rewrite
    assert f"Fixed 1 finding in {path}" in result.stderr
    assert "died by suicide" in "".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_held_back_rewrites_say_why(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("He committed")
    paragraph.add_run().add_break()
    paragraph.add_run("suicide.")
    out = io.BytesIO()
    document.save(out)
    path = tmp_path / "break.docx"
    path.write_bytes(out.getvalue())
    result = run("fix", str(path))
    assert f"{path}: paragraph 1, column 4: not rewritten (suicide/committed-suicide): the words take in a line or page break" in result.stderr
    assert "1 not rewritten where the document's structure made it unsafe" in result.stderr
    assert path.read_bytes() == out.getvalue()
