"""How fast ``langcheck scan`` lints an archive on Dask: documents per second with one worker and with two.

This is a benchmark to run by hand, not a timed test. It builds an archive of
at least 100,000 documents of real prose (``--documents``): the paragraphs
of the 1 MB prose file (``../shared/bench/prose-1mb.txt``, plain text) and
of the Rust blog's posts (``../shared/bench/rust-blog``, Markdown, code and
front matter left out), one to three consecutive paragraphs a document, in
JSON Lines shards under ``benchmarks/.cache/archive`` (git-ignored). It then
scans the archive on a local cluster of one worker process and of two, each
started and warmed before timing (workers build their engine as they start),
and prints documents per second and the speed-up; ``--json FILE`` keeps the
figures. ``--scheduler ADDRESS`` measures an existing cluster instead, such
as one spread over several machines (see the README).

Run: ``python benchmarks/archive.py`` (``--documents 20000`` for a quick run).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "bench"
CACHE = REPO / "benchmarks" / ".cache" / "archive"
SHARDS = 16
_FENCE = re.compile(r"^\s*(```|~~~|\+\+\+|---|\||<|    )", re.MULTILINE)


def paragraphs() -> list[tuple[str, str]]:
    """``(format, paragraph)`` of real prose: the prose file's lines and the blog's paragraphs of prose."""
    found = [("text", line) for line in (BENCH / "prose-1mb.txt").read_text("utf-8").splitlines() if len(line) > 40]
    for post in sorted((BENCH / "rust-blog").rglob("*.md")):
        for chunk in re.split(r"\n\s*\n", post.read_text("utf-8")):
            if len(chunk) > 80 and not _FENCE.search(chunk) and "```" not in chunk:
                found.append(("markdown", chunk.strip()))
    return found


def build_archive(count: int, folder: Path) -> list[Path]:
    """``count`` documents in ``SHARDS`` JSON Lines files; each is one to three consecutive paragraphs."""
    source = paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    shards = [folder / f"shard-{number:02d}.jsonl" for number in range(SHARDS)]
    handles = [path.open("w", encoding="utf-8") for path in shards]
    try:
        for number in range(count):
            start = number % len(source)
            size = 1 + (number // len(source)) % 3
            picked = [source[(start + offset) % len(source)] for offset in range(size)]
            fmt = "markdown" if any(kind == "markdown" for kind, _ in picked) else "text"
            text = "\n\n".join(paragraph for _, paragraph in picked)
            record = {"id": f"doc-{number}", "text": text, "format": fmt}
            handles[number % SHARDS].write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        for handle in handles:
            handle.close()
    return shards


def measure(shards: list[Path], client, documents: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Wall time of one scan of the archive on ``client``'s (warm) cluster."""
    from langcheck.api import EngineOptions
    from langcheck.dask.rows import Fields
    from langcheck.dask.scan import scan

    fields = Fields(text="text", id="id", format="format")
    options = EngineOptions(model="blank")
    with tempfile.TemporaryDirectory() as folder:
        scan([str(shards[0])], str(Path(folder) / "warm.parquet"), fields, options, client)  # engines built, imports done
        start = time.perf_counter()
        summary = scan([str(path) for path in shards], str(Path(folder) / "findings.parquet"), fields, options, client)
        seconds = time.perf_counter() - start
    return {
        "documents": documents,
        "seconds": seconds,
        "documents_per_s": documents / seconds,
        "findings": sum(summary.findings.values()),
        "errors": len(summary.errors),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000, help="documents in the archive (default %(default)s)")
    parser.add_argument("--scheduler", default=None, help="measure this cluster instead of local ones of 1 and 2 workers")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    from distributed import Client

    from langcheck.dask.scan import local_cluster

    print(f"building an archive of {args.documents:,} documents in {CACHE} ...", file=sys.stderr)
    shards = build_archive(args.documents, CACHE)
    size = sum(path.stat().st_size for path in shards)
    figures: dict[str, object] = {"documents": args.documents, "bytes": size, "shards": len(shards), "cpus": os.cpu_count()}
    runs: dict[str, dict[str, float]] = {}
    if args.scheduler:
        with Client(args.scheduler) as client:
            workers = len(client.scheduler_info()["workers"])
            print(f"scanning on {args.scheduler} ({workers} workers) ...", file=sys.stderr)
            runs[f"{workers} workers at {args.scheduler}"] = measure(shards, client, args.documents)
    else:
        for workers in (1, 2):
            print(f"scanning on a local cluster of {workers} worker(s) ...", file=sys.stderr)
            with local_cluster(workers) as cluster, Client(cluster) as client:
                client.wait_for_workers(workers)
                runs[f"{workers} worker{'s' if workers > 1 else ''}"] = measure(shards, client, args.documents)
    figures["runs"] = runs
    print(f"Archive: {args.documents:,} documents, {size:,} bytes in {len(shards)} JSON Lines shards, model blank")
    for name, run in runs.items():
        print(
            f"  {name:<28} {run['seconds']:8.2f}s  {run['documents_per_s']:10,.0f} documents/s  "
            f"{run['findings']:,} findings  {run['errors']} errors"
        )
    rates = [run["documents_per_s"] for run in runs.values()]
    if len(rates) == 2:
        figures["speedup"] = rates[1] / rates[0]
        print(f"  speed-up with two workers: {rates[1] / rates[0]:.2f}x")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
