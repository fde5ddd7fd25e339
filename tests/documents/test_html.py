"""HTML: text nodes and alt/title attributes, entities, skipped elements, directives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langcheck.documents import Block, Directive, parse_document
from langcheck.documents.html import iter_html, may_hold_prose

from .support import all_text, check_invariants, locate, source_of

_NEWSLETTER_LINES = (
    "\ufeff<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '  <meta charset="utf-8">',
    "  <title>Monthly news &ndash; our crazy spring</title>",
    "  <style>.crazy { color: red }</style>",
    '  <script>var insane = "psycho"; if (a < b && c) {}</script>',
    "</head>",
    "<body>",
    "<h1>Caf\u00e9 \U0001f600 update: we&rsquo;re not <em>that</em> crazy</h1>",
    "<p>Tom &amp; Jerry said the\r\n    new plan was <strong>totally</strong>",
    "   insane. It&#39;s fine&nbsp;&nbsp;really.</p>",
    "<!-- langcheck-disable-next-line suicide -->",
    "<p>He committed suicide in the film.</p>",
    '<p><img src="cat.png" alt="a schizo &quot;cat&quot;"> Photo:\tour office.</p>',
    "<p>Hover <a href=\"https://example.com/crazy\" title='a lunatic  idea'>here</a> for more.</p>",
    "<pre>crazy preformatted</pre>",
    "<p>Run <code>insane --now</code> then rest.</p>",
    "<ul><li>one maniac<li>two<br>three</ul>",
    "<table><tr><th>Say</th><td>died by suicide</td></tr></table>",
    "<blockquote>quoted nuts</blockquote>",
    "<!-- langcheck-disable dismissive -->",
    "<div>AT&T and &#x27;x&#x27; and &bogus; and &#notref; psycho</div>",
    "<!-- langcheck-enable -->",
    "<noscript>crazy fallback</noscript><template>insane template</template>",
    "</body>",
    "</html>",
)
NEWSLETTER = "\r\n".join(_NEWSLETTER_LINES)


@pytest.fixture(scope="module")
def newsletter():
    document = parse_document(NEWSLETTER, "html")
    check_invariants(document)
    return document


def test_blocks_and_kinds(newsletter) -> None:
    assert [(block.kind, block.text) for block in newsletter.blocks] == [
        ("title", "Monthly news \u2013 our crazy spring"),
        ("heading", "Caf\u00e9 \U0001f600 update: we\u2019re not that crazy"),
        ("paragraph", "Tom & Jerry said the new plan was totally insane. It's fine really."),
        ("paragraph", "He committed suicide in the film."),
        ("alt", 'a schizo "cat"'),
        ("paragraph", "Photo: our office."),
        ("paragraph", "Hover here for more."),
        ("title", "a lunatic idea"),
        ("paragraph", "Run"),
        ("paragraph", "then rest."),
        ("list_item", "one maniac"),
        ("list_item", "two"),
        ("list_item", "three"),
        ("table_cell", "Say"),
        ("table_cell", "died by suicide"),
        ("blockquote", "quoted nuts"),
        ("text", "AT&T and 'x' and &bogus; and &#notref; psycho"),
    ]


def test_phrases_map_back_exactly(newsletter) -> None:
    expectations = {
        "our crazy spring": "our crazy spring",
        "not that crazy": "not <em>that</em> crazy",
        "we\u2019re": "we&rsquo;re",
        "Tom & Jerry": "Tom &amp; Jerry",
        "the new plan": "the\r\n    new plan",
        "totally insane": "totally</strong>\r\n   insane",
        "It's": "It&#39;s",
        "fine really": "fine&nbsp;&nbsp;really",
        "committed suicide": "committed suicide",
        'schizo "cat"': "schizo &quot;cat&quot;",
        "Photo: our": "Photo:\tour",
        "lunatic idea": "lunatic  idea",
        "one maniac": "one maniac",
        "'x'": "&#x27;x&#x27;",
        "AT&T": "AT&T",
        "psycho": "psycho",
    }
    for needle, expected in expectations.items():
        assert source_of(newsletter, needle) == expected, needle


def test_skipped_elements_and_markup_are_never_prose(newsletter) -> None:
    text = all_text(newsletter)
    for never in ("color", "var insane", "crazy preformatted", "insane --now", "crazy fallback", "insane template",
                  "example.com", "cat.png", "DOCTYPE", "utf-8", "langcheck"):  # fmt: skip
        assert never not in text, never


def test_directives(newsletter) -> None:
    lines = NEWSLETTER.split("\r\n")
    disable_next = lines.index("<!-- langcheck-disable-next-line suicide -->") + 1
    disable = lines.index("<!-- langcheck-disable dismissive -->") + 1
    enable = lines.index("<!-- langcheck-enable -->") + 1
    assert newsletter.directives == (
        Directive("disable-next-line", ("suicide",), disable_next, disable_next + 1),
        Directive("disable", ("dismissive",), disable, disable),
        Directive("enable", (), enable, enable),
    )


def test_entity_is_one_mapped_segment(newsletter) -> None:
    block, start, _ = locate(newsletter, "Tom & Jerry")
    assert block.to_source(start + 4, start + 5)[1] - block.to_source(start + 4, start + 5)[0] == len("&amp;")


def test_inline_elements_do_not_split_but_block_elements_do() -> None:
    source = "<div>so <span>very</span> <b>crazy</b><p>new block</p>tail</div>"
    document = parse_document(source, "html")
    assert [block.text for block in document.blocks] == ["so very crazy", "new block", "tail"]
    assert source_of(document, "very crazy") == "very</span> <b>crazy"


def test_whitespace_across_tags_collapses_to_one_space() -> None:
    source = "<p>one <em> two </em> three\n\n\tfour</p>"
    document = parse_document(source, "html")
    (block,) = document.blocks
    assert block.text == "one two three four"
    check_invariants(document)


def test_multiline_comment_and_cr_line_endings() -> None:
    source = "<p>a</p>\r<!--\r langcheck-disable-next-line rule/x\r-->\r\r<p>b</p>"
    document = parse_document(source, "html")
    assert document.directives == (Directive("disable-next-line", ("rule/x",), 2, 6),)
    assert source_of(document, "b") == "b"


def test_unclosed_and_stray_tags_are_tolerated() -> None:
    source = "<p>first<p>second</div></span><li>third <b>bold"
    document = parse_document(source, "html")
    check_invariants(document)
    assert [block.text for block in document.blocks] == ["first", "second", "third bold"]


def test_broken_numeric_reference_does_not_swallow_markup() -> None:
    source = "<p>price &#; is &# high</p><script>crazy()</script><p>after;</p>"
    document = parse_document(source, "html")
    check_invariants(document)
    assert [block.text for block in document.blocks] == ["price &#; is &# high", "after;"]


def test_unclosed_skipped_element_hides_the_rest() -> None:
    document = parse_document("<p>ok</p><code>crazy forever", "html")
    assert [block.text for block in document.blocks] == ["ok"]


def test_self_closing_and_void_tags() -> None:
    source = "<p>line one<br/>line two<img alt='x' /> <input type=image alt=go> end</p>"
    document = parse_document(source, "html")
    check_invariants(document)
    assert [block.text for block in document.blocks] == ["line one", "line two", "x", "go", "end"]


def test_unquoted_attribute_with_entity() -> None:
    source = '<img alt=Tom&amp;Jerry><span title="">x</span>'
    document = parse_document(source, "html")
    assert [(block.kind, block.text) for block in document.blocks] == [("alt", "Tom&Jerry"), ("text", "x")]
    assert source_of(document, "&") == "&amp;"


@pytest.mark.parametrize("source", ["", "\ufeff", "<html></html>", "<script>x</script>", "<!-- only -->"])
def test_sources_without_prose(source: str) -> None:
    assert parse_document(source, "html").blocks == ()


SILENT_HTML = [
    '<div style="display: flex;" class="mt2 mb3">\n    <div style="flex: 1">\n',
    "</div>\n</details>\n",
    "<!-- Goal Title Header -->\n<table style=\"width: 100%\">\n",
    "<br>\n<img src=\"x.png\">\n",
]
SPEAKING_HTML = [
    "<details>\n<summary>1 detailed update available.</summary>\n",
    '<img src="x.png" alt="a crazy chart">\n',
    '<a href="#" title="insane">\n',
    "<p>Text &amp; more</p>\n",
    "<div>5 < 6 and a crazy > b</div>\n",
]


def test_markup_without_text_holds_no_prose() -> None:
    for chunk in SILENT_HTML:
        assert not may_hold_prose(chunk)
        assert not [item for item in iter_html(chunk) if isinstance(item, Block)]
    for chunk in SPEAKING_HTML:
        assert may_hold_prose(chunk)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<br/>", "<!-- x -->", "<p>", " ", "\n", "crazy", "<", ">", "&amp;",
                                 '<img alt="mad">', '<a title="t">', '"', "<b>", "</b>", "<!--", "-->"]), max_size=12))
def test_the_fast_answer_never_hides_a_block(parts: list[str]) -> None:
    chunk = "".join(parts)
    if not may_hold_prose(chunk):
        assert not [item for item in iter_html(chunk) if isinstance(item, Block)]
