"""Format selection, the entry points, and behaviour on large inputs."""

from __future__ import annotations

import time

import pytest

from langcheck.documents import Block, Document, format_for_path, iter_blocks, iter_document, parse_document


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("post.md", "markdown"),
        ("docs/Post.MARKDOWN", "markdown"),
        ("a.mdown", "markdown"),
        ("a.mkd", "markdown"),
        ("page.mdx", "mdx"),
        ("index.html", "html"),
        ("index.HTM", "html"),
        ("page.xhtml", "html"),
        ("notes.txt", "text"),
        ("notes.text", "text"),
        ("README", "text"),
        ("dir.v2/LICENSE", "text"),
        (".gitignore", None),
        ("script.py", None),
        ("image.png", None),
        ("archive.tar.gz", None),
    ],
)
def test_format_for_path(path: str, expected: str | None) -> None:
    assert format_for_path(path) == expected


def test_unknown_format_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        parse_document("x", "asciidoc")


def test_a_word_document_is_not_parsed_from_text() -> None:
    with pytest.raises(ValueError, match="read from its bytes"):
        parse_document("x", "docx")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_document_shape(fmt: str) -> None:
    source = "Hello there.\n"
    document = parse_document(source, fmt)
    assert isinstance(document, Document)
    assert document.source is source
    assert document.format == fmt
    assert [block.text for block in document.blocks] == ["Hello there."]
    assert isinstance(document.blocks, tuple) and isinstance(document.directives, tuple)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_iter_blocks_matches_parse_document(fmt: str) -> None:
    source = "One para.\n\nTwo <!-- langcheck-enable --> para.\n\nlangcheck: ignore\nThree.\n"
    assert tuple(iter_blocks(source, fmt)) == parse_document(source, fmt).blocks
    items = list(iter_document(source, fmt))
    assert [item for item in items if isinstance(item, Block)] == list(parse_document(source, fmt).blocks)


def test_plain_text_streams_lazily() -> None:
    blocks = iter_blocks("first\n\nsecond\n", "text")
    assert next(blocks).text == "first"


def test_values_are_frozen() -> None:
    document = parse_document("Some text.", "text")
    with pytest.raises(AttributeError):
        document.blocks[0].text = "other"  # type: ignore[misc]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_large_input_stays_bounded(fmt: str) -> None:
    unit = (
        "# Heading *crazy*\n\nSome **bold** text with `code` and [a link](http://x.test) &amp; more\n"
        "second line of the paragraph.\n\n- item\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncode\n```\n\n"
    )

    def timed(copies: int) -> tuple[float, int]:
        source = unit * copies
        best = float("inf")
        for _ in range(3):  # best of three: other processes must not make this flaky
            began = time.perf_counter()
            document = parse_document(source, fmt)
            best = min(best, time.perf_counter() - began)
        return best, len(document.blocks)

    _, small_blocks = timed(200)
    large_time, large_blocks = timed(1600)
    assert large_blocks >= 7 * small_blocks
    # An absolute bound, generous for slow hosts: a quadratic parser would take minutes here.
    # (Speed itself is measured by benchmarks/speed.py, not by tests.)
    assert large_time < 30


def test_one_huge_paragraph() -> None:
    source = "crazy words here " * 60_000 + "\n"
    for fmt in ("text", "markdown", "html"):
        (block,) = parse_document(source, fmt).blocks
        assert len(block.segments) < 10
        assert block.to_source(len(block.text) - 5, len(block.text)) == (len(source) - 7, len(source) - 2)
