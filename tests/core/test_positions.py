from __future__ import annotations

from langcheck.core.positions import LineIndex


def test_line_and_column_are_one_based_and_count_characters() -> None:
    index = LineIndex("héllo\nwörld crazy")
    assert index.line_col(0) == (1, 1)
    assert index.line_col(12) == (2, 7)


def test_crlf_and_lone_cr_end_lines() -> None:
    lf = LineIndex("a\nb\nc")
    crlf = LineIndex("a\r\nb\r\nc")
    cr = LineIndex("a\rb\rc")
    assert lf.line_col(4) == (3, 1)
    assert crlf.line_col(6) == (3, 1)
    assert cr.line_col(4) == (3, 1)
    assert crlf.line_text(2) == "b"


# Editors' positions (the Language Server Protocol): 0-based lines, characters in UTF-16 units by default.
EDITOR_TEXT = "# T😀\r\n\r\nCafé 😀𝒜 crazy\rnext line\nlast"


def test_positions_count_utf16_units_by_default() -> None:
    index = LineIndex(EDITOR_TEXT)
    crazy = EDITOR_TEXT.index("crazy")
    # "Café " is five units, each astral character two more.
    assert index.position(crazy) == (2, 5 + 2 + 2 + 1)
    assert index.position(crazy, "utf-32") == (2, 8)
    assert index.position(crazy, "utf-8") == (2, len("Café 😀𝒜 ".encode()))
    assert index.position(EDITOR_TEXT.index("next")) == (3, 0)  # a lone "\r" ends a line
    assert index.position(EDITOR_TEXT.index("last")) == (4, 0)


def test_offsets_come_back_from_positions_in_every_encoding() -> None:
    index = LineIndex(EDITOR_TEXT)
    for encoding in ("utf-16", "utf-8", "utf-32"):
        for offset in range(len(EDITOR_TEXT) + 1):
            if EDITOR_TEXT[offset - 1 : offset] == "\r" and EDITOR_TEXT[offset : offset + 1] == "\n":
                continue  # between "\r" and "\n": not a position an editor can name
            line, character = index.position(offset, encoding)
            expected = min(offset, index.starts[line] + len(index.line_text(line + 1)))
            assert index.offset_at(line, character, encoding) == expected, (encoding, offset)


def test_offsets_of_positions_outside_the_text_or_inside_a_character() -> None:
    index = LineIndex(EDITOR_TEXT)
    assert index.offset_at(0, 99) == len("# T😀")  # past the end of a line: the line's end, not the next line
    assert index.offset_at(99, 0) == len(EDITOR_TEXT)  # past the last line: the end of the text
    assert index.offset_at(0, 4) == index.offset_at(0, 3) == 3  # half of a surrogate pair: the character's start
    assert index.offset_at(2, 4, "utf-8") == EDITOR_TEXT.index("é")  # inside the two bytes of "é"


def test_code_units() -> None:
    from langcheck.core.positions import code_units

    assert [code_units("a😀é", encoding) for encoding in ("utf-16", "utf-8", "utf-32")] == [4, 7, 3]
    try:
        code_units("é", "utf-7")
    except ValueError as error:
        assert "utf-7" in str(error)
    else:
        raise AssertionError("an unknown encoding must be refused")
