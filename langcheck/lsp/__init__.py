"""The language server: langcheck in any editor that speaks the Language Server Protocol.

``langcheck lsp`` runs it on standard input and output (``--tcp`` to listen
on a port while debugging). It needs the optional ``lsp`` extra (pygls and
lsprotocol): ``pip install 'langcheck[lsp]'``.

``server`` holds the protocol side (documents, debouncing, publishing);
``configuration`` finds and re-reads each document's config; ``diagnostics``,
``actions`` and ``hover`` turn findings into what the editor shows;
``snapshot`` is one lint of one version of a document; ``transport`` bounds
the size of messages. Like every front-end it lints and fixes only through
``langcheck.api``.
"""

from __future__ import annotations

from langcheck.core.errors import LangcheckError

MISSING = "the language server needs the 'lsp' extra: pip install 'langcheck[lsp]'"


def serve(
    tcp: bool = False,
    host: str = "127.0.0.1",
    port: int = 2087,
    max_document_chars: int | None = None,
    max_message_bytes: int | None = None,
) -> None:
    """Run the server until the editor ends the session: on stdio, or for one TCP connection on ``host:port``."""
    import sys

    try:
        from langcheck.lsp.server import MAX_DOCUMENT_CHARS, LangcheckServer, ServerOptions
        from langcheck.lsp.transport import MAX_MESSAGE_BYTES, serve_stdio, serve_tcp
    except ImportError as missing:
        if (missing.name or "").split(".")[0] in ("pygls", "lsprotocol"):
            raise LangcheckError(MISSING) from None
        raise

    options = ServerOptions(
        max_document_chars=max_document_chars or MAX_DOCUMENT_CHARS,
        max_message_bytes=max_message_bytes or MAX_MESSAGE_BYTES,
    )
    server = LangcheckServer(options)
    if tcp:
        serve_tcp(server, host, port, options.max_message_bytes, lambda text: print(text, file=sys.stderr, flush=True))
    else:
        serve_stdio(server, options.max_message_bytes)
