"""Whole documents through the linter: positions point into the original file, whatever the markup."""

from __future__ import annotations

import pytest

from langcheck.api import check_text
from langcheck.core.positions import LineIndex
from langcheck.matching.engine import Engine, EngineOptions

BLOG_POST = """\ufeff---\r
title: "Why we stopped saying crazy"\r
description: A post about words\r
tags: [crazy, words]\r
---\r
\r
# Café notes — 😀 a year of crazy weeks\r
\r
Our volunteers are *amazing*, but one said her cousin **committed suicide** in May.\r
\r
```python\r
crazy = "committed suicide"  # code is never linted\r
```\r
\r
| Term | Say instead |\r
|------|-------------|\r
| She suffers from depression | She has depression |\r
\r
> Addicts deserve care.\r
\r
See [the insane guide](https://example.org/insane-guide) and `crazy_flag`.\r
\r
![a psycho killer poster](poster.png)\r
"""

NEWSLETTER = """<!doctype html>
<html><head><title>Spring newsletter</title>
<style>.crazy { color: red }</style>
<script>var text = "committed suicide";</script></head>
<body>
<h1>News&nbsp;from the group</h1>
<p>Last month a member&rsquo;s brother committed&nbsp;suicide. We &amp; his family
are grateful for your messages.</p>
<p>She is an addict, said the paper. <img src="x.png" alt="Schizophrenics at the march"></p>
<!-- langcheck-disable-next-line dismissive -->
<p>It was a crazy week.</p>
<pre>committed suicide</pre>
<p><code>insane</code> mode is a build flag.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineOptions(model="blank"))


def _assert_positions(source: str, findings) -> None:  # type: ignore[no-untyped-def]
    index = LineIndex(source)
    for f in findings:
        assert source[f.start : f.end] == f.text
        start = index.starts[f.line - 1] + f.column - 1
        end = index.starts[f.end_line - 1] + f.end_column - 1
        assert source[start:end] == f.text, f


def test_markdown_blog_post(engine: Engine) -> None:
    findings = check_text(BLOG_POST, "markdown", engine=engine)
    _assert_positions(BLOG_POST, findings)
    texts = [(f.line, f.text) for f in findings]
    assert (7, "crazy") in texts  # heading, after an é and an emoji
    assert (9, "committed suicide") in texts  # inside ** emphasis
    assert (17, "suffers from") in texts  # table cell
    assert (19, "Addicts") in texts  # block quote
    assert all(f.line not in (4, 11, 12, 13) for f in findings)  # tags, code fence
    assert not any("insane" in f.text.lower() for f in findings if f.line == 21 and f.column > 30)
    assert (23, "psycho killer") in texts  # image alt text
    title = [f for f in findings if f.line == 2]
    assert [f.text for f in findings if f.line == 3] == []
    assert not title  # "stopped saying crazy" is a mention


def test_html_newsletter(engine: Engine) -> None:
    findings = check_text(NEWSLETTER, "html", engine=engine)
    _assert_positions(NEWSLETTER, findings)
    by_text = {f.text: f for f in findings}
    assert "committed&nbsp;suicide" in by_text
    assert by_text["committed&nbsp;suicide"].verbatim is False
    assert "Schizophrenics" in by_text  # alt attribute
    assert "an addict" in by_text
    assert not any(f.line in (3, 4, 12, 13, 14) for f in findings)  # style, script, suppressed, pre, code


def test_crlf_twin_gives_the_same_findings(engine: Engine) -> None:
    text = "Intro.\n\nHe committed suicide. The party was crazy.\n"
    lf = check_text(text, "markdown", engine=engine)
    crlf = check_text(text.replace("\n", "\r\n"), "markdown", engine=engine)
    assert [(f.rule, f.line, f.column, f.text) for f in lf] == [(f.rule, f.line, f.column, f.text) for f in crlf]


def test_heading_does_not_run_into_the_next_paragraph(engine: Engine) -> None:
    findings = check_text("# He committed\n\nsuicide prevention works.\n", "markdown", engine=engine)
    assert not findings


def test_markdown_suppression_forms(engine: Engine) -> None:
    text = (
        "<!-- langcheck-disable-next-line suicide -->\n"
        "He committed suicide.\n\n"
        "<!-- langcheck-disable dismissive -->\n"
        "That was crazy.\n\n"
        "He committed suicide again.\n"
        "<!-- langcheck-enable -->\n\n"
        "Crazy week, and he committed suicide.\n"
    )
    findings = check_text(text, "markdown", engine=engine)
    assert [(f.line, f.rule.split("/")[0]) for f in findings] == [(7, "suicide"), (10, "dismissive"), (10, "suicide")]


def test_plain_text_marker(engine: Engine) -> None:
    text = "langcheck: ignore\nHe committed suicide.\nHe committed suicide.  langcheck: ignore suicide\nIt was crazy.\n"
    findings = check_text(text, "text", engine=engine)
    assert [(f.line, f.text) for f in findings] == [(4, "crazy")]


def test_allow_list_applies_in_every_format() -> None:
    engine = Engine(EngineOptions(model="blank", allow=("crazy good",)))
    for fmt, text in (("text", "It was crazy good."), ("markdown", "It was *crazy good*."), ("html", "<p>crazy good</p>")):
        assert not check_text(text, fmt, engine=engine), fmt


def test_empty_and_whitespace_documents(engine: Engine) -> None:
    for fmt in ("text", "markdown", "html"):
        assert check_text("", fmt, engine=engine) == []
        assert check_text(" \n\t\r\n", fmt, engine=engine) == []


def test_front_matter_only(engine: Engine) -> None:
    text = "---\ntitle: He committed suicide\nauthor: crazy\n---\n"
    findings = check_text(text, "markdown", engine=engine)
    assert [(f.line, f.text) for f in findings] == [(2, "committed suicide")]


def test_a_speakers_turn_in_a_transcript_is_flagged_but_never_rewritten(engine: Engine) -> None:
    """A transcript records what people said: a rewrite applied by ``fix`` would misquote the speaker."""
    turns = "".join(f"**{name}:** Line {n}.\n\n" for n, name in enumerate(["Ann Lee", "Bo Park"] * 2))
    transcript = turns + "**Bo Park:** My cousin committed suicide in May.\n"
    essay = "My cousin committed suicide in May.\n"
    [spoken] = check_text(transcript, "markdown", engine=engine)
    [written] = check_text(essay, "markdown", engine=engine)
    assert spoken.rule == written.rule == "suicide/committed-suicide"
    assert spoken.suggestions == () and not spoken.quotation
    assert written.suggestions
