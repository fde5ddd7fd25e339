"""``langcheck serve``: options reach the server, start-up errors are clear, and the real process serves and stops."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from click.testing import CliRunner

from langcheck.cli import main

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install '.[web]'")


@pytest.fixture
def captured(monkeypatch):  # type: ignore[no-untyped-def]
    """The settings ``serve`` would start the server with."""
    import langcheck.web

    seen = []
    monkeypatch.setattr(langcheck.web, "serve", seen.append)
    return seen


def test_options_and_configuration_reach_the_server(tmp_path, captured) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / ".langcheck.yaml"
    config.write_text(
        "packs: [house.yaml]\nprofile: person-first\nignore: [dismissive]\nper-file-ignores: {'old/*.md': [suicide]}\n",
        encoding="utf-8",
    )
    args = ["serve", "--config", str(config), "--port", "0", "--no-browser", "--max-size", "500KB", "--model", "blank"]
    result = CliRunner().invoke(main, [*args, "--select", "suicide", "--quotations", "flag"])
    assert result.exit_code == 0, result.output
    (settings,) = captured
    assert (settings.host, settings.port, settings.open_browser, settings.max_bytes) == ("127.0.0.1", 0, False, 500_000)
    engine = settings.run.engine
    assert engine.packs == (str((tmp_path / "house.yaml").resolve()),)
    assert (engine.select, engine.ignore, engine.profiles) == (("suicide",), ("dismissive",), ("person-first",))
    assert (engine.model, engine.quotations) == ("blank", "flag")
    assert settings.run.per_file_ignores == (("old/*.md", ("suicide",)),)
    assert settings.run.root == str(tmp_path)


def test_defaults_are_loopback_and_open_the_browser(captured) -> None:  # type: ignore[no-untyped-def]
    assert CliRunner().invoke(main, ["serve"]).exit_code == 0
    (settings,) = captured
    assert (settings.host, settings.port, settings.open_browser, settings.loopback) == ("127.0.0.1", 8750, True, True)


def test_a_bad_size_is_a_usage_error(captured) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["serve", "--max-size", "huge"])
    assert result.exit_code == 2
    assert "langcheck: error: invalid size 'huge': give bytes or a size such as 500KB or 2MB" in result.output
    assert not captured


def test_a_missing_extra_says_what_to_install(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "uvicorn" else real(name, *a))
    result = CliRunner().invoke(main, ["serve", "--no-browser"])
    assert result.exit_code == 2
    assert "'langcheck serve' needs the web extra (uvicorn missing): pip install 'langcheck[web]'" in result.output


def test_the_command_line_does_not_load_the_web_stack() -> None:
    code = "import sys, langcheck.cli.commands; print(sorted(m for m in sys.modules if m.startswith(('langcheck.web', 'fastapi', 'uvicorn'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "[]"


def test_the_browser_opens_once_the_server_answers(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import webbrowser

    from langcheck.web import server

    opened = []
    monkeypatch.setattr(webbrowser, "open", opened.append)

    class Started:
        started = True

    class Never:
        started = False

    server._when_ready(Started(), "http://127.0.0.1:1/", "ready", open_browser=True)  # type: ignore[arg-type]
    server._when_ready(Started(), "http://127.0.0.1:2/", "ready", open_browser=False)  # type: ignore[arg-type]
    server._when_ready(Never(), "http://127.0.0.1:3/", "ready", open_browser=True, timeout=0.1)  # type: ignore[arg-type]
    assert opened == ["http://127.0.0.1:1/"]


def test_a_busy_port_is_a_clear_error() -> None:
    from langcheck.core.errors import LangcheckError
    from langcheck.web.server import listen

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(LangcheckError) as caught:
            listen("127.0.0.1", port)
    assert str(caught.value) == (
        f"cannot listen on 127.0.0.1:{port}: Address already in use; choose another with --port (0 picks a free one)"
    )
