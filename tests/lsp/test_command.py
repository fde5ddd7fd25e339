"""``langcheck lsp`` as a command: its options, TCP on the loopback interface, and a clear error without the extra."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from .support import BLANK_CONFIG, SERVER, diagnostics_for, make_client, open_document

ROOT = Path(__file__).resolve().parents[2]


def test_help_lists_the_options() -> None:
    done = subprocess.run([*SERVER, "--help"], capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0
    for option in ("--tcp", "--host", "--port", "--max-document-size", "--max-message-size", "--log-file"):
        assert option in done.stdout
    assert "127.0.0.1" in done.stdout


def test_without_the_extra_the_command_says_what_to_install() -> None:
    code = "import sys; sys.modules['pygls'] = None; sys.argv = ['langcheck', 'lsp']; from langcheck.cli.entry import run; run()"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60, cwd=ROOT
    )
    assert done.returncode == 2
    assert (
        done.stderr.strip()
        == "langcheck: error: the language server needs the 'lsp' extra: pip install 'langcheck[lsp]'"
    )


@pytest.mark.asyncio
async def test_tcp_listens_on_the_loopback_interface_by_default(tmp_path: Path) -> None:
    (tmp_path / ".langcheck.yaml").write_text(BLANK_CONFIG, encoding="utf-8")
    server = await asyncio.create_subprocess_exec(
        *SERVER, "--tcp", "--port", "0", cwd=tmp_path, stderr=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL
    )
    client: LanguageClient | None = None
    try:
        assert server.stderr is not None
        announced = (await asyncio.wait_for(server.stderr.readline(), 60)).decode()
        found = re.fullmatch(r"langcheck language server listening on (127\.0\.0\.1):(\d+)\n", announced)
        assert found, announced
        client = make_client()
        await client.start_tcp(found.group(1), int(found.group(2)))
        await client.initialize_session(
            types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=tmp_path.as_uri())
        )
        uri = open_document(client, tmp_path / "notes.md", "He committed suicide.\n")
        assert [d.code for d in await diagnostics_for(client, uri, version=1)] == ["suicide/committed-suicide"]
        await client.shutdown_session()
        assert await asyncio.wait_for(server.wait(), 60) == 0
    finally:
        if client is not None:
            await client.stop()
        if server.returncode is None:
            server.kill()
            await server.wait()
