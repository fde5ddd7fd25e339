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
  worker process and two, in alternation.

Every throughput measurement runs in a fresh subprocess
(``python benchmarks/speed.py --worker KIND --input PATH``) so that its peak
resident memory is its own and earlier runs do not warm caches for later ones.

Run: ``python benchmarks/speed.py`` (``--quick`` for a smaller run,
``--json out.json`` to keep the figures, ``--prose PATH`` for another file).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PROSE = REPO.parent / "shared" / "bench" / "prose-1mb.txt"
CORPUS = REPO / "tests" / "corpus"
ALEX_DIR = REPO / "benchmarks" / ".cache" / "alex"
ALEX_SCRIPT = REPO / "benchmarks" / "alex_bench.mjs"
ALEX_VERSION = "alex@11"

DENSE_BYTES = 1_000_000
QUICK_BYTES = 250_000
JOB_CHUNK_BYTES = 25_000
RUN_BUDGET_S = 60.0
# How many times langcheck and alex are measured in alternation on each input.
PAIRED_ROUNDS = 2
WARM_TEXT = "He is so OCD about his desk. That plan is crazy. She was a victim of depression.\n"

# Worker kinds: what a fresh subprocess measures on one input.
LANGCHECK_BLANK = "langcheck-blank"
LANGCHECK_BLANK_NO_PREFILTER = "langcheck-blank-no-prefilter"
LANGCHECK_TRAINED = "langcheck-trained"
CEILING = "lexical-ceiling"
WORKER_KINDS = (LANGCHECK_BLANK, LANGCHECK_BLANK_NO_PREFILTER, LANGCHECK_TRAINED, CEILING)

CLEAN_MARKDOWN = """\
# Release notes

This release makes the parser faster on long documents and fixes two crashes
that happened when a heading was followed directly by a table.

## Upgrading

Install the new version with your package manager and run the test suite. The
configuration format has not changed, so existing files keep working.

- Faster parsing of nested lists.
- Clearer error messages when a file cannot be decoded.
- The `--quiet` option now also hides progress output.

Thanks to everyone who reported problems and sent patches during this cycle.
"""

# Clean too, but without any trigger word, so the pre-pass never loads spaCy: the floor of a cold start.
TRIGGER_FREE_MARKDOWN = """\
# Changelog

Version 2.4 improves the speed of the parser on long documents.

## Upgrading

Install the new version with your package manager and run the test suite.
The configuration format has not changed.

- Faster parsing of nested lists.
- Clearer error messages for files that cannot be decoded.
"""

FINDINGS_MARKDOWN = """\
# Team retrospective

Honestly, the release week was insane. I'm so OCD about the changelog that I
reread it five times, and the deploy script is completely schizo.

## What went wrong

Our lead was a victim of depression last spring, and some people still treat
him like a psycho whenever he asks for a quiet room.

- The on-call rota made everyone crazy.
- One customer committed suicide threats in the support queue, which we
  handled badly.

Next time we should stop calling every bug report "mental" and ask what
actually happened.
"""


@dataclass
class Throughput:
    """One throughput figure: a tool on an input, best of ``runs``."""

    tool: str
    input: str
    words: int
    seconds: float
    words_per_s: float
    rss_mb: float | None
    found: int | None
    runs: int
    parse_seconds: float | None = None


@dataclass
class ColdStart:
    """Best-of-N wall time of one command on one small file."""

    tool: str
    file: str
    seconds: float
    exit_status: int
    repeats: int


@dataclass
class JobsScaling:
    """Wall time of ``langcheck check DIR`` with one and with two worker processes."""

    files: int
    bytes: int
    seconds_jobs1: float
    seconds_jobs2: float
    speedup: float
    max_workers_seen: int


@dataclass
class Target:
    """One speed target from the issue and whether this run meets it (None: could not be measured)."""

    name: str
    value: float | None
    threshold: float
    unit: str
    higher_is_better: bool
    passed: bool | None = None
    note: str = ""

    def judge(self) -> Target:
        if self.value is not None:
            ok = self.value >= self.threshold if self.higher_is_better else self.value < self.threshold
            self.passed = ok
        return self


@dataclass
class Report:
    """Everything one run found out; written as JSON with ``--json``."""

    machine: dict[str, object]
    inputs: dict[str, dict[str, object]] = field(default_factory=dict)
    throughput: list[Throughput] = field(default_factory=list)
    cold_start: list[ColdStart] = field(default_factory=list)
    jobs: JobsScaling | None = None
    ratios: dict[str, float] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Worker: one measurement in a fresh process
# ---------------------------------------------------------------------------


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


def run_worker(kind: str, input_path: Path, runs: int) -> dict[str, object]:
    """Time one tool on one input inside this process; the engine is built and warmed before timing."""
    from langcheck.documents import parse_document
    from langcheck.linting.document import lint_document
    from langcheck.matching.engine import Engine, EngineOptions

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


# ---------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------


def word_count(text: str) -> int:
    return len(text.split())


def trim(text: str, size: int) -> str:
    """The first ``size`` characters, cut back to a line end so no paragraph is split."""
    if len(text) <= size:
        return text
    cut = text.rfind("\n", 0, size)
    return text[: cut + 1 if cut > 0 else size]


def dense_text(size: int) -> str:
    """The labelled corpus (mostly sentences that should be flagged), one per line, repeated to ``size``."""
    lines = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                lines.append(" ".join(json.loads(line)["text"].split()))
    block = "\n".join(lines) + "\n"
    return trim(block * (size // len(block) + 1), size)


def prepare_inputs(prose: Path, workdir: Path, quick: bool, report: Report) -> dict[str, Path]:
    """Write the inputs to ``workdir``: the same files go to every tool."""
    size = QUICK_BYTES if quick else DENSE_BYTES
    inputs: dict[str, Path] = {}
    if prose.is_file():
        text = prose.read_text("utf-8")
        if quick:
            text = trim(text, size)
        inputs[prose.name] = workdir / prose.name
    else:
        report.notes.append(f"prose input {prose} not found: skipped (pass --prose PATH)")
        text = ""
    if text:
        inputs[prose.name].write_text(text, "utf-8")
    dense = dense_text(size)
    inputs["dense-corpus"] = workdir / "dense-corpus.txt"
    inputs["dense-corpus"].write_text(dense, "utf-8")
    for name, path in inputs.items():
        content = path.read_text("utf-8")
        report.inputs[name] = {"path": str(path), "bytes": len(content.encode()), "words": word_count(content)}
    if prose.is_file():
        report.inputs[prose.name]["source"] = str(prose)
    return inputs


# ---------------------------------------------------------------------------
# Throughput
# ---------------------------------------------------------------------------


def measure_worker(kind: str, name: str, path: Path, runs: int) -> Throughput:
    """Run one worker subprocess and turn its JSON line into a Throughput row."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
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


def alex_available(report: Report) -> Path | None:
    """Install alex with npm into the git-ignored cache once; None (with a note) if Node or npm cannot."""
    if shutil.which("node") is None:
        report.notes.append("alex skipped: node is not on PATH")
        return None
    if (ALEX_DIR / "node_modules" / "alex" / "package.json").is_file():
        return ALEX_DIR
    npm = shutil.which("npm")
    if npm is None:
        report.notes.append("alex skipped: npm is not on PATH")
        return None
    ALEX_DIR.mkdir(parents=True, exist_ok=True)
    print(f"installing {ALEX_VERSION} into {ALEX_DIR} ...", file=sys.stderr)
    try:
        done = subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(ALEX_DIR), ALEX_VERSION],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    except subprocess.TimeoutExpired:
        report.notes.append("alex skipped: npm install timed out")
        return None
    if done.returncode != 0:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        report.notes.append(f"alex skipped: npm install failed ({tail})")
        return None
    return ALEX_DIR


def alex_version(alex_dir: Path) -> str:
    data = json.loads((alex_dir / "node_modules" / "alex" / "package.json").read_text("utf-8"))
    return str(data.get("version", "?"))


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


# ---------------------------------------------------------------------------
# Cold start
# ---------------------------------------------------------------------------


def wall_time(command: Sequence[str], cwd: Path, repeats: int) -> tuple[float, int]:
    """Best wall time of running ``command`` to completion, and its exit status."""
    best, status = float("inf"), 0
    for _ in range(repeats):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
        best = min(best, time.perf_counter() - start)
        status = done.returncode
    return best, status


def langcheck_script() -> Path | None:
    """The installed ``langcheck`` console script next to this interpreter, if any."""
    beside = Path(sys.executable).parent / "langcheck"
    if beside.is_file():
        return beside
    found = shutil.which("langcheck")
    return Path(found) if found else None


def cold_start_commands(trained: str | None, alex_dir: Path | None) -> dict[str, list[str]]:
    """Each way of linting one file from scratch; the file name is appended per run."""
    commands = {
        "python -m langcheck (blank)": [sys.executable, "-m", "langcheck", "check", "--model", "blank", "--no-color"]
    }
    script = langcheck_script()
    if script:
        commands["langcheck script (blank)"] = [str(script), "check", "--model", "blank", "--no-color"]
    if trained:
        commands["python -m langcheck (trained)"] = [
            sys.executable,
            "-m",
            "langcheck",
            "check",
            "--model",
            "auto",
            "--no-color",
        ]
    if alex_dir is not None:
        # Markdown mode (alex's default for .md), as langcheck parses .md files as Markdown.
        commands["alex CLI"] = ["node", str(alex_dir / "node_modules" / "alex" / "cli.js")]
    return commands


def measure_cold_start(workdir: Path, repeats: int, trained: str | None, alex_dir: Path | None, report: Report) -> None:
    """Wall time per command on a small clean file and a small file with findings, run from an empty folder."""
    folder = workdir / "cold"
    folder.mkdir()
    # pip byte-compiles a package it installs; an editable or source checkout (or PYTHONDONTWRITEBYTECODE)
    # would otherwise compile langcheck's modules on every start and time that instead.
    import compileall

    import langcheck

    compileall.compile_dir(Path(langcheck.__file__).parent, quiet=1)
    files = {"clean.md": CLEAN_MARKDOWN, "no-triggers.md": TRIGGER_FREE_MARKDOWN, "findings.md": FINDINGS_MARKDOWN}
    for file_name, content in files.items():
        (folder / file_name).write_text(content, "utf-8")
    for tool, command in cold_start_commands(trained, alex_dir).items():
        for file_name in files:
            print(f"  cold start: {tool} on {file_name} ...", file=sys.stderr)
            seconds, status = wall_time([*command, file_name], folder, repeats)
            report.cold_start.append(ColdStart(tool, file_name, seconds, status, repeats))


# ---------------------------------------------------------------------------
# --jobs scaling
# ---------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------
# Ratios and targets
# ---------------------------------------------------------------------------


def find_row(report: Report, tool: str, name: str) -> Throughput | None:
    return next((r for r in report.throughput if r.tool == tool and r.input == name), None)


def ratio(top: Throughput | None, bottom: Throughput | None) -> float | None:
    return top.words_per_s / bottom.words_per_s if top and bottom else None


def compute_ratios(report: Report) -> None:
    """langcheck's throughput over alex's and over the lexical ceiling, per input and pipeline."""
    for name in report.inputs:
        for tool in (LANGCHECK_BLANK, LANGCHECK_TRAINED, LANGCHECK_BLANK_NO_PREFILTER):
            row = find_row(report, tool, name)
            for other in ("alex", CEILING):
                value = ratio(row, find_row(report, other, name))
                if value is not None:
                    report.ratios[f"{tool} / {other} on {name}"] = value


def cold_seconds(report: Report, tool: str, file_name: str) -> float | None:
    return next((c.seconds for c in report.cold_start if c.tool == tool and c.file == file_name), None)


def build_targets(report: Report, prose_name: str | None, trained: str | None) -> None:
    """The issue's targets (2-core machine, default pipeline), judged on this run's figures."""
    prose = prose_name or ""
    blank_prose = find_row(report, LANGCHECK_BLANK, prose)
    no_alex = "" if any(r.tool == "alex" for r in report.throughput) else "alex not measured"
    no_prose = "" if prose_name else "no prose input"
    targets = [
        Target(
            "prose: throughput vs alex",
            ratio(blank_prose, find_row(report, "alex", prose)),
            20,
            "x",
            True,
            note=no_alex or no_prose,
        ),
        Target(
            "prose: throughput vs lexical ceiling",
            ratio(blank_prose, find_row(report, CEILING, prose)),
            0.25,
            "x",
            True,
            note=no_prose,
        ),
        Target(
            "dense: throughput vs alex",
            ratio(find_row(report, LANGCHECK_BLANK, "dense-corpus"), find_row(report, "alex", "dense-corpus")),
            5,
            "x",
            True,
            note=no_alex,
        ),
    ]
    for tool in ("python -m langcheck (blank)", "langcheck script (blank)"):
        if cold_seconds(report, tool, "clean.md") is None:
            continue
        targets.append(
            Target(f"cold start, clean file: {tool}", cold_seconds(report, tool, "clean.md"), 0.3, "s", False)
        )
        targets.append(
            Target(
                f"cold start, no trigger words: {tool}", cold_seconds(report, tool, "no-triggers.md"), 0.3, "s", False
            )
        )
        targets.append(
            Target(f"cold start, findings: {tool}", cold_seconds(report, tool, "findings.md"), 2.0, "s", False)
        )
    targets.append(trained_target(report, blank_prose, prose, trained))
    if report.jobs:
        targets.append(jobs_target(report.jobs))
    report.targets = [t if t.passed is not None else t.judge() for t in targets]


def trained_target(report: Report, blank_prose: Throughput | None, prose: str, trained: str | None) -> Target:
    """The trained pipeline may be at most 2x slower than the blank one on the prose input."""
    trained_row = find_row(report, LANGCHECK_TRAINED, prose)
    slowdown = blank_prose.words_per_s / trained_row.words_per_s if blank_prose and trained_row else None
    note = "" if trained else "no trained pipeline installed"
    return Target("prose: trained slowdown vs default", slowdown, 2.0, "x", False, note=note)


def jobs_target(jobs: JobsScaling) -> Target:
    """--jobs 2 must really use several processes and finish faster than --jobs 1."""
    target = Target(
        "--jobs 2 speed-up over --jobs 1",
        jobs.speedup,
        1.2,
        "x",
        True,
        note=f"{jobs.max_workers_seen} worker processes seen",
    )
    target.judge()
    if jobs.max_workers_seen < 2:
        target.passed = False
        target.note += ", expected >= 2"
    return target


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


def fmt_num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"


def throughput_table(report: Report) -> list[str]:
    header = f"{'tool':<30} {'input':<16} {'words':>9} {'seconds':>9} {'words/s':>12} {'peak MB':>8} {'found':>7} {'parse s':>8} {'runs':>4}"
    lines = [header, "-" * len(header)]
    for name in report.inputs:
        for row in (r for r in report.throughput if r.input == name):
            lines.append(
                f"{row.tool:<30} {row.input:<16} {row.words:>9,} {row.seconds:>9.3f} {fmt_num(row.words_per_s):>12} "
                f"{fmt_num(row.rss_mb):>8} {fmt_num(row.found):>7} {fmt_num(row.parse_seconds, 3):>8} {row.runs:>4}"
            )
        lines.append("")
    return lines


def cold_table(report: Report) -> list[str]:
    tools = list(dict.fromkeys(c.tool for c in report.cold_start))
    files = list(dict.fromkeys(c.file for c in report.cold_start))
    header = f"{'command':<32}" + "".join(f" {name:>15}" for name in files) + "   exit status"
    lines = [header, "-" * len(header)]
    for tool in tools:
        rows = {c.file: c for c in report.cold_start if c.tool == tool}
        cells = "".join(f" {fmt_num(rows[f].seconds, 3) if f in rows else '-':>14}s" for f in files)
        statuses = "/".join(str(rows[f].exit_status) for f in files if f in rows)
        lines.append(f"{tool:<32}{cells}   {statuses}")
    return lines


def target_lines(report: Report) -> list[str]:
    lines = []
    for target in report.targets:
        mark = {True: "PASS", False: "FAIL", None: "SKIP"}[target.passed]
        op = ">=" if target.higher_is_better else "<" if target.unit == "s" else "<="
        value = "-" if target.value is None else f"{target.value:,.3g}{target.unit}"
        gap = ""
        if target.passed is False and target.value:
            factor = target.threshold / target.value if target.higher_is_better else target.value / target.threshold
            gap = f"  (off by {factor:.2f}x)"
        note = f"  [{target.note}]" if target.note else ""
        lines.append(
            f"[{mark}] {target.name:<52} {value:>10}  (target {op} {target.threshold:g}{target.unit}){gap}{note}"
        )
    return lines


def render(report: Report) -> str:
    m = report.machine
    lines = [
        (
            f"langcheck speed benchmark: {m['cpus']} CPUs, Python {m['python']}, spaCy {m['spacy']}, "
            f"Node {m.get('node') or '-'}, alex {m.get('alex') or '-'}, trained pipeline: {m.get('trained') or 'none'}"
        ),
        (
            f"throughput: best of up to {m['runs']} runs (fewer once a measurement has used {RUN_BUDGET_S:g}s), "
            "after a warm-up; peak MB is each tool's own process"
        ),
        f"load average (1 min) at start {m.get('load_start')}, at end {m.get('load_end')}",
        "",
        "Inputs",
    ]
    for name, info in report.inputs.items():
        lines.append(
            f"  {name:<16} {info['bytes']:>10,} bytes {info['words']:>9,} words  {info.get('source', info['path'])}"
        )
    lines += ["", "Throughput", *throughput_table(report)]
    lines += ["Ratios (words/s of langcheck over the other)"]
    lines += [f"  {key:<62} {value:>9.3g}x" for key, value in report.ratios.items()]
    if report.cold_start:
        lines += ["", f"Cold start (wall time, best of {report.cold_start[0].repeats})", *cold_table(report)]
    if report.jobs:
        j = report.jobs
        lines += [
            "",
            f"--jobs scaling ({j.files} files, {j.bytes:,} bytes, --model blank)",
            (
                f"  --jobs 1: {j.seconds_jobs1:.2f}s   --jobs 2: {j.seconds_jobs2:.2f}s   speed-up {j.speedup:.2f}x   "
                f"worker processes seen: {j.max_workers_seen}"
            ),
        ]
    lines += ["", "Targets (2-core machine, default pipeline)", *target_lines(report)]
    if report.notes:
        lines += ["", "Notes", *[f"  - {note}" for note in report.notes]]
    return "\n".join(lines)


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


def load_average() -> float | None:
    """The 1-minute load average: other work on the machine slows every figure, so the report shows it."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--prose", type=Path, default=DEFAULT_PROSE, help="mostly clean prose to lint (default: %(default)s)"
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
