"""Findings as pandas and Arrow tables: the columns, their types, and a partition's rows as a frame."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pyarrow as pa

from langcheck.dask.rows import FIELDS

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("rule", pa.string()),
        ("pack", pa.string()),
        ("severity", pa.string()),
        ("line", pa.int64()),
        ("column", pa.int64()),
        ("end_line", pa.int64()),
        ("end_column", pa.int64()),
        ("offset", pa.int64()),
        ("end_offset", pa.int64()),
        ("text", pa.string()),
        ("message", pa.string()),
        ("suggestions", pa.list_(pa.struct([("text", pa.string()), ("safe", pa.bool_())]))),
        ("explanation", pa.string()),
        ("sources", pa.list_(pa.string())),
        ("quotation", pa.bool_()),
        ("error", pa.string()),
    ]
)
assert tuple(SCHEMA.names) == FIELDS


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A pandas frame of rows, typed as ``SCHEMA`` (nullable integers and booleans, lists as objects)."""
    return table(rows).to_pandas(types_mapper=_nullable)


def table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def empty_frame() -> pd.DataFrame:
    """The frame of no findings: the ``meta`` a Dask DataFrame of findings declares."""
    return frame([])


def _nullable(kind: pa.DataType) -> Any:
    """Integers and booleans stay nullable in pandas (a bad row has none); strings are pandas strings."""
    if pa.types.is_integer(kind):
        return pd.Int64Dtype()
    if pa.types.is_boolean(kind):
        return pd.BooleanDtype()
    if pa.types.is_string(kind):
        return pd.StringDtype()
    return None
