"""Lint archives of documents on Dask: a DataFrame or Bag of documents in, a Dask DataFrame of findings out.

Install with ``pip install 'langcheck[dask]'``. Each document is linted as
``langcheck.api.check_text`` lints it, by an engine built once per worker
process (see ``engines``), so findings are those of the single-process API.
The result has one row per finding: the document's ``id``, the fields of a
finding in the JSON report, and ``error``, set (and nothing else) on the one
row of a document that could not be linted::

    import dask.dataframe as dd
    from langcheck.dask import lint_dataframe

    articles = dd.read_parquet("archive/*.parquet")
    findings = lint_dataframe(articles, text="body", id="url", format="kind")
    findings.to_parquet("findings/")

``langcheck scan`` (``langcheck.dask.scan``) does the same for JSON Lines
and Parquet files from the command line.
"""

from __future__ import annotations

from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from langcheck.api import EngineOptions
from langcheck.dask.engines import LangcheckPlugin, engine_for
from langcheck.dask.frames import SCHEMA, empty_frame, frame
from langcheck.dask.rows import FIELDS, MAX_TEXT_CHARS, Fields, lint_records
from langcheck.dask.scan import run_scan

__all__ = ["FIELDS", "MAX_TEXT_CHARS", "SCHEMA", "LangcheckPlugin", "engine_for", "lint_bag", "lint_dataframe", "run_scan"]


def lint_dataframe(
    documents: dd.DataFrame,
    text: str = "text",
    id: str | None = None,
    format: str | None = None,
    *,
    options: EngineOptions | None = None,
    max_chars: int = MAX_TEXT_CHARS,
) -> dd.DataFrame:
    """Findings of the documents in ``documents``, whose column ``text`` holds the text.

    ``id`` names a column that identifies a document (without one, a
    document is ``"PARTITION:INDEX"``, its partition number and index label);
    ``format`` a column holding ``text``, ``markdown`` or ``html`` (without
    one, or where it is empty, plain text).
    """
    fields = Fields(text, id, format, max_chars)
    return documents.map_partitions(_lint_partition, fields, options or EngineOptions(), meta=empty_frame())


def lint_bag(
    documents: db.Bag,
    text: str = "text",
    id: str | None = None,
    format: str | None = None,
    *,
    options: EngineOptions | None = None,
    max_chars: int = MAX_TEXT_CHARS,
) -> dd.DataFrame:
    """Findings of a Bag of documents: dicts with the fields named as in ``lint_dataframe``, or bare strings."""
    fields = Fields(text, id, format, max_chars)
    records = documents.map(lambda item: item if isinstance(item, dict) else {text: item})
    return records.to_dataframe(meta=pd.DataFrame({name: pd.Series(dtype=object) for name in _columns(fields)})).pipe(
        lint_dataframe, text, id, format, options=options, max_chars=max_chars
    )


def _columns(fields: Fields) -> list[str]:
    return [name for name in (fields.text, fields.id, fields.format) if name]


def _lint_partition(
    documents: pd.DataFrame, fields: Fields, options: EngineOptions, partition_info: dict[str, Any] | None = None
) -> pd.DataFrame:
    number = (partition_info or {}).get("number", 0)
    wanted = [name for name in _columns(fields) if name in documents.columns]
    records = (
        (f"{number}:{label}", dict(zip(wanted, values, strict=True)))
        for label, values in zip(documents.index, documents[wanted].itertuples(index=False, name=None), strict=True)
    )
    return frame(lint_records(records, fields, options))
