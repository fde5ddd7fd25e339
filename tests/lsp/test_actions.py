"""The pieces of code actions that need no server: which kinds were asked for, and small edits from a fixed text."""

from __future__ import annotations

from langcheck.lsp.actions import FIX_ALL, _changes, wanted


def _apply(text: str, changes: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(changes, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def test_edits_replace_only_the_changed_words() -> None:
    old = "Her cousin committed suicide. Schizophrenics deserve care.\r\n\r\nAnother man commits suicide.\n"
    new = "Her cousin died by suicide. People with schizophrenia deserve care.\r\n\r\nAnother man dies by suicide.\n"
    changes = _changes(old, new)
    assert [old[start:end] for start, end, _ in changes] == ["committed", "Schizophrenics", "commits"]
    assert [replacement for _, _, replacement in changes] == ["died by", "People with schizophrenia", "dies by"]
    assert _apply(old, changes) == new


def test_edits_cope_with_added_and_removed_lines() -> None:
    old = "one\ntwo\nthree\n"
    for new in ("one\nthree\n", "zero\none\ntwo\nthree\nfour\n", "", "one\ntwo\nthree"):
        assert _apply(old, _changes(old, new)) == new


def test_kinds_asked_for() -> None:
    assert wanted("quickfix", None) and wanted(FIX_ALL, None)
    assert wanted(FIX_ALL, ["source"]) and wanted(FIX_ALL, ["source.fixAll"])
    assert not wanted("quickfix", ["source"]) and not wanted(FIX_ALL, ["quickfix"])
    assert not wanted(FIX_ALL, ["source.organizeImports"])
