"""The printed report: machine, inputs, throughput, ratios, cold start, --jobs, repository, targets and notes."""

from __future__ import annotations

from speedbench.results import Report
from speedbench.timing import RUN_BUDGET_S


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
    if report.repository:
        r = report.repository
        alex = f"{r.seconds_alex:.2f}s ({r.alex_messages} messages)" if r.seconds_alex else "-"
        lines += [
            "",
            f"Repository ({r.files} Markdown files, {r.words:,} words, --model blank, wall time with start-up, best of runs)",
            (
                f"  langcheck --jobs 1: {r.seconds_single:.2f}s   langcheck default: {r.seconds_default:.2f}s   "
                f"({r.findings} findings)   alex: {alex}"
            ),
        ]
    lines += ["", "Targets (2-core machine, default pipeline)", *target_lines(report)]
    if report.notes:
        lines += ["", "Notes", *[f"  - {note}" for note in report.notes]]
    return "\n".join(lines)
