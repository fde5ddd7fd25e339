"""Assertions shared by the document tests: locating prose and checking the source map."""

from __future__ import annotations

from langcheck.documents import Block, Document


def locate(document: Document, needle: str, kind: str | None = None, occurrence: int = 0) -> tuple[Block, int, int]:
    """The block holding the ``occurrence``-th ``needle`` (optionally in blocks of ``kind``) and its text range."""
    seen = 0
    for block in document.blocks:
        if kind is not None and block.kind != kind:
            continue
        start = block.text.find(needle)
        while start >= 0:
            if seen == occurrence:
                return block, start, start + len(needle)
            seen += 1
            start = block.text.find(needle, start + 1)
    texts = [(block.kind, block.text) for block in document.blocks]
    raise AssertionError(f"{needle!r} not found in blocks {texts}")


def source_of(document: Document, needle: str, kind: str | None = None, occurrence: int = 0) -> str:
    """The source text that ``needle`` (found in a block) maps back to."""
    block, start, end = locate(document, needle, kind, occurrence)
    source_start, source_end = block.to_source(start, end)
    return document.source[source_start:source_end]


def all_text(document: Document) -> str:
    return "\n".join(block.text for block in document.blocks)


def check_invariants(document: Document) -> None:
    """Structural promises every block keeps, whatever the format."""
    source = document.source
    previous_start = -1
    for block in document.blocks:
        assert block.text, block
        assert block.text == block.text.strip(), block
        assert len(block.text.splitlines()) == 1, block
        assert block.segments, block
        position = 0
        for segment in block.segments:
            assert segment.text_start == position, block
            assert segment.text_len > 0 and segment.source_len > 0, block
            assert segment.source_start >= 0 and segment.source_start + segment.source_len <= len(source), block
            text = block.text[segment.text_start : segment.text_start + segment.text_len]
            original = source[segment.source_start : segment.source_start + segment.source_len]
            if segment.text_len == segment.source_len:
                # the only 1:1 substitution allowed: a whitespace character shown as a space
                changed = [(shown, source_char) for shown, source_char in zip(text, original, strict=True) if shown != source_char]
                assert all(shown == " " and source_char.isspace() for shown, source_char in changed), (block, segment)
            position += segment.text_len
        assert position == len(block.text), block
        starts = [segment.source_start for segment in block.segments]
        assert starts == sorted(starts), block
        assert block.segments[0].source_start >= previous_start or block.kind in ("alt", "title"), block
        previous_start = block.segments[0].source_start
