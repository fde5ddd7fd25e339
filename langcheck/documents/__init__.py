"""Turning plain text, Markdown, MDX, HTML, reStructuredText and Word documents into prose blocks with exact offsets.

``parse_document(source, fmt)`` returns a :class:`Document` whose blocks hold
the prose to lint (``Block.text``, one line, never crossing a block boundary)
and a segment map back to ``source``: ``block.to_source(start, end)`` gives
the source range of any text range. Pure functions: strings in, frozen
dataclasses out, no I/O. A Word document is read from its bytes
(``langcheck.documents.word``) into the same kind of ``Document``.
"""

from __future__ import annotations

from langcheck.documents.formats import (
    BINARY_FORMATS,
    extensions_by_format,
    format_for_path,
    iter_blocks,
    iter_document,
    parse_document,
)
from langcheck.documents.model import Block, Directive, Document, Mark, Segment

__all__ = [
    "BINARY_FORMATS",
    "Block",
    "Directive",
    "Document",
    "Mark",
    "Segment",
    "extensions_by_format",
    "format_for_path",
    "iter_blocks",
    "iter_document",
    "parse_document",
]
