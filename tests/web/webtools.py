"""Helpers for the web tests: the app in process (Starlette's test client) and ``langcheck serve`` as a process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from fastapi.testclient import TestClient

from langcheck.api import EngineOptions, RunSettings
from langcheck.web.app import create_app
from langcheck.web.service import Workbench
from langcheck.web.settings import ServeSettings

ROOT = Path(__file__).resolve().parents[2]
BLANK = RunSettings(engine=EngineOptions(model="blank"))


def make_client(workbench: Workbench, **settings: object) -> TestClient:
    serve = ServeSettings(run=workbench.settings, open_browser=False, **settings)  # type: ignore[arg-type]
    return TestClient(create_app(workbench, serve), base_url="http://127.0.0.1:8750")


@dataclass
class Server:
    url: str
    process: subprocess.Popen[str]

    def stop(self) -> tuple[int, str]:
        """Interrupt the server as Ctrl+C does; its exit status and what it wrote on stderr."""
        self.process.send_signal(2)
        try:
            _, err = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
        return self.process.returncode, err


def start_server(*args: str, cwd: Path | None = None) -> Server:
    """``langcheck serve`` on 127.0.0.1 and a free port, as a user starts it; returns once it answers."""
    command = [sys.executable, "-m", "langcheck", "serve", "--no-browser", "--port", "0", "--model", "blank", *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    deadline = time.monotonic() + 120
    line = ""
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line or process.poll() is not None:
            break
    found = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
    if not found:
        process.kill()
        _, err = process.communicate()
        raise AssertionError(f"langcheck serve did not start: {line!r} {err}")
    return Server(found.group(1), process)
