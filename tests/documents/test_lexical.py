"""The words a source could give its blocks, read without parsing it (the whole-file pre-pass)."""

from __future__ import annotations

import pytest

from langcheck.documents.lexical import markup_words, plain_words


def words(source: str, fmt: str = "markdown") -> frozenset[str]:
    plain = plain_words(source)
    return markup_words(source, plain, 20).lower if fmt != "text" else plain.lower


def test_plain_text_words_are_its_letter_runs_lower_cased() -> None:
    assert words("He was CRAZY, it's 2024.", "text") == {"he", "was", "crazy", "it", "s"}


@pytest.mark.parametrize(
    "source",
    [
        "so cra*zy* today",  # emphasis inside a word
        "so **cra**zy today",
        "so cra<b>zy</b> today",  # an inline tag
        'so cra<span class="a b">zy</span> today',  # ... with whitespace inside
        "so cra<!-- a note -->zy today",  # a comment
        "so [cra](https://example.test/a(b)c 'a title')zy today",  # a link's destination and title
        "so [cra][a label]zy today",
        "so cr&#97;zy today",  # character references
        "so cr&#x61;zy today",
        "so cr&aacute;zy today",
        "so \\x63razy today",  # a front-matter escape
        "so cra\\ zy today",  # reStructuredText: an escaped space is no text
        "so cra\\\nzy today",  # ... nor an escaped line break
        "so *cra*\\ zy today",
    ],
)
def test_words_markup_joins_or_decodes_are_found(source: str) -> None:
    found = words(source)
    assert {"crazy"} <= found or {"crázy"} <= found


def test_references_decode_as_commonmark_and_as_html() -> None:
    # HTML maps &#150; to an en dash (Windows-1252); CommonMark to the control character U+0096.
    assert {"cr", "zy"} <= words("cr&#150;zy")
    assert "cra" in words("cr&#97&#97;") or "craa" in words("cr&#97&#97;")


def test_joined_words_are_bounded_by_the_longest_word_sought() -> None:
    long_run = "*".join(["part"] * 200)
    found = markup_words(long_run, plain_words(long_run), 12).lower
    assert max(map(len, found)) <= 12
    assert "partpartpart" in found


def test_underscores_alone_between_letters_join_nothing() -> None:
    # "_" cannot open or close emphasis inside a word, so "cra_zy" never reads "crazy" (and snake_case identifiers,
    # most of a technical post's underscores, cost nothing); with another mark in the run it still may
    assert "crazy" not in words("cra_zy and cra__zy")
    assert "crazy" in words("cra_*zy*")
    assert "crazy" in words("*cra*zy")


def test_the_markdown_parser_keeps_underscores_between_letters() -> None:
    from langcheck.documents.formats import parse_document

    document = parse_document("cra_zy, cra__zy__ and _cra_zy_ stay as written.\n", "markdown")
    text = " ".join(block.text for block in document.blocks)
    assert "cra_zy" in text and "cra__zy__" in text and "crazy" not in text


def test_words_inside_tags_stay_words() -> None:
    assert "crazy" in words('<img alt="a crazy week">', "html")
