"""Huge documents and oversized messages, end to end: a clear message, bounded work, and a server that carries on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from lsprotocol import types

from .support import SERVER, RecordingClient, change_document, diagnostics_for, open_document, start, stop, wait_for

pytestmark = pytest.mark.asyncio(loop_scope="module")

_PROSE = "The committee met on Tuesday and agreed the budget for the new library wing. "


async def test_a_huge_document_is_not_linted_and_says_why(client: RecordingClient, folder: Path) -> None:
    text = _PROSE * 16_000 + "He committed suicide.\n"  # 1.2 million characters
    messages = len(client.messages)
    started = time.monotonic()
    uri = open_document(client, folder / "huge.md", text)
    (notice,) = await diagnostics_for(client, uri, version=1)
    assert time.monotonic() - started < 30
    assert notice.code == "langcheck/document-too-large"
    assert "1,232,022 characters" in notice.message and "1,000,000" in notice.message
    assert f"langcheck check {folder / 'huge.md'}" in notice.message
    shown = await wait_for(lambda: [m for m in client.messages[messages:] if m.type == types.MessageType.Warning])
    assert shown[0].message == notice.message
    # Cut below the limit, it is linted again.
    before = len(client.published)
    change_document(client, uri, _PROSE * 100 + "He committed suicide.\n", 2)
    assert [d.code for d in await diagnostics_for(client, uri, version=2, after=before)] == [
        "suicide/committed-suicide"
    ]


async def test_a_long_document_within_the_limit_is_linted_in_bounded_time(
    client: RecordingClient, folder: Path
) -> None:
    paragraph = _PROSE * 10 + "\n\n"
    text = paragraph * 600 + "He committed suicide.\n"  # about 470,000 characters, 78,000 words
    started = time.monotonic()
    uri = open_document(client, folder / "long.md", text)
    found = await diagnostics_for(client, uri, version=1)
    assert [d.code for d in found] == ["suicide/committed-suicide"]
    assert found[0].range.start.line == 1200
    assert time.monotonic() - started < 60


async def test_oversized_messages_are_dropped_and_answered(tmp_path: Path) -> None:
    (tmp_path / ".langcheck.yaml").write_text("model: blank\n", encoding="utf-8")
    command = [*SERVER, "--max-message-size", "65536", "--max-document-size", "20000"]
    client, _ = await start(tmp_path, command=command)
    try:
        # A document whose didOpen message is over the limit: it is never read, and the editor is told.
        big = _PROSE * 1000  # 77 KB
        uri = open_document(client, tmp_path / "big.md", big)
        (notice,) = await diagnostics_for(client, uri, version=1)
        assert (
            notice.code == "langcheck/document-too-large" and "bytes" in notice.message and "65,536" in notice.message
        )
        # A request over the limit gets an error instead of no answer.
        flood = [
            types.Diagnostic(
                range=types.Range(types.Position(line=0, character=0), types.Position(line=0, character=1)),
                message="x" * 100,
            )
        ] * 1000
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(types.Position(line=0, character=0), types.Position(line=0, character=0)),
            context=types.CodeActionContext(diagnostics=flood),
        )
        with pytest.raises(Exception, match="over the limit of 65,536 bytes"):
            await client.text_document_code_action_async(params)
        # The stream stayed in step: the same document, edited down to a normal size, is linted.
        before = len(client.published)
        change_document(client, uri, "He committed suicide.\n", 2)
        assert [d.code for d in await diagnostics_for(client, uri, version=2, after=before)] == [
            "suicide/committed-suicide"
        ]
        # Under the message limit but over the document limit: not linted, and said so in characters.
        middle = open_document(client, tmp_path / "middle.md", _PROSE * 300)
        (notice,) = await diagnostics_for(client, middle, version=1)
        assert "23,100 characters" in notice.message and "20,000" in notice.message
    finally:
        await stop(client)
