"""The page in a real browser: headless Chromium, driven by Playwright, against ``langcheck serve`` on loopback.

Each test works as a writer would: paste a draft, check it, apply rewrites,
undo, open and download files, with the mouse or the keyboard alone. The
screenshots of the main states are kept in ``test-artifacts/web/`` (or
``$LANGCHECK_TEST_ARTIFACTS``) for people to look at.
"""

from __future__ import annotations

import codecs
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from webtools import ROOT, Server, start_server

from langcheck import api

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install '.[test]'")

pytestmark = pytest.mark.browser

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM = os.environ.get("LANGCHECK_CHROMIUM") or next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)
if CHROMIUM is None and os.environ.get("CI") == "true":
    pytest.fail("Chromium not found, and CI must run the browser tests: .ci/run installs it", pytrace=False)
if CHROMIUM is None:
    pytest.skip(
        "Chromium not found (install it with 'apt-get install chromium', as .ci/run does, or set LANGCHECK_CHROMIUM)",
        allow_module_level=True,
    )

CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
]
ARTIFACTS = Path(os.environ.get("LANGCHECK_TEST_ARTIFACTS", ROOT / "test-artifacts")) / "web"
DRAFT = (ROOT / "examples" / "draft.md").read_text("utf-8")
MAX_SIZE = 100_000
BLANK = api.RunSettings(engine=api.EngineOptions(model="blank"))


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:  # type: ignore[no-untyped-def]
    running = start_server("--max-size", str(MAX_SIZE), cwd=tmp_path_factory.mktemp("serve"))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One browser tab on the server, recording every request and every console complaint."""

    def __init__(self, browser, server: Server, tmp_path: Path, **context) -> None:  # type: ignore[no-untyped-def]
        self.server = server
        options = {"accept_downloads": True, "viewport": {"width": 1280, "height": 900}, **context}
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type in ("error", "warning") and self.problems.append(message.text))
        self.page.on("pageerror", lambda error: self.problems.append(str(error)))
        self.tmp_path = tmp_path

    def open(self, path: str = "") -> Visit:
        self.page.goto(self.server.url + path)
        self.page.locator("#format option").first.wait_for(state="attached")
        return self

    def check(self, text: str, fmt: str = "markdown") -> None:
        self.page.get_by_label("Format").select_option(fmt)
        self.page.get_by_label("Text to check").fill(text)
        self.page.get_by_role("button", name="Check text").click()
        self.page.wait_for_selector("#review-panel:not([hidden])")

    def marks(self) -> list[str]:
        return self.page.locator("#document a.hl").evaluate_all("marks => marks.map(m => m.lastChild.textContent)")

    def document_text(self) -> str:
        return self.page.locator("#document").evaluate(
            "node => [...node.childNodes].filter(n => !(n.tagName === 'SUP')).map(n => n.nodeType === 3 ? n.textContent"
            " : n.lastChild.textContent).join('')"
        )

    def status(self) -> str:
        return self.page.locator("#status").inner_text()

    def wait_for_status(self, start: str, where: str = "#status") -> None:
        """Wait until the live region says what was done (the page's policy forbids the eval behind wait_for_function)."""
        playwright_api.expect(self.page.locator(where)).to_have_text(re.compile("^" + re.escape(start)))

    def screenshot(self, name: str, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    def close(self) -> None:
        self.context.close()
        outside = [url for url in self.requests if not url.startswith((self.server.url, "blob:", "data:"))]
        assert outside == [], "the page loaded something from elsewhere"
        assert self.problems == [], "the browser reported problems (a Content-Security-Policy violation?)"


@pytest.fixture
def visit(browser, server, tmp_path) -> Iterator[Visit]:  # type: ignore[no-untyped-def]
    tab = Visit(browser, server, tmp_path)
    yield tab
    tab.close()


def test_paste_a_draft_and_see_the_findings_marked(visit: Visit) -> None:
    visit.open()
    visit.screenshot("01-start")
    visit.check(DRAFT)
    expected = api.check_source(DRAFT, "<text>", "markdown", settings=BLANK).findings
    assert visit.marks() == [f.text for f in expected]
    assert visit.document_text() == DRAFT  # the text is shown exactly, marks included
    summary = visit.page.locator("#summary").inner_text()
    assert summary == "6 findings: 5 warnings, 1 for information. 2 can be rewritten safely."
    assert visit.status() == "Checked the text."
    heading = visit.page.get_by_role("heading", name="Review")
    assert heading.evaluate("h => h === document.activeElement && h.getAttribute('aria-describedby')") == "summary"
    first = visit.page.locator("#finding-1")
    assert "“crazy”" in first.inner_text() and "line 8, column 48" in first.inner_text()
    assert first.locator(".explanation").inner_text() == expected[0].explanation
    assert first.locator(".sources a").evaluate_all("links => links.map(a => a.href)") == list(expected[0].sources)
    visit.screenshot("02-review")


def test_apply_one_rewrite_then_undo(visit: Visit) -> None:
    visit.open().check(DRAFT)
    visit.page.get_by_role("button", name="Replace “committed suicide” with “died by suicide” (safe rewrite)").click()
    visit.wait_for_status("Replaced")
    assert visit.status().startswith("Replaced “committed suicide” with “died by suicide”. 5 findings:")
    assert visit.document_text() == DRAFT.replace("committed suicide", "died by suicide", 1)
    assert "committed suicide" not in visit.marks()
    visit.screenshot("03-rewrite-applied")
    visit.page.get_by_role("button", name="Undo").click()
    visit.wait_for_status("Undone")
    assert visit.document_text() == DRAFT
    assert visit.page.get_by_role("button", name="Undo").is_disabled()


def test_apply_all_safe_rewrites_and_download_the_file(visit: Visit) -> None:
    visit.open().check(DRAFT)
    visit.page.get_by_role("button", name="Apply all safe rewrites").click()
    visit.wait_for_status("Applied")
    fixed = api.fix_source(DRAFT, "<text>", "markdown", settings=BLANK).text
    assert visit.document_text() == fixed
    assert visit.status().startswith("Applied 2 safe rewrites. 4 findings")
    with visit.page.expect_download() as download:
        visit.page.get_by_role("button", name="Download file").click()
    assert download.value.suggested_filename == "draft.md"
    saved = visit.tmp_path / "saved.md"
    download.value.save_as(saved)
    assert saved.read_bytes() == fixed.encode("utf-8")


def test_open_a_file_and_download_it_as_it_came(visit: Visit) -> None:
    """A UTF-16 Markdown file with a byte-order mark comes back as UTF-16 with the mark, rewritten."""
    original = "# Our year\n\nHer cousin committed suicide last winter.\n"
    upload = visit.tmp_path / "newsletter.md"
    upload.write_bytes(codecs.BOM_UTF16_LE + original.encode("utf-16-le"))
    visit.open()
    visit.page.locator("#file").set_input_files(str(upload))
    visit.page.wait_for_selector("#review-panel:not([hidden])")
    assert visit.marks() == ["committed suicide"]
    assert visit.page.get_by_label("Format").input_value() == "markdown"
    assert visit.page.locator("#file-name").inner_text() == "Opened newsletter.md"
    assert visit.status() == "Checked newsletter.md."
    visit.screenshot("04-file-opened")
    visit.page.get_by_role("button", name="Apply all safe rewrites").click()
    visit.wait_for_status("Applied")
    with visit.page.expect_download() as download:
        visit.page.get_by_role("button", name="Download file").click()
    assert download.value.suggested_filename == "newsletter.md"
    saved = visit.tmp_path / "saved.md"
    download.value.save_as(saved)
    fixed = original.replace("committed suicide", "died by suicide")
    assert saved.read_bytes() == codecs.BOM_UTF16_LE + fixed.encode("utf-16-le")


def test_open_a_word_document_rewrite_it_and_download_it(visit: Visit) -> None:
    """A .docx is opened, its findings placed by paragraph, rewritten in its runs, undone, redone and downloaded."""
    import docx

    document = docx.Document()
    document.add_heading("Our year", 1)
    paragraph = document.add_paragraph("Her cousin ")
    paragraph.add_run("committed suicide").italic = True
    paragraph.add_run(" last winter.")
    upload = visit.tmp_path / "newsletter.docx"
    document.save(str(upload))
    visit.open()
    visit.page.locator("#file").set_input_files(str(upload))
    visit.page.wait_for_selector("#review-panel:not([hidden])")
    assert visit.marks() == ["committed suicide"]
    assert visit.page.get_by_label("Format").input_value() == "docx"
    assert visit.page.locator(".finding .where").first.inner_text() == "paragraph 2, column 12"
    assert visit.page.locator("#file-name").inner_text().startswith("Opened newsletter.docx: a Word document")
    visit.screenshot("05-word-document-opened")
    visit.page.get_by_role("button", name="Replace “committed suicide” with “died by suicide” (safe rewrite)").click()
    visit.wait_for_status("Replaced")
    assert visit.document_text() == "Our year\nHer cousin died by suicide last winter."
    visit.page.get_by_role("button", name="Undo").click()
    visit.wait_for_status("Undone")
    assert visit.document_text() == "Our year\nHer cousin committed suicide last winter."
    visit.page.get_by_role("button", name="Apply all safe rewrites").click()
    visit.wait_for_status("Applied")
    with visit.page.expect_download() as download:
        visit.page.get_by_role("button", name="Download file").click()
    assert download.value.suggested_filename == "newsletter.docx"
    saved = visit.tmp_path / "saved.docx"
    download.value.save_as(saved)
    runs = [(run.text, run.italic) for run in docx.Document(str(saved)).paragraphs[1].runs]
    assert runs == [("Her cousin ", None), ("died by suicide", True), (" last winter.", None)]


def test_quotations_are_shown_as_quotations_without_rewrites(visit: Visit) -> None:
    text = "Her cousin committed suicide.\n\n> He committed suicide in 1908, the record says.\n"
    visit.open().check(text)
    quoted = visit.page.locator("#finding-2")
    assert "In a quotation: these are a source's words" in quoted.inner_text()
    assert quoted.get_by_role("button", name="Replace", exact=False).count() == 0
    assert visit.page.locator("#document a.hl").nth(1).get_attribute("class") == "hl sev-info quotation"
    visit.page.get_by_role("button", name="Apply all safe rewrites").click()
    visit.wait_for_status("Applied")
    assert visit.document_text() == text.replace("cousin committed", "cousin died by")
    assert visit.page.get_by_role("button", name="Apply all safe rewrites").is_disabled()


def test_keyboard_alone_does_everything(visit: Visit) -> None:
    page = visit.open().page
    keyboard = page.keyboard
    keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the text"
    keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "draft"
    keyboard.type("The spring was hard. Her cousin committed suicide last winter.")
    keyboard.press("Control+Enter")
    page.wait_for_selector("#review-panel:not([hidden])")
    assert page.evaluate("document.activeElement.id") == "review-heading"
    for _ in range(20):  # through the toolbar to the first mark in the text
        keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('hl')"):
            break
    assert page.evaluate("document.activeElement.textContent").endswith("committed suicide")
    keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "finding-1"
    keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        "Replace “committed suicide” with “died by suicide” (safe rewrite)"
    )
    visit.screenshot("05-keyboard-focus")
    keyboard.press("Enter")
    visit.wait_for_status("Replaced")
    assert visit.document_text() == "The spring was hard. Her cousin died by suicide last winter."
    assert page.evaluate("document.activeElement.id") == "review-heading"  # nothing left: back to the top


def test_every_control_has_a_name_for_screen_readers(visit: Visit) -> None:
    visit.open().check(DRAFT)
    session = visit.context.new_cdp_session(visit.page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    interactive = {"button", "link", "textbox", "combobox", "checkbox", "listbox"}
    unnamed = [
        node
        for node in nodes
        if not node.get("ignored")
        and node.get("role", {}).get("value") in interactive
        and not node.get("name", {}).get("value", "").strip()
    ]
    assert unnamed == []
    roles = {node.get("role", {}).get("value") for node in nodes if not node.get("ignored")}
    assert {"banner", "main", "region", "status", "toolbar", "list", "heading"} <= roles
    assert visit.page.evaluate("document.documentElement.lang") == "en"
    mark = visit.page.locator("#document a.hl").first
    assert mark.evaluate("m => m.textContent").startswith("(finding 1, warning) ")


CONTRAST = """
(selector) => {
  const parse = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (node) => {
    for (let n = node; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c;
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll(selector)].filter((n) => n === document.body || n.offsetParent !== null).map((n) => {
    const a = lum(parse(getComputedStyle(n).color)), b = lum(background(n));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}
"""


def test_text_meets_wcag_aa_contrast(visit: Visit) -> None:
    def lowest(selectors: list[str]) -> dict[str, float]:
        low = {}
        for selector in selectors:
            ratios = visit.page.evaluate(CONTRAST, selector)
            assert ratios, f"nothing matched {selector}"
            if min(ratios) < 4.5:
                low[selector] = round(min(ratios), 2)
        return low

    visit.open()
    editing = ["body", ".tagline", ".site-header a", "h2", ".field label", ".help", "select", "textarea", "button"]
    assert lowest(editing) == {}
    visit.check(DRAFT)
    visit.page.locator(".legend summary").click()
    reviewing = [
        "button.primary", "button.secondary:not(:disabled)", ".summary", "#document", "#document .hl", ".hl-num",
        ".badge", ".sev-label", ".where", ".rule-id", ".message", ".explanation", ".sources a", ".safe-tag",
        ".quotation-note", ".link-button", ".legend li", ".site-footer",
    ]
    assert lowest(reviewing) == {}


def test_findings_are_marked_by_more_than_colour(visit: Visit) -> None:
    text = "Her cousin committed suicide.\n\n> He committed suicide in 1908.\n"
    visit.open().check(text)
    styles = visit.page.locator("#document a.hl").evaluate_all(
        "marks => marks.map(m => [getComputedStyle(m).textDecorationLine, getComputedStyle(m).textDecorationStyle,"
        " getComputedStyle(m, '::before').content, m.nextElementSibling.textContent])"
    )
    assert styles == [["underline", "wavy", "none", "1"], ["underline", "dotted", '"«"', "2"]]
    labels = visit.page.locator(".finding .sev-label").all_inner_texts()
    assert [label.lower() for label in labels] == ["warning", "information"]


def test_characters_beyond_the_basic_plane_keep_marks_in_place(visit: Visit) -> None:
    text = "🙂🙂 𝒲ords first, then: her cousin committed suicide. 🙂\n"
    visit.open().check(text, fmt="text")
    assert visit.marks() == ["committed suicide"]
    assert visit.document_text() == text


def test_copy_puts_the_text_on_the_clipboard(browser, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tab = Visit(browser, server, tmp_path, permissions=["clipboard-read", "clipboard-write"])
    try:
        tab.open().check("Her cousin committed suicide.\n")
        tab.page.get_by_role("button", name="Copy text").click()
        tab.wait_for_status("Copied")
        assert tab.page.evaluate("navigator.clipboard.readText()") == "Her cousin committed suicide.\n"
    finally:
        tab.close()


def test_too_large_a_document_is_explained(visit: Visit) -> None:
    visit.open()
    visit.page.get_by_label("Text to check").fill("Plain words here. " * (MAX_SIZE // 16))
    visit.page.get_by_role("button", name="Check text").click()
    alert = visit.page.get_by_role("alert")
    alert.wait_for()
    assert alert.inner_text() == (
        "The request is larger than this server accepts (100 KB). Check a shorter part of the document, "
        "or start the server with a larger --max-size."
    )
    visit.screenshot("06-too-large")
    assert [problem for problem in visit.problems if "413" not in problem] == []
    visit.problems.clear()  # the browser logs the refused request itself


def test_edit_again_after_review(visit: Visit) -> None:
    visit.open().check("Her cousin committed suicide.\n")
    visit.page.get_by_role("button", name="Edit text").click()
    draft = visit.page.get_by_label("Text to check")
    assert draft.is_visible() and draft.evaluate("d => d === document.activeElement")
    draft.fill("Nothing to see here.\n")
    visit.page.get_by_role("button", name="Check text").click()
    visit.wait_for_status("No findings", where="#summary")
    assert visit.marks() == []


def test_a_narrow_window_stacks_the_panes(browser, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tab = Visit(browser, server, tmp_path, viewport={"width": 420, "height": 900})
    try:
        tab.open().check(DRAFT)
        document_box = tab.page.locator("#document").bounding_box()
        findings_box = tab.page.locator("#findings").bounding_box()
        assert document_box and findings_box and findings_box["y"] > document_box["y"] + document_box["height"] - 1
        assert tab.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        tab.screenshot("07-narrow", full_page=True)
    finally:
        tab.close()


def test_the_api_documentation_works_offline(visit: Visit) -> None:
    visit.page.goto(visit.server.url + "api/docs")
    visit.page.wait_for_selector(".opblock-summary-path")
    paths = visit.page.locator(".opblock-summary-path").all_inner_texts()
    assert {"/api/check", "/api/fix"} <= {path.strip() for path in paths}
    visit.screenshot("08-api-docs")
