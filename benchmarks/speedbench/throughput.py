"""Throughput: words per second and peak memory of each tool on each input, every figure in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from speedbench.alex import ALEX_SCRIPT
from speedbench.inputs import word_count
from speedbench.results import Report, Throughput
from speedbench.timing import best_of, peak_rss_mb

SCRIPT = Path(__file__).resolve().parent.parent / "speed.py"
"""The benchmark's entry point, which runs one measurement when called with ``--worker``."""

# How many times langcheck and alex are measured in alternation on each input.
PAIRED_ROUNDS = 2
WARM_TEXT = "He is so OCD about his desk. That plan is crazy. She was a victim of depression.\n"

# Worker kinds: what a fresh subprocess measures on one input.
LANGCHECK_BLANK = "langcheck-blank"
LANGCHECK_BLANK_NO_PREFILTER = "langcheck-blank-no-prefilter"
LANGCHECK_TRAINED = "langcheck-trained"
CEILING = "lexical-ceiling"
WORKER_KINDS = (LANGCHECK_BLANK, LANGCHECK_BLANK_NO_PREFILTER, LANGCHECK_TRAINED, CEILING)


def run_worker(kind: str, input_path: Path, runs: int) -> dict[str, object]:
    """Time one tool on one input inside this process; the engine is built and warmed before timing."""
    from langcheck.documents import parse_document
    from langcheck.linting.document import lint_document
    from langcheck.matching.engine import Engine
    from langcheck.matching.options import EngineOptions

    text = input_path.read_text("utf-8")
    engine = Engine(EngineOptions(model="auto" if kind == LANGCHECK_TRAINED else "blank"))
    out: dict[str, object] = {"words": len(text.split())}
    if kind == CEILING:
        seconds, hits, done = best_of(runs, lambda: sum(1 for _ in engine.trigger.finditer(text)))
        out.update(seconds=seconds, found=hits, runs=done)
    else:
        prefilter = kind != LANGCHECK_BLANK_NO_PREFILTER
        # Loads spaCy, builds the pipeline and compiles every rule (the pre-pass defers all three
        # until a trigger is seen, and the pipeline compiles a rule when a doc first needs it).
        engine.warm()
        lint_document(parse_document(WARM_TEXT + text[:20_000], "text"), engine, prefilter=prefilter)
        parse_seconds, _, _ = best_of(runs, lambda: parse_document(text, "text"))
        seconds, result, done = best_of(
            runs, lambda: lint_document(parse_document(text, "text"), engine, prefilter=prefilter)
        )
        found = len(result.findings)  # type: ignore[attr-defined]
        out.update(seconds=seconds, found=found, parse_seconds=parse_seconds, runs=done)
    out["rss_mb"] = peak_rss_mb()
    return out


def measure_worker(kind: str, name: str, path: Path, runs: int) -> Throughput:
    """Run one worker subprocess and turn its JSON line into a Throughput row."""
    command = [
        sys.executable,
        str(SCRIPT),
        "--worker",
        kind,
        "--input",
        str(path),
        "--runs",
        str(runs),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"worker {kind} failed on {name}:\n{done.stderr.strip()}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    seconds = float(data["seconds"])
    return Throughput(
        tool=kind,
        input=name,
        words=int(data["words"]),
        seconds=seconds,
        words_per_s=data["words"] / seconds,
        rss_mb=float(data["rss_mb"]),
        found=int(data["found"]),
        runs=int(data["runs"]),
        parse_seconds=data.get("parse_seconds"),
    )


def trained_model() -> str | None:
    """The trained spaCy pipeline ``--model auto`` would load, or None when only the blank one is available."""
    from langcheck.matching.pipeline import resolve_model

    return resolve_model("auto")


def measure_alex(alex_dir: Path, name: str, path: Path, runs: int, report: Report) -> Throughput | None:
    """alex's ``text()`` on the whole input via benchmarks/alex_bench.mjs (warm, best of ``runs``)."""
    command = ["node", str(ALEX_SCRIPT), str(alex_dir), str(path), str(runs)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        report.notes.append(f"alex failed on {name}: {done.stderr.strip().splitlines()[-1:]}")
        return None
    data = json.loads(done.stdout.strip().splitlines()[-1])
    words = word_count(path.read_text("utf-8"))  # the same count as for langcheck
    seconds = float(data["seconds"])
    return Throughput("alex", name, words, seconds, words / seconds, float(data["rss_mb"]), int(data["messages"]), runs)


def measure_throughput(
    inputs: dict[str, Path], runs: int, trained: str | None, alex_dir: Path | None, report: Report
) -> None:
    """Every tool on every input, in the order the table shows them.

    The two rows the main targets compare, langcheck's default pipeline and
    alex, are measured back to back and in alternation (``PAIRED_ROUNDS``
    times, fastest of each kept): on a machine whose speed drifts over
    minutes, a slow spell then slows both sides of the ratio instead of one.
    """
    for name, path in inputs.items():
        paired: dict[str, Throughput] = {}
        for _ in range(PAIRED_ROUNDS):
            print(f"  {LANGCHECK_BLANK} on {name} ...", file=sys.stderr)
            _keep_fastest(paired, measure_worker(LANGCHECK_BLANK, name, path, runs))
            if alex_dir is not None:
                print(f"  alex on {name} ...", file=sys.stderr)
                row = measure_alex(alex_dir, name, path, runs, report)
                if row:
                    _keep_fastest(paired, row)
        report.throughput.append(paired[LANGCHECK_BLANK])
        kinds = [LANGCHECK_BLANK_NO_PREFILTER, CEILING]
        if trained:
            kinds.insert(0, LANGCHECK_TRAINED)
        for kind in kinds:
            print(f"  {kind} on {name} ...", file=sys.stderr)
            report.throughput.append(measure_worker(kind, name, path, runs))
        if "alex" in paired:
            report.throughput.append(paired["alex"])


def _keep_fastest(rows: dict[str, Throughput], row: Throughput) -> None:
    if row.tool not in rows or row.seconds < rows[row.tool].seconds:
        rows[row.tool] = row
