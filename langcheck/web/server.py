"""Run the app under uvicorn: listen, say where, open the browser once the server answers, log only counts."""

from __future__ import annotations

import errno
import logging
import socket
import sys
import threading
import time
import webbrowser

import uvicorn

from langcheck.core.errors import LangcheckError
from langcheck.web.app import create_app
from langcheck.web.service import LOG, Workbench
from langcheck.web.settings import ServeSettings, describe_size


def listen(host: str, port: int) -> socket.socket:
    """A listening socket, bound before the server starts so that a busy port is a clear error, not a traceback."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as exc:
        raise LangcheckError(f"cannot listen on {host}: {exc.strerror}") from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        hint = "; choose another with --port (0 picks a free one)" if exc.errno == errno.EADDRINUSE else ""
        raise LangcheckError(f"cannot listen on {host}:{port}: {exc.strerror}{hint}") from None
    sock.set_inheritable(True)
    return sock


def page_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    if sock.family == socket.AF_INET6:
        host = f"[{host}]"
    return f"http://{host}:{port}/"


def run_server(settings: ServeSettings) -> None:
    _log_counts_to_stderr()
    workbench = Workbench(settings.run)
    workbench.warm()  # configuration and pack errors surface now, before anything listens
    app = create_app(workbench, settings)
    sock = listen(settings.host, settings.port)
    url = page_url(sock)
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,  # request lines name files and clients; only counts are logged
        server_header=False,
        lifespan="off",
        timeout_graceful_shutdown=5,
    )
    server = uvicorn.Server(config)
    if not settings.loopback:
        print(
            f"langcheck: warning: listening on {settings.host}, so other machines can reach this page; "
            "anyone who can reach it can use it",
            file=sys.stderr,
            flush=True,
        )
    announcement = f"langcheck: serving {url} (requests up to {describe_size(settings.max_bytes)}); Ctrl+C stops"
    threading.Thread(target=_when_ready, args=(server, url, announcement, settings.open_browser), daemon=True).start()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn shuts down on Ctrl+C, then raises it again for the caller: stopping is no error
        pass
    finally:
        sock.close()
        totals = ", ".join(f"{count} {name}" for name, count in sorted(workbench.counts.items())) or "no requests"
        LOG.info("stopped after %s", totals)


def _when_ready(server: uvicorn.Server, url: str, announcement: str, open_browser: bool, timeout: float = 60.0) -> None:
    """Say where the page is, and open it, only once the server answers."""
    deadline = time.monotonic() + timeout
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    if not server.started:
        return
    print(announcement, flush=True)
    if open_browser:
        webbrowser.open(url)


def _log_counts_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("langcheck: %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
    LOG.propagate = False
