"""How fast langcheck is, next to alex and next to a plain lexical scan, on the same inputs.

This is a benchmark to run by hand, not a timed test: timings depend on the
machine, so nothing here asserts; it prints a table (and ``--json PATH``
writes every figure) with PASS/FAIL against the project's speed targets.

What it measures, in one run and on the same text:

* throughput (words/s, best of N) and peak memory of langcheck's default
  (blank) pipeline, of a trained pipeline if one is installed, and of the
  default pipeline with the trigger-word pre-pass switched off;
* the lexical ceiling: one scan of the enabled rules' trigger words with the
  engine's own trie regex. No linter that looks at every trigger can be
  faster, so the ratio to it says how much the rest of the work costs;
* alex (installed with npm into ``benchmarks/.cache/alex``), through its Node
  API after a warm-up, so that neither tool's start-up counts in throughput;
  langcheck's default pipeline and alex are measured in alternation, twice
  each, so that the speed of the machine drifting over minutes does not
  tilt the ratio between them;
* cold start: wall time of one ``langcheck check`` on a small clean Markdown
  file and on a small file with findings, against the alex CLI;
* ``--jobs``: a folder of many files cut from the dense input, linted with one
  worker process and two, in alternation;
* a whole repository: ``langcheck check --format json`` over the 754 Markdown
  posts of the Rust blog (``../shared/bench/rust-blog``), with one process and
  with the default parallelism, against alex's Markdown API over the same
  files in one Node process, start-up included for all three.

Every throughput measurement runs in a fresh subprocess
(``python benchmarks/speed.py --worker KIND --input PATH``) so that its peak
resident memory is its own and earlier runs do not warm caches for later ones.

Run: ``python benchmarks/speed.py`` (``--quick`` for a smaller run,
``--json out.json`` to keep the figures, ``--prose PATH`` for another file).

This file runs the whole benchmark; each measurement lives in a module of
``benchmarks/speedbench/`` (``throughput``, ``cold_start``, ``jobs``, ``repository``), with
the timing helpers they share in ``speedbench/timing.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from speedbench.alex import alex_available, alex_version
from speedbench.cold_start import measure_cold_start
from speedbench.inputs import DEFAULT_PROSE, prepare_inputs
from speedbench.jobs import measure_jobs
from speedbench.render import render
from speedbench.repository import DEFAULT_REPOSITORY, measure_repository
from speedbench.results import Report
from speedbench.targets import build_targets, compute_ratios
from speedbench.throughput import WORKER_KINDS, measure_throughput, run_worker, trained_model
from speedbench.timing import load_average


def machine_info(runs: int, trained: str | None, alex_dir: Path | None) -> dict[str, object]:
    import spacy

    node = None
    if shutil.which("node"):
        node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "node": node,
        "alex": alex_version(alex_dir) if alex_dir else None,
        "trained": trained,
        "runs": runs,
        "load_start": load_average(),
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--prose", type=Path, default=DEFAULT_PROSE, help="mostly clean prose to lint (default: %(default)s)"
    )
    parser.add_argument(
        "--repository", type=Path, default=DEFAULT_REPOSITORY, help="folder of Markdown files (default: %(default)s)"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write every figure to this JSON file")
    parser.add_argument("--quick", action="store_true", help="smaller inputs and fewer repeats")
    parser.add_argument(
        "--runs", type=int, default=None, help="timed runs per throughput figure (default 3, 1 with --quick)"
    )
    parser.add_argument("--no-alex", action="store_true", help="do not install or run alex")
    parser.add_argument("--worker", choices=WORKER_KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def benchmark(args: argparse.Namespace) -> Report:
    """The whole run: inputs, throughput, cold start, --jobs, then ratios and targets."""
    runs = args.runs or (1 if args.quick else 3)
    trained = trained_model()
    probe = Report(machine={})
    alex_dir = None if args.no_alex else alex_available(probe)
    if args.no_alex:
        probe.notes.append("alex skipped: --no-alex")
    report = Report(machine=machine_info(runs, trained, alex_dir), notes=probe.notes)
    if not trained:
        report.notes.append("no trained pipeline installed: trained figures and the slowdown target are skipped")
    if alex_dir:
        report.notes.append("alex runs its whole rule set (equality + profanities), langcheck only mental-health rules")
    with tempfile.TemporaryDirectory(prefix="langcheck-speed-") as tmp:
        workdir = Path(tmp)
        inputs = prepare_inputs(args.prose, workdir, args.quick, report)
        print("throughput:", file=sys.stderr)
        measure_throughput(inputs, runs, trained, alex_dir, report)
        print("cold start:", file=sys.stderr)
        measure_cold_start(workdir, 2 if args.quick else 5, trained, alex_dir, report)
        prose_name = args.prose.name if args.prose.name in inputs else None
        # Files with findings: on mostly clean files the run is start-up (importing spaCy,
        # building the pipeline) that no number of workers shortens, not linting.
        jobs_text = inputs["dense-corpus"].read_text("utf-8")
        measure_jobs(jobs_text, workdir, 16 if args.quick else 40, 1 if args.quick else 3, report)
        print("repository:", file=sys.stderr)
        measure_repository(args.repository, alex_dir, 1 if args.quick else 2, report)
    report.machine["load_end"] = load_average()
    compute_ratios(report)
    build_targets(report, prose_name, trained)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        print(json.dumps(run_worker(args.worker, args.input, args.runs or 3)))
        return 0
    report = benchmark(args)
    print(render(report))
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=2) + "\n", "utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
