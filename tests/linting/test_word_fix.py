"""Fixing Word documents: rewrites in the runs, and a fixed document that differs from the original only there."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from langcheck import api
from langcheck.documents.word import W

DATA = Path(__file__).resolve().parents[1] / "data" / "docx"


def _save(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {entry.filename: archive.read(entry) for entry in archive.infolist()}


def _with_words(name: str, words: str, where: str = "body") -> bytes:
    """A real document with ``words`` put into the middle of the text of a real run (its formatting untouched)."""
    document = docx.Document(str(DATA / name))
    if where == "body":
        unquoted = [p for p in document.paragraphs if not set(p.text) & set("‘’“”\"'")]  # keep clear of quotations
        runs = [run for paragraph in unquoted for run in paragraph.runs if len(run.text) > 3]
    else:  # a footnote: python-docx has no footnote API, so its run is found in the XML
        part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/footnotes"))
        root = etree.fromstring(part.blob)
        texts = [t for t in root.iter(W + "t") if len((t.text or "").strip()) > 3]
        texts[0].text = texts[0].text[:3] + f" {words} " + texts[0].text[3:]
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        return _save(document)
    run = runs[0]
    middle = len(run.text) // 2
    run.text = run.text[:middle] + f" {words} " + run.text[middle:]
    return _save(document)


def _differences(before: bytes, after: bytes) -> list[tuple[str, str, str]]:
    """Every difference between two XML parts: the same elements and attributes must remain, only text may change."""
    old, new = etree.fromstring(before), etree.fromstring(after)
    changes = []
    for first, second in zip(old.iter(), new.iter(), strict=True):
        assert first.tag == second.tag and dict(first.attrib) == dict(second.attrib)
        if (first.text or "") != (second.text or ""):
            changes.append((etree.QName(first).localname, first.text or "", second.text or ""))
    return changes


@pytest.mark.parametrize(
    ("name", "where", "part"),
    [
        ("run-char-style.docx", "body", "word/document.xml"),
        ("txt-font-props.docx", "body", "word/document.xml"),
        ("hdr-header-footer.docx", "body", "word/document.xml"),
        ("mammoth-footnotes.docx", "footnote", "word/footnotes.xml"),
    ],
)
def test_a_fixed_real_document_differs_only_in_the_rewritten_words(name: str, where: str, part: str) -> None:
    original = _with_words(name, "he committed suicide", where)
    fixed = api.fix_bytes(original, name)
    assert len(fixed.outcome.applied) == 1 and not fixed.outcome.held
    before, after = _entries(original), _entries(fixed.data)
    assert list(before) == list(after)  # same parts, same order
    for entry in before:
        if entry != part:
            assert before[entry] == after[entry], entry  # copied byte for byte
    changes = _differences(before[part], after[part])
    assert len(changes) == 1 and changes[0][0] == "t"
    assert changes[0][2] == changes[0][1].replace("committed suicide", "died by suicide")
    docx.Document(io.BytesIO(fixed.data))  # it opens
    assert api.check_bytes(fixed.data, name).findings == ()
    again = api.fix_bytes(fixed.data, name)
    assert again.data == fixed.data and not again.outcome.applied  # a second fix changes nothing


def test_quotations_are_never_rewritten_and_findings_elsewhere_are() -> None:
    document = docx.Document()
    document.add_paragraph("Her cousin committed suicide in May.")
    document.add_paragraph("He committed suicide, the 1923 record says.", style="Quote")
    fixed = api.fix_bytes(_save(document), "a.docx")
    texts = [p.text for p in docx.Document(io.BytesIO(fixed.data)).paragraphs]
    assert texts == ["Her cousin died by suicide in May.", "He committed suicide, the 1923 record says."]
    remaining = api.check_bytes(fixed.data, "a.docx").findings
    assert [(f.quotation, f.location) for f in remaining] == [(True, api.Location("body", 2))]


def test_what_cannot_be_rewritten_safely_is_held_back_with_the_reason() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("He committed")
    paragraph.add_run().add_break()
    paragraph.add_run("suicide.")
    original = _save(document)
    fixed = api.fix_bytes(original, "a.docx")
    assert fixed.data == original and not fixed.outcome.applied
    [(finding, reason)] = fixed.outcome.held
    assert finding.rule == "suicide/committed-suicide" and reason == "the words take in a line or page break"


def test_nothing_to_fix_gives_the_same_bytes() -> None:
    data = (DATA / "mammoth-tables.docx").read_bytes()
    fixed = api.fix_bytes(data, "t.docx")
    assert fixed.data == data and fixed.before == fixed.after
