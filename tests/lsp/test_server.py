"""The language server end to end: a real client drives ``langcheck lsp`` over stdio.

Open, edit, save and close documents; diagnostics with exact UTF-16 ranges;
quick fixes, "ignore here" and "apply all safe rewrites" applied and
checked by linting again; hovers; configuration read, changed and broken.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from lsprotocol import types

from .support import (
    BLANK_CONFIG,
    RecordingClient,
    apply_edits,
    change_document,
    diagnostics_for,
    open_document,
    text_at,
    wait_for,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")


def _codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    return [str(d.code) for d in diagnostics]


async def _actions(
    client: RecordingClient, uri: str, span: types.Range, only: list[str] | None = None
) -> list[types.CodeAction]:
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        range=span,
        context=types.CodeActionContext(diagnostics=[], only=only),
    )
    found = await client.text_document_code_action_async(params) or []
    assert all(isinstance(action, types.CodeAction) for action in found)
    return found  # type: ignore[return-value]


async def test_diagnostics_carry_rule_link_severity_and_exact_utf16_range(
    client: RecordingClient, folder: Path
) -> None:
    # Astral-plane characters (two UTF-16 units each) before the words, CRLF line ends, a heading above.
    text = "# Notes 😀\r\n\r\nHer cousin 😀😀 committed suicide. 𝒜 week so crazy.\r\n"
    uri = open_document(client, folder / "notes.md", text)
    found = await diagnostics_for(client, uri, version=1)
    assert _codes(found) == ["suicide/committed-suicide", "dismissive/crazy-insane"]
    suicide, crazy = found
    assert suicide.range == types.Range(types.Position(line=2, character=16), types.Position(line=2, character=33))
    assert [text_at(text, d.range) for d in found] == ["committed suicide", "crazy"]
    assert crazy.range.start.character == len("Her cousin 😀😀 committed suicide. 𝒜 week so ".encode("utf-16-le")) // 2
    assert suicide.severity == types.DiagnosticSeverity.Warning
    assert suicide.source == "langcheck"
    assert suicide.code_description is not None
    assert suicide.code_description.href == "https://mindframe.org.au/suicide/communicating-about-suicide/language"
    assert suicide.message == '"committed suicide" frames suicide as a crime or sin.'


async def test_only_the_protocols_line_breaks_count(client: RecordingClient, folder: Path) -> None:
    # U+2028, U+0085 and a form feed end lines for Python's str.splitlines, not for the protocol.
    text = "One\u2028two\x85three\x0cfour, and he committed suicide.\rNext line.\n"
    uri = open_document(client, folder / "separators.txt", text, language="plaintext")
    (found,) = await diagnostics_for(client, uri, version=1)
    assert found.range.start.line == 0 and text_at(text, found.range) == "committed suicide"
    assert found.range.start.character == text.index("committed")


async def test_plain_text_and_html_are_linted_as_their_formats(client: RecordingClient, folder: Path) -> None:
    html = "<p>He &amp; she said he <em>committed suicide</em>.</p>\n<pre>committed suicide</pre>\n"
    html_uri = open_document(client, folder / "page.html", html, language="html")
    found = await diagnostics_for(client, html_uri, version=1)
    assert _codes(found) == ["suicide/committed-suicide"]
    assert text_at(html, found[0].range) == "committed suicide"
    text = "He committed suicide.\n    committed suicide in an indented line is still prose\n"
    text_uri = open_document(client, folder / "notes.txt", text, language="plaintext")
    assert _codes(await diagnostics_for(client, text_uri, version=1)) == ["suicide/committed-suicide"] * 2


async def test_edits_are_debounced_and_the_latest_version_wins(client: RecordingClient, folder: Path) -> None:
    uri = open_document(client, folder / "draft.md", "A quiet start.\n")
    assert await diagnostics_for(client, uri, version=1) == []
    before = len(client.published)
    text = "A quiet start."
    for version in range(2, 8):  # typing: faster than the debounce delay
        text += " He committed suicide." if version == 7 else " More."
        change_document(client, uri, text, version)
    found = await diagnostics_for(client, uri, version=7, after=before)
    assert _codes(found) == ["suicide/committed-suicide"]
    await asyncio.sleep(0.5)
    burst = [params.version for params in client.published[before:] if params.uri == uri]
    assert burst == [7], "one lint for a burst of keystrokes, published for the latest version"


async def test_save_lints_at_once_and_close_clears(client: RecordingClient, folder: Path) -> None:
    uri = open_document(client, folder / "saved.md", "Fine.\n")
    await diagnostics_for(client, uri, version=1)
    before = len(client.published)
    change_document(client, uri, "He committed suicide.\n", 2)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert _codes(await diagnostics_for(client, uri, version=2, after=before)) == ["suicide/committed-suicide"]
    before = len(client.published)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert await diagnostics_for(client, uri, after=before) == []


async def test_a_quick_fix_rewrites_the_words_and_the_finding_goes(client: RecordingClient, folder: Path) -> None:
    text = "Intro 😀.\r\nHer cousin committed suicide last winter.\r\n"
    uri = open_document(client, folder / "fix.md", text)
    (finding,) = await diagnostics_for(client, uri, version=1)
    actions = await _actions(client, uri, finding.range, only=[types.CodeActionKind.QuickFix])
    titles = [action.title for action in actions]
    assert titles == [
        'Replace "committed suicide" with "died by suicide" (safe rewrite)',
        "Ignore suicide/committed-suicide here (suppression comment)",
    ]
    assert actions[0].is_preferred
    assert all(action.kind == types.CodeActionKind.QuickFix for action in actions)
    assert actions[0].diagnostics and actions[0].diagnostics[0].code == "suicide/committed-suicide"
    assert actions[0].edit is not None
    fixed = apply_edits(text, actions[0].edit, uri)
    assert fixed == "Intro 😀.\r\nHer cousin died by suicide last winter.\r\n"
    before = len(client.published)
    change_document(client, uri, fixed, 2)
    assert await diagnostics_for(client, uri, version=2, after=before) == []


async def test_a_quick_fix_replaces_the_construction_its_rewrite_was_fitted_to(
    client: RecordingClient, folder: Path
) -> None:
    """"drives me crazy" is flagged whole, but its rewrite replaces only "crazy": the quick fix edits just that word."""
    text = "Intro 😀.\nThis traffic drives me crazy.\n"
    uri = open_document(client, folder / "idiom.md", text)
    (finding,) = await diagnostics_for(client, uri, version=1)
    actions = await _actions(client, uri, finding.range, only=[types.CodeActionKind.QuickFix])
    assert actions[0].title == 'Replace "crazy" with "up the wall"'
    assert actions[0].edit is not None
    assert apply_edits(text, actions[0].edit, uri) == "Intro 😀.\nThis traffic drives me up the wall.\n"


async def test_ignore_here_inserts_the_suppression_comment(client: RecordingClient, folder: Path) -> None:
    text = "# Report\n\nThe week was crazy and the\nteam said he committed suicide.\n"
    uri = open_document(client, folder / "ignore.md", text)
    found = await diagnostics_for(client, uri, version=1)
    suicide = next(d for d in found if d.code == "suicide/committed-suicide")
    ignore = [a for a in await _actions(client, uri, suicide.range) if a.title.startswith("Ignore")]
    assert ignore and ignore[0].edit is not None
    suppressed = apply_edits(text, ignore[0].edit, uri)
    assert suppressed == (
        "# Report\n\nThe week was crazy and the <!-- langcheck-disable-next-line suicide/committed-suicide -->\n"
        "team said he committed suicide.\n"
    )
    before = len(client.published)
    change_document(client, uri, suppressed, 2)
    assert _codes(await diagnostics_for(client, uri, version=2, after=before)) == ["dismissive/crazy-insane"]


async def test_apply_all_safe_rewrites_leaves_quotations_and_judgement_calls(
    client: RecordingClient, folder: Path
) -> None:
    text = (
        "Her cousin committed suicide. Schizophrenics deserve care. The week was crazy.\n\n"
        '> "Her son committed suicide in the night," the 1923 court record says.\n\n'
        "Another man commits suicide every hour.\n"
    )
    uri = open_document(client, folder / "all.md", text)
    found = await diagnostics_for(client, uri, version=1)
    assert len(found) == 5
    actions = await _actions(client, uri, found[0].range, only=[types.CodeActionKind.SourceFixAll])
    assert [(a.title, a.kind) for a in actions] == [
        ("Apply all safe rewrites in this file (langcheck)", "source.fixAll.langcheck")
    ]
    assert actions[0].edit is None, "the edit is worked out when the action is chosen"
    resolved = await client.code_action_resolve_async(actions[0])
    assert resolved.edit is not None
    fixed = apply_edits(text, resolved.edit, uri)
    assert fixed == (
        "Her cousin died by suicide. People with schizophrenia deserve care. The week was crazy.\n\n"
        '> "Her son committed suicide in the night," the 1923 court record says.\n\n'
        "Another man dies by suicide every hour.\n"
    )
    edits = resolved.edit.document_changes[0].edits  # type: ignore[index, union-attr]
    assert len(edits) == 3 and all("\n" not in edit.new_text for edit in edits), "only the changed words are replaced"
    before = len(client.published)
    change_document(client, uri, fixed, 2)
    remaining = await diagnostics_for(client, uri, version=2, after=before)
    assert _codes(remaining) == ["dismissive/crazy-insane", "suicide/committed-suicide"]


async def test_a_quotation_says_so_is_information_and_is_never_rewritten(client: RecordingClient, folder: Path) -> None:
    text = '> "Her son committed suicide in the night," the 1923 court record says.\n'
    uri = open_document(client, folder / "quote.md", text)
    (quoted,) = await diagnostics_for(client, uri, version=1)
    assert quoted.severity == types.DiagnosticSeverity.Information
    assert "In a quotation" in quoted.message
    actions = await _actions(client, uri, quoted.range)
    assert [a.title for a in actions] == ["Ignore suicide/committed-suicide here (suppression comment)"]


async def test_hover_explains_the_rule_and_cites_its_sources(client: RecordingClient, folder: Path) -> None:
    text = "He said the 😀 weather was bipolar.\n"
    uri = open_document(client, folder / "hover.md", text)
    (finding,) = await diagnostics_for(client, uri, version=1)
    inside = types.Position(line=0, character=finding.range.start.character + 2)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=inside)
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.range == finding.range
    value = hover.contents.value
    assert str(finding.code) in value and "Sources:" in value and "https://" in value
    outside = types.Position(line=0, character=1)
    assert (
        await client.text_document_hover_async(
            types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=outside)
        )
        is None
    )


async def test_requests_on_a_newer_version_lint_it_first(client: RecordingClient, folder: Path) -> None:
    uri = open_document(client, folder / "fresh.md", "Nothing here.\n")
    await diagnostics_for(client, uri, version=1)
    change_document(client, uri, "Nothing here. He committed suicide.\n", 2)
    span = types.Range(types.Position(line=0, character=20), types.Position(line=0, character=20))
    actions = await _actions(client, uri, span, only=[types.CodeActionKind.QuickFix])  # before the debounce fires
    assert actions and actions[0].title.startswith('Replace "committed suicide"')


async def test_the_workspace_config_applies_and_is_read_again_when_it_changes(
    client: RecordingClient, folder: Path
) -> None:
    config = folder / ".langcheck.yaml"
    config.write_text(BLANK_CONFIG + "ignore: [dismissive]\n", encoding="utf-8")
    uri = open_document(client, folder / "configured.md", "He committed suicide. It was crazy.\n")
    assert _codes(await diagnostics_for(client, uri, version=1)) == ["suicide/committed-suicide"]
    before = len(client.published)
    config.write_text(BLANK_CONFIG + "ignore: [suicide]\nseverity: {dismissive: error}\n", encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    found = await diagnostics_for(client, uri, after=before)
    assert _codes(found) == ["dismissive/crazy-insane"]
    assert found[0].severity == types.DiagnosticSeverity.Error


async def test_pyproject_config_per_file_ignores_and_exclude(client: RecordingClient, folder: Path) -> None:
    (folder / "pyproject.toml").write_text(
        '[tool.langcheck]\nmodel = "blank"\nexclude = ["drafts/**"]\nper-file-ignores = {"history/*.md" = ["suicide"]}\n',
        encoding="utf-8",
    )
    for name in ("drafts", "history"):
        (folder / name).mkdir()
    text = "He committed suicide.\n"
    excluded = open_document(client, folder / "drafts" / "a.md", text)
    ignored = open_document(client, folder / "history" / "b.md", text)
    plain = open_document(client, folder / "c.md", text)
    assert await diagnostics_for(client, excluded, version=1) == []
    assert await diagnostics_for(client, ignored, version=1) == []
    assert _codes(await diagnostics_for(client, plain, version=1)) == ["suicide/committed-suicide"]


async def test_a_custom_pack_is_used_and_read_again_when_it_changes(client: RecordingClient, folder: Path) -> None:
    pack = folder / "house.yaml"
    pack.write_text(_pack("is a tabloid slur"), encoding="utf-8")
    (folder / ".langcheck.yaml").write_text(
        BLANK_CONFIG + "packs: [house.yaml]\nbuiltin-packs: false\n", encoding="utf-8"
    )
    uri = open_document(client, folder / "house.md", "The nutter next door shouted again.\n")
    (finding,) = await diagnostics_for(client, uri, version=1)
    assert finding.code == "house/nutter" and "tabloid slur" in finding.message
    before = len(client.published)
    pack.write_text(_pack("ties people to menace"), encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=pack.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    (finding,) = await diagnostics_for(client, uri, after=before)
    assert "ties people to menace" in finding.message


def _pack(message: str) -> str:
    return f"""schema: 1
pack: house
description: House rules.
rules:
  - id: nutter
    severity: warning
    patterns: [nutter]
    message: '"{{text}}" {message}.'
    explanation: Slang for people with mental illness.
    suggestions: [{{text: neighbour, safe: false}}]
    sources: [https://example.org/style]
    examples:
      flag: [The nutter next door shouted again.]
      pass: [She loves a Nutter Butter.]
"""


async def test_a_broken_config_is_shown_and_the_server_keeps_working(client: RecordingClient, folder: Path) -> None:
    config = folder / ".langcheck.yaml"
    config.write_text(BLANK_CONFIG + "ignore: [dismissive]\n", encoding="utf-8")
    uri = open_document(client, folder / "broken.md", "He committed suicide. It was crazy.\n")
    assert _codes(await diagnostics_for(client, uri, version=1)) == ["suicide/committed-suicide"]
    messages, before = len(client.messages), len(client.published)
    config.write_text(BLANK_CONFIG + "ignore: [dismissive]\nignroe: [suicide]\n", encoding="utf-8")
    change_document(client, uri, "He committed suicide. It was crazy. Really crazy.\n", 2)
    found = await diagnostics_for(client, uri, version=2, after=before)
    assert _codes(found) == ["suicide/committed-suicide"], "the last configuration that worked stays in force"
    shown = await wait_for(lambda: [m for m in client.messages[messages:] if m.type == types.MessageType.Error])
    assert "unknown key 'ignroe'" in shown[0].message and "did you mean 'ignore'" in shown[0].message
    assert ".langcheck.yaml:3" in shown[0].message and "last one that worked" in shown[0].message
    in_config = await wait_for(lambda: client.diagnostics.get(config.as_uri()))
    assert in_config[0].range.start.line == 2 and in_config[0].severity == types.DiagnosticSeverity.Error
    # Fixed: the problem goes away from the config file, and the new settings apply.
    before = len(client.published)
    config.write_text(BLANK_CONFIG + "ignore: [suicide]\n", encoding="utf-8")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={}))
    assert _codes(await diagnostics_for(client, uri, after=before)) == ["dismissive/crazy-insane"] * 2
    await wait_for(lambda: config.as_uri() in client.diagnostics and not client.diagnostics[config.as_uri()])


async def test_a_broken_pack_is_shown_not_crashed_on(client: RecordingClient, folder: Path) -> None:
    (folder / "bad.yaml").write_text("schema: 1\npack: bad\nrules: [{id: x}]\n", encoding="utf-8")
    (folder / ".langcheck.yaml").write_text(BLANK_CONFIG + "packs: [bad.yaml]\n", encoding="utf-8")
    messages = len(client.messages)
    uri = open_document(client, folder / "pack.md", "He committed suicide.\n")
    assert _codes(await diagnostics_for(client, uri, version=1)) == ["suicide/committed-suicide"], (
        "the defaults stand in"
    )
    shown = await wait_for(lambda: [m for m in client.messages[messages:] if m.type == types.MessageType.Error])
    assert (
        "bad.yaml" in shown[0].message
        and "invalid rule pack" in shown[0].message
        and "the defaults" in shown[0].message
    )


async def test_the_server_registers_for_config_changes(client: RecordingClient) -> None:
    watched = [r for r in client.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    assert watched, "clients that watch files are asked to report config and pack changes"
    globs = {watcher["globPattern"] for watcher in watched[0].register_options["watchers"]}  # type: ignore[index]
    assert {"**/.langcheck.yaml", "**/pyproject.toml", "**/*.yaml"} <= globs


async def test_without_file_watching_the_config_is_still_read_again(tmp_path: Path) -> None:
    """Neovim on Linux does not watch files for servers: the server looks at the config files itself."""
    from pytest_lsp import client_capabilities

    from .support import start, stop

    config = tmp_path / ".langcheck.yaml"
    config.write_text(BLANK_CONFIG, encoding="utf-8")
    client, result = await start(tmp_path, client_capabilities("neovim"))
    try:
        assert result.capabilities.position_encoding == "utf-8"
        text = "Café 😀, he committed suicide. It was crazy.\n"
        uri = open_document(client, tmp_path / "notes.md", text)
        found = await diagnostics_for(client, uri, version=1)
        assert [text_at(text, d.range, "utf-8") for d in found] == ["committed suicide", "crazy"]
        assert not client.registrations
        before = len(client.published)
        config.write_text(BLANK_CONFIG + "ignore: [suicide]\n", encoding="utf-8")
        assert _codes(await diagnostics_for(client, uri, after=before)) == ["dismissive/crazy-insane"]
    finally:
        await stop(client)
