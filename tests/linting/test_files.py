"""Linting many files: worker processes by default, the same results as one process."""

from __future__ import annotations

from pathlib import Path

from langcheck.linting.files import FILES_PER_WORKER, RunSettings, run, worker_count

TEXTS = [
    "He committed suicide last year.\n",
    "# Notes\n\nThe deploy was *crazy* and the plan is insane.\n",
    "A clean file about parsing.\n",
    "<p>She is so OCD about her desk.</p>\n",
]
SUFFIXES = [".txt", ".md", ".md", ".html"]


def write_files(folder: Path, count: int) -> None:
    for number in range(count):
        (folder / f"file-{number:02d}{SUFFIXES[number % 4]}").write_text(TEXTS[number % 4], "utf-8")


def test_worker_count_defaults_to_one_per_core_once_files_are_many() -> None:
    assert worker_count(0, 1) == 1
    assert worker_count(0, FILES_PER_WORKER - 1) == 1
    assert 1 <= worker_count(0, 10_000) <= 64
    assert worker_count(3, 1) == 3  # --jobs overrides


def test_default_workers_give_what_one_process_gives(tmp_path: Path, blank_engine) -> None:  # type: ignore[no-untyped-def]
    write_files(tmp_path, 24)
    progress: list[tuple[int, int]] = []
    serial = run([str(tmp_path)], RunSettings(jobs=1), blank_engine)
    default = run([str(tmp_path)], RunSettings(jobs=0), blank_engine, progress=lambda done, total: progress.append((done, total)))
    two = run([str(tmp_path)], RunSettings(jobs=2), blank_engine)
    assert sorted(serial, key=lambda r: r.path) == sorted(default, key=lambda r: r.path) == sorted(two, key=lambda r: r.path)
    assert sum(len(result.findings) for result in serial) >= 18
    assert progress == [(done, 24) for done in range(1, 25)]
