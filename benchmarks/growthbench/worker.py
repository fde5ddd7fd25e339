"""One measurement, run in a fresh process so that its peak memory is its own.

The worker first warms up what every run pays once (importing spaCy,
building the blank pipeline, compiling the shipped rules), notes its peak
resident memory, then times the measured work as the command line does it
(``langcheck check PATH`` with the default text output, written to a file).
It prints one JSON object on standard output.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any


def peak_mb() -> float:
    """This process's peak resident set size; Linux reports KiB, macOS bytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _warm() -> float:
    from langcheck.api import Engine, EngineOptions, check_text

    engine = Engine(EngineOptions(model="blank"))
    engine.warm()
    check_text("He committed suicide. It was crazy.", "markdown", engine=engine)
    return peak_mb()


def measure_check(path: Path, output: Path) -> dict[str, Any]:
    """``langcheck check PATH --model blank --fail-on never`` with text output to a file."""
    from langcheck.api import EngineOptions, RunSettings
    from langcheck.cli.check import run_check

    base = _warm()
    settings = RunSettings(engine=EngineOptions(model="blank"), root=str(path.parent))
    start = time.perf_counter()
    status = run_check([str(path)], settings, "text", "never", False, str(output))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": peak_mb(), "base_mb": base, "status": status, "output_bytes": output.stat().st_size}


def measure_pack(pack: Path, probe: str) -> dict[str, Any]:
    """Loading and compiling a pack (validation cache off), then linting a fixed text with it."""
    from langcheck.api import Engine, EngineOptions, check_text

    base = _warm()
    start = time.perf_counter()
    engine = Engine(EngineOptions(packs=(str(pack),), builtin=False, model="blank"))
    engine.warm()
    compiled = time.perf_counter() - start
    start = time.perf_counter()
    findings = check_text(probe, "text", engine=engine)
    linted = time.perf_counter() - start
    return {
        "seconds": compiled,
        "lint_seconds": linted,
        "findings": len(findings),
        "peak_mb": peak_mb(),
        "base_mb": base,
    }


def measure_refusal(pack: Path) -> dict[str, Any]:
    """Loading a pack that must be refused: how long the refusal takes, and what it says."""
    from langcheck.api import Engine, EngineOptions
    from langcheck.core.errors import LangcheckError

    base = _warm()
    start = time.perf_counter()
    try:
        Engine(EngineOptions(packs=(str(pack),), builtin=False, model="blank"))
        message = "ACCEPTED (expected a refusal)"
    except LangcheckError as exc:
        message = str(exc).replace(str(pack), pack.name)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": peak_mb(), "base_mb": base, "message": message}


def main(kind: str, path: Path, probe: Path | None) -> None:
    os.environ["LANGCHECK_NO_CACHE"] = "1"  # a pack is validated as on its first use
    if kind == "check":
        result = measure_check(path, path.parent / "report.txt")
    elif kind == "pack":
        assert probe is not None
        result = measure_pack(path, probe.read_text("utf-8"))
    else:
        result = measure_refusal(path)
    print(json.dumps(result))
