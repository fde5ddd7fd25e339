"""``fix`` killed mid-run: every file is the old version or the new one, never a mix."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

OLD = "Notes.\n\n" + "Her cousin committed suicide last year, they said.\n" * 400
NEW = OLD.replace("committed suicide", "died by suicide")


def test_kill_during_fix_leaves_whole_files(tmp_path: Path) -> None:
    files = [tmp_path / f"post-{i:03d}.md" for i in range(150)]
    for path in files:
        path.write_text(OLD, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "langcheck", "fix", str(tmp_path), "--model", "blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and process.poll() is None:
            if any(path.read_text("utf-8") == NEW for path in files[:5]):
                break
            time.sleep(0.01)
        assert process.poll() is None, "fix finished before it could be interrupted"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
    contents = [path.read_text("utf-8") for path in files]
    assert all(text in (OLD, NEW) for text in contents)
    assert NEW in contents  # the run had started writing
    assert OLD in contents  # and was stopped before the end
