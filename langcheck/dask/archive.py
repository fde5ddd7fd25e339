"""Archives on disk: JSON Lines and Parquet files cut into parts, read into records, findings written out.

A part is what one task lints: a whole JSON Lines file, or one row group of
a Parquet file (Parquet writers cut large files into row groups, so a big
file still spreads over workers). Each document's default id is where it
is: ``PATH:LINE`` in JSON Lines, ``PATH:ROW`` (1-based) in Parquet. Workers
read the files themselves, so on a cluster of several machines the paths
must be the same on every machine (a shared file system).
"""

from __future__ import annotations

import glob
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import pyarrow.parquet as pq

from langcheck.core.errors import LangcheckError
from langcheck.dask.frames import SCHEMA, table
from langcheck.dask.rows import Fields, iter_rows

JSON_LINES = (".jsonl", ".ndjson", ".json")
PARQUET = (".parquet", ".pq")


class ArchiveError(LangcheckError):
    """An archive that cannot be scanned, or an output that cannot be written."""


@dataclass(frozen=True)
class Part:
    """A JSON Lines file (``group`` None) or one row group of a Parquet file, with its number of documents."""

    path: str
    group: int | None
    first: int  # 1-based row of the group's first document (Parquet)
    documents: int


def find_parts(archives: Sequence[str]) -> list[Part]:
    """The parts of files and globs, in order; an argument that names nothing, or not a known format, is an error."""
    parts: list[Part] = []
    for archive in archives:
        paths = sorted(glob.glob(archive, recursive=True)) if glob.has_magic(archive) else [archive]
        files = [path for path in paths if os.path.isfile(path)]
        if not files:
            raise ArchiveError(f"{archive}: no such file" + (" (the pattern matches no file)" if paths == [] else ""))
        for path in files:
            parts += _parts_of(path)
    return parts


def _parts_of(path: str) -> list[Part]:
    suffix = Path(path).suffix.lower()
    if suffix in JSON_LINES:
        return [Part(path, None, 1, _line_count(path))]
    if suffix in PARQUET:
        try:
            metadata = pq.ParquetFile(path).metadata
        except (OSError, ValueError) as exc:  # pyarrow: ArrowIOError, ArrowInvalid
            raise ArchiveError(f"{path}: not a Parquet file ({exc})") from None
        parts, first = [], 1
        for group in range(metadata.num_row_groups):
            rows = metadata.row_group(group).num_rows
            parts.append(Part(path, group, first, rows))
            first += rows
        return parts
    raise ArchiveError(f"{path}: unknown archive format (expected {', '.join(JSON_LINES + PARQUET)})")


def _line_count(path: str) -> int:
    count, last = 0, b"\n"
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def read_part(part: Part, fields: Fields) -> Iterator[tuple[str, dict[str, Any] | str]]:
    """``(default id, record)`` for each document of ``part``; a record that cannot be read is its error message."""
    if part.group is None:
        yield from _json_lines(part.path)
        return
    table = pq.ParquetFile(part.path).read_row_group(part.group)
    names = [name for name in (fields.text, fields.id, fields.format) if name and name in table.column_names]
    for offset, record in enumerate(table.select(names).to_pylist()):
        yield f"{part.path}:{part.first + offset}", record


def _json_lines(path: str) -> Iterator[tuple[str, dict[str, Any] | str]]:
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            where = f"{path}:{number}"
            if not line.strip():
                yield where, "an empty line, not a document"
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield where, f"not valid JSON ({exc})"
                continue
            yield (where, record) if isinstance(record, dict) else (where, "not a JSON object")


class Output:
    """Rows written to a Parquet or JSON Lines file (by its extension), which appears only when complete."""

    def __init__(self, path: str) -> None:
        suffix = Path(path).suffix.lower()
        if suffix not in JSON_LINES + PARQUET:
            raise ArchiveError(f"{path}: unknown output format (expected {', '.join(JSON_LINES + PARQUET)})")
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        try:
            handle, self._temporary = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".langcheck-tmp", dir=folder)
        except OSError as exc:
            raise ArchiveError(f"{path}: cannot write: {exc.strerror or exc}") from None
        os.close(handle)
        self._parquet = pq.ParquetWriter(self._temporary, SCHEMA) if suffix in PARQUET else None
        # Open for the whole scan: parts are written as they come.
        self._lines: TextIO | None = None if self._parquet else open(self._temporary, "w", encoding="utf-8", newline="\n")  # noqa: SIM115

    def write(self, rows: list[dict[str, Any]]) -> None:
        if self._parquet is not None:
            if rows:
                self._parquet.write_table(table(rows))
            return
        assert self._lines is not None
        self._lines.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in iter_rows(rows))

    def commit(self) -> None:
        """Finish the file and move it into place in one rename."""
        if self._parquet is not None:
            self._parquet.close()
        elif self._lines is not None:
            self._lines.flush()
            os.fsync(self._lines.fileno())
            self._lines.close()
        os.replace(self._temporary, self.path)

    def discard(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        elif self._lines is not None:
            self._lines.close()
        if os.path.exists(self._temporary):
            os.remove(self._temporary)
