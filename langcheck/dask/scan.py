"""``langcheck scan``: lint JSON Lines and Parquet archives on a Dask cluster into one file of findings.

Without a scheduler address, a local cluster is started: one worker process
per core, one thread each, listening on the loopback interface only, with no
dashboard. Each part of the archive (a JSON Lines file or a Parquet row
group, see ``archive``) is one task; results are written in archive order as
they arrive, so memory stays bounded by a few parts. A worker that dies is
replaced and its tasks run again (Dask retries them), so no document is
lost; a part that cannot be read is reported and the others are still
linted.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from distributed import Client, LocalCluster, as_completed

from langcheck.api import EngineOptions
from langcheck.dask.archive import Output, Part, find_parts, read_part
from langcheck.dask.engines import LangcheckPlugin
from langcheck.dask.rows import Fields, error_row, lint_records

Progress = Callable[[int, int], None]


@dataclass
class ScanSummary:
    """What a scan found: documents, findings by severity, and rows that could not be linted."""

    documents: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def lint_part(part: Part, fields: Fields, options: EngineOptions) -> list[dict[str, Any]]:
    """The task: read one part on the worker and lint its documents."""
    return lint_records(read_part(part, fields), fields, options)


def scan(
    archives: Sequence[str],
    output: str,
    fields: Fields,
    options: EngineOptions,
    client: Client,
    progress: Progress | None = None,
    parts: list[Part] | None = None,
) -> ScanSummary:
    """Lint every document of ``archives`` (cut into ``parts``, unless given) on ``client``'s cluster; write one row
    per finding to ``output``."""
    parts = find_parts(archives) if parts is None else parts
    total = sum(part.documents for part in parts)
    writer = Output(output)
    summary = ScanSummary()
    try:
        client.register_plugin(LangcheckPlugin(options))
        futures = client.map(lint_part, parts, fields=fields, options=options, pure=False)
        index = {future.key: number for number, future in enumerate(futures)}
        waiting: dict[int, list[dict[str, Any]]] = {}
        written = done = 0
        for future in as_completed(futures):
            number = index[future.key]
            waiting[number] = _rows(future, parts[number])
            future.release()
            done += parts[number].documents
            while written in waiting:
                rows = waiting.pop(written)
                writer.write(rows)
                _count(rows, summary)
                written += 1
            if progress is not None:
                progress(done, total)
        summary.documents = total
        writer.commit()
    except BaseException:
        writer.discard()
        raise
    return summary


def _rows(future: Any, part: Part) -> list[dict[str, Any]]:
    """A task's rows, or one error row naming the part that could not be read.

    A task that finished on a worker that then died has lost its result
    before it was fetched; the scheduler runs it again, and ``result`` waits
    for that. Only a task that raised is an error of its part.
    """
    try:
        return future.result()  # type: ignore[no-any-return]
    except Exception as exc:  # noqa: BLE001 - whatever the reader raised, the part is reported and the scan goes on
        where = part.path if part.group is None else f"{part.path} (row group {part.group})"
        return [error_row(where, f"cannot read: {exc}")]


def _count(rows: list[dict[str, Any]], summary: ScanSummary) -> None:
    for row in rows:
        if row["error"] is not None:
            summary.errors.append(f"{row['id']}: {row['error']}")
        else:
            summary.findings[row["severity"]] += 1


def local_cluster(workers: int | None = None) -> LocalCluster:
    """A cluster on this machine: ``workers`` processes (default: one per core) of one thread, on loopback only."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return LocalCluster(
        n_workers=workers or cores,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.CRITICAL,  # a worker's heartbeat racing the shutdown is not the user's concern
    )


def connect(scheduler: str | None, workers: int | None = None) -> tuple[Client, LocalCluster | None]:
    """A client of the scheduler at ``scheduler``, or of a new local cluster (returned too, to be closed)."""
    if scheduler:
        return Client(scheduler), None
    cluster = local_cluster(workers)
    return Client(cluster), cluster


def run_scan(
    archives: Sequence[str], output: str, choices: dict[str, Any], options: EngineOptions, progress: Progress | None
) -> ScanSummary:
    """The ``scan`` command's work: connect (or start a local cluster), scan, shut down what was started."""
    fields = Fields(str(choices["text_field"]), choices["id_field"], choices["format_field"])  # type: ignore[arg-type]
    parts = find_parts(archives)  # a bad argument is reported before a cluster is started
    client, cluster = connect(choices.get("scheduler"), choices.get("workers"))  # type: ignore[arg-type]
    try:
        return scan(archives, output, fields, options, client, progress, parts)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
