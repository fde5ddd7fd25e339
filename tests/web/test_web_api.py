"""The JSON API in process: the CLI's report, rewrites, quotations, files in and out, errors and the OpenAPI document."""

from __future__ import annotations

import codecs
import json
import logging

import pytest
from click.testing import CliRunner
from webtools import BLANK, ROOT, make_client

from langcheck import api
from langcheck.cli import main
from langcheck.web.schemas import FindingModel
from langcheck.web.service import Workbench

DRAFT = (ROOT / "examples" / "draft.md").read_text("utf-8")
QUOTED = "Her cousin committed suicide.\n\n> He committed suicide in 1908, the record says.\n"


def test_check_answers_with_the_clis_json_report(client) -> None:  # type: ignore[no-untyped-def]
    cli = CliRunner().invoke(
        main, ["check", "--model", "blank", "--format", "json", "--stdin-filename", "draft.md", "-"], input=DRAFT
    )
    response = client.post("/api/check", json={"text": DRAFT, "filename": "draft.md"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.text == cli.output  # the same document, byte for byte
    assert json.loads(response.text)["version"] == 1


def test_the_format_decides_what_is_prose(client) -> None:  # type: ignore[no-untyped-def]
    text = "Use `crazy_flag` here.\n"
    as_markdown = client.post("/api/check", json={"text": text, "format": "markdown"}).json()
    as_text = client.post("/api/check", json={"text": text, "format": "text"}).json()
    by_name = client.post("/api/check", json={"text": text, "filename": "notes.md"}).json()
    assert as_markdown["files"][0]["findings"] == by_name["files"][0]["findings"] == []
    assert by_name["files"][0]["path"] == "notes.md"
    assert as_text["files"][0]["path"] == "<text>"


def test_fix_applies_safe_rewrites_and_reports_what_remains(client) -> None:  # type: ignore[no-untyped-def]
    text = "Her cousin committed suicide. The week was crazy.\n"
    safe = client.post("/api/fix", json={"text": text}).json()
    assert safe["text"] == "Her cousin died by suicide. The week was crazy.\n"
    assert (safe["applied"], safe["held_back"]) == (1, 1)
    assert [f["rule"] for f in safe["report"]["files"][0]["findings"]] == ["dismissive/crazy-insane"]
    unsafe = client.post("/api/fix", json={"text": text, "unsafe": True}).json()
    assert unsafe["applied"] == 2 and "crazy" not in unsafe["text"]
    assert unsafe["report"]["files"][0]["findings"] == []


def test_fix_applies_exactly_the_chosen_rewrite(client) -> None:  # type: ignore[no-untyped-def]
    text = "Her cousin committed suicide. The week was crazy.\n"
    crazy = next(f for f in client.post("/api/check", json={"text": text}).json()["files"][0]["findings"] if f["text"] == "crazy")
    rewrite = crazy["suggestions"][0]["text"]
    choice = {"rule": crazy["rule"], "offset": crazy["offset"], "end_offset": crazy["end_offset"], "suggestion": rewrite}
    fixed = client.post("/api/fix", json={"text": text, "choices": [choice]}).json()
    assert fixed["text"] == f"Her cousin committed suicide. The week was {rewrite}.\n"  # the safe one stays: not chosen
    assert fixed["applied"] == 1
    stale = client.post("/api/fix", json={"text": fixed["text"], "choices": [choice]}).json()
    assert stale["applied"] == 0 and stale["text"] == fixed["text"]
    invented = {**choice, "suggestion": "anything I like"}
    assert client.post("/api/fix", json={"text": text, "choices": [invented]}).json()["applied"] == 0


def test_quotations_are_reported_as_such_and_never_rewritten(client) -> None:  # type: ignore[no-untyped-def]
    findings = client.post("/api/check", json={"text": QUOTED, "format": "markdown"}).json()["files"][0]["findings"]
    assert [f["quotation"] for f in findings] == [False, True]
    quoted = findings[1]
    for request in ({"unsafe": False}, {"unsafe": True}):
        fixed = client.post("/api/fix", json={"text": QUOTED, "format": "markdown", **request}).json()
        assert fixed["text"] == QUOTED.replace("cousin committed", "cousin died by", 1)
    choice = {"rule": quoted["rule"], "offset": quoted["offset"], "end_offset": quoted["end_offset"], "suggestion": "died by suicide"}
    chosen = client.post("/api/fix", json={"text": QUOTED, "format": "markdown", "choices": [choice]}).json()
    assert (chosen["applied"], chosen["text"]) == (0, QUOTED)


def test_offsets_count_characters_not_bytes(client) -> None:  # type: ignore[no-untyped-def]
    text = "🙂 Ünïcode first: he committed suicide.\n"
    (finding,) = client.post("/api/check", json={"text": text}).json()["files"][0]["findings"]
    assert text[finding["offset"] : finding["end_offset"]] == "committed suicide"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "Invalid request: send either text or document (a Word document's bytes, base64-encoded)."),
        (
            {"text": "a", "format": "asciidoc"},
            "Invalid request: format: Input should be 'text', 'markdown', 'html', 'mdx', 'rst' or 'docx'.",
        ),
        (
            {"text": "a", "format": "docx"},
            "Invalid request: a docx document is sent as document (its bytes, base64-encoded), not as text.",
        ),
        ({"document": "UEs=", "format": "html"}, "Invalid request: document is for Word documents; send html as text."),
        ({"text": "a", "colour": "red"}, "Invalid request: colour: Extra inputs are not permitted."),
        ({"text": "a", "filename": "x" * 300}, "Invalid request: filename: String should have at most 255 characters."),
    ],
)
def test_invalid_requests_get_one_clear_sentence(client, body, message) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/api/check", json=body)
    assert response.status_code == 422
    assert response.json()["error"] == message


def test_only_json_is_read(client) -> None:  # type: ignore[no-untyped-def]
    """A page elsewhere can post text/plain without asking first (a "simple" request); it is never read."""
    response = client.post("/api/check", content=b'{"text": "He committed suicide."}', headers={"content-type": "text/plain"})
    assert response.status_code == 422
    assert "Content-Type: application/json" in response.json()["error"]


def test_the_formats_come_from_the_parsers(client) -> None:  # type: ignore[no-untyped-def]
    listed = client.get("/api/formats").json()
    assert [(f["name"], tuple(f["extensions"])) for f in listed] == list(api.formats().items())
    assert [f["label"] for f in listed[:3]] == ["Plain text", "Markdown", "HTML"]


def test_a_format_added_to_the_parsers_reaches_the_page(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from langcheck.documents import formats
    from langcheck.web.service import format_list

    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, "asciidoc"))
    monkeypatch.setitem(formats._EXTENSIONS, ".adoc", "asciidoc")
    assert format_list()[-1] == {"name": "asciidoc", "label": "Asciidoc", "extensions": [".adoc"], "binary": False}


def test_rules_lists_what_the_server_runs(client) -> None:  # type: ignore[no-untyped-def]
    rules = {rule["id"]: rule for rule in client.get("/api/rules").json()}
    assert "suicide/committed-suicide" in rules
    assert {"text": "died by suicide", "safe": True} in rules["suicide/committed-suicide"]["suggestions"]
    assert {rule.id for rule in api.rules() if rule.enabled} == set(rules)


def test_the_servers_configuration_applies(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pack = ROOT / "tests" / "data" / "ci-pack.yaml"
    settings = api.RunSettings(
        engine=api.EngineOptions(model="blank", packs=(str(pack),), builtin=False, severity=(("citest", "error"),)),
        per_file_ignores=(("archive/*.md", ("citest",)),),
    )
    client = make_client(Workbench(settings))
    text = "He committed suicide. The week was crazy.\n"
    (finding,) = client.post("/api/check", json={"text": text}).json()["files"][0]["findings"]
    assert (finding["rule"], finding["severity"]) == ("citest/committed-suicide", "error")
    ignored = client.post("/api/check", json={"text": text, "filename": "archive/old.md"}).json()
    assert ignored["files"][0]["findings"] == []


def test_open_reads_files_as_the_command_line_does(client) -> None:  # type: ignore[no-untyped-def]
    data = codecs.BOM_UTF16_LE + "# Notes\n\nHe committed suicide.\n".encode("utf-16-le")
    opened = client.post("/api/open", params={"filename": "notes.md"}, content=data).json()
    assert opened == {
        "filename": "notes.md", "format": "markdown", "text": "# Notes\n\nHe committed suicide.\n",
        "encoding": "utf-16-le", "bom": True, "document": None,
    }


def test_open_refuses_binary_and_undecodable_files_clearly(client) -> None:  # type: ignore[no-untyped-def]
    binary = client.post("/api/open", params={"filename": "report.png"}, content=b"\x89PNG\r\n\x1a\n\x00\x00binary")
    assert binary.status_code == 415
    assert binary.json()["error"] == (
        "report.png is not a text file; langcheck reads Plain text, Markdown, HTML, MDX, reStructuredText or Word document"
    )
    broken = client.post("/api/open", params={"filename": "report.docx"}, content=b"PK\x03\x04\x00\x00binary")
    assert broken.status_code == 422
    assert broken.json()["error"] == "report.docx: not a Word document (.docx): not a ZIP package"
    latin = client.post("/api/open", params={"filename": "old.txt"}, content="café".encode("latin-1"))
    assert latin.status_code == 422
    assert latin.json()["error"].startswith("old.txt: cannot decode as UTF-8 at byte 3")


def test_save_writes_the_encoding_and_mark_the_file_came_with(client) -> None:  # type: ignore[no-untyped-def]
    original = codecs.BOM_UTF16_BE + "Hé committed suicide.\n".encode("utf-16-be")
    opened = client.post("/api/open", params={"filename": "ünï code.txt"}, content=original).json()
    saved = client.post("/api/save", json={key: opened[key] for key in ("text", "filename", "encoding", "bom")})
    assert saved.status_code == 200
    assert saved.content == original
    assert saved.headers["content-type"] == "application/octet-stream"
    assert saved.headers["content-disposition"] == (
        "attachment; filename=\"_n_ code.txt\"; filename*=UTF-8''%C3%BCn%C3%AF%20code.txt"
    )
    plain = client.post("/api/save", json={"text": "A\n", "filename": 'a"\r\nb.md'})
    assert plain.content == b"A\n"
    assert "\r" not in plain.headers["content-disposition"] and 'filename="a___b.md"' in plain.headers["content-disposition"]


def test_openapi_documents_the_api(client) -> None:  # type: ignore[no-untyped-def]
    document = client.get("/api/openapi.json").json()
    assert document["info"]["title"] == "langcheck"
    assert {"/api/check", "/api/fix", "/api/formats", "/api/rules", "/api/open", "/api/save"} <= set(document["paths"])
    check = document["paths"]["/api/check"]["post"]
    assert check["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/CheckRequest")
    assert check["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/ReportModel")
    assert set(document["components"]["schemas"]["FixRequest"]["properties"]) == {
        "text", "document", "format", "filename", "unsafe", "choices"
    }
    page = client.get("/api/docs")
    assert page.status_code == 200 and "/api/docs/assets/swagger-ui-bundle.js" in page.text
    assert client.get("/api/docs/assets/swagger-ui-bundle.js").status_code == 200


def test_the_documented_finding_is_the_reported_finding(client) -> None:  # type: ignore[no-untyped-def]
    (finding,) = client.post("/api/check", json={"text": "He committed suicide."}).json()["files"][0]["findings"]
    assert set(FindingModel.model_fields) == set(finding)


def test_only_counts_are_logged(client, caplog) -> None:  # type: ignore[no-untyped-def]
    secret = "He committed suicide in Zanzibarquux annex."
    with caplog.at_level(logging.DEBUG):
        client.post("/api/check", json={"text": secret, "filename": "private-notes.md"})
        client.post("/api/fix", json={"text": secret, "filename": "private-notes.md"})
    server_side = [r for r in caplog.records if r.name.split(".")[0] in {"langcheck", "uvicorn", "fastapi", "starlette"}]
    logged = "\n".join(record.getMessage() for record in server_side)
    assert "check: 6 words, 1 findings" in logged and "fix: 6 words, 0 findings" in logged
    for word in ("Zanzibarquux", "annex", "private-notes", "committed", "127.0.0.1"):
        assert word not in logged


def test_counts_add_up(workbench) -> None:  # type: ignore[no-untyped-def]
    client = make_client(workbench)
    before = workbench.counts["check requests"]
    for _ in range(3):
        client.post("/api/check", json={"text": "Fine words."})
    assert workbench.counts["check requests"] == before + 3


def test_the_api_matches_the_library(workbench) -> None:  # type: ignore[no-untyped-def]
    """The page runs the public API: its findings and fixes are the library's."""
    client = make_client(workbench)
    report = client.post("/api/check", json={"text": DRAFT, "format": "markdown"}).json()
    expected = [f.to_dict() for f in api.check_source(DRAFT, "<text>", "markdown", settings=BLANK).findings]
    assert report["files"][0]["findings"] == expected
    fixed = client.post("/api/fix", json={"text": DRAFT, "format": "markdown"}).json()
    assert fixed["text"] == api.fix_source(DRAFT, "<text>", "markdown", settings=BLANK).text


def _word_document() -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Intro.")
    paragraph = document.add_paragraph("Her cousin ")
    paragraph.add_run("committed suicide").bold = True
    paragraph.add_run(" in May. The week was crazy.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_document_is_opened_checked_fixed_and_saved(client) -> None:  # type: ignore[no-untyped-def]
    """The page's path for a .docx: its text to show, its bytes to send back, rewrites made in its runs."""
    import base64
    import io

    import docx

    data = _word_document()
    opened = client.post("/api/open", params={"filename": "report.docx"}, content=data).json()
    assert opened["format"] == "docx" and opened["text"] == "Intro.\nHer cousin committed suicide in May. The week was crazy."
    assert base64.b64decode(opened["document"]) == data
    payload = {"document": opened["document"], "filename": "report.docx"}
    report = client.post("/api/check", json=payload).json()
    findings = report["files"][0]["findings"]
    assert [(f["rule"], f["location"]["paragraph"]) for f in findings] == [
        ("suicide/committed-suicide", 2),
        ("dismissive/crazy-insane", 2),
    ]
    first = findings[0]
    choice = {"rule": first["rule"], "offset": first["offset"], "end_offset": first["end_offset"], "suggestion": "died by suicide"}
    fixed = client.post("/api/fix", json={**payload, "choices": [choice]}).json()
    assert fixed["applied"] == 1 and fixed["held"] == []
    assert fixed["text"] == "Intro.\nHer cousin died by suicide in May. The week was crazy."
    runs = [(r.text, r.bold) for r in docx.Document(io.BytesIO(base64.b64decode(fixed["document"]))).paragraphs[1].runs]
    assert runs == [("Her cousin ", None), ("died by suicide", True), (" in May. The week was crazy.", None)]
    assert [f["rule"] for f in fixed["report"]["files"][0]["findings"]] == ["dismissive/crazy-insane"]
    saved = client.post("/api/save", json={"document": fixed["document"], "filename": "report.docx"})
    assert saved.status_code == 200
    assert saved.content == base64.b64decode(fixed["document"])
    assert saved.headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_the_formats_say_which_are_read_from_bytes(client) -> None:  # type: ignore[no-untyped-def]
    formats = {entry["name"]: entry for entry in client.get("/api/formats").json()}
    assert formats["docx"] == {"name": "docx", "label": "Word document", "extensions": [".docx"], "binary": True}
    assert formats["rst"]["binary"] is False and formats["mdx"]["extensions"] == [".mdx"]
