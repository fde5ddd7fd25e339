"""How time and memory grow with hostile and huge inputs: each at two sizes, so the growth rate shows.

This is a benchmark to run by hand, not a timed test: it asserts nothing and
prints a table (``--json PATH`` also writes every figure). For each case the
input is generated at a small and a large size, and each is linted in a
fresh process (``langcheck check PATH`` as the command line runs it, text
output written to a file), after a warm-up that imports spaCy and compiles
the shipped rules, so that start-up, which every run pays once, is not
counted. Figures per size: wall time, peak resident memory above the
warmed-up process (``net``), and the size of the report.

Growth compares the large run with the small one: ``size ×`` is how much
the input grew (in bytes; for packs, in rules), ``time ×`` and ``memory ×``
how much the cost grew. A case is ``linear`` when time grew no faster than
the input (with 50% allowance for noise on a shared machine), ``SUPERLINEAR``
otherwise; runs too short to time (under 0.2 s at the large size) are
``fast``. The alias bomb is different: its nominal size (10**levels leaves)
explodes, and the pack must be refused in about the same short time.

Run: ``python benchmarks/growth.py`` (``--quick`` for inputs a quarter the
size, ``--only NAME`` for some cases, ``--list`` to name them, ``--json
out.json`` to keep the figures).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from growthbench.inputs import Case, cases, pack_probe_text
from growthbench.worker import main as worker_main

TIMEOUT_S = 900
NOISE = 1.5
"""Time may grow this much faster than the input before a case is called superlinear (timing noise)."""
FAST_S = 0.2


def input_bytes(path: Path) -> int:
    if path.is_dir():
        return sum(child.stat().st_size for child in path.rglob("*") if child.is_file())
    return path.stat().st_size


def measure(case: Case, n: int) -> dict[str, Any]:
    """Generate the input at size ``n`` and measure it in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="langcheck-growth-") as tmp:
        folder = Path(tmp)
        path = case.make(folder, n)
        command = [sys.executable, __file__, "--worker", case.kind, "--path", str(path)]
        if case.kind == "pack":
            probe = folder / "probe.txt"
            probe.write_text(pack_probe_text(n), "utf-8")
            command += ["--probe", str(probe)]
        size = n if case.kind != "check" else input_bytes(path)
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            return {"n": n, "size": size, "error": f"timed out after {TIMEOUT_S} s"}
        if done.returncode != 0:
            return {"n": n, "size": size, "error": done.stderr.strip().splitlines()[-1:]}
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        result.update(n=n, size=size, net_mb=max(0.0, result["peak_mb"] - result["base_mb"]))
        return result


def growth(case: Case, small: dict[str, Any], large: dict[str, Any]) -> dict[str, Any]:
    if "error" in small or "error" in large:
        return {"verdict": "ERROR"}
    if case.kind == "refuse":
        ratio = large["seconds"] / max(small["seconds"], 1e-3)
        refused = "ACCEPTED" not in small["message"] + large["message"]
        verdict = "refused" if refused and large["seconds"] < 1.0 else "NOT REFUSED QUICKLY"
        return {"size": 10 ** (large["n"] - small["n"]), "time": ratio, "memory": None, "verdict": verdict}
    size = large["size"] / small["size"]
    time_ratio = large["seconds"] / max(small["seconds"], 1e-3)
    memory = large["net_mb"] / small["net_mb"] if small["net_mb"] >= 5 else None
    if large["seconds"] < FAST_S:
        verdict = "fast"
    elif time_ratio <= size * NOISE:
        verdict = "linear"
    else:
        verdict = "SUPERLINEAR"
    if memory is not None and memory > size * NOISE and large["net_mb"] > 50:
        verdict += ", MEMORY SUPERLINEAR"
    return {"size": size, "time": time_ratio, "memory": memory, "verdict": verdict}


def _figures(result: dict[str, Any]) -> str:
    if "error" in result:
        return f"error: {result['error']}"
    text = f"{result['seconds']:.2f} s, {result['net_mb']:.0f} MB"
    if "lint_seconds" in result:
        text += f" (lint 100 KB: {result['lint_seconds']:.2f} s, {result['findings']} findings)"
    if "output_bytes" in result:
        text += f", report {result['output_bytes'] / 1e6:.2f} MB"
    return text


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}×"


def render(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| case | small | large | size × | time × | memory × | verdict |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        small, large, grown = row["small"], row["large"], row["growth"]
        unit = row["unit"]
        lines.append(
            f"| {row['title']} | {small['n']:,} {unit}: {_figures(small)} | {large['n']:,} {unit}: {_figures(large)} "
            f"| {_ratio(grown.get('size'))} | {_ratio(grown.get('time'))} | {_ratio(grown.get('memory'))} "
            f"| {grown['verdict']} |"
        )
    for row in rows:
        if "message" in row["large"]:
            lines.append(f"\n{row['title']}: {row['large']['message']}")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="inputs a quarter the size")
    parser.add_argument("--only", action="append", default=[], metavar="NAME", help="run only these cases")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--json", type=Path, default=None, help="also write every figure to this JSON file")
    parser.add_argument("--worker", choices=["check", "pack", "refuse"], help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        worker_main(args.worker, args.path, args.probe)
        return 0
    selected = [case for case in cases() if not args.only or case.name in args.only]
    if args.list:
        print("\n".join(f"{case.name}: {case.title}" for case in selected))
        return 0
    rows = []
    for case in selected:
        sizes = case.sizes
        if args.quick and case.kind != "refuse":
            sizes = (max(1, sizes[0] // 4), max(1, sizes[1] // 4))
        print(f"{case.name}: {sizes[0]:,} and {sizes[1]:,} {case.unit}", file=sys.stderr, flush=True)
        small, large = measure(case, sizes[0]), measure(case, sizes[1])
        rows.append(
            {"name": case.name, "title": case.title, "unit": case.unit, "small": small, "large": large,
             "growth": growth(case, small, large)}
        )  # fmt: skip
        print(f"  {_figures(small)} | {_figures(large)} | {rows[-1]['growth']['verdict']}", file=sys.stderr, flush=True)
    print(render(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
