"""``--jobs``: many files linted with one worker process and with two."""

from __future__ import annotations

import sys
from pathlib import Path

from speedbench.results import JobsScaling, Report
from speedbench.timing import RUN_BUDGET_S, timed_with_children

JOB_CHUNK_BYTES = 25_000


def write_job_files(text: str, folder: Path, count: int) -> int:
    """``count`` files of about JOB_CHUNK_BYTES, consecutive slices of ``text`` (wrapping around); total bytes."""
    folder.mkdir()
    lines = text.splitlines(keepends=True)
    total, index = 0, 0
    for number in range(count):
        chunk: list[str] = []
        size = 0
        while size < JOB_CHUNK_BYTES:
            line = lines[index % len(lines)]
            chunk.append(line)
            size += len(line.encode())
            index += 1
        (folder / f"part-{number:03d}.txt").write_text("".join(chunk), "utf-8")
        total += size
    return total


def measure_jobs(text: str, workdir: Path, count: int, repeats: int, report: Report) -> None:
    """``langcheck check DIR --jobs 1`` against ``--jobs 2`` on many mid-sized files."""
    folder = workdir / "jobs"
    total = write_job_files(text, folder, count)
    base = [sys.executable, "-m", "langcheck", "check", str(folder), "--model", "blank", "--no-color"]
    best: dict[int, float] = {}
    workers = 0
    spent = 0.0
    # One worker and two in alternation, so that a slow spell on the machine hits both.
    for _ in range(repeats):
        for jobs in (1, 2):
            print(f"  --jobs {jobs} on {count} files ...", file=sys.stderr)
            seconds, children = timed_with_children([*base, "--jobs", str(jobs)], workdir)
            best[jobs] = min(best.get(jobs, float("inf")), seconds)
            if jobs == 2:
                workers = max(workers, children)
            spent += seconds
        if spent >= 2 * RUN_BUDGET_S:  # see best_of: slow runs are not repeated
            break
    report.jobs = JobsScaling(count, total, best[1], best[2], best[1] / best[2], workers)
