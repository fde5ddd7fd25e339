"""Documents in, one row per finding out: the work of one partition, as plain Python.

A row has the document's ``id``, then the fields of a finding in the JSON
report (``Finding.to_dict``), then ``error``. A document that cannot be
linted (its text is missing or not a string, too long, or names an unknown
format) gives one row with ``error`` set and no finding fields: a bad row
is reported, never fatal, and the other documents are still linted.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from langcheck.api import EngineOptions, binary_formats, check_text, formats
from langcheck.dask.engines import engine_for

FINDING_FIELDS = (
    "rule", "pack", "severity", "line", "column", "end_line", "end_column", "offset", "end_offset", "text",
    "message", "suggestions", "explanation", "sources", "quotation",
)  # fmt: skip
FIELDS = ("id", *FINDING_FIELDS, "error")
FORMATS = tuple(name for name in formats() if name not in binary_formats())
"""The text formats a record can name (a Word document is bytes, not a text field)."""
MAX_TEXT_CHARS = 10_000_000
"""The longest text linted (10 million characters, a few thousand pages); a longer one is a bad row."""


@dataclass(frozen=True)
class Fields:
    """Which fields of a record hold the text, the id and the format (``None``: none)."""

    text: str = "text"
    id: str | None = None
    format: str | None = None
    max_chars: int = MAX_TEXT_CHARS


def lint_records(
    records: Iterable[tuple[str, Mapping[str, Any] | str]], fields: Fields, options: EngineOptions
) -> list[dict[str, Any]]:
    """Rows for ``(default id, record)`` pairs; a record given as a string is an error already found."""
    engine, lock = engine_for(options)
    rows: list[dict[str, Any]] = []
    for default_id, record in records:
        if isinstance(record, str):
            rows.append(error_row(default_id, record))
            continue
        document_id = _document_id(record, fields, default_id)
        problem, text, fmt = _checked(record, fields)
        if problem:
            rows.append(error_row(document_id, problem))
            continue
        with lock:
            findings = check_text(text, fmt, engine=engine)
        rows.extend({"id": document_id, **finding.to_dict(), "error": None} for finding in findings)
    return rows


def error_row(document_id: str, message: str) -> dict[str, Any]:
    return {"id": document_id, **dict.fromkeys(FINDING_FIELDS), "error": message}


def _document_id(record: Mapping[str, Any], fields: Fields, default: str) -> str:
    if fields.id is None:
        return default
    value = record.get(fields.id)
    return default if _missing(value) else str(value)


def _checked(record: Mapping[str, Any], fields: Fields) -> tuple[str, str, str]:
    """``(problem, text, format)``: an empty problem when the record can be linted."""
    if fields.text not in record:
        return f"no {fields.text!r} field", "", ""
    text = record[fields.text]
    if not isinstance(text, str):
        return f"the {fields.text!r} field is {_kind(text)}, not text", "", ""
    if len(text) > fields.max_chars:
        return f"text of {len(text):,} characters is over the limit of {fields.max_chars:,}", "", ""
    fmt = record.get(fields.format) if fields.format else None
    if _missing(fmt) or fmt == "":
        fmt = "text"
    if fmt not in FORMATS:
        return f"unknown format {fmt!r} (expected {', '.join(FORMATS)})", "", ""
    return "", text, str(fmt)


def _missing(value: object) -> bool:
    """None, or what a table holds where a value is missing (NaN, pandas' NA)."""
    return value is None or (isinstance(value, float) and math.isnan(value)) or type(value).__name__ == "NAType"


def _kind(value: object) -> str:
    if _missing(value):
        return "missing (null)"
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), f"a {type(value).__name__}"
    )


def iter_rows(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows as JSON Lines holds them: a finding without ``error``, a bad row with only ``id`` and ``error``."""
    for row in rows:
        if row["error"] is None:
            yield {key: value for key, value in row.items() if key != "error"}
        else:
            yield {"id": row["id"], "error": row["error"]}
