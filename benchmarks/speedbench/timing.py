"""Timing helpers shared by every measurement: best of N within a budget, wall time, memory, processes, load."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

RUN_BUDGET_S = 60.0


def peak_rss_mb() -> float:
    """This process's peak resident set size; Linux reports KiB, macOS bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def best_of(runs: int, func: Callable[[], object], budget: float = RUN_BUDGET_S) -> tuple[float, object, int]:
    """Shortest wall time of up to ``runs`` calls, the last call's result (they are all the same), and the calls made.

    Repeating only filters out noise from other processes; once the calls so far
    have used ``budget`` seconds, a slow measurement is not worth repeating
    (a single 1 MB run can take minutes), so it stops early.
    """
    best, result, spent, done = float("inf"), None, 0.0, 0
    while done < runs and (done == 0 or spent < budget):
        start = time.perf_counter()
        result = func()
        elapsed = time.perf_counter() - start
        best, spent, done = min(best, elapsed), spent + elapsed, done + 1
    return best, result, done


def wall_time(command: Sequence[str], cwd: Path, repeats: int) -> tuple[float, int]:
    """Best wall time of running ``command`` to completion, and its exit status."""
    best, status = float("inf"), 0
    for _ in range(repeats):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
        best = min(best, time.perf_counter() - start)
        status = done.returncode
    return best, status


def child_pids(pid: int) -> set[int]:
    """Live processes whose parent is ``pid`` (Linux /proc; empty elsewhere)."""
    found: set[int] = set()
    for entry in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == str(pid):
            found.add(int(entry.parent.name))
    return found


def timed_with_children(command: Sequence[str], cwd: Path) -> tuple[float, int]:
    """Wall time of ``command``, and the most child processes it had alive at once (sampled)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    most = 0
    while process.poll() is None:
        most = max(most, len(child_pids(process.pid)))
        time.sleep(0.02)
    return time.perf_counter() - start, most


def load_average() -> float | None:
    """The 1-minute load average: other work on the machine slows every figure, so the report shows it."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None
