"""How a scan takes a task's result: a result lost with its worker is waited for, not reported as unreadable."""

from __future__ import annotations

from typing import Any

from langcheck.dask.archive import Part
from langcheck.dask.scan import _rows

PART = Part("archive/part-4.jsonl", None, 1, 20)


class _LostThenRecomputed:
    """A future whose result was lost with its worker: its status says so until the scheduler has run it again.

    ``distributed`` reports such a future as not finished, with no exception; ``result()`` waits for the rerun.
    """

    status = "lost"

    def exception(self) -> None:
        return None

    def result(self) -> list[dict[str, Any]]:
        return [{"id": "doc-1", "error": None, "severity": "warning"}]


class _Raised:
    status = "error"

    def exception(self) -> Exception:
        return OSError("unexpected end of file")

    def result(self) -> list[dict[str, Any]]:
        raise OSError("unexpected end of file")


def test_a_result_lost_with_its_worker_is_waited_for() -> None:
    assert _rows(_LostThenRecomputed(), PART) == [{"id": "doc-1", "error": None, "severity": "warning"}]


def test_a_part_whose_task_raised_is_one_error_row_naming_it() -> None:
    (row,) = _rows(_Raised(), PART)
    assert row["id"] == "archive/part-4.jsonl"
    assert row["error"] == "cannot read: unexpected end of file"
