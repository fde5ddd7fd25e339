"""Code actions: a quick fix per rewrite, "ignore this rule here", and "apply all safe rewrites in this file".

* A quick fix replaces the characters a suggestion covers (the finding's
  words, or the construction the rewrite was fitted to) exactly as
  ``langcheck fix`` would write it (escaped in HTML); safe rewrites are the
  preferred fix. Words inside a quotation, or with markup inside them, get no
  rewrite: a quotation is a source's words, and markup cannot be kept.
* "Ignore this rule here" inserts the document's own suppression comment
  (see ``langcheck.api.suppression_edits``).
* The source action ``source.fixAll.langcheck`` applies every safe rewrite,
  as ``langcheck fix`` does, as a few small edits (only the changed words),
  so the editor keeps the cursor, folds and undo history. Editors ask for
  code actions whenever the cursor moves, so its edit is worked out only
  when the action is chosen (``codeAction/resolve``), for editors that
  support that.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from lsprotocol import types

from langcheck.api import Finding, Suggestion, replaced_range, rewrite_text, suppression_edits
from langcheck.lsp.diagnostics import to_diagnostic, to_range
from langcheck.lsp.snapshot import Snapshot, can_rewrite

FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.langcheck"
KINDS = [types.CodeActionKind.QuickFix, FIX_ALL]
FIX_ALL_TITLE = "Apply all safe rewrites in this file (langcheck)"
_WORD = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """Whether the editor asked for actions of ``kind`` (a kind covers its sub-kinds: "source" covers "source.fixAll")."""
    return only is None or any(kind == asked or kind.startswith(f"{asked}.") for asked in only)


def quick_fixes(snapshot: Snapshot, finding: Finding, versioned: bool) -> list[types.CodeAction]:
    diagnostic = to_diagnostic(finding, snapshot.lines, snapshot.encoding)
    actions = [
        _rewrite(snapshot, finding, s, diagnostic, versioned) for s in finding.suggestions if can_rewrite(finding)
    ]
    insertions = suppression_edits(snapshot.text, finding, snapshot.format)
    if insertions:
        edits = [_edit(snapshot, i.offset, i.offset, i.text) for i in insertions]
        actions.append(
            types.CodeAction(
                title=f"Ignore {finding.rule} here (suppression comment)",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=workspace_edit(snapshot, edits, versioned),
            )
        )
    return actions


def _rewrite(
    snapshot: Snapshot, finding: Finding, suggestion: Suggestion, diagnostic: types.Diagnostic, versioned: bool
) -> types.CodeAction:
    start, end = replaced_range(finding, suggestion)
    edit = _edit(snapshot, start, end, rewrite_text(suggestion, snapshot.format))
    safe = " (safe rewrite)" if suggestion.safe else ""
    return types.CodeAction(
        title=f'Replace "{" ".join(snapshot.text[start:end].split())}" with "{suggestion.text}"{safe}',
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=suggestion.safe,
        edit=workspace_edit(snapshot, [edit], versioned),
    )


def fix_all_action(snapshot: Snapshot, fixed_text: str | None, versioned: bool) -> types.CodeAction:
    """The source action; without ``fixed_text`` it carries only what ``codeAction/resolve`` needs to finish it."""
    action = types.CodeAction(
        title=FIX_ALL_TITLE,
        kind=FIX_ALL,
        data={"uri": snapshot.uri},
    )
    if fixed_text is not None:
        action.edit = workspace_edit(snapshot, text_edits(snapshot, fixed_text), versioned)
    return action


def text_edits(snapshot: Snapshot, new_text: str) -> list[types.TextEdit]:
    """Small edits that turn the snapshot's text into ``new_text``: the changed lines, then the changed words in them."""
    return [_edit(snapshot, start, end, text) for start, end, text in _changes(snapshot.text, new_text)]


def _changes(old: str, new: str) -> list[tuple[int, int, str]]:
    """``(start, end, replacement)`` in ``old``, found line by line and then word by word (rewrites replace words)."""
    changes = []
    for start, _, old_part, new_part in _differing(old.splitlines(keepends=True), new.splitlines(keepends=True)):
        for offset, end, _, new_words in _differing(_WORD.findall(old_part), _WORD.findall(new_part)):
            changes.append((start + offset, start + end, new_words))
    return changes


def _differing(old: list[str], new: list[str]) -> list[tuple[int, int, str, str]]:
    """Runs of ``old`` pieces that ``new`` replaces: offset into the joined ``old``, its end, old text, new text."""
    starts = [0]
    for piece in old:
        starts.append(starts[-1] + len(piece))
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        (starts[i1], starts[i2], "".join(old[i1:i2]), "".join(new[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _edit(snapshot: Snapshot, start: int, end: int, text: str) -> types.TextEdit:
    return types.TextEdit(range=to_range(snapshot.lines, start, end, snapshot.encoding), new_text=text)


def workspace_edit(snapshot: Snapshot, edits: list[types.TextEdit], versioned: bool) -> types.WorkspaceEdit:
    """Edits of one document; tied to the version they were made for when the editor can check it."""
    if versioned:
        document = types.OptionalVersionedTextDocumentIdentifier(uri=snapshot.uri, version=snapshot.version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=edits)])  # type: ignore[arg-type]
    return types.WorkspaceEdit(changes={snapshot.uri: edits})
