"""MDX: JSX, ESM and expressions blanked to spaces, the rest read by the Markdown parser at the same offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from langcheck.documents import Directive, parse_document
from langcheck.documents.mdx import blank_mdx
from tests.documents.support import all_text, check_invariants, source_of

DATA = Path(__file__).resolve().parents[1] / "data" / "mdx"

SAMPLE = """\
---
title: A {braced} title
---
import {Note} from './note.js'
export const meta = {crazy: true}

# Welcome {props.name}

He said it was <Kbd>crazy</Kbd> and {/* a comment */} more.

<Note type="info" onClick={() => alert("}")}>
  Markdown **inside** the note.
</Note>

<Tabs>
  <TabItem value="a">

      Indented four or more: still prose in MDX.

  </TabItem>
</Tabs>

Code stays code: `{crazy}` and

```js
const crazy = {a: 1}
```

<Component label={'crazy string'} icon={<Icon />} />
"""


def test_blanking_keeps_every_offset() -> None:
    blanked, _ = blank_mdx(SAMPLE)
    assert len(blanked) == len(SAMPLE)
    assert [i for i, c in enumerate(SAMPLE) if c == "\n"] == [i for i, c in enumerate(blanked) if c == "\n"]
    assert "import" not in blanked and "export" not in blanked
    assert "<Note" not in blanked and "</Note>" not in blanked and "alert" not in blanked
    assert "{props.name}" not in blanked and "a comment" not in blanked
    assert "`{crazy}`" in blanked and "const crazy = {a: 1}" in blanked  # code is the Markdown parser's to skip
    assert "title: A {braced} title" in blanked  # front matter too


def test_prose_is_read_and_code_is_not() -> None:
    document = parse_document(SAMPLE, "mdx")
    check_invariants(document)
    text = all_text(document)
    assert "He said it was crazy and more." in text
    assert "Markdown inside the note." in text
    assert "Indented four or more: still prose in MDX." in text
    for code in ("props", "alert", "crazy string", "crazy = ", "{crazy}", "Kbd", "TabItem", "onClick"):
        assert code not in text, code
    assert source_of(document, "crazy and") == "crazy</Kbd> and"


def test_findings_are_positioned_in_the_mdx_source() -> None:
    from langcheck.api import check_text

    source = "import X from './x.js'\n\n<Note>\n  Her cousin committed suicide.\n</Note>\n"
    findings = check_text(source, "mdx")
    assert [(f.line, f.column, f.text) for f in findings] == [(4, 14, "committed suicide")]


def test_suppression_comments_are_mdx_comments() -> None:
    source = "{/* langcheck-disable-next-line suicide */}\nHe committed suicide.\n\n{/* langcheck-disable */}\nCrazy.\n{/* langcheck-enable */}\n"
    document = parse_document(source, "mdx")
    assert sorted(document.directives, key=lambda d: d.line) == [
        Directive("disable-next-line", ("suicide",), 1, 2),
        Directive("disable", (), 4, 4),
        Directive("enable", (), 6, 6),
    ]
    from langcheck.api import check_text

    assert check_text(source, "mdx") == []


def test_unclosed_constructs_are_left_as_text() -> None:
    """What MDX itself would reject (a stray brace or angle bracket) is read as text, not swallowed."""
    document = parse_document("A brace { never closed.\n\nA comparison a < b and 3<4.\n", "mdx")
    assert all_text(document) == "A brace { never closed.\nA comparison a < b and 3<4."


@pytest.mark.parametrize("path", sorted(DATA.glob("*.mdx")), ids=lambda path: path.name)
def test_real_documents(path: Path) -> None:
    """The MDX project's own pages: no JSX, ESM or expression reaches the prose, and positions hold."""
    source = path.read_text("utf-8")
    document = parse_document(source, "mdx")
    check_invariants(document)
    for block in document.blocks:
        esm = r"^(import .* from ['\"]|export (const|let|var|function|default|\{))"
        assert not re.search(r"[{}]|</?[A-Z][\w.]*[ />]|=>|" + esm, block.text), block.text
    assert len(all_text(document)) > 1000
