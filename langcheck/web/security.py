"""Headers that keep the page to itself, and a Host check that keeps other web sites out.

The Content-Security-Policy allows scripts, styles, images and fetches from
this server only, no inline code, no frames, no form posts and no ``<base>``:
the page works offline and injected markup cannot run. On loopback, requests
must name a loopback host, so a web site that points its own name at
127.0.0.1 (DNS rebinding) cannot use the server from a visitor's browser.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from langcheck.web.asgi import send_json
from langcheck.web.settings import is_loopback

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; manifest-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    (b"cache-control", b"no-store"),
)
"""``no-store``: the browser keeps no copy of a document or a report on disk either."""


def host_of(header: str) -> str:
    """The host name of a Host header, without the port (``[::1]:8750`` gives ``::1``)."""
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class SecurityHeaders:
    def __init__(self, app: ASGIApp, loopback_only: bool) -> None:
        self.app = app
        self.loopback_only = loopback_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
        if self.loopback_only and not is_loopback(host_of(host)):
            await _refuse_host(send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in HEADERS if h[0] not in present)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _refuse_host(send: Send) -> None:
    await send_json(send, 421, {"error": "This server answers only to requests for 127.0.0.1 or localhost."}, HEADERS)
