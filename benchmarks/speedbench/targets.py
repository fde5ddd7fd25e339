"""Ratios between tools and the project's speed targets, judged on one run's figures."""

from __future__ import annotations

from speedbench.results import JobsScaling, Report, RepositoryRun, Target, Throughput
from speedbench.throughput import CEILING, LANGCHECK_BLANK, LANGCHECK_BLANK_NO_PREFILTER, LANGCHECK_TRAINED


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
            25,
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
    targets += repository_targets(report.repository)
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


def repository_targets(run: RepositoryRun | None) -> list[Target]:
    """langcheck over a whole repository: 20x alex with one process, 35x with its default parallelism."""
    alex = run.seconds_alex if run else None
    note = "" if alex else "repository or alex not measured"
    single = alex / run.seconds_single if run and alex else None
    default = alex / run.seconds_default if run and alex else None
    return [
        Target("repository: one process vs alex", single, 20, "x", True, note=note),
        Target("repository: default parallelism vs alex", default, 35, "x", True, note=note),
    ]
