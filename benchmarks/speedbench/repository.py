"""A whole repository: langcheck over every Markdown file of a real blog, against alex over the same files.

Each tool runs as a user runs it over a repository, start-up included, in
one process: ``langcheck check --format json`` with one process
(``--jobs 1``) and with its default parallelism, and alex's Markdown API
(all its rules, as its CLI runs on ``.md`` files) over the same files in one
Node process (``alex_repo.mjs``). The three are run in alternation, so that
a slow spell on the machine hits all of them; the best of each is kept.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from speedbench.alex import ALEX_REPO_SCRIPT
from speedbench.inputs import REPO, word_count
from speedbench.results import Report, RepositoryRun
from speedbench.timing import RUN_BUDGET_S

DEFAULT_REPOSITORY = REPO.parent / "shared" / "bench" / "rust-blog"
LANGCHECK = [sys.executable, "-m", "langcheck", "check", "--format", "json", "--model", "blank", "--no-color"]


def measure_repository(folder: Path, alex_dir: Path | None, repeats: int, report: Report) -> None:
    """Wall time of each tool over every ``.md`` file under ``folder``."""
    if not folder.is_dir():
        report.notes.append(f"repository {folder} not found: skipped (pass --repository DIR)")
        return
    files = sorted(folder.rglob("*.md"))
    words = sum(word_count(path.read_text("utf-8")) for path in files)
    commands = {"single": [*LANGCHECK, "--jobs", "1", str(folder)], "default": [*LANGCHECK, str(folder)]}
    if alex_dir is not None:
        commands["alex"] = ["node", str(ALEX_REPO_SCRIPT), str(alex_dir), str(folder)]
    best: dict[str, float] = {}
    found: dict[str, int] = {}
    spent = 0.0
    for _ in range(repeats):
        for name, command in commands.items():
            print(f"  repository: {name} on {len(files)} files ...", file=sys.stderr)
            seconds, output = _timed(command)
            best[name] = min(best.get(name, float("inf")), seconds)
            found[name] = _count(name, output)
            spent += seconds
        if spent >= 3 * RUN_BUDGET_S:  # alex takes about a minute a run: do not repeat for ever
            break
    report.repository = RepositoryRun(
        folder=str(folder),
        files=len(files),
        words=words,
        seconds_single=best["single"],
        seconds_default=best["default"],
        seconds_alex=best.get("alex"),
        findings=found["single"],
        alex_messages=found.get("alex"),
    )


def _timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr.strip()}")
    return seconds, done.stdout


def _count(name: str, output: str) -> int:
    """langcheck's findings, or alex's messages."""
    data = json.loads(output.strip().splitlines()[-1] if name == "alex" else output)
    return int(data["messages"]) if name == "alex" else sum(len(f.get("findings", [])) for f in data["files"])
