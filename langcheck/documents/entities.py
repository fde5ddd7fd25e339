"""Character references (``&amp;``, ``&#97;``, ``&#x61;``) as langcheck's Markdown parsing decodes them.

The rules are markdown-it's, langcheck's Markdown parser until version 0.2,
so that blocks stay what they were: names from HTML5's list, numbers as code
points, except surrogates, non-characters, most control characters and
numbers beyond Unicode, which become U+FFFD (pulldown-cmark keeps C1
controls such as ``&#150;`` as they are).
"""

from __future__ import annotations

from html.entities import html5

REPLACEMENT = "\ufffd"


def decode_reference(reference: str) -> str | None:
    """The text a whole reference (``&...;``) stands for, or None if it is not one."""
    body = reference[1:-1]
    if not body.startswith("#"):
        return html5.get(body + ";")
    digits, base = (body[2:], 16) if body[1:2] in ("x", "X") else (body[1:], 10)
    try:
        code = int(digits, base)
    except ValueError:
        return None
    return chr(code) if _valid(code) else REPLACEMENT


def _valid(code: int) -> bool:
    """markdown-it's ``isValidEntityCode``."""
    return not (
        0xD800 <= code <= 0xDFFF
        or 0xFDD0 <= code <= 0xFDEF
        or code & 0xFFFF in (0xFFFF, 0xFFFE)
        or 0x00 <= code <= 0x08
        or code == 0x0B
        or 0x0E <= code <= 0x1F
        or 0x7F <= code <= 0x9F
        or code > 0x10FFFF
    )
