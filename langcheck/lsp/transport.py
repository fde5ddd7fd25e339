"""The wire: messages from the editor, each bounded in size, over stdio or a TCP port (loopback by default).

pygls reads a message by its ``Content-Length`` header and holds the whole
body in memory. A message over the limit (``MAX_MESSAGE_BYTES`` unless told)
is instead read in small pieces and forgotten, and pygls is handed a short
stand-in message (``langcheck/messageTooLarge``), so that the server can tell
the user what happened, and answer a request with an error instead of
leaving the editor waiting. Everything else about the wire is pygls's own.
"""

from __future__ import annotations

import json
import re
import socket
import sys
from collections.abc import Callable
from typing import Any, BinaryIO

MAX_MESSAGE_BYTES = 64 * 1024 * 1024
TOO_LARGE_METHOD = "langcheck/messageTooLarge"

_CONTENT_LENGTH = re.compile(rb"Content-Length: (\d+)\r\n")
# A message's own "id" and "method" come before or after its "params" (editors differ), never inside them.
_ID = re.compile(rb'"id"\s*:\s*(-?\d{1,20}|"(?:[^"\\]|\\.){0,200}")')
_METHOD = re.compile(rb'"method"\s*:\s*"([^"\\]{1,200})"')
# The document a didOpen or didChange was about: its keys come before its text in what editors send.
_DOCUMENT = {
    "uri": re.compile(rb'"uri"\s*:\s*("(?:[^"\\]|\\.){1,2000}")'),
    "languageId": re.compile(rb'"languageId"\s*:\s*("(?:[^"\\]|\\.){1,100}")'),
    "version": re.compile(rb'"version"\s*:\s*(\d{1,12})'),
}
_PEEK = 4096
_DRAIN_PIECE = 1024 * 1024
# The header is rewritten before the body is read, so every stand-in has this length; JSON allows the
# whitespace that pads it. What it repeats (id, method, document) is at most about 2,500 characters.
_STAND_IN_BYTES = 4096


class BoundedReader:
    """A blocking stream (stdin, a socket) as pygls reads it, with messages over ``limit`` bytes replaced."""

    def __init__(self, stream: BinaryIO, limit: int = MAX_MESSAGE_BYTES) -> None:
        self.stream = stream
        self.limit = limit
        self._oversized: int | None = None

    def readline(self) -> bytes:
        line = self.stream.readline()
        match = _CONTENT_LENGTH.fullmatch(line)
        if match is not None and int(match.group(1)) > self.limit:
            self._oversized = int(match.group(1))
            return b"Content-Length: %d\r\n" % _STAND_IN_BYTES
        return line

    def read(self, size: int) -> bytes:
        oversized, self._oversized = self._oversized, None
        if oversized is None:
            return self.stream.read(size)
        head = self.stream.read(min(oversized, _PEEK))
        tail = b""
        left = oversized - len(head)
        while left > 0:
            piece = self.stream.read(min(left, _DRAIN_PIECE))
            if not piece:
                break
            left -= len(piece)
            tail = (tail + piece)[-_PEEK:]
        return stand_in(head, tail, oversized, self.limit)


def stand_in(head: bytes, tail: bytes, size: int, limit: int) -> bytes:
    """What pygls reads instead of a message of ``size`` bytes with this ``head`` and ``tail``: a request if it was one.

    Its params say how large the message was, its method, and the document
    it was about, as far as the first and last bytes tell: the message's own
    keys come before its ``params`` or after them, and the document's come
    first in the params.
    """
    before_params = head.split(b'"params"', 1)[0]
    request = _ID.search(before_params) or _last(_ID, tail)
    method = _METHOD.search(before_params) or _last(_METHOD, tail)
    params: dict[str, Any] = {
        "bytes": size,
        "limit": limit,
        "method": method.group(1).decode("utf-8", "replace") if method else "",
        "request": request is not None,
    }
    for key, pattern in _DOCUMENT.items():
        found = pattern.search(head)
        if found is not None:
            params[key] = json.loads(found.group(1))
    message: dict[str, Any] = {"jsonrpc": "2.0", "method": TOO_LARGE_METHOD, "params": params}
    if request is not None:
        message["id"] = json.loads(request.group(1))
    return json.dumps(message).encode().ljust(_STAND_IN_BYTES)


def _last(pattern: re.Pattern[bytes], text: bytes) -> re.Match[bytes] | None:
    found = list(pattern.finditer(text))
    return found[-1] if found else None


def serve_stdio(server: Any, limit: int = MAX_MESSAGE_BYTES) -> None:
    """Serve the editor that started this process, on standard input and output."""
    server.start_io(BoundedReader(sys.stdin.buffer, limit), sys.stdout.buffer)


def serve_tcp(
    server: Any, host: str, port: int, limit: int = MAX_MESSAGE_BYTES, announce: Callable[[str], None] = print
) -> None:
    """Wait for one editor to connect to ``host:port``, serve it, and stop when it disconnects.

    One connection, as with pygls's own TCP server: the server's state (open
    documents, settings) belongs to one editor.
    """
    with socket.create_server((host, port)) as listener:
        address, bound = listener.getsockname()[:2]
        announce(f"langcheck language server listening on {address}:{bound}")
        connection, _ = listener.accept()
    with connection, connection.makefile("rb") as incoming, connection.makefile("wb") as outgoing:
        server.start_io(BoundedReader(incoming, limit), outgoing)
