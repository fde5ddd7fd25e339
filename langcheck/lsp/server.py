"""The language server: open documents linted as the writer types, with quick fixes and hovers.

Life of a document: ``didOpen`` and ``didSave`` lint it at once; each
``didChange`` (re)starts a short timer, and the document is linted when the
writer pauses, so a burst of keystrokes costs one lint. Lints run one at a
time on a worker thread, so the server keeps reading messages (and
cancelling timers) while it lints, and the engine, whose spaCy pipeline is
built once and reused, is only ever used from that thread. Diagnostics are
published for the version that was linted, and only if it is still the
latest; a code action or hover on a newer version lints that version first.

The editor sends whole documents on each change (``TextDocumentSyncKind.Full``):
the server then never applies edits itself, so it cannot drift from the
editor's text, and positions are computed by langcheck, which counts lines
as the protocol does (``\\n``, ``\\r\\n``, ``\\r``), in the agreed encoding.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import inspect
import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.exceptions import JsonRpcInvalidRequest
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from langcheck import __version__
from langcheck.api import check_source, fix_source, format_for_path
from langcheck.core.errors import LangcheckError
from langcheck.lsp import actions, diagnostics
from langcheck.lsp.configuration import Configurations, Scope
from langcheck.lsp.hover import hover_for
from langcheck.lsp.snapshot import Snapshot
from langcheck.lsp.transport import MAX_MESSAGE_BYTES, TOO_LARGE_METHOD

logger = logging.getLogger(__name__)

MAX_DOCUMENT_CHARS = 1_000_000
"""Longer documents are not linted as the writer types: about 150,000 words, a long book."""
DEBOUNCE_SECONDS = 0.2
POLL_SECONDS = 2.0
"""How often config files and packs are checked for changes when the editor does not report changed files."""
CONFIG_FILES = ("**/.langcheck.yaml", "**/.langcheck.yml", "**/pyproject.toml", "**/*.yaml", "**/*.yml")
"""Watched for changes: config files, and custom packs wherever they are in the workspace."""
TOO_LARGE = "langcheck/document-too-large"
CONFIG_PROBLEM = "langcheck/config"
_FORMATS = {
    "markdown": "markdown",
    "html": "html",
    "plaintext": "text",
    "text": "text",
    "mdx": "mdx",
    "restructuredtext": "rst",
    "rst": "rst",
}
_WATCH_ID = "langcheck-config-files"


@dataclass(frozen=True)
class ServerOptions:
    max_document_chars: int = MAX_DOCUMENT_CHARS
    max_message_bytes: int = MAX_MESSAGE_BYTES
    debounce: float = DEBOUNCE_SECONDS
    poll: float = POLL_SECONDS


@dataclass(frozen=True)
class _Job:
    """A document as it was when a lint was asked for: everything the worker thread needs."""

    uri: str
    version: int | None
    text: str
    language_id: str
    path: Path | None
    workspace: Path | None
    encoding: str
    oversized: int | None


class LangcheckServer(LanguageServer):
    def __init__(self, options: ServerOptions | None = None) -> None:
        super().__init__("langcheck", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.options = options or ServerOptions()
        self.configurations = Configurations()
        self.snapshots: dict[str, Snapshot] = {}
        self._open: set[str] = set()
        self._pending: dict[str, asyncio.Task[None]] = {}
        self._oversized: dict[str, int] = {}
        self._told: set[tuple[str, str]] = set()
        self._problems: dict[str | None, tuple[str, str | None]] = {}
        self._settled: set[int] = set()
        self._linter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="langcheck-lint")
        self._poller: asyncio.Task[None] | None = None
        self._register()

    # -- features ----------------------------------------------------------------------------------

    def _register(self) -> None:
        def feature(method: str, options: Any = None):  # type: ignore[no-untyped-def]
            return lambda handler: self.feature(method, options)(_as_function(handler))

        feature(types.INITIALIZED)(self._initialized)
        feature(types.TEXT_DOCUMENT_DID_OPEN)(self._did_open)
        feature(types.TEXT_DOCUMENT_DID_CHANGE)(self._did_change)
        feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))(self._did_save)
        feature(types.TEXT_DOCUMENT_DID_CLOSE)(self._did_close)
        feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)(self._files_changed)
        feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)(self._settings_changed)
        options = types.CodeActionOptions(code_action_kinds=actions.KINDS, resolve_provider=True)
        feature(types.TEXT_DOCUMENT_CODE_ACTION, options)(self._code_action)
        feature(types.CODE_ACTION_RESOLVE)(self._resolve_code_action)
        feature(types.TEXT_DOCUMENT_HOVER)(self._hover)
        feature(TOO_LARGE_METHOD)(self._message_too_large)

    async def _initialized(self, params: types.InitializedParams) -> None:
        if get_capability(self.client_capabilities, "workspace.did_change_watched_files.dynamic_registration", False):
            watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in CONFIG_FILES]
            registration = types.Registration(
                id=_WATCH_ID,
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            )
            await self.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
        else:
            self._poller = asyncio.get_running_loop().create_task(self._poll_configurations())
        # Build the pipeline and compile the rules while the editor is still opening its first document.
        root = self._workspace_folder(None)
        with contextlib.suppress(LangcheckError):  # reported when a document is linted with that configuration
            await self._in_linter(lambda: self.configurations.scope_for(None, root).engine.warm())

    async def _did_open(self, params: types.DidOpenTextDocumentParams) -> None:
        uri = params.text_document.uri
        self._open.add(uri)
        self._oversized.pop(uri, None)
        await self._lint_now(uri)

    def _did_change(self, params: types.DidChangeTextDocumentParams) -> None:
        self._oversized.pop(params.text_document.uri, None)
        self._schedule(params.text_document.uri, self.options.debounce)

    async def _did_save(self, params: types.DidSaveTextDocumentParams) -> None:
        await self._lint_now(params.text_document.uri)

    def _did_close(self, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        self._cancel(uri)
        self._open.discard(uri)
        self._oversized.pop(uri, None)
        self.snapshots.pop(uri, None)
        self._publish(uri, [], None)

    def _files_changed(self, params: types.DidChangeWatchedFilesParams) -> None:
        self._relint_all()

    def _settings_changed(self, params: types.DidChangeConfigurationParams) -> None:
        self._relint_all()

    async def _code_action(self, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        snapshot = await self._current(params.text_document.uri)
        if snapshot is None or snapshot.scope is None:
            return None
        only = params.context.only
        start, end = diagnostics.to_offsets(snapshot.lines, params.range, snapshot.encoding)
        versioned = self._versioned_edits()
        found: list[types.CodeAction] = []
        if actions.wanted(types.CodeActionKind.QuickFix, only):
            for finding in snapshot.findings_between(start, end):
                found += actions.quick_fixes(snapshot, finding, versioned)
        if actions.wanted(actions.FIX_ALL, only) and snapshot.rewritable:
            fixed = None if self._resolves_edits() else await self._fixed_text(snapshot)
            found.append(actions.fix_all_action(snapshot, fixed, versioned))
        return found or None

    async def _resolve_code_action(self, action: types.CodeAction) -> types.CodeAction:
        data = action.data if isinstance(action.data, dict) else {}
        snapshot = await self._current(str(data.get("uri", "")))
        if action.kind == actions.FIX_ALL and snapshot is not None and snapshot.scope is not None:
            fixed = await self._fixed_text(snapshot)
            action.edit = actions.workspace_edit(snapshot, actions.text_edits(snapshot, fixed), self._versioned_edits())
        return action

    async def _hover(self, params: types.HoverParams) -> types.Hover | None:
        snapshot = await self._current(params.text_document.uri)
        if snapshot is None:
            return None
        position = params.position
        offset = snapshot.lines.offset_at(position.line, position.character, snapshot.encoding)
        under = [finding for finding in snapshot.findings if finding.start <= offset < finding.end]
        formats = get_capability(self.client_capabilities, "text_document.hover.content_format", None) or []
        return hover_for(snapshot, under, types.MarkupKind.Markdown in formats)

    def _message_too_large(self, params: Any) -> None:
        """A message over the size limit was dropped on the wire (see ``transport``); say so, and answer a request."""
        # pygls hands the params of a method it has no type for over as a named tuple.
        values = params._asdict() if hasattr(params, "_asdict") else dict(params) if isinstance(params, dict) else {}
        size, limit = int(values.get("bytes", 0)), int(values.get("limit", 0))
        method, uri = str(values.get("method", "")), str(values.get("uri", ""))
        what = f"{method} message" if method else "message"
        text = f"langcheck: a {what} of {size:,} bytes is over the limit of {limit:,} bytes and was not read."
        if uri and method in (types.TEXT_DOCUMENT_DID_OPEN, types.TEXT_DOCUMENT_DID_CHANGE):
            self._document_too_large(uri, values, size)
        else:
            self._tell(types.MessageType.Warning, text, key=("message", text))
        if values.get("request"):
            raise JsonRpcInvalidRequest(text)

    def _document_too_large(self, uri: str, values: dict[str, Any], size: int) -> None:
        if uri not in self._open:
            self._open.add(uri)
            item = types.TextDocumentItem(
                uri=uri,
                language_id=str(values.get("languageId") or "plaintext"),
                version=int(values.get("version") or 0),
                text="",
            )
            self.workspace.put_text_document(item)
        self._oversized[uri] = size
        self._schedule(uri, 0)

    # -- linting -------------------------------------------------------------------------------------

    def _schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, unless another change comes first (which starts the wait again)."""
        self._cancel(uri)
        self._pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    def _cancel(self, uri: str) -> None:
        task = self._pending.pop(uri, None)
        if task is not None:
            task.cancel()

    async def _lint_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        if self._pending.get(uri) is asyncio.current_task():
            del self._pending[uri]
        await self._lint_now(uri)

    async def _poll_configurations(self) -> None:
        """For an editor that does not report changed files: look at the config files and packs now and then."""
        while True:
            await asyncio.sleep(self.options.poll)
            if self._open and await self._in_linter(self.configurations.changed_on_disk):
                self._relint_all()

    def _relint_all(self) -> None:
        for uri in list(self._open):
            self._schedule(uri, self.options.debounce)

    async def _lint_now(self, uri: str) -> Snapshot | None:
        """Lint the document as it is now, publish its diagnostics if it has not changed meanwhile, and return them."""
        self._cancel(uri)  # a lint waiting for the writer to pause is not needed any more
        job = self._job(uri)
        if job is None:
            return None
        try:
            snapshot = await self._in_linter(lambda: self._with_diagnostics(self._lint(job)))
        except Exception:  # a bug must not take the server down with it; it is logged and the editor keeps working
            logger.exception("linting %s failed", uri)
            self._tell(
                types.MessageType.Error,
                f"langcheck: internal error while checking {uri}; see the server log.",
                ("bug", uri),
            )
            return None
        self._report(snapshot)
        current = self._job(uri)
        if current is not None and current.version == job.version and current.text == job.text:
            self.snapshots[uri] = snapshot
            self._publish(uri, snapshot.diagnostics, job.version)
        return snapshot

    async def _current(self, uri: str) -> Snapshot | None:
        """The snapshot of the document's current text, linting it first if needed."""
        job = self._job(uri)
        if job is None:
            return None
        snapshot = self.snapshots.get(uri)
        if snapshot is not None and snapshot.version == job.version and snapshot.text == job.text:
            return snapshot
        return await self._lint_now(uri)

    def _job(self, uri: str) -> _Job | None:
        if uri not in self._open:
            return None
        document = self.workspace.get_text_document(uri)
        path = to_fs_path(uri) if uri.startswith("file:") else None
        return _Job(
            uri=uri,
            version=document.version,
            text=document.source,
            language_id=document.language_id or "",
            path=Path(path) if path else None,
            workspace=self._workspace_folder(Path(path) if path else None),
            encoding=self._position_encoding(),
            oversized=self._oversized.get(uri),
        )

    @staticmethod
    def _with_diagnostics(snapshot: Snapshot) -> Snapshot:
        """The snapshot with its diagnostics worked out (on the worker thread: positions take time in a long document)."""
        snapshot.diagnostics  # noqa: B018 - computed and kept now
        return snapshot

    def _lint(self, job: _Job) -> Snapshot:
        """Runs on the worker thread."""
        fmt = _FORMATS.get(job.language_id) or format_for_path(str(job.path or job.uri))
        base = {"uri": job.uri, "version": job.version, "text": job.text, "format": fmt, "encoding": job.encoding}
        size = job.oversized or len(job.text)
        if job.oversized is not None or size > self.options.max_document_chars:
            return Snapshot(**base, notice=self._too_large_notice(job, size))
        scope = self.configurations.scope_for(job.path, job.workspace)
        where = {"problem": scope.problem, "config_path": scope.config_path}
        if scope.excludes(job.path):
            return Snapshot(**base, **where, excluded=True)
        display = scope.display_path(job.path, job.uri)
        try:
            result = check_source(job.text, display, fmt, engine=scope.engine, settings=scope.settings)
        except LangcheckError as problem:
            return Snapshot(**base, **{**where, "problem": problem})
        self._settle(scope)
        return Snapshot(**base, **where, path=display, findings=result.findings, scope=scope)

    def _settle(self, scope: Scope) -> None:
        """After an engine's first lint, keep what it built out of the garbage collector's way.

        The spaCy pipeline and the compiled rules are a large heap that lives as
        long as the server; every full collection would walk it, a pause of
        tens of milliseconds at random moments while the writer types.
        """
        if id(scope.engine) not in self._settled:
            self._settled.add(id(scope.engine))
            gc.freeze()

    def _too_large_notice(self, job: _Job, size: int) -> types.Diagnostic:
        unit = "bytes" if job.oversized is not None else "characters"
        limit = self.options.max_message_bytes if job.oversized is not None else self.options.max_document_chars
        name = str(job.path) if job.path else "FILE"
        message = (
            f"langcheck: this document has {size:,} {unit}, more than the {limit:,} checked while editing; "
            f"run `langcheck check {name}` to check it."
        )
        return diagnostics.notice(message, TOO_LARGE, types.DiagnosticSeverity.Warning)

    async def _fixed_text(self, snapshot: Snapshot) -> str:
        scope = snapshot.scope
        assert scope is not None
        outcome = await self._in_linter(
            lambda: fix_source(
                snapshot.text, snapshot.path, snapshot.format, engine=scope.engine, settings=scope.settings
            )
        )
        return outcome.text

    async def _in_linter(self, work):  # type: ignore[no-untyped-def]
        return await asyncio.get_running_loop().run_in_executor(self._linter, work)

    # -- talking to the editor -----------------------------------------------------------------------

    def _publish(self, uri: str, found: list[types.Diagnostic], version: int | None) -> None:
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=version)
        )

    def _report(self, snapshot: Snapshot) -> None:
        """Say what the diagnostics cannot: a document left unchecked, and config or pack problems."""
        if snapshot.notice is not None:
            self._tell(types.MessageType.Warning, snapshot.notice.message, ("too-large", snapshot.uri))
        if snapshot.excluded:
            text = f"langcheck: {snapshot.uri} is not checked: the configuration's exclude globs leave it out."
            self._tell(types.MessageType.Log, text, ("excluded", snapshot.uri))  # logged, not shown
        self._report_problem(snapshot)

    def _report_problem(self, snapshot: Snapshot) -> None:
        """Show a config or pack problem once, with a diagnostic in the file at fault; clear both once it is fixed."""
        key, problem = snapshot.config_path, snapshot.problem
        previous = self._problems.get(key)
        if problem is None:
            if previous is not None and snapshot.scope is not None:
                del self._problems[key]
                if previous[1]:
                    self._publish(previous[1], [], None)
                self._tell(types.MessageType.Info, "langcheck: the configuration works again.", None)
            return
        text = str(problem)
        if previous is not None and previous[0] == text:
            return
        if previous is not None and previous[1]:
            self._publish(previous[1], [], None)
        at_fault = _file_at_fault(problem)
        if at_fault is not None:
            self._publish(at_fault[0], [at_fault[1]], None)
        self._problems[key] = (text, at_fault[0] if at_fault else None)
        if snapshot.scope is None or snapshot.scope.problem is None:
            outcome = f"{snapshot.uri} is not checked until it is fixed."
        else:
            outcome = f"Checking with {snapshot.scope.stand_in} until it is fixed."
        self._tell(types.MessageType.Error, f"langcheck: {text}. {outcome}", None)

    def _tell(self, kind: types.MessageType, text: str, key: tuple[str, str] | None) -> None:
        """Show a message (once per ``key``, when given) and log it; a ``Log`` message is only logged."""
        if key is not None:
            if key in self._told:
                return
            self._told.add(key)
        if kind != types.MessageType.Log:
            self.window_show_message(types.ShowMessageParams(type=kind, message=text))
        self.window_log_message(types.LogMessageParams(type=kind, message=text))

    # -- what the editor supports ---------------------------------------------------------------------

    def _position_encoding(self) -> str:
        """The encoding agreed at initialisation (pygls picks the client's first choice that it supports)."""
        chosen = self.workspace.position_encoding or types.PositionEncodingKind.Utf16
        return str(getattr(chosen, "value", chosen))

    def _versioned_edits(self) -> bool:
        return bool(get_capability(self.client_capabilities, "workspace.workspace_edit.document_changes", False))

    def _resolves_edits(self) -> bool:
        support = get_capability(self.client_capabilities, "text_document.code_action.resolve_support", None)
        return support is not None and "edit" in support.properties

    def _workspace_folder(self, path: Path | None) -> Path | None:
        """The workspace folder holding ``path`` (the innermost), or the workspace root."""
        folders = [Path(p) for p in _folder_paths(self.workspace.folders.values()) if p]
        holding = [folder for folder in folders if path is not None and path.is_relative_to(folder)]
        if holding:
            return max(holding, key=lambda folder: len(folder.parts))
        root = self.workspace.root_path
        return Path(root) if root else (folders[0] if folders else None)


def _as_function(method: Any) -> Any:
    """A bound method as the plain function pygls registers (it marks handlers with attributes)."""
    if inspect.iscoroutinefunction(method):

        async def handle_async(params: Any) -> Any:
            return await method(params)

        return handle_async

    def handle(params: Any) -> Any:
        return method(params)

    return handle


def _folder_paths(folders: Iterable[types.WorkspaceFolder]) -> list[str | None]:
    return [to_fs_path(folder.uri) for folder in folders]


def _file_at_fault(problem: LangcheckError) -> tuple[str, types.Diagnostic] | None:
    """The config or pack file a problem is in, with a diagnostic on its line."""
    path = getattr(problem, "path", None)
    if not path or not Path(path).is_file():
        return None
    line = max(0, (getattr(problem, "line", None) or 1) - 1)
    key = getattr(problem, "key", "")
    message = (
        f"{getattr(problem, 'what', 'invalid file')}: {key + ': ' if key else ''}{getattr(problem, 'reason', problem)}"
    )
    where = types.Range(types.Position(line=line, character=0), types.Position(line=line + 1, character=0))
    diagnostic = types.Diagnostic(
        range=where,
        message=message,
        severity=types.DiagnosticSeverity.Error,
        code=CONFIG_PROBLEM,
        source=diagnostics.SOURCE,
    )
    uri = from_fs_path(str(Path(path).resolve()))
    return (uri, diagnostic) if uri else None
