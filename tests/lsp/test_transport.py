"""Messages over the size limit are read in pieces, forgotten, and replaced by a stand-in the server answers."""

from __future__ import annotations

import io
import json

from langcheck.lsp.transport import TOO_LARGE_METHOD, BoundedReader


def _framed(*messages: dict) -> bytes:
    out = b""
    for message in messages:
        body = json.dumps(message).encode()
        out += b"Content-Length: %d\r\n\r\n" % len(body) + body
    return out


def _read_all(reader: BoundedReader) -> list[dict]:
    """Read messages as pygls does: headers to a blank line, then exactly Content-Length bytes."""
    found = []
    while True:
        length = 0
        while True:
            line = reader.readline()
            if not line:
                return found
            if line.startswith(b"Content-Length: "):
                length = int(line.split(b": ")[1])
            elif line == b"\r\n":
                break
        body = reader.read(length)
        assert len(body) == length
        found.append(json.loads(body))


def test_messages_within_the_limit_pass_untouched() -> None:
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}},
        {"jsonrpc": "2.0", "method": "initialized"},
    ]
    assert _read_all(BoundedReader(io.BytesIO(_framed(*messages)), limit=1000)) == messages


def test_an_oversized_notification_becomes_a_stand_in_and_the_stream_stays_in_step() -> None:
    huge = {
        "params": {
            "textDocument": {"uri": "file:///notes.md", "languageId": "markdown", "version": 3, "text": "x" * 50_000}
        },
        "method": "textDocument/didOpen",
        "jsonrpc": "2.0",
    }  # the order pygls's client writes: params first
    after = {"jsonrpc": "2.0", "method": "initialized", "params": {}}
    stand_in, following = _read_all(BoundedReader(io.BytesIO(_framed(huge, after)), limit=10_000))
    assert stand_in["method"] == TOO_LARGE_METHOD and "id" not in stand_in
    assert stand_in["params"] == {
        "bytes": len(json.dumps(huge)),
        "limit": 10_000,
        "method": "textDocument/didOpen",
        "request": False,
        "uri": "file:///notes.md",
        "languageId": "markdown",
        "version": 3,
    }
    assert following == after


def test_an_oversized_request_keeps_its_id_so_that_it_can_be_answered() -> None:
    request = {"jsonrpc": "2.0", "id": "req-7", "method": "textDocument/codeAction", "params": {"filler": "y" * 50_000}}
    (stand_in,) = _read_all(BoundedReader(io.BytesIO(_framed(request)), limit=10_000))
    assert stand_in["id"] == "req-7"
    assert stand_in["params"]["request"] is True and stand_in["params"]["method"] == "textDocument/codeAction"
