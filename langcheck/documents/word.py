"""Word documents (.docx) through python-docx: their prose as a text of one paragraph a line, and rewrites in the runs.

What is prose: the paragraphs of the body (tables and text boxes included),
of every header and footer, of footnotes and endnotes, and of comments, with
hyperlinks' text. What is not: deleted text of tracked changes, field
instructions, hidden text, drawings and equations (each an object
character or a break in the prose), and comments that are suppression
directives.

The text of the document: python-docx opens the package and hands over the
XML of each part, which is walked run by run. Every paragraph becomes one line
of a text made for the document (``WordDocument.text``): its ``w:t`` text as
it stands, a tab as a tab, a line or page break as a space, a no-break hyphen
as "-", a drawing or symbol as U+FFFC. Lines come in this order: the body,
then headers and footers section by section, footnotes, endnotes, comments.
The text parsers' machinery (blocks, offsets, findings by line and column)
then works on that text, and each line's ``Location`` says where it is in
the file: in the body, line N is paragraph N.

Rewrites go back into the runs (``rewrite``): the new words replace the
old ones in the run where they start, keeping its formatting; when the old
words run on into further runs, the rest of them is cut from those runs and
runs left empty are removed, so the text around keeps its formatting. A
rewrite is held back, with the reason, when that would not be safe: the words
take in a tab, break, field, drawing or hidden text, cross the edge of a
hyperlink, tracked change or content control, or have a bookmark, comment
anchor or note reference inside them.

Suppression: a Word comment whose text is ``langcheck: ignore [RULE ...]``
silences those rules (every rule when none is named) in the paragraphs the
comment is attached to.

Saving (``to_bytes``) writes a new package in which every part that was not
rewritten is copied byte for byte, in the original order.
"""

from __future__ import annotations

import io
import zipfile
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from langcheck.core.errors import InputError
from langcheck.core.models import Location
from langcheck.documents.directives import own_line_marker
from langcheck.documents.model import Block, Directive, Document
from langcheck.documents.offsets import BlockBuilder

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_STRICT = b"purl.oclc.org/ooxml"

MAX_XML_BYTES = 100 * 1024 * 1024
"""The most XML (uncompressed) a document may hold: a zip bomb is refused before it is unpacked."""
MAX_ENTRIES = 10_000
OBJECT = "\ufffc"
"""What a drawing, an embedded object or a symbol is in the text: one character that is not a letter."""

_QUOTE_STYLES = frozenset({"quote", "intense quote", "block text"})
_HEADING_STYLES = frozenset({"title", "subtitle"})
_RUN_CONTAINERS = frozenset({W + "ins", W + "moveTo", W + "smartTag", W + "customXml", W + "dir", W + "bdo", W + "sdtContent"})
_SKIPPED = frozenset({W + "del", W + "moveFrom", _MC + "Fallback", W + "pPr", W + "rPr", W + "sdtPr", W + "sdtEndPr", W + "sectPr", W + "tblPr", W + "tblGrid", W + "trPr", W + "tcPr"})
_BOUNDARIES = {
    W + "bookmarkStart": "a bookmark",
    W + "bookmarkEnd": "a bookmark",
    W + "commentRangeStart": "a comment's anchor",
    W + "commentRangeEnd": "a comment's anchor",
    W + "permStart": "an editing permission",
    W + "permEnd": "an editing permission",
    _M + "oMath": "an equation",
    _M + "oMathPara": "an equation",
}
_NOT_EDITABLE = {
    W + "tab": ("\t", "a tab"),
    W + "ptab": ("\t", "a tab"),
    W + "br": (" ", "a line or page break"),
    W + "cr": (" ", "a line break"),
    W + "noBreakHyphen": ("-", "a no-break hyphen"),
    W + "sym": (OBJECT, "a symbol"),
    W + "drawing": (OBJECT, "a drawing"),
    W + "pict": (OBJECT, "a drawing"),
    W + "object": (OBJECT, "an embedded object"),
}
_RUN_BOUNDARIES = {
    W + "softHyphen": "an optional hyphen",
    W + "footnoteReference": "a footnote reference",
    W + "endnoteReference": "an endnote reference",
    W + "commentReference": "a comment",
    W + "fldChar": "a field",
}
_PART_KINDS = {"header": "header", "footer": "footer", "footnote": "footnote", "endnote": "endnote", "comment": "comment"}


@dataclass(slots=True)
class Piece:
    """A stretch of a paragraph's text: one ``w:t`` element's text, or one character for a tab, break or object."""

    start: int
    length: int
    run: Any
    container: Any
    element: Any = None  # the w:t element, when the text can be rewritten
    reason: str = ""  # why not, otherwise

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass(slots=True)
class Paragraph:
    """One paragraph of the document: its text, where its characters come from, and where it is."""

    location: Location
    kind: str
    quoted: bool = False
    parts: list[str] = field(default_factory=list)
    size: int = 0
    pieces: list[Piece] = field(default_factory=list)
    boundaries: list[tuple[int, str]] = field(default_factory=list)  # zero-width things between characters
    marks: list[tuple[int, int, str, str]] = field(default_factory=list)
    skip: bool = False  # a suppression comment's own text: not prose
    partname: str = ""

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add(self, text: str, run: Any, container: Any, element: Any = None, reason: str = "") -> None:
        if not text:
            return
        self.pieces.append(Piece(self.size, len(text), run, container, element, reason))
        self.parts.append(text)
        self.size += len(text)


@dataclass(slots=True)
class _Field:
    instruction: str = ""
    result: bool = False

    @property
    def hyperlink(self) -> str | None:
        words = self.instruction.split()
        if not words or words[0].upper() != "HYPERLINK":
            return None
        target = next((word.strip('"') for word in words[1:] if not word.startswith("\\")), "")
        return target


def read_word(data: bytes, name: str = "<input>") -> WordDocument:
    """Open a .docx; a file python-docx cannot read, or one that would unpack to too much, is an ``InputError``."""
    _check_package(data, name)
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a default dependency
        raise InputError(f"{name}: reading Word documents needs python-docx (pip install python-docx)") from None
    try:
        package = docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise InputError(f"{name}: not a Word document (.docx): the package has no main document part") from None
    except KeyError as exc:
        raise InputError(f"{name}: not a Word document (.docx) python-docx can read: missing part {exc}") from None
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a damaged package; each is the file's fault
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise InputError(f"{name}: not a Word document (.docx) python-docx can read: {reason}") from None
    return WordDocument(data, package, name)


def _check_package(data: bytes, name: str) -> None:
    """Refuse, with a reason a writer understands, what python-docx cannot open or should not unpack."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            f"{name}: a Word 97-2003 document or a password-protected one, not a .docx; "
            "save it as 'Word Document (.docx)' without a password"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise InputError(f"{name}: not a Word document (.docx): not a ZIP package") from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise InputError(f"{name}: not read: the package holds {len(entries)} files (at most {MAX_ENTRIES})")
        xml = sum(entry.file_size for entry in entries if entry.filename.endswith((".xml", ".rels")))
        if xml > MAX_XML_BYTES:
            raise InputError(
                f"{name}: not read: its XML would unpack to {xml / 1e6:.0f} MB (at most {MAX_XML_BYTES / 1e6:.0f} MB)"
            )
        try:
            relationships = archive.read("_rels/.rels")
        except KeyError:
            raise InputError(f"{name}: not a Word document (.docx): the package has no relationships") from None
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
            raise InputError(f"{name}: not a Word document (.docx): {exc}") from None
        if _STRICT in relationships:
            raise InputError(
                f"{name}: a Strict Open XML document, which python-docx cannot read; "
                "save it as 'Word Document (.docx)'"
            )


class WordDocument:
    """An opened .docx: the text of its paragraphs, where they are, and rewrites of their runs."""

    def __init__(self, data: bytes, package: Any, name: str) -> None:
        self.data = data
        self.name = name
        self.package = package
        self._styles = _style_names(package)
        self._stories = list(_stories(package))
        self._changed: set[str] = set()
        self._read()

    # -- reading ------------------------------------------------------------------------------

    def _read(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self._comment_ranges: dict[str, list[int]] = {}
        self._comment_markers: dict[str, int] = {}
        notes = _note_numbers(self._stories)
        for story in self._stories:
            walker = _StoryWalker(self, story, notes)
            walker.walk(story.root)
        texts = [paragraph.text.replace("\r", " ").replace("\n", " ") for paragraph in self.paragraphs]
        self.text = "\n".join(texts)
        starts = [0]
        for text in texts[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        self._starts = starts

    def document(self) -> Document:
        """The text parsers' ``Document`` for this file: blocks, directives and each line's place."""
        blocks: list[Block] = []
        for line, paragraph in enumerate(self.paragraphs):
            if paragraph.skip or not paragraph.size:
                continue
            blocks.extend(self._blocks(paragraph, self._starts[line]))
        places = tuple(paragraph.location for paragraph in self.paragraphs)
        return Document(self.text, "docx", tuple(blocks), tuple(self._directives()), places)

    def _blocks(self, paragraph: Paragraph, base: int) -> list[Block]:
        sink: list[Block] = []
        builder = BlockBuilder(self.text, paragraph.kind, sink, paragraph.quoted)
        events: list[tuple[int, int, str, str]] = []  # (position, 0 close / 1 open, kind, value)
        for start, end, kind, value in paragraph.marks:
            if kind == "link-start":  # a HYPERLINK field that goes on into another paragraph
                continue
            events.append((start, 1, kind, value))
            events.append((end, 0, kind, value))
        events.sort(key=lambda event: (event[0], event[1]))
        position = 0
        for at, opens, kind, value in events:
            builder.text(base + position, base + at)
            position = at
            if opens:
                builder.open_mark(kind, value)
            else:
                builder.close_mark(kind)
        builder.text(base + position, base + paragraph.size)
        builder.flush()
        return sink

    def _directives(self) -> Iterator[Directive]:
        """Comments that say ``langcheck: ignore [RULE ...]``, over the lines of the paragraphs they are attached to."""
        for story in self._stories:
            if story.kind != "comment" or story.comment_id is None:
                continue
            rules = own_line_marker(" ".join(_texts(story.root)).strip())
            if rules is None:
                continue
            lines = self._comment_ranges.get(story.comment_id) or (
                [self._comment_markers[story.comment_id]] if story.comment_id in self._comment_markers else []
            )
            if lines:
                yield Directive("ignore-line", rules, min(lines) + 1, max(lines) + 1)

    # -- rewriting ----------------------------------------------------------------------------

    def line_of(self, offset: int) -> int:
        """The 0-based paragraph (line of the text) that holds ``offset``."""
        return bisect_right(self._starts, offset) - 1

    def check_rewrite(self, start: int, end: int) -> str | None:
        """Why the text ``[start, end)`` cannot be rewritten safely, or None when it can."""
        line = self.line_of(start)
        if self.line_of(max(start, end - 1)) != line:
            return "the words run over two paragraphs"
        paragraph = self.paragraphs[line]
        low, high = start - self._starts[line], end - self._starts[line]
        for position, what in paragraph.boundaries:
            if low < position < high:
                return f"{what} sits inside the words"
        pieces = [piece for piece in paragraph.pieces if piece.start < high and low < piece.end]
        for piece in pieces:
            if piece.element is None:
                return f"the words take in {piece.reason}"
        if len({id(piece.container) for piece in pieces}) > 1:
            return "the words cross the edge of a hyperlink, tracked change or content control"
        return None

    def rewrite(self, start: int, end: int, replacement: str) -> str | None:
        """Put ``replacement`` in place of the text ``[start, end)``; the reason when it is held back instead.

        The text and every offset stay those of the document as read until
        ``refresh``: rewrite from the end of the document backwards.
        """
        reason = self.check_rewrite(start, end)
        if reason is not None:
            return reason
        line = self.line_of(start)
        paragraph = self.paragraphs[line]
        low, high = start - self._starts[line], end - self._starts[line]
        pieces = [piece for piece in paragraph.pieces if piece.start < high and low < piece.end]
        if not pieces:
            return "the words are not in the document's text"
        first, rest = pieces[0], pieces[1:]
        text = first.element.text or ""
        cut = low - first.start
        keep = text[min(len(text), high - first.start) :] if high <= first.end else ""
        _set_text(first.element, text[:cut] + replacement + keep)
        for piece in rest:
            text = piece.element.text or ""
            _set_text(piece.element, text[min(len(text), high - piece.start) :])
        for piece in rest:
            _prune(piece.element)
        if not (first.element.text or ""):
            _prune(first.element)
        self._changed.add(paragraph.partname)
        return None

    def refresh(self) -> None:
        """Read the text again after rewrites."""
        self._read()

    @property
    def changed(self) -> bool:
        return bool(self._changed)

    def to_bytes(self) -> bytes:
        """The package with rewritten parts serialised again and every other entry copied as it was."""
        if not self._changed:
            return self.data
        from docx.opc.oxml import serialize_part_xml

        roots: dict[str, Any] = {}
        for story in self._stories:
            if story.partname in self._changed:
                roots[story.partname] = story.part_root
        output = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(self.data)) as source, zipfile.ZipFile(output, "w") as target:
            for entry in source.infolist():
                name = "/" + entry.filename
                data = serialize_part_xml(roots[name]) if name in roots else source.read(entry)
                target.writestr(entry, data, compress_type=entry.compress_type)
        return output.getvalue()


@dataclass(slots=True)
class _Story:
    """A run of paragraphs with its own numbering: the body, one header, one footnote, one comment."""

    kind: str
    where: str
    root: Any
    part: Any
    part_root: Any
    comment_id: str | None = None

    @property
    def partname(self) -> str:
        return str(self.part.partname)


def _stories(package: Any) -> Iterator[_Story]:
    """The body, then headers and footers by section, footnotes, endnotes and comments."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    main = package.part
    body = package.element.body
    yield _Story("body", "", body, main, package.element)
    sections = list(body.iter(W + "sectPr"))
    seen: set[str] = set()
    for kind, reference in (("header", W + "headerReference"), ("footer", W + "footerReference")):
        for number, section in enumerate(sections, 1):
            for ref in section.findall(reference):
                rel = main.rels.get(ref.get(_R + "id"))
                if rel is None or rel.is_external or str(rel.target_part.partname) in seen:
                    continue
                part = rel.target_part
                seen.add(str(part.partname))
                variant = {"first": "first-page ", "even": "even-page "}.get(ref.get(W + "type") or "", "")
                where = f"{variant}{kind} of section {number}" if len(sections) > 1 else f"{variant}{kind}"
                root = _root(part)
                yield _Story(kind, where, root, part, root)
    for kind, reltype, tag in (("footnote", RT.FOOTNOTES, "footnote"), ("endnote", RT.ENDNOTES, "endnote")):
        part = _related(main, reltype)
        if part is None:
            continue
        root = _root(part)
        number = 0
        for note in root.findall(W + tag):
            if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            number += 1
            yield _Story(kind, f"{kind} {number}", note, part, root)
    comments = _related(main, RT.COMMENTS)
    if comments is not None:
        root = _root(comments)
        for number, comment in enumerate(root.findall(W + "comment"), 1):
            author = comment.get(W + "author")
            where = f"comment {number} by {author}" if author else f"comment {number}"
            yield _Story("comment", where, comment, comments, root, comment.get(W + "id"))


def _related(part: Any, reltype: str) -> Any:
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    return None


def _root(part: Any) -> Any:
    """A part's XML: python-docx's element for the parts it knows, parsed from the bytes for the others (notes)."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml

    return parse_xml(part.blob)


def _note_numbers(stories: list[_Story]) -> dict[tuple[str, str], int]:
    """The number Word shows for each footnote and endnote: the order of their references in the body."""
    numbers: dict[tuple[str, str], int] = {}
    counters = {"footnote": 0, "endnote": 0}
    if not stories:
        return numbers
    for element in stories[0].root.iter(W + "footnoteReference", W + "endnoteReference"):
        kind = "footnote" if element.tag == W + "footnoteReference" else "endnote"
        key = (kind, element.get(W + "id") or "")
        if key not in numbers and element.get(W + "customMarkFollows") not in ("1", "true", "on"):
            counters[kind] += 1
            numbers[key] = counters[kind]
    return numbers


def _style_names(package: Any) -> dict[str, str]:
    try:
        return {style.style_id: (style.name or "").lower() for style in package.styles}
    except Exception:  # noqa: BLE001 - a missing or broken styles part leaves every paragraph plain
        return {}


def _texts(element: Any) -> Iterator[str]:
    for text in element.iter(W + "t"):
        yield text.text or ""


class _StoryWalker:
    """Walks one story's XML in document order, adding its paragraphs to the document."""

    def __init__(self, document: WordDocument, story: _Story, notes: dict[tuple[str, str], int]) -> None:
        self.document = document
        self.story = story
        self.notes = notes
        self.fields: list[_Field] = []
        self.tables = 0
        self.cell: str = ""
        self.count = 0
        if story.kind in ("footnote", "endnote"):
            number = notes.get((story.kind, story.root.get(W + "id") or ""))
            if number is not None:
                story.where = f"{story.kind} {number}"
        self.skip = story.kind == "comment" and own_line_marker(" ".join(_texts(story.root)).strip()) is not None

    def walk(self, element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child, self.cell)
            elif tag == W + "tbl":
                self.table(child)
            elif tag in _SKIPPED or not isinstance(tag, str):
                continue
            else:
                self.walk(child)

    def table(self, table: Any) -> None:
        self.tables += 1
        number = self.tables
        outer = self.cell
        for row_number, row in enumerate(table.findall(W + "tr"), 1):
            for cell_number, cell in enumerate(_cells(row), 1):
                place = f"table {number}, row {row_number}, cell {cell_number}"
                self.cell = f"{outer}, {place}" if outer else place
                self.walk(cell)
        self.cell = outer

    def paragraph(self, element: Any, cell: str, text_box: bool = False) -> None:
        story = self.story
        self.count += 1
        where = ", ".join(part for part in (story.where, cell, "text box" if text_box else "") if part)
        kind = _PART_KINDS.get(story.kind) or ("table_cell" if cell else "paragraph")
        style = self._style(element)
        quoted = style in _QUOTE_STYLES
        if story.kind == "body" and not cell:
            if style in _HEADING_STYLES or style.startswith("heading") or element.find(f"{W}pPr/{W}outlineLvl") is not None:
                kind = "heading"
            elif element.find(f"{W}pPr/{W}numPr") is not None:
                kind = "list_item"
        paragraph = Paragraph(Location(story.kind, self.count, where), kind, quoted, skip=self.skip, partname=story.partname)
        self.document.paragraphs.append(paragraph)
        nested: list[Any] = []
        self.inline(element, paragraph, element, nested)
        for inner in nested:
            self.paragraph(inner, cell, text_box=True)

    def _style(self, element: Any) -> str:
        style = element.find(f"{W}pPr/{W}pStyle")
        if style is None:
            return ""
        return self.document._styles.get(style.get(W + "val") or "", (style.get(W + "val") or "").lower())

    def inline(self, element: Any, paragraph: Paragraph, container: Any, nested: list[Any]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag == W + "r":
                self.run(child, paragraph, container, nested)
            elif tag == W + "hyperlink":
                start = paragraph.size
                self.inline(child, paragraph, child, nested)
                if paragraph.size > start:
                    paragraph.marks.append((start, paragraph.size, "link", self._link_target(child)))
            elif tag == W + "fldSimple":
                instruction = _Field(child.get(W + "instr") or "", result=True)
                self.fields.append(instruction)
                start = paragraph.size
                self.inline(child, paragraph, child, nested)
                self.fields.pop()
                target = instruction.hyperlink
                if target is not None and paragraph.size > start:
                    paragraph.marks.append((start, paragraph.size, "link", target))
            elif tag in _BOUNDARIES:
                paragraph.boundaries.append((paragraph.size, _BOUNDARIES[tag]))
                self._anchor(child, paragraph)
            elif tag in _RUN_CONTAINERS or tag == W + "sdt":
                self.inline(child, paragraph, child, nested)
            elif tag == _MC + "AlternateContent" or tag == _MC + "Choice":
                self.inline(child, paragraph, container, nested)
            # anything else (proofing marks, custom XML properties) is not text

    def _anchor(self, element: Any, paragraph: Paragraph) -> None:
        if element.tag in (W + "commentRangeStart", W + "commentRangeEnd"):
            line = len(self.document.paragraphs) - 1
            self.document._comment_ranges.setdefault(element.get(W + "id") or "", []).append(line)

    def _link_target(self, hyperlink: Any) -> str:
        anchor = hyperlink.get(W + "anchor")
        rel_id = hyperlink.get(_R + "id")
        if rel_id:
            rel = self.story.part.rels.get(rel_id)
            if rel is not None and rel.is_external:
                return str(rel.target_ref)
        return f"#{anchor}" if anchor else ""

    def run(self, run: Any, paragraph: Paragraph, container: Any, nested: list[Any]) -> None:
        hidden = _is_set(run.find(f"{W}rPr/{W}vanish"))
        if hidden:
            paragraph.boundaries.append((paragraph.size, "hidden text"))
            return
        italic = _is_set(run.find(f"{W}rPr/{W}i"))
        start = paragraph.size
        self.run_content(run, run, paragraph, container, nested)
        if italic and paragraph.size > start:
            paragraph.marks.append((start, paragraph.size, "emphasis", ""))

    def run_content(self, element: Any, run: Any, paragraph: Paragraph, container: Any, nested: list[Any]) -> None:
        fields = self.fields
        for child in element:
            tag = child.tag
            if tag == W + "t":
                text = child.text or ""
                field_result = next((item for item in reversed(fields) if item.result), None)
                if field_result is not None and field_result.hyperlink is None:
                    paragraph.add(text, run, container, reason="a field's result (Word computes it)")
                else:
                    paragraph.add(text, run, container, child)
            elif tag in _NOT_EDITABLE:
                shown, reason = _NOT_EDITABLE[tag]
                paragraph.add(shown, run, container, reason=reason)
                if tag in (W + "drawing", W + "pict", W + "object"):
                    nested.extend(_text_box_paragraphs(child))
            elif tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    fields.append(_Field())
                elif kind == "separate" and fields:
                    fields[-1].result = True
                    target = fields[-1].hyperlink
                    if target is not None:
                        paragraph.marks.append((paragraph.size, paragraph.size, "link-start", target))
                elif kind == "end" and fields:
                    ended = fields.pop()
                    self._close_field_link(ended, paragraph)
                paragraph.boundaries.append((paragraph.size, "a field"))
            elif tag == W + "instrText":
                if fields and not fields[-1].result:
                    fields[-1].instruction += child.text or ""
            elif tag in _RUN_BOUNDARIES:
                paragraph.boundaries.append((paragraph.size, _RUN_BOUNDARIES[tag]))
                if tag == W + "commentReference":
                    self.document._comment_markers[child.get(W + "id") or ""] = len(self.document.paragraphs) - 1
            elif tag == _MC + "AlternateContent" or tag == _MC + "Choice":
                self.run_content(child, run, paragraph, container, nested)

    def _close_field_link(self, ended: _Field, paragraph: Paragraph) -> None:
        """A HYPERLINK field's result is link text: turn its opening marker into a link mark."""
        for index in range(len(paragraph.marks) - 1, -1, -1):
            start, _end, kind, value = paragraph.marks[index]
            if kind == "link-start":
                del paragraph.marks[index]
                if paragraph.size > start:
                    paragraph.marks.append((start, paragraph.size, "link", value))
                return


def _cells(row: Any) -> Iterator[Any]:
    for child in row:
        if child.tag == W + "tc":
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):  # cells wrapped in a content control
            yield from child.iter(W + "tc")


def _text_box_paragraphs(element: Any) -> list[Any]:
    """The paragraphs of text boxes inside a drawing, once each (Word's fallback copy for old readers skipped)."""
    found = []
    for content in element.iter(W + "txbxContent"):
        if any(ancestor.tag == _MC + "Fallback" for ancestor in content.iterancestors()):
            continue
        found.extend(child for child in content if child.tag == W + "p")
    return found


def _is_set(toggle: Any) -> bool:
    """A Word on/off property: present and not switched off."""
    if toggle is None:
        return False
    return (toggle.get(W + "val") or "true").lower() not in ("0", "false", "off")


def _set_text(element: Any, text: str) -> None:
    element.text = text
    if text != text.strip():
        element.set(_XML_SPACE, "preserve")


def _prune(text_element: Any) -> None:
    """Remove an emptied ``w:t``, and its run when nothing but formatting is left in it."""
    if text_element.text:
        return
    run = text_element.getparent()
    run.remove(text_element)
    if all(child.tag == W + "rPr" for child in run):
        parent = run.getparent()
        if parent is not None:
            parent.remove(run)


__all__ = ["MAX_XML_BYTES", "OBJECT", "WordDocument", "read_word"]
