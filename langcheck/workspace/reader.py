"""Read a file into text without losing anything needed to write it back.

Binary files are recognised (NUL bytes) and skipped; text must be UTF-8, or
UTF-16/32 with a byte-order mark. The BOM and the encoding are remembered so
that ``fix`` writes the file back exactly as it found it, except for the rewrites.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from langcheck.core.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF = 8192


class BinaryFileError(InputError):
    """Not text: skipped with a notice rather than reported as an error."""


@dataclass(frozen=True)
class SourceText:
    text: str
    encoding: str
    bom: bytes


def decode(data: bytes, name: str = "<input>") -> SourceText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return SourceText(_decode(data[len(bom) :], encoding, name), encoding, bom)
    if b"\x00" in data[:_SNIFF]:
        raise BinaryFileError(f"{name}: binary file skipped")
    return SourceText(_decode(data, "utf-8", name), "utf-8", b"")


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: cannot decode as {encoding.upper()} at byte {exc.start} ({exc.reason}); "
            "save the file as UTF-8"
        ) from None


def read_bytes(path: Path) -> bytes:
    """A file's bytes; what stops reading them is an ``InputError`` that says why in a few words."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def encode(source: SourceText, text: str) -> bytes:
    """The bytes to write back: same encoding, same BOM."""
    return source.bom + text.encode(source.encoding)
