"""An answer sent straight from ASGI middleware, before the app sees the request."""

from __future__ import annotations

import json
from collections.abc import Iterable

from starlette.types import Send


async def send_json(send: Send, status: int, payload: object, headers: Iterable[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps(payload).encode()
    start = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *headers]
    await send({"type": "http.response.start", "status": status, "headers": start})
    await send({"type": "http.response.body", "body": body})
