"""Archive scans on a real two-worker Dask cluster: the findings of the single-process API, whatever happens."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from langcheck.cli import main
from langcheck.dask import lint_bag, lint_dataframe
from langcheck.dask.rows import Fields
from langcheck.dask.scan import scan

from .archives import documents, expected_rows, read_json_lines, write_json_lines, write_parquet
from .conftest import BLANK

FIELDS = Fields(text="text", id="id", format="format")


def ordered(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return sorted(rows, key=lambda row: (str(row["id"]), row.get("offset") or 0, str(row.get("rule"))))


def test_a_scan_finds_what_the_single_process_api_finds(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = documents()
    archive = write_json_lines(docs, tmp_path, shards=6)
    out = tmp_path / "findings.jsonl"
    summary = scan([str(path) for path in archive], str(out), FIELDS, BLANK, client)
    expected = expected_rows(docs, BLANK)
    assert len(expected) > 100
    assert ordered(read_json_lines(out)) == ordered(expected)
    assert summary.documents == len(docs) and not summary.errors
    assert sum(summary.findings.values()) == len(expected)
    # One engine per worker process, built as the worker started, whatever the number of parts it linted.
    assert set(client.run(_engines_built).values()) == {1}


def _engines_built() -> int:
    from langcheck.dask import engines

    return len(engines._ENGINES)


def test_parquet_in_and_out_row_group_by_row_group(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = documents(120)
    archive = write_parquet(docs, tmp_path / "archive.parquet", rows_per_group=25)
    assert pq.ParquetFile(archive).metadata.num_row_groups == 5
    out = tmp_path / "findings.parquet"
    scan([str(tmp_path / "*.parquet")], str(out), FIELDS, BLANK, client)
    rows = pq.read_table(out).to_pylist()
    assert all(row.pop("error") is None for row in rows)
    assert ordered(rows) == ordered(expected_rows(docs, BLANK))


def test_a_worker_killed_mid_run_loses_no_document(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = documents()
    archive = write_json_lines(docs, tmp_path, shards=12)
    killed: list[int] = []

    def kill_a_worker(done: int, total: int) -> None:
        if not killed and done < total:
            pid = next(iter(client.run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    out = tmp_path / "findings.jsonl"
    summary = scan([str(path) for path in archive], str(out), FIELDS, BLANK, client, progress=kill_a_worker)
    assert killed, "the run ended before a worker could be killed"
    assert not summary.errors
    assert ordered(read_json_lines(out)) == ordered(expected_rows(docs, BLANK))
    client.wait_for_workers(2, timeout=60)  # the nanny has started a new worker in its place


def test_bad_rows_are_reported_row_by_row(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [
        json.dumps({"id": "good", "text": "He committed suicide."}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps({"id": "null", "text": None}),
        json.dumps({"id": "none"}),
        json.dumps({"id": "huge", "text": "word " * 100}),
        json.dumps({"id": "odd-format", "text": "crazy", "format": "docx"}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "also-good", "text": "<p>The week was crazy.</p>", "format": "html"}),
    ]
    archive = tmp_path / "bad.jsonl"
    archive.write_text("\n".join(lines) + "\n", "utf-8")
    out = tmp_path / "findings.jsonl"
    fields = Fields(text="text", id="id", format="format", max_chars=200)
    summary = scan([str(archive)], str(out), fields, BLANK, client)
    rows = read_json_lines(out)
    errors = {row["id"]: row["error"] for row in rows if "error" in row}
    assert errors == {
        "number": "the 'text' field is a number, not text",
        "null": "the 'text' field is missing (null), not text",
        "none": "no 'text' field",
        "huge": "text of 500 characters is over the limit of 200",
        "odd-format": "unknown format 'docx' (expected text, markdown, html, mdx, rst)",
        f"{archive}:7": "not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        f"{archive}:8": "not a JSON object",
    }
    assert {row["id"] for row in rows if "rule" in row} == {"good", "also-good"}
    assert len(summary.errors) == 7 and summary.documents == 9


def test_dataframes_and_bags_on_the_cluster(client) -> None:  # type: ignore[no-untyped-def]
    import dask.bag as db
    import dask.dataframe as dd

    docs = documents(60)
    frame = dd.from_pandas(pd.DataFrame(docs), npartitions=4)
    found = lint_dataframe(frame, text="text", id="id", format="format", options=BLANK).compute()
    rows = [{k: v for k, v in row.items() if k != "error"} for row in found.to_dict("records")]
    assert ordered(_plain(rows)) == ordered(_plain(expected_rows(docs, BLANK)))
    sentences = [doc for doc in docs if doc["format"] == "text"][:20]
    bag = db.from_sequence([doc["text"] for doc in sentences], npartitions=3)
    assert len(lint_bag(bag, options=BLANK).compute()) == len(expected_rows(sentences, BLANK)) > 5


def _plain(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Rows with numpy and pandas values made plain Python, to compare with the API's."""
    return json.loads(pd.DataFrame(rows).to_json(orient="records"))


def test_the_scan_command_exit_statuses(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "docs.jsonl"
    archive.write_text(json.dumps({"text": "He committed suicide."}) + "\n", "utf-8")
    out = tmp_path / "out.parquet"
    base = ["scan", str(archive), "-o", str(out), "--scheduler", cluster.scheduler_address, "--model", "blank"]
    runner = CliRunner()
    found = runner.invoke(main, base)
    assert found.exit_code == 1, found.output
    assert pq.read_table(out).column("id").to_pylist() == [f"{archive}:1"]
    assert "1 documents, 1 findings, 0 rows not linted" in found.stderr
    assert runner.invoke(main, [*base, "--fail-on", "never"]).exit_code == 0
    archive.write_text("{broken\n", "utf-8")
    assert runner.invoke(main, base).exit_code == 2
    missing = runner.invoke(main, ["scan", str(tmp_path / "none-*.jsonl"), "-o", str(out)])
    assert missing.exit_code == 2 and "matches no file" in missing.stderr
    wrong = runner.invoke(main, ["scan", str(archive), "-o", str(tmp_path / "out.csv"), "--scheduler", cluster.scheduler_address])
    assert wrong.exit_code == 2 and "unknown output format" in wrong.stderr


@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_a_failed_scan_leaves_no_output(client, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    from langcheck.dask.archive import ArchiveError

    with pytest.raises(ArchiveError):
        scan([str(tmp_path / "missing.jsonl")], str(tmp_path / name), FIELDS, BLANK, client)
    assert list(tmp_path.iterdir()) == []
