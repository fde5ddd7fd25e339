"""The figures one run produces; ``--json`` writes them as they are."""

from __future__ import annotations

from dataclasses import dataclass, field


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
class RepositoryRun:
    """Wall time over a whole repository of Markdown files: langcheck with one process and by default, and alex."""

    folder: str
    files: int
    words: int
    seconds_single: float
    seconds_default: float
    seconds_alex: float | None
    findings: int
    alex_messages: int | None


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
    repository: RepositoryRun | None = None
    ratios: dict[str, float] = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
