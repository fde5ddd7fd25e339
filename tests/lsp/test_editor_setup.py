"""The README's editor snippets, checked against the server they start.

Each snippet is read out of the README; the command it names is started
(the installed ``langcheck`` script), and a client announcing that editor's
capabilities (pytest-lsp's recordings of VS Code, Neovim 0.11 and Emacs 29;
Helix's from its source) opens a document for each language id the editor
sends for the file types the snippet lists. The server must lint each as
the right format, in the position encoding the editor prefers, and offer
the code action kinds the snippets rely on.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import client_capabilities

from .support import (
    BLANK_CONFIG,
    diagnostics_for,
    full_capabilities,
    helix_capabilities,
    open_document,
    start,
    stop,
    text_at,
)

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
SECTION = README.split("## Language server", 1)[1].split("\n## ", 1)[0]
FORMATS_OF_FILETYPES = {"markdown": "markdown", "plaintext": "text", "text": "text", "html": "html"}
# One document per format: code is skipped in Markdown and HTML, and is prose in plain text.
DOCUMENTS = {
    "markdown": ("notes.md", "Intro `committed suicide` 😀 and he committed suicide.\n", 1),
    "html": ("page.html", "<p>Intro <code>committed suicide</code> 😀 and he committed suicide.</p>\n", 1),
    "text": ("notes.txt", "Intro `committed suicide` 😀 and he committed suicide.\n", 2),
}


@dataclass(frozen=True)
class Editor:
    name: str
    command: list[str]
    language_ids: list[str]
    capabilities: types.ClientCapabilities
    encoding: str


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", SECTION, re.DOTALL)


def _vscode() -> Editor:
    (snippet,) = _blocks("jsonc")
    settings = json.loads(re.sub(r"^\s*//.*$", "", snippet, flags=re.MULTILINE))
    command = [settings["glspc.server.command"], *settings["glspc.server.commandArguments"]]
    return Editor("VS Code", command, settings["glspc.server.languageId"], full_capabilities(), "utf-16")


def _neovim() -> list[Editor]:
    editors = []
    for snippet in _blocks("lua"):
        command = re.findall(r'"([^"]+)"', re.search(r"cmd = \{(.*?)\}", snippet).group(1))  # type: ignore[union-attr]
        filetypes = re.findall(r'"([^"]+)"', re.search(r"filetypes = \{(.*?)\}", snippet).group(1))  # type: ignore[union-attr]
        editors.append(Editor("Neovim", command, filetypes, client_capabilities("neovim"), "utf-8"))
    return editors


def _helix() -> Editor:
    (snippet,) = _blocks("toml")
    config = tomllib.loads(snippet)
    server = config["language-server"]["langcheck"]
    languages = [
        language.get("language-id", language["name"])
        for language in config["language"]
        if "langcheck" in language["language-servers"]
    ]
    return Editor("Helix", [server["command"], *server["args"]], languages, helix_capabilities(), "utf-8")


def _emacs() -> Editor:
    (snippet,) = _blocks("elisp")
    command = re.findall(r'"([^"]+)"', re.search(r'\. \(("[^)]*)\)', snippet).group(1))  # type: ignore[union-attr]
    language_ids = sorted(set(re.findall(r':language-id "([^"]+)"', snippet)))
    return Editor("Emacs", command, language_ids, client_capabilities("emacs"), "utf-32")


EDITORS = [_vscode(), *_neovim(), _helix(), _emacs()]


def test_the_readme_has_a_snippet_for_each_editor() -> None:
    assert [editor.name for editor in EDITORS] == ["VS Code", "Neovim", "Neovim", "Helix", "Emacs"]
    for editor in EDITORS:
        assert editor.command == ["langcheck", "lsp"], editor.name
        assert {FORMATS_OF_FILETYPES[language] for language in editor.language_ids} == {"markdown", "text", "html"}, (
            editor.name
        )


def test_the_vscode_save_action_is_a_kind_the_server_offers() -> None:
    (snippet,) = _blocks("jsonc")
    settings = json.loads(re.sub(r"^\s*//.*$", "", snippet, flags=re.MULTILINE))
    assert list(settings["editor.codeActionsOnSave"]) == ["source.fixAll.langcheck"]


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("editor", EDITORS, ids=[f"{e.name}-{i}" for i, e in enumerate(EDITORS)])
async def test_the_snippet_starts_a_server_that_serves_that_editor(editor: Editor, tmp_path: Path) -> None:
    executable = shutil.which(
        editor.command[0], path=os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    )
    assert executable, f"{editor.command[0]!r} is not installed next to this Python"
    (tmp_path / ".langcheck.yaml").write_text(BLANK_CONFIG, encoding="utf-8")
    client, result = await start(tmp_path, editor.capabilities, command=[executable, *editor.command[1:]])
    try:
        capabilities = result.capabilities
        assert capabilities.position_encoding == editor.encoding
        sync = capabilities.text_document_sync
        assert (
            isinstance(sync, types.TextDocumentSyncOptions)
            and sync.open_close
            and sync.change == types.TextDocumentSyncKind.Full
        )
        assert sync.save, "saving lints at once"
        actions = capabilities.code_action_provider
        assert isinstance(actions, types.CodeActionOptions) and actions.resolve_provider
        assert set(actions.code_action_kinds or ()) == {"quickfix", "source.fixAll.langcheck"}
        assert capabilities.hover_provider
        for language in editor.language_ids:
            name, text, expected = DOCUMENTS[FORMATS_OF_FILETYPES[language]]
            uri = open_document(client, tmp_path / f"{language}-{name}", text, language=language)
            found = await diagnostics_for(client, uri, version=1)
            assert len(found) == expected, (editor.name, language)
            assert [text_at(text, d.range, editor.encoding) for d in found] == ["committed suicide"] * expected
            fixes = await client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=found[-1].range,
                    context=types.CodeActionContext(diagnostics=list(found)),
                )
            )
            kinds = {action.kind for action in fixes or [] if isinstance(action, types.CodeAction)}
            assert kinds == {"quickfix", "source.fixAll.langcheck"}, (editor.name, language)
    finally:
        await stop(client)
