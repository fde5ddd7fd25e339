"""Word documents: the text of every paragraph, where it is, and rewrites made in the runs."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from langcheck.core.errors import InputError
from langcheck.core.models import Location
from langcheck.documents import Directive
from langcheck.documents import word as word_module
from langcheck.documents.word import read_word
from tests.documents.support import check_invariants

DATA = Path(__file__).resolve().parents[1] / "data" / "docx"


def _bytes(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read(name: str):  # type: ignore[no-untyped-def]
    return read_word((DATA / name).read_bytes(), name)


def _places(word) -> dict[str, Location]:  # type: ignore[no-untyped-def]
    return {paragraph.text.strip(): paragraph.location for paragraph in word.paragraphs if paragraph.text.strip()}


@pytest.mark.parametrize("path", sorted(p for p in DATA.glob("*.docx") if "strict" not in p.name), ids=lambda p: p.name)
def test_real_documents_read_as_python_docx_reads_them(path: Path) -> None:
    """Every paragraph python-docx sees in the body, tables included, is a line of the text, with its words."""
    word = read_word(path.read_bytes(), path.name)
    document = word.document()
    check_invariants(document)
    lines = document.source.split("\n")
    assert len(lines) == len(word.paragraphs) == len(document.places)
    package = docx.Document(str(path))
    seen = [p.text for p in package.paragraphs if p.text.strip()]
    body = [line for line, place in zip(lines, document.places, strict=True) if place.part == "body" and not place.where]
    for text in seen:
        assert text.replace("\n", " ") in body


def test_headers_footers_tables_and_numbering() -> None:
    places = _places(_read("hdr-header-footer.docx"))
    assert places["section with header"] == Location("body", 1)
    assert places["Header for section-1"].part == "header"
    assert places["Header for section-1"].where == "header of section 1"
    assert places["Footer for section 1"].where == "footer of section 1"
    tables = _places(_read("mammoth-tables.docx"))
    assert tables["Above"] == Location("body", 1)
    assert tables["Top right"] == Location("body", 3, "table 1, row 1, cell 2")
    assert tables["Below"] == Location("body", 6)
    assert tables["Top right"].describe() == "paragraph 3 (table 1, row 1, cell 2)"


def test_footnotes_endnotes_comments_and_text_boxes() -> None:
    footnotes = _places(_read("mammoth-footnotes.docx"))
    assert footnotes["A tachyon walks into a bar."] == Location("footnote", 1, "footnote 1")
    assert footnotes["Fin."].where == "footnote 2"
    assert _places(_read("mammoth-endnotes.docx"))["Fin."].part == "endnote"
    comments = _places(_read("mammoth-comments.docx"))
    assert comments["A tachyon walks into a bar."] == Location("comment", 1, "comment 1 by Michael Williamson")
    assert comments["A tachyon walks into a bar."].describe() == "comment 1 by Michael Williamson, paragraph 1"
    box = _places(_read("mammoth-text-box.docx"))
    assert box["Datum plane"] == Location("body", 2, "text box")


def test_hyperlinks_are_link_marks() -> None:
    document = _read("par-hyperlinks.docx").document()
    block = next(b for b in document.blocks if b.text.startswith("One awesome"))
    assert [(block.text[m.start : m.end], m.kind, m.value) for m in block.marks] == [
        ("awesome hyperlink", "link", "http://yahoo.com/")
    ]


def test_broken_files_get_a_clear_error() -> None:
    with pytest.raises(InputError, match="not a ZIP package"):
        read_word(b"plain text, not a package", "a.docx")
    with pytest.raises(InputError, match="Word 97-2003"):
        read_word(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "old.docx")
    with pytest.raises(InputError, match="Strict Open XML"):
        _read("mammoth-strict-format.docx")
    data = (DATA / "mammoth-tables.docx").read_bytes()
    with pytest.raises(InputError, match="not a ZIP package"):
        read_word(data[: len(data) // 2], "cut.docx")
    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="no relationships"):
        read_word(empty.getvalue(), "a.docx")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(word_module, "MAX_XML_BYTES", 1000)
    with pytest.raises(InputError, match="would unpack to"):
        _read("mammoth-tables.docx")


def _paragraph_with_runs(*runs: tuple[str, dict]) -> bytes:  # type: ignore[type-arg]
    document = docx.Document()
    paragraph = document.add_paragraph()
    for text, formatting in runs:
        run = paragraph.add_run(text)
        for name, value in formatting.items():
            setattr(run, name, value)
    return _bytes(document)


def test_a_rewrite_inside_a_run_keeps_its_formatting() -> None:
    word = read_word(_paragraph_with_runs(("Her cousin ", {}), ("committed suicide", {"italic": True}), (" in May.", {})))
    start = word.text.index("committed suicide")
    assert word.rewrite(start, start + 17, "died by suicide") is None
    runs = [(r.text, r.italic) for r in docx.Document(io.BytesIO(word.to_bytes())).paragraphs[0].runs]
    assert runs == [("Her cousin ", None), ("died by suicide", True), (" in May.", None)]


def test_a_rewrite_across_runs_goes_into_the_first_and_trims_the_others() -> None:
    data = _paragraph_with_runs(("Her cousin com", {"bold": True}), ("mitted sui", {}), ("cide in May.", {"italic": True}))
    word = read_word(data)
    start = word.text.index("committed suicide")
    assert word.rewrite(start, start + 17, "died by suicide") is None
    runs = [(r.text, r.bold, r.italic) for r in docx.Document(io.BytesIO(word.to_bytes())).paragraphs[0].runs]
    assert runs == [("Her cousin died by suicide", True, None), (" in May.", None, True)]  # the middle run is gone


def test_unsafe_rewrites_are_held_back_with_the_reason() -> None:
    document = docx.Document()
    tabbed = document.add_paragraph("He committed")
    tabbed.add_run().add_tab()
    tabbed.add_run("suicide.")
    marked = document.add_paragraph("She committed ")  # and a bookmark between the two words
    bookmark = marked._p.makeelement(qn("w:bookmarkStart"), {qn("w:id"): "0", qn("w:name"): "here"})
    marked._p.append(bookmark)
    marked.add_run("suicide.")
    word = read_word(_bytes(document))
    first = word.text.index("committed")
    assert word.check_rewrite(first, first + len("committed\tsuicide")) == "the words take in a tab"
    second = word.text.index("committed", first + 1)
    assert word.check_rewrite(second, second + len("committed suicide")) == "a bookmark sits inside the words"
    assert word.check_rewrite(first, second) == "the words run over two paragraphs"


def test_a_hyperlink_edge_holds_a_rewrite_back() -> None:
    word = _read("par-hyperlinks.docx")
    start = word.text.index("One awesome")
    assert "hyperlink" in word.check_rewrite(start, start + len("One awesome"))  # "One " plain, "awesome" linked
    inside = word.text.index("awesome hyperlink")
    assert word.check_rewrite(inside, inside + len("awesome")) is None


def test_suppression_comments() -> None:
    document = docx.Document()
    document.add_paragraph("Intro.")
    paragraph = document.add_paragraph("A crazy week, as the diary says.")
    document.add_comment(paragraph.runs, text="langcheck: ignore dismissive", author="Editor")
    other = document.add_paragraph("Another note.")
    document.add_comment(other.runs, text="Looks good.", author="Editor")
    word = read_word(_bytes(document))
    parsed = word.document()
    assert list(parsed.directives) == [Directive("ignore-line", ("dismissive",), 2, 2)]
    texts = [block.text for block in parsed.blocks]
    assert "Looks good." in texts and not any("langcheck" in text for text in texts)  # a directive is not prose
