"""Archives for the Dask tests: real prose (the labelled corpus, real posts) as JSON Lines and Parquet."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from langcheck.api import EngineOptions, check_text

TESTS = Path(__file__).resolve().parents[1]


def documents(count: int = 240) -> list[dict[str, str]]:
    """Corpus sentences as plain text, and real posts as Markdown and HTML, with ids."""
    sentences = [
        json.loads(line)["text"]
        for path in sorted((TESTS / "corpus").glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    posts = [path.read_text("utf-8") for path in sorted((TESTS / "data" / "rust-blog-sample").glob("*.md"))[:3]]
    pages = [path.read_text("utf-8") for path in sorted((TESTS / "data" / "real-docs").glob("*.html"))]
    found = [{"id": f"post-{n}", "text": text, "format": "markdown"} for n, text in enumerate(posts)]
    found += [{"id": f"page-{n}", "text": text, "format": "html"} for n, text in enumerate(pages)]
    found += [{"id": f"s-{n}", "text": text, "format": "text"} for n, text in enumerate(sentences[: count - len(found)])]
    return found


def expected_rows(docs: list[dict[str, str]], options: EngineOptions) -> list[dict[str, object]]:
    """What the single-process API finds, as scan rows."""
    return [
        {"id": doc["id"], **finding.to_dict()}
        for doc in docs
        for finding in check_text(doc["text"], doc["format"], options=options)
    ]


def write_json_lines(docs: list[dict[str, object]], folder: Path, shards: int) -> list[Path]:
    paths = []
    for shard in range(shards):
        path = folder / f"part-{shard}.jsonl"
        path.write_text("".join(json.dumps(doc) + "\n" for doc in docs[shard::shards]), "utf-8")
        paths.append(path)
    return paths


def write_parquet(docs: list[dict[str, object]], path: Path, rows_per_group: int) -> Path:
    pq.write_table(pa.Table.from_pylist(docs), path, row_group_size=rows_per_group)
    return path


def read_json_lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
