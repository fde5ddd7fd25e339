"""Markdown: what is prose, what is not, and exact offsets for all of it."""

from __future__ import annotations

import pytest

from langcheck.documents import Directive, parse_document

from .support import all_text, check_invariants, locate, source_of

_BLOG_POST_LINES = (
    "\ufeff---",
    'title: "Why I\'m \\"so\\" OCD about tidy desks"',
    "description: A crazy week at the caf\u00e9 # not part of the value",
    "summary: 'It''s not insane, it is a choice'",
    "tags: [crazy, insane]",
    "author: crazy-cat",
    "---",
    "",
    "# My **crazy** week",
    "",
    "Caf\u00e9 \U0001f600 talk: I am **so** OCD about my desk, and `crazy_flag = True` is code.",
    'See [the insane asylum post](https://example.com/insane-asylum "insane title") for more,',
    "or <https://crazy.example.com/lunatic>. Tom &amp; Jerry went psycho\\* today.",
    "",
    "> He said I was *mental*",
    "> for\tcaring.",
    "",
    "- first item is nuts",
    "- second item",
    "  keeps going about a maniac",
    "",
    "1. numbered *lunatic* item",
    "",
    "| Term | Instead say |",
    "| --- | --- |",
    "| committed suicide | died by suicide |",
    "| a \\| pipe | `crazy code` ok |",
    "",
    '![a schizo cat on a desk](cat.png "schizo title")',
    "",
    "```python",
    "crazy = insane()  # never linted",
    "```",
    "",
    "    indented lunatic code",
    "",
    "<div>raw html is crazy</div>",
    "",
    "<!-- langcheck-disable-next-line dismissive/crazy -- quoting someone -->",
    "",
    "She called it crazy.",
    "",
    "Setext heading about a psycho",
    "-----------------------------",
    "",
    "Last paragraph.",
    "",
)
BLOG_POST = "\r\n".join(_BLOG_POST_LINES)


@pytest.fixture(scope="module")
def post():
    document = parse_document(BLOG_POST, "markdown")
    check_invariants(document)
    return document


def test_every_target_phrase_maps_to_its_source_text(post) -> None:
    expectations = {
        "so OCD": "so** OCD",
        'Why I\'m "so" OCD': 'Why I\'m \\"so\\" OCD',
        "A crazy week": "A crazy week",
        "It's not insane": "It''s not insane",
        "the insane asylum post": "the insane asylum post",
        "Tom & Jerry went psycho*": "Tom &amp; Jerry went psycho\\*",
        "mental": "mental",
        "was mental for caring": "was *mental*\r\n> for\tcaring",
        "is nuts": "is nuts",
        "about a maniac": "about a maniac",
        "lunatic item": "lunatic* item",
        "committed suicide": "committed suicide",
        "died by suicide": "died by suicide",
        "a | pipe": "a \\| pipe",
        "a schizo cat": "a schizo cat",
        "called it crazy": "called it crazy",
        "about a psycho": "about a psycho",
    }
    for needle, expected in expectations.items():
        assert source_of(post, needle) == expected, needle
    assert source_of(post, "crazy week", kind="heading") == "crazy** week"


def test_block_kinds(post) -> None:
    kinds = {block.text: block.kind for block in post.blocks}
    assert kinds['Why I\'m "so" OCD about tidy desks'] == "front_matter"
    assert kinds["A crazy week at the caf\u00e9"] == "front_matter"
    assert kinds["My crazy week"] == "heading"
    assert kinds["He said I was mental for caring."] == "blockquote"
    assert kinds["first item is nuts"] == "list_item"
    assert kinds["second item keeps going about a maniac"] == "list_item"
    assert kinds["numbered lunatic item"] == "list_item"
    assert kinds["committed suicide"] == "table_cell"
    assert kinds["a schizo cat on a desk"] == "alt"
    assert kinds["Setext heading about a psycho"] == "heading"
    assert kinds["Last paragraph."] == "paragraph"


def test_heading_then_paragraph_are_separate_blocks(post) -> None:
    texts = [block.text for block in post.blocks]
    index = texts.index("My crazy week")
    assert texts[index + 1].startswith("Caf\u00e9")


def test_code_urls_link_targets_markup_and_config_are_never_prose(post) -> None:
    text = all_text(post)
    for never in ("crazy_flag", "crazy code", "crazy = insane", "lunatic code", "<div>", "insane title",
                  "insane-asylum", "crazy.example", "lunatic>", "schizo title", "crazy-cat", "[crazy",
                  "langcheck", "tags", "not part of the value"):  # fmt: skip
        assert never not in text, never


def test_no_block_maps_into_code(post) -> None:
    source = post.source
    code_ranges = []
    for marker in ("`crazy_flag = True`", "`crazy code`", "crazy = insane()  # never linted", "indented lunatic code"):
        start = source.index(marker)
        code_ranges.append((start, start + len(marker)))
    for block in post.blocks:
        for segment in block.segments:
            for start, end in code_ranges:
                assert segment.source_start + segment.source_len <= start or segment.source_start >= end


def test_inline_code_splits_the_paragraph(post) -> None:
    texts = [block.text for block in post.blocks]
    assert "Caf\u00e9 \U0001f600 talk: I am so OCD about my desk, and" in texts
    assert any(text.startswith("is code. See the insane asylum post for more, or") for text in texts)


def test_autolink_splits_and_entities_escapes_map(post) -> None:
    block, start, _ = locate(post, "Tom & Jerry")
    ampersand = start + 4
    source_start, source_end = block.to_source(ampersand, ampersand + 1)
    assert post.source[source_start:source_end] == "&amp;"
    star = block.text.index("*")
    source_start, source_end = block.to_source(star, star + 1)
    assert post.source[source_start:source_end] == "*"  # the escaped character, not its backslash


def test_disable_next_line_directive(post) -> None:
    lines = BLOG_POST.split("\r\n")
    comment_line = lines.index("<!-- langcheck-disable-next-line dismissive/crazy -- quoting someone -->") + 1
    target_line = lines.index("She called it crazy.") + 1
    assert post.directives == (Directive("disable-next-line", ("dismissive/crazy",), comment_line, target_line),)


def test_front_matter_keeps_only_prose_keys(post) -> None:
    front = [block.text for block in post.blocks if block.kind == "front_matter"]
    assert front == [
        'Why I\'m "so" OCD about tidy desks',
        "A crazy week at the caf\u00e9",
        "It's not insane, it is a choice",
    ]


def test_disable_and_enable_inline_and_block_comments() -> None:
    source = (
        "<!-- langcheck-disable suicide -->\n"
        "Some text <!-- langcheck-enable suicide --> more text.\n"
        "\n"
        "<!--\n  langcheck-disable\n-->\n"
        "<!-- an ordinary comment -->\n"
    )
    document = parse_document(source, "markdown")
    assert document.directives == (
        Directive("disable", ("suicide",), 1, 1),
        Directive("enable", ("suicide",), 2, 2),
        Directive("disable", (), 4, 6),
    )
    assert [block.text for block in document.blocks] == ["Some text more text."]


def test_disable_next_line_at_end_of_document() -> None:
    document = parse_document("Text.\n\n<!-- langcheck-disable-next-line -->\n", "markdown")
    assert document.directives == (Directive("disable-next-line", (), 3, 4),)


def test_toml_front_matter() -> None:
    source = (
        "+++\n"
        'title = "A \\"crazy\\" idea"\n'
        "description = 'literal \\n stays'\n"
        'summary = """multi-line is skipped"""\n'
        'slug = "crazy"\n'
        "[extra]\n"
        'title = "not top level"\n'
        "+++\n"
        "Body text.\n"
    )
    document = parse_document(source, "markdown")
    check_invariants(document)
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("front_matter", 'A "crazy" idea'),
        ("front_matter", "literal \\n stays"),
        ("paragraph", "Body text."),
    ]
    assert source_of(document, '"crazy" idea') == '\\"crazy\\" idea'


def test_yaml_front_matter_multi_line_values_are_prose() -> None:
    source = (
        "---\n"
        "title: >\n"
        "  folded crazy\n"
        "  text\n"
        "description: |-\n"
        "  literal insane text\n"
        "\n"
        "  second paragraph\n"
        "summary: plain but\n"
        "  continued on the next line\n"
        "excerpt: \"quoted values that\n"
        "  run on are skipped\"\n"
        "abstract:\n"
        "  en: a nested crazy mapping is configuration\n"
        "teaser: a plain value with: a colon\n"
        "  is configuration too\n"
        "---\n"
        "# Heading\n"
    )
    document = parse_document(source, "markdown")
    check_invariants(document)
    assert [block.text for block in document.blocks] == [
        "folded crazy text",
        "literal insane text",
        "second paragraph",
        "plain but continued on the next line",
        "Heading",
    ]
    assert source_of(document, "crazy text") == "crazy\n  text"


def test_every_prose_key_of_front_matter_is_read() -> None:
    keys = ("title", "subtitle", "description", "summary", "excerpt", "abstract", "teaser", "tagline")
    source = "---\n" + "".join(f"{key}: {key} text\n" for key in keys) + "layout: crazy\n---\n"
    document = parse_document(source, "markdown")
    assert [block.text for block in document.blocks] == [f"{key} text" for key in keys]


def test_raw_html_blocks_are_prose_with_exact_offsets() -> None:
    source = (
        "Intro paragraph.\n"
        "\n"
        "<div class=\"note\">\n"
        "<p>Many <em>bipolar</em> people &amp; a crazy\n"
        "idea.</p>\n"
        "<script>var crazy = 1;</script>\n"
        "<!-- langcheck-disable-next-line -->\n"
        "</div>\n"
        "\n"
        "After.\n"
    )
    document = parse_document(source, "markdown")
    check_invariants(document)
    assert [block.text for block in document.blocks] == ["Intro paragraph.", "Many bipolar people & a crazy idea.", "After."]
    assert source_of(document, "bipolar people &") == "bipolar</em> people &amp;"
    assert source_of(document, "crazy idea") == "crazy\nidea"
    assert document.directives == (Directive("disable-next-line", (), 7, 8),)


def test_yaml_escapes_map_to_their_source() -> None:
    source = '---\ntitle: "caf\\u00e9 \\t crazy"\n---\n'
    document = parse_document(source, "markdown")
    (block,) = document.blocks
    assert block.text == "caf\u00e9 crazy"
    assert source_of(document, "\u00e9") == "\\u00e9"
    assert source_of(document, "crazy") == "crazy"


def test_front_matter_only_at_the_start() -> None:
    document = parse_document("Intro\n\n---\ntitle: nope\n---\n", "markdown")
    assert "Intro" in all_text(document)


def test_links_reference_style_and_titles() -> None:
    source = (
        'Read [my *crazy* story][ref] and [this](<url with spaces> "a b") b.\n\n[ref]: https://x.test/crazy "Crazy"\n'
    )
    document = parse_document(source, "markdown")
    check_invariants(document)
    assert [block.text for block in document.blocks] == ["Read my crazy story and this b."]
    assert source_of(document, "this b.") == 'this](<url with spaces> "a b") b.'


def test_html_inline_code_tags_and_breaks() -> None:
    source = "Before <code>crazy()</code> after<br>next <kbd>Ctrl</kbd> <em>emph crazy</em>\n"
    document = parse_document(source, "markdown")
    assert [block.text for block in document.blocks] == ["Before", "after", "next", "emph crazy"]
    assert source_of(document, "emph crazy") == "emph crazy"


def test_hard_breaks_become_spaces() -> None:
    source = "one  \ntwo\\\nthree\n"
    document = parse_document(source, "markdown")
    (block,) = document.blocks
    assert block.text == "one two three"
    assert source_of(document, "one two three") == "one  \ntwo\\\nthree"


def test_nested_containers_and_lazy_continuation() -> None:
    source = "> - quoted *list*\n>   item text\n> lazy\n\n>     > deep\n\t- tabbed item\n"
    document = parse_document(source, "markdown")
    check_invariants(document)
    for block in document.blocks:
        for word in block.text.split():
            assert source_of(document, word) == word


def test_emphasis_delimiters_left_as_text_map_exactly() -> None:
    source = "a ** b * c __d_ e***f***\n"
    document = parse_document(source, "markdown")
    check_invariants(document)
    (block,) = document.blocks
    for index, char in enumerate(block.text):
        start, end = block.to_source(index, index + 1)
        assert source[start:end] == char


def test_table_cells_in_a_blockquote() -> None:
    source = "> | h1 | h2 |\n> |----|----|\n> | > | psycho |\n"
    document = parse_document(source, "markdown")
    check_invariants(document)
    assert source_of(document, "psycho") == "psycho"


def test_image_inside_link_and_nested_alt() -> None:
    source = "[![alt *one*](a.png)](https://x.test) text and ![outer ![inner alt](b.png)](c.png)\n"
    document = parse_document(source, "markdown")
    check_invariants(document)
    texts = [block.text for block in document.blocks]
    assert "alt one" in texts
    assert source_of(document, "alt one") == "alt *one"
    assert source_of(document, "inner alt") == "inner alt"


def test_nul_and_odd_characters() -> None:
    source = "a\0b crazy\x0cword \u2028 end\n"
    document = parse_document(source, "markdown")
    check_invariants(document)
    assert source_of(document, "crazy") == "crazy"


@pytest.mark.parametrize("source", ["", "\ufeff", "\n\n", "```\nonly code\n```\n", "---\n---\n", "+++\n+++\n"])
def test_sources_without_prose(source: str) -> None:
    assert parse_document(source, "markdown").blocks == ()


def test_bom_before_heading() -> None:
    document = parse_document("\ufeff# Title here\n", "markdown")
    assert [(block.kind, block.text) for block in document.blocks] == [("heading", "Title here")]
    assert locate(document, "Title")[0].segments[0].source_start == 3
