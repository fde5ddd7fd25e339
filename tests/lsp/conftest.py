"""One language server per test module, started as an editor starts it, on a workspace with the blank pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server tests need the 'lsp' extra: pip install '.[lsp]'")
pytest.importorskip("pytest_lsp", reason="the language server tests need pytest-lsp (in the 'test' extra)")

import pytest_asyncio  # imported once the extra is known to be installed

from .support import BLANK_CONFIG, start, stop


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("workspace")
    (folder / ".langcheck.yaml").write_text(BLANK_CONFIG, encoding="utf-8")
    return folder


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def client(workspace: Path):  # type: ignore[no-untyped-def]
    client, result = await start(workspace)
    client.initialize_result = result  # type: ignore[attr-defined]
    yield client
    await stop(client)


@pytest.fixture
def folder(workspace: Path, request: pytest.FixtureRequest) -> Path:
    """A folder of the workspace for one test, with the workspace's config unless the test writes its own."""
    path = workspace / request.node.name.replace("[", "-").replace("]", "")
    path.mkdir()
    return path
