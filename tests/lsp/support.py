"""What the language server tests share: a real client on the server's stdio, editors' capabilities, edits applied as an editor applies them.

The client is pytest-lsp's, driving ``python -m langcheck lsp`` (the same
process ``langcheck lsp`` starts) over standard input and output. Edits are
applied here with their own position arithmetic, written apart from the
server's, so that a wrong range shows up as wrong text.
"""

from __future__ import annotations

import asyncio
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER = [sys.executable, "-m", "langcheck", "lsp"]
BLANK_CONFIG = "model: blank\n"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class RecordingClient(LanguageClient):
    """pytest-lsp's client, also keeping every diagnostics notification and every shown message in order."""

    published: list[types.PublishDiagnosticsParams]
    registrations: list[types.Registration]


def make_client() -> RecordingClient:
    client = RecordingClient(converter_factory=default_converter)
    client.published = []
    client.registrations = []

    def publish(client: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)

    def register(client: RecordingClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    features = {
        **DEFAULT_CLIENT_FEATURES,
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
        types.CLIENT_REGISTER_CAPABILITY: register,
    }
    register_lsp_features(client, features)
    return client


def full_capabilities() -> types.ClientCapabilities:
    """A client like VS Code's: UTF-16 positions, Markdown hovers, resolvable code actions, versioned edits, file watching."""
    capabilities = client_capabilities("visual-studio-code")
    assert capabilities.workspace and capabilities.workspace.did_change_watched_files
    return capabilities


def helix_capabilities() -> types.ClientCapabilities:
    """What Helix announces (helix-lsp's ``Client::initialize``), as far as this server reads it."""
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(
            position_encodings=[
                types.PositionEncodingKind.Utf8,
                types.PositionEncodingKind.Utf32,
                types.PositionEncodingKind.Utf16,
            ]
        ),
        workspace=types.WorkspaceClientCapabilities(
            apply_edit=True,
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
            did_change_configuration=types.DidChangeConfigurationClientCapabilities(dynamic_registration=False),
        ),
        text_document=types.TextDocumentClientCapabilities(
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[
                            "",
                            "quickfix",
                            "refactor",
                            "refactor.extract",
                            "refactor.inline",
                            "refactor.rewrite",
                            "source",
                            "source.organizeImports",
                        ]
                    )
                ),
                is_preferred_support=True,
                data_support=True,
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit", "command"]),
            ),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
        ),
    )


async def start(
    folder: Path, capabilities: types.ClientCapabilities | None = None, command: Sequence[str] = SERVER
) -> tuple[RecordingClient, types.InitializeResult]:
    client = make_client()
    await client.start_io(*command)
    result = await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities or full_capabilities(),
            root_uri=folder.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=folder.as_uri(), name=folder.name)],
        )
    )
    return client, result


async def stop(client: LanguageClient) -> None:
    await client.shutdown_session()
    await client.stop()


def open_document(client: LanguageClient, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)
        )
    )
    return uri


def change_document(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def wait_for(condition: Callable[[], Any], timeout: float = 60.0, what: str = "the server") -> Any:
    """Poll until ``condition()`` is truthy (it returns the value), or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        await asyncio.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


async def diagnostics_for(
    client: RecordingClient, uri: str, version: int | None = None, after: int = 0
) -> list[types.Diagnostic]:
    """The first diagnostics published for ``uri`` (for ``version``, when given) after the first ``after`` notifications."""

    def found() -> types.PublishDiagnosticsParams | None:
        for params in client.published[after:]:
            if params.uri == uri and (version is None or params.version == version):
                return params
        return None

    params = await wait_for(found, what=f"diagnostics for {uri} (version {version})")
    return list(params.diagnostics)


def offset_of(text: str, position: types.Position, encoding: str = "utf-16") -> int:
    """An editor's position as a string index: lines end at \\n, \\r\\n or \\r; characters count in ``encoding`` units."""
    starts = [0] + [match.end() for match in _LINE_BREAK.finditer(text)]
    start = starts[position.line]
    line_end = _LINE_BREAK.search(text, start)
    line = text[start : line_end.start() if line_end else len(text)]
    width = 2 if encoding == "utf-16" else 1 if encoding == "utf-8" else 4
    codec = {"utf-16": "utf-16-le", "utf-8": "utf-8", "utf-32": "utf-32-le"}[encoding]
    encoded = line.encode(codec, "surrogatepass")
    return start + len(encoded[: position.character * width].decode(codec, "surrogatepass"))


def text_at(text: str, span: types.Range, encoding: str = "utf-16") -> str:
    return text[offset_of(text, span.start, encoding) : offset_of(text, span.end, encoding)]


def apply_edits(text: str, edit: types.WorkspaceEdit, uri: str, encoding: str = "utf-16") -> str:
    """A workspace edit applied to one document, as an editor applies it (all ranges refer to the text before it)."""
    edits: list[types.TextEdit] = []
    if edit.changes:
        edits += edit.changes.get(uri, [])
    for change in edit.document_changes or []:
        assert isinstance(change, types.TextDocumentEdit) and change.text_document.uri == uri
        edits += change.edits  # type: ignore[arg-type]
    placed = sorted(
        ((offset_of(text, e.range.start, encoding), offset_of(text, e.range.end, encoding), e.new_text) for e in edits),
        reverse=True,
    )
    for start, end, new_text in placed:
        text = text[:start] + new_text + text[end:]
    return text
