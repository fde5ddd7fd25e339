"""The inputs every tool is given: a prose file and the labelled corpus repeated to the same size."""

from __future__ import annotations

import json
from pathlib import Path

from speedbench.results import Report

REPO = Path(__file__).resolve().parents[2]
DEFAULT_PROSE = REPO.parent / "shared" / "bench" / "prose-1mb.txt"
CORPUS = REPO / "tests" / "corpus"

DENSE_BYTES = 1_000_000
QUICK_BYTES = 250_000


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
