"""The Markdown parser reads documents exactly as the markdown-it-py walker it replaced did.

langcheck parsed Markdown with markdown-it-py and its own walk over the
tokens until it moved to pyromark (pulldown-cmark, in Rust) for speed. That
walker is kept in ``tests/documents/reference/`` as the reference: on every
document the test suite uses (each string literal in the tests, the test
data, the labelled corpus) and on a whole real blog, both must give the same
blocks (text, segments, kind, quotation, marks) and the same directives, so
findings and their positions cannot differ either. ``python -m
tests.documents.reference.compare FOLDER`` runs the same comparison over
every Markdown file of a folder, such as a whole blog.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

from langcheck.documents import Block, Directive, Document, parse_document
from langcheck.documents.markdown import iter_markdown
from langcheck.linting.document import lint_document

from .reference.markdown_it_walker import iter_markdown as reference_markdown

TESTS = Path(__file__).resolve().parents[1]
REPOSITORY = TESTS.parent
SAMPLE = TESTS / "data" / "rust-blog-sample"


def parsed(items: Iterator[Block | Directive]) -> tuple[list[Block], list[Directive]]:
    """Blocks in order, directives by line (the order a Document keeps them in)."""
    collected = list(items)
    blocks = [item for item in collected if isinstance(item, Block)]
    directives = sorted((item for item in collected if isinstance(item, Directive)), key=lambda item: item.line)
    return blocks, directives


def assert_same(source: str, name: str) -> None:
    expected = parsed(reference_markdown(source))
    actual = parsed(iter_markdown(source))
    if actual != expected:
        for index, (old, new) in enumerate(zip(expected[0], actual[0], strict=False)):
            assert new == old, f"{name}: block {index} differs"
        assert actual == expected, f"{name}: {len(expected[0])} blocks expected, {len(actual[0])} given"


def documents_of_the_tests() -> Iterator[tuple[str, str]]:
    """Every string literal of the test modules (each is a Markdown document), the test data and the corpus."""
    for module in sorted(TESTS.rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield f"{module.relative_to(TESTS)}:{node.lineno}", node.value
    for path in sorted((TESTS / "data").rglob("*")):
        if path.suffix in (".md", ".markdown", ".txt", ".html", ".rst"):
            yield str(path.relative_to(TESTS)), path.read_text("utf-8")
    for path in sorted(REPOSITORY.glob("examples/*.md")):
        yield str(path.relative_to(REPOSITORY)), path.read_text("utf-8")
    for path in sorted((TESTS / "corpus").glob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                yield f"{path.name}:{number}", json.loads(line)["text"]


def test_every_test_document_parses_as_before() -> None:
    documents = list(documents_of_the_tests())
    assert len(documents) > 3000
    for name, source in documents:
        assert_same(source, name)


def test_the_rust_blog_sample_lints_as_before(blank_engine) -> None:  # type: ignore[no-untyped-def]
    """Identical findings too, end to end, on real posts with tables, raw HTML, quotations and front matter."""
    posts = sorted(SAMPLE.glob("*.md"))
    assert len(posts) >= 10
    for post in posts:
        source = post.read_text("utf-8")
        document = parse_document(source, "markdown")
        blocks, directives = parsed(reference_markdown(source))
        assert (list(document.blocks), list(document.directives)) == (blocks, directives), post.name
        before = Document(source, "markdown", tuple(blocks), tuple(directives))
        assert lint_document(document, blank_engine) == lint_document(before, blank_engine)



def test_a_line_holding_only_a_no_break_space_opens_a_paragraph() -> None:
    """CommonMark counts only spaces and tabs as blank: a line of "\xa0" starts a paragraph, whose text readers see."""
    source = "Retrieved from x\n\n\xa0\nNational Alliance on Mental Health. (2013, March).\n\nNext.\n"
    blocks, _ = parsed(iter_markdown(source))
    assert [block.text for block in blocks][1].endswith("National Alliance on Mental Health. (2013, March).")
    assert_same(source, "no-break space line")
