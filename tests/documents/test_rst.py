"""reStructuredText: prose nodes only, every character mapped back to the source, comments as directives."""

from __future__ import annotations

from pathlib import Path

import pytest

from langcheck.documents import Directive, parse_document
from langcheck.documents import rst as rst_module
from tests.documents.support import all_text, check_invariants, source_of

DATA = Path(__file__).resolve().parents[1] / "data" / "rst"

SAMPLE = """\
=========
 Welcome
=========

First paragraph with *emphasis*, a `link <https://example.org/a-crazy-url>`_ and
a second line with :ref:`a titled reference <label>` and ``crazy_code()`` in it.

* An item that
  continues here.
* Second item.

  .. note::

     A note inside the item.

Intro to a quotation:

    A block quotation
    of two lines.

    -- Someone Quoted

.. code-block:: python

   crazy = True

::

   literal crazy block

| A line block
| with two lines

Term
   Definition of the term.

+------------+----------------------+
| Header one | Header two           |
+============+======================+
| short      | a cell of two lines  |
|            | that continue here   |
+------------+----------------------+

Escaped \\*stars\\* and :func:`crazy_function` and :code:`crazy()` here.

.. versionadded:: 2.0

   Prose inside a Sphinx directive.

.. toctree::

   crazy-page

.. unknown-directive:: argument

   Content docutils cannot read.
"""


def test_prose_is_read_and_code_is_not() -> None:
    document = parse_document(SAMPLE, "rst")
    check_invariants(document)
    text = all_text(document)
    for prose in (
        "Welcome",
        "First paragraph with emphasis, a link and a second line with a titled reference and",
        "An item that continues here.",
        "A note inside the item.",
        "A block quotation of two lines.",
        "A line block",
        "Definition of the term.",
        "a cell of two lines that continue here",
        "Escaped *stars* and",
        "Prose inside a Sphinx directive.",
    ):
        assert prose in text, prose
    for code in ("crazy_code", "crazy = True", "literal crazy block", "crazy_function", "crazy()", "crazy-page", "a-crazy-url", "Content docutils"):
        assert code not in text, code


def test_positions_map_back_to_the_source() -> None:
    document = parse_document(SAMPLE, "rst")
    assert source_of(document, "emphasis") == "emphasis"
    assert source_of(document, "a titled reference") == "a titled reference"
    assert source_of(document, "line with a titled") == "line with :ref:`a titled"  # markup falls between segments
    assert source_of(document, "continue here") == "continue here"
    assert source_of(document, "stars") == "stars"
    assert source_of(document, "Escaped *stars") == "Escaped \\*stars"  # the escaping backslash is in the range, not the text


def test_kinds_quotations_and_marks() -> None:
    document = parse_document(SAMPLE, "rst")
    kinds = {block.text: (block.kind, block.quoted) for block in document.blocks}
    assert kinds["Welcome"] == ("heading", False)
    assert kinds["A block quotation of two lines."] == ("blockquote", True)
    assert kinds["a cell of two lines that continue here"] == ("table_cell", False)
    assert kinds["Second item."] == ("list_item", False)
    first = next(block for block in document.blocks if block.text.startswith("First paragraph"))
    assert {(mark.kind, first.text[mark.start : mark.end]) for mark in first.marks} >= {
        ("emphasis", "emphasis"),
        ("link", "link"),
    }


def test_a_finding_is_placed_on_its_line_and_column() -> None:
    from langcheck.api import check_text

    findings = check_text("Title\n=====\n\nIntro.\n\n   He committed suicide, the record says.\n", "rst")
    assert [(f.line, f.column, f.text) for f in findings] == [(6, 7, "committed suicide")]
    assert findings[0].quotation  # an indented paragraph is a block quotation in reStructuredText


def test_suppression_comments() -> None:
    source = (
        "Intro.\n\n.. langcheck-disable-next-line suicide\n\nHe committed suicide.\n\n"
        ".. langcheck-disable dismissive\n\nA crazy week.\n\n.. langcheck-enable\n"
    )
    document = parse_document(source, "rst")
    assert list(document.directives) == [
        Directive("disable-next-line", ("suicide",), 3, 5),
        Directive("disable", ("dismissive",), 7, 7),
        Directive("enable", (), 11, 11),
    ]
    from langcheck.api import check_text

    assert check_text(source, "rst") == []


def test_broken_markup_is_linted_around_and_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    source = "Title\n===\n\nAn *unclosed emphasis and a :nosuchrole:`x` role.\n\n.. nosuchdirective::\n\nHe committed suicide.\n"
    document = parse_document(source, "rst")
    assert "He committed suicide." in all_text(document)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_docutils_is_left_as_it_was() -> None:
    """Sphinx's roles and directives are known only during a parse: a program using docutils sees no change."""
    from docutils.parsers.rst import directives, roles

    before = (dict(directives._directives), dict(roles._roles))
    parse_document(":ref:`Title <x>`\n\n.. versionadded:: 1.0\n\n   Text.\n", "rst")
    assert (dict(directives._directives), dict(roles._roles)) == before


def test_no_file_is_included() -> None:
    """``include`` and ``raw`` are disabled: linting a document never reads another file."""
    document = parse_document(".. include:: /etc/passwd\n\n.. raw:: html\n   :file: /etc/passwd\n\nText.\n", "rst")
    assert all_text(document) == "Text."


@pytest.mark.parametrize("path", sorted(DATA.glob("*.rst")), ids=lambda path: path.name)
def test_real_documents_are_aligned_whole(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every prose node of real Sphinx pages is matched with the source: none is left out."""
    lost: list[str] = []
    original = rst_module._Aligner.children

    def children(self, node, cursor):  # type: ignore[no-untyped-def]
        try:
            return original(self, node, cursor)
        except rst_module._Unaligned:
            lost.append(node.astext()[:60])
            raise

    monkeypatch.setattr(rst_module._Aligner, "children", children)
    source = path.read_text("utf-8")
    document = parse_document(source, "rst")
    check_invariants(document)
    assert not lost
    assert len(all_text(document)) > 200
