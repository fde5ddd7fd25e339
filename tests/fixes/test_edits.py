"""Rewrites: applied only where safe, spliced into the source, idempotent, never garbled."""

from __future__ import annotations

from langcheck.api import check_text
from langcheck.fixes.edits import Edit, apply_edits, first_safe, fix_text
from langcheck.matching.engine import Engine


def _lint(engine: Engine, fmt: str):  # type: ignore[no-untyped-def]
    return lambda text: check_text(text, fmt, engine=engine)


def test_safe_rewrite_fits_the_verb_form(blank_engine: Engine) -> None:
    text = "He committed suicide. She commits suicide, they say.\n"
    outcome = fix_text(text, _lint(blank_engine, "text"), first_safe(False), "text")
    assert outcome.text == "He died by suicide. She dies by suicide, they say.\n"


def test_unsafe_rewrites_are_held_back_unless_asked(blank_engine: Engine) -> None:
    text = "That was a crazy idea.\n"
    held = fix_text(text, _lint(blank_engine, "text"), first_safe(False), "text")
    assert held.text == text
    assert held.held_back == 1
    applied = fix_text(text, _lint(blank_engine, "text"), first_safe(True), "text")
    assert applied.text != text


def test_second_run_changes_nothing(blank_engine: Engine) -> None:
    text = "Schizophrenics and addicts deserve care. He committed suicide.\n"
    first = fix_text(text, _lint(blank_engine, "text"), first_safe(False), "text")
    second = fix_text(first.text, _lint(blank_engine, "text"), first_safe(False), "text")
    assert second.text == first.text
    assert not second.applied


def test_markdown_outside_the_span_is_byte_identical(blank_engine: Engine) -> None:
    text = "# He committed suicide\r\n\r\n```\nhe committed suicide\n```\r\n\r\n[link](http://x/committed-suicide) **bold**\r\n"
    outcome = fix_text(text, _lint(blank_engine, "markdown"), first_safe(False), "markdown")
    assert outcome.text == text.replace("# He committed suicide", "# He died by suicide")


def test_span_with_markup_inside_is_not_rewritten(blank_engine: Engine) -> None:
    text = "He *committed* suicide.\n"
    outcome = fix_text(text, _lint(blank_engine, "markdown"), first_safe(False), "markdown")
    assert outcome.text == text
    assert outcome.held_back == 1


def test_html_rewrite_keeps_tags(blank_engine: Engine) -> None:
    text = "<p>Her <b>brother</b> committed suicide &amp; more.</p>"
    outcome = fix_text(text, _lint(blank_engine, "html"), first_safe(False), "html")
    assert outcome.text == "<p>Her <b>brother</b> died by suicide &amp; more.</p>"


def test_edits_apply_right_to_left(blank_engine: Engine) -> None:
    text = "Addicts and schizophrenics."
    findings = check_text(text, engine=blank_engine)
    edits = [Edit(f.start, f.end, f.text.upper(), f) for f in findings]
    assert apply_edits(text, edits) == "ADDICTS and SCHIZOPHRENICS."
