"""Pathological inputs: each lints or gives a clear per-file error, within stated bounds.

Bounds (on a 2-core machine, generous for slower CI hosts): every case here
finishes within 60 seconds and the process's peak memory stays under 1.5 GB.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

TIME_BOUND_S = 60
MEMORY_BOUND_KB = 1_500_000


def _run(tmp_path: Path, name: str, data: bytes, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    path = tmp_path / name
    path.write_bytes(data)
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "langcheck", "check", str(path), "--model", "blank", "--format", "json", *args],
        capture_output=True,
        text=True,
        timeout=TIME_BOUND_S * 2,
        check=False,
    )
    elapsed = time.perf_counter() - began
    assert elapsed < TIME_BOUND_S, f"{name}: {elapsed:.1f}s"
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < MEMORY_BOUND_KB
    assert "Traceback" not in result.stderr, result.stderr
    return result, elapsed


def _findings(result: subprocess.CompletedProcess[str]) -> list[dict]:
    return json.loads(result.stdout)["files"][0]["findings"]


def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    sentence = "The committee met on Tuesday to review the budget for the coming year and the plans. "
    line = (sentence * 1200 + "He committed suicide. ") * 100
    result, _ = _run(tmp_path, "long.txt", line.encode())
    assert len(line) > 10_000_000
    findings = _findings(result)
    assert len(findings) == 100
    assert all(f["line"] == 1 for f in findings)


def test_thousands_of_consecutive_findings(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, "dense.md", ("He committed suicide. " * 5000).encode())
    assert len(_findings(result)) == 5000


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("quotes.md", ("> " * 300 + "It was crazy.\n").encode()),
        ("lists.md", "".join("  " * i + "- item\n" for i in range(300)).encode() + b"crazy\n"),
        ("html.html", ("<div>" * 2000 + "It was crazy." + "</div>" * 2000).encode()),
        ("brackets.md", ("[" * 5000 + "crazy" + "]" * 5000).encode()),
    ],
)
def test_deep_nesting(tmp_path: Path, name: str, data: bytes) -> None:
    result, _ = _run(tmp_path, name, data, "--fail-on", "never")
    assert result.returncode == 0


def test_nul_bytes_are_skipped_as_binary(tmp_path: Path) -> None:
    result, _ = _run(tmp_path, "nul.txt", b"He committed suicide.\x00\x00 more")
    assert json.loads(result.stdout)["files"][0]["notice"] == "binary file skipped"
    assert result.returncode == 0


def test_invalid_utf8_in_the_middle_is_a_clear_error(tmp_path: Path) -> None:
    data = b"Fine text.\n" * 1000 + b"caf\xe9\n" + b"He committed suicide.\n"
    result, _ = _run(tmp_path, "bad.txt", data)
    assert result.returncode == 2
    assert "cannot decode as UTF-8 at byte 11003" in json.loads(result.stdout)["files"][0]["error"]


def test_mixed_line_endings_keep_positions(tmp_path: Path) -> None:
    data = b"one\r\ntwo\nthree\rHe committed suicide.\r\n"
    result, _ = _run(tmp_path, "mixed.txt", data)
    (finding,) = _findings(result)
    assert (finding["line"], finding["column"]) == (4, 4)


@pytest.mark.parametrize(("name", "data"), [("empty.md", b""), ("only-front-matter.md", b"---\ntitle: Hello\n---\n")])
def test_empty_and_front_matter_only(tmp_path: Path, name: str, data: bytes) -> None:
    result, _ = _run(tmp_path, name, data)
    assert result.returncode == 0
    assert _findings(result) == []
