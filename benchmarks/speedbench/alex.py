"""alex, the tool langcheck is compared with: installed with npm into the git-ignored cache on first use."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from speedbench.inputs import REPO
from speedbench.results import Report

ALEX_DIR = REPO / "benchmarks" / ".cache" / "alex"
ALEX_SCRIPT = REPO / "benchmarks" / "alex_bench.mjs"
ALEX_REPO_SCRIPT = REPO / "benchmarks" / "alex_repo.mjs"
ALEX_VERSION = "alex@11"


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
