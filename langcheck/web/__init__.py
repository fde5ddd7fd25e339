"""The local web page: ``langcheck serve`` opens a page where writers paste or open a draft and fix it.

A FastAPI app served by uvicorn (the ``web`` extra) over the same engine and
configuration as the command line, with a JSON API and its OpenAPI
documentation. It binds to loopback, limits request sizes, stores nothing,
logs only counts, sends a strict Content-Security-Policy and loads nothing
from outside the package. Like every front-end it builds on ``langcheck.api``.

This module imports neither FastAPI nor spaCy, so the command line can offer
``serve`` at no cost to its other commands.
"""

from __future__ import annotations

from langcheck.web.settings import ServeSettings, parse_size

__all__ = ["ServeSettings", "parse_size", "serve"]


def serve(settings: ServeSettings) -> None:
    """Build the engine, listen, open the browser unless told not to, and serve until interrupted."""
    from langcheck.web.dependencies import require_web_extra

    require_web_extra()
    from langcheck.web.server import run_server

    run_server(settings)
