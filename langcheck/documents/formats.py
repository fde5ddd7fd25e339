"""Entry points: pick a format from a path, parse a source into a Document."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator

from langcheck.documents.model import Block, Directive, Document

FORMATS = ("text", "markdown", "html", "mdx", "rst", "docx")
BINARY_FORMATS = frozenset({"docx"})
"""Formats read from a file's bytes rather than its decoded text (see ``langcheck.documents.word``)."""

_EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mkdn": "markdown",
    ".mdx": "mdx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".rst": "rst",
    ".rest": "rst",
    ".docx": "docx",
}

# Parsers are imported on first use: a plain-text run never pays for markdown-it.
_PARSERS: dict[str, tuple[str, str]] = {
    "text": ("langcheck.documents.plaintext", "iter_plaintext"),
    "markdown": ("langcheck.documents.markdown", "iter_markdown"),
    "html": ("langcheck.documents.html", "iter_html"),
    "mdx": ("langcheck.documents.mdx", "iter_mdx"),
    "rst": ("langcheck.documents.rst", "iter_rst"),
}


def _parser(fmt: str) -> Callable[[str], Iterator[Block | Directive]] | None:
    where = _PARSERS.get(fmt)
    if where is None:
        return None
    return getattr(importlib.import_module(where[0]), where[1])  # type: ignore[no-any-return]


def format_for_path(path: str) -> str | None:
    """The format for a file name by its extension (case-insensitive), or None when it is not prose.

    Files without an extension (``README``, ``LICENSE``) are plain text;
    dotfiles without one (``.gitignore``) are configuration, so None.
    """
    name = os.path.basename(path)
    stem, extension = os.path.splitext(name)
    if not extension:
        return None if not stem or stem.startswith(".") else "text"
    return _EXTENSIONS.get(extension.lower())


def extensions_by_format() -> dict[str, tuple[str, ...]]:
    """Every input format, in ``FORMATS`` order, with the file extensions that choose it.

    Front-ends offer these (a file picker, a format menu) instead of keeping a
    list of their own, so a format added here reaches them all. Plain text is
    also what any other name is read as.
    """
    return {fmt: tuple(ext for ext, chosen in _EXTENSIONS.items() if chosen == fmt) for fmt in FORMATS}


def iter_document(source: str, fmt: str) -> Iterator[Block | Directive]:
    """Blocks and directives of ``source`` as they are found (plain text streams line by line)."""
    parser = _parser(fmt)
    if parser is None:
        if fmt in BINARY_FORMATS:
            raise ValueError(f"a {fmt} document is read from its bytes (langcheck.documents.word), not from text")
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "markdown":
        from langcheck.documents.chunks import iter_chunked

        return iter_chunked(source, parser)
    return parser(source)


def iter_blocks(source: str, fmt: str) -> Iterator[Block]:
    """Just the prose blocks of ``source``, lazily, for callers that do not need directives."""
    for item in iter_document(source, fmt):
        if isinstance(item, Block):
            yield item


def parse_document(source: str, fmt: str) -> Document:
    """Parse ``source`` (already decoded) in a text format ``fmt`` ("text", "markdown", "html", "mdx", "rst").

    Blocks come in source order; all offsets are indices into ``source``
    exactly as given (a leading byte order mark counts as one character).
    """
    blocks: list[Block] = []
    directives: list[Directive] = []
    for item in iter_document(source, fmt):
        if isinstance(item, Block):
            blocks.append(item)
        else:
            directives.append(item)
    directives.sort(key=lambda directive: directive.line)
    return Document(source, fmt, tuple(blocks), tuple(directives))
