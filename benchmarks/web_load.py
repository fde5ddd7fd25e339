"""Load on ``langcheck serve``: many clients posting long documents at once, on loopback only.

A benchmark to run by hand, not a timed test. It starts ``langcheck serve``
on 127.0.0.1 and a free port, lets ``--clients`` concurrent clients (default
50) each post ``--requests`` documents of ``--words`` words (default 5,000)
to ``POST /api/check`` (or ``/api/fix``), and prints latency percentiles,
throughput and errors; ``--json FILE`` keeps the figures. The documents are
cut from the real documents in ``tests/data/real-docs/``, each client
starting at another place, so the server sees real prose with real findings.

The run is bounded twice: by the number of requests, and by ``--deadline``
seconds, after which outstanding requests are cancelled and counted as
errors. The server is stopped at the end whatever happens. No traffic leaves
the machine: the server listens on 127.0.0.1 and the clients talk only to it.

Run: ``python benchmarks/web_load.py`` (needs the web extra and httpx, both in
``pip install '.[test]'``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
REAL_DOCS = ROOT / "tests" / "data" / "real-docs"


@dataclass
class Outcome:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    findings: int = 0


def documents(count: int, words: int) -> list[str]:
    """``count`` documents of ``words`` words, cut from the real documents at different places (wrapping round)."""
    pool = " ".join(
        path.read_text("utf-8") for path in sorted(REAL_DOCS.iterdir()) if path.suffix in {".md", ".txt", ".markdown"}
    ).split()
    step = max(1, len(pool) // max(count, 1))
    out = []
    for index in range(count):
        start = index * step
        chosen = [pool[(start + offset) % len(pool)] for offset in range(words)]
        out.append(" ".join(chosen))
    return out


def start_server(model: str, max_size: str) -> tuple[subprocess.Popen[str], str]:
    command = [
        sys.executable, "-m", "langcheck", "serve", "--no-browser", "--host", "127.0.0.1", "--port", "0",
        "--model", model, "--max-size", max_size,
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
    if not found:
        process.kill()
        raise SystemExit(f"langcheck serve did not start: {line!r}")
    return process, found.group(1)


async def client(http: httpx.AsyncClient, path: str, texts: list[str], outcome: Outcome) -> None:
    for text in texts:
        started = time.perf_counter()
        try:
            response = await http.post(path, json={"text": text, "format": "markdown"})
        except httpx.HTTPError as exc:
            outcome.errors.append(f"{type(exc).__name__}: {exc}")
            continue
        elapsed = time.perf_counter() - started
        if response.status_code != 200:
            outcome.errors.append(f"HTTP {response.status_code}: {response.text[:200]}")
            continue
        outcome.latencies.append(elapsed)
        body = response.json()
        outcome.findings += len((body.get("report") or body)["files"][0]["findings"])


async def load(url: str, args: argparse.Namespace) -> tuple[Outcome, float]:
    texts = documents(args.clients, args.words)
    outcome = Outcome()
    limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
    timeout = httpx.Timeout(args.deadline)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=timeout) as http:
        warm = await http.post(args.endpoint, json={"text": texts[0], "format": "markdown"})
        warm.raise_for_status()
        started = time.perf_counter()
        tasks = [
            asyncio.create_task(client(http, args.endpoint, [texts[index]] * args.requests, outcome))
            for index in range(args.clients)
        ]
        _, pending = await asyncio.wait(tasks, timeout=args.deadline)
        for task in pending:
            task.cancel()
        expected = args.clients * args.requests
        missing = expected - len(outcome.latencies) - len(outcome.errors)
        outcome.errors += ["cancelled at the deadline"] * missing
        return outcome, time.perf_counter() - started


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default: %(default)s)")
    parser.add_argument("--requests", type=int, default=10, help="documents each client posts (default: %(default)s)")
    parser.add_argument("--words", type=int, default=5000, help="words per document (default: %(default)s)")
    parser.add_argument("--endpoint", default="/api/check", choices=["/api/check", "/api/fix"])
    parser.add_argument("--deadline", type=float, default=600.0, help="seconds before the run is cut short")
    parser.add_argument("--model", default="blank", help="the server's --model (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()

    process, url = start_server(args.model, "5MB")
    try:
        outcome, wall = asyncio.run(load(url, args))
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    done = len(outcome.latencies)
    figures = {
        "clients": args.clients,
        "requests": args.clients * args.requests,
        "words_per_document": args.words,
        "endpoint": args.endpoint,
        "model": args.model,
        "completed": done,
        "errors": len(outcome.errors),
        "wall_seconds": round(wall, 2),
        "requests_per_second": round(done / wall, 2) if wall else 0.0,
        "words_per_second": round(done * args.words / wall) if wall else 0,
        "findings_per_document": round(outcome.findings / done, 1) if done else 0.0,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    if done:
        figures.update(
            {
                "p50_ms": round(percentile(outcome.latencies, 0.50) * 1000),
                "p95_ms": round(percentile(outcome.latencies, 0.95) * 1000),
                "p99_ms": round(percentile(outcome.latencies, 0.99) * 1000),
                "max_ms": round(max(outcome.latencies) * 1000),
                "mean_ms": round(statistics.fmean(outcome.latencies) * 1000),
            }
        )
    for key, value in figures.items():
        print(f"{key:>22}: {value}")
    for error in sorted(set(outcome.errors))[:5]:
        print(f"  error: {error}")
    if args.json:
        args.json.write_text(json.dumps({**figures, "error_samples": sorted(set(outcome.errors))[:20]}, indent=2) + "\n")
    if outcome.errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
