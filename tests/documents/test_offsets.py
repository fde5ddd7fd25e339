"""The segment map: Block.to_source, BlockBuilder and LineIndex."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langcheck.documents import Block, Segment
from langcheck.documents.lines import LineIndex
from langcheck.documents.offsets import BARE_URL, BlockBuilder, bare_urls


def build(source: str, steps: list[tuple[str, int, int] | tuple[str, str, int, int]]) -> list[Block]:
    sink: list[Block] = []
    builder = BlockBuilder(source, "paragraph", sink)
    for step in steps:
        if step[0] == "text":
            builder.text(step[1], step[2])
        elif step[0] == "space":
            builder.space(step[1], step[2])
        elif step[0] == "mapped":
            builder.mapped(step[1], step[2], step[3])
        else:
            builder.flush()
    builder.flush()
    return sink


def test_verbatim_block_maps_character_by_character() -> None:
    block = Block("so crazy", (Segment(0, 10, 8, 8),), "paragraph")
    assert block.to_source(3, 8) == (13, 18)
    assert block.to_source(0, 1) == (10, 11)


def test_entity_segment_maps_as_a_whole() -> None:
    # "A &amp; B" -> "A & B"
    block = Block("A & B", (Segment(0, 0, 2, 2), Segment(2, 2, 1, 5), Segment(3, 7, 2, 2)), "paragraph")
    assert block.to_source(2, 3) == (2, 7)
    assert block.to_source(0, 3) == (0, 7)
    assert block.to_source(2, 5) == (2, 9)
    assert block.to_source(4, 5) == (8, 9)


def test_range_across_a_gap_covers_the_markup_between() -> None:
    source = "**so** OCD"
    sink = build(source, [("text", 2, 4), ("text", 6, 10)])
    (block,) = sink
    assert block.text == "so OCD"
    start, end = block.to_source(0, 6)
    assert source[start:end] == "so** OCD"
    start, end = block.to_source(3, 6)
    assert source[start:end] == "OCD"


def test_empty_and_invalid_ranges() -> None:
    block = Block("abc", (Segment(0, 5, 3, 3),), "paragraph")
    assert block.to_source(1, 1) == (6, 6)
    assert block.to_source(3, 3) == (8, 8)
    with pytest.raises(ValueError):
        block.to_source(2, 1)
    with pytest.raises(ValueError):
        block.to_source(0, 4)
    with pytest.raises(ValueError):
        block.to_source(-1, 2)


def test_many_segments_use_binary_search() -> None:
    segments = tuple(Segment(index, index * 3, 1, 1) for index in range(1000))
    block = Block("x" * 1000, segments, "paragraph")
    assert block.to_source(500, 502) == (1500, 1504)


def test_builder_merges_contiguous_verbatim_runs() -> None:
    source = "hello world again"
    (block,) = build(source, [("text", 0, 5), ("text", 5, 11), ("text", 11, 17)])
    assert block.text == source
    assert block.segments == (Segment(0, 0, 17, 17),)


def test_builder_collapses_whitespace_and_trims() -> None:
    source = "  a \n\t b  "
    (block,) = build(source, [("space", 0, 2), ("text", 2, 3), ("space", 3, 2), ("space", 5, 2), ("text", 7, 8)])
    assert block.text == "a b"
    assert block.segments == (Segment(0, 2, 1, 1), Segment(1, 3, 1, 2), Segment(2, 7, 1, 1))


def test_builder_trims_verbatim_whitespace_at_the_edges() -> None:
    source = "   padded text   "
    (block,) = build(source, [("text", 0, len(source))])
    assert block.text == "padded text"
    assert block.segments == (Segment(0, 3, 11, 11),)


def test_builder_mapped_text() -> None:
    source = "Tom &amp; Jerry"
    (block,) = build(source, [("text", 0, 4), ("mapped", "&", 4, 5), ("text", 9, 15)])
    assert block.text == "Tom & Jerry"
    assert block.to_source(4, 5) == (4, 9)
    start, end = block.to_source(0, len(block.text))
    assert source[start:end] == source


def test_builder_never_lets_a_line_break_into_text() -> None:
    source = "one\x0ctwo\u2028three"
    (block,) = build(source, [("text", 0, len(source))])
    assert block.text == "one two three"
    assert block.to_source(4, 7) == (4, 7)


def test_flush_splits_blocks_and_drops_empty_ones() -> None:
    source = "before `code` after"
    blocks = build(source, [("text", 0, 7), ("flush",), ("flush",), ("text", 13, 19)])
    assert [block.text for block in blocks] == ["before", "after"]
    assert blocks[1].segments == (Segment(0, 14, 5, 5),)


def test_bare_urls_are_cut_out() -> None:
    source = "see https://example.com/crazy-town, or www.crazy.example now"
    blocks = build(source, [("text", 0, len(source))])
    assert [block.text for block in blocks] == ["see", ", or", "now"]
    for block in blocks:
        start, end = block.to_source(0, len(block.text))
        assert source[start:end] == block.text


def test_punctuation_only_fragments_are_dropped() -> None:
    source = "(https://example.com)"
    assert build(source, [("text", 0, len(source))]) == []


def test_line_index_mixed_endings() -> None:
    source = "a\r\nbb\rccc\n\n  \nd"
    lines = LineIndex(source)
    assert len(lines) == 6
    assert [lines.text(index) for index in range(6)] == ["a", "bb", "ccc", "", "  ", "d"]
    assert lines.index_of(0) == 0
    assert lines.index_of(1) == 0  # the "\r" of "\r\n" belongs to line 0
    assert lines.index_of(2) == 0
    assert lines.index_of(3) == 1
    assert lines.index_of(len(source) - 1) == 5
    assert lines.next_start(0) == 3
    assert lines.next_nonblank(2) == 5
    assert lines.next_nonblank(5) is None


def test_line_index_trailing_newline() -> None:
    lines = LineIndex("x\n")
    assert len(lines) == 2
    assert lines.text(1) == ""


_URLISH = ["http://", "HTTPS://", "ftp://", "File://", "www.", "WWW.", "mailto:", "x.test", "a", "é", "\u0130", "/", ".", ")", " ", "\n", "<", '"', "'"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_URLISH), max_size=25).map("".join))
def test_bare_urls_finds_what_the_case_insensitive_scan_finds(text: str) -> None:
    assert bare_urls(text) == [match.span() for match in BARE_URL.finditer(text)]


_SPACES = ["a", "b", " ", "  ", "\n", "\t", "\u00a0", "\r\n", "\u2028", ".", "\n\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPACES), max_size=30).map("".join))
def test_builder_text_collapses_whitespace_like_str_split(source: str) -> None:
    # Lone line breaks are replaced in bulk, other whitespace run by run: the text is the words, one space apart.
    sink: list[Block] = []
    builder = BlockBuilder(source, "paragraph", sink)
    builder.text(0, len(source))
    builder.flush()
    words = " ".join(source.split())
    assert [block.text for block in sink] == ([words] if any(char.isalnum() for char in words) else [])
    for block in sink:
        for segment in block.segments:
            shown = block.text[segment.text_start : segment.text_start + segment.text_len]
            original = source[segment.source_start : segment.source_start + segment.source_len]
            assert shown == original or shown == " ".join(original.split()) or (shown == " " and original.isspace())
