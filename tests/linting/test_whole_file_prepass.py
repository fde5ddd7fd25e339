"""The whole-file pre-pass: a source in which no rule can match is not parsed, with the same result.

Property: for any Markdown, HTML, MDX or reStructuredText document, if the pre-pass says that no
rule can match anywhere in it, then no block the parser makes of it lets a
rule through the block pre-pass either. The generated documents split and
hide rule words with every kind of markup that can vanish between letters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langcheck.documents import parse_document
from langcheck.linting.document import lint_document, lint_source

DATA = Path(__file__).resolve().parents[1] / "data"

# Rule words cut in two, so that markup between the halves can join them.
HALVES = ["cra", "zy", "ps", "ycho", "committed", "su", "icide", "ma", "d", "in", "sane", "O", "CD", "nu", "ts"]
WORDS = ["so", "crazy", "the", "was", "he", "plan", "é", "İ", "x1"]
MARKUP = [
    "*", "**", "_", "__", "\\", "[", "]", "](https://x.test/a(b) 'ti tle')", "][a label]", "<b>", "</b>",
    '<span class="a b">', "</span>", "<!-- a -->", "<!-- langcheck", "&#97;", "&#x61;", "&amp;", "&#150;",
    "&aacute;", "&", "#", ";", "\\x61", "`", "<code>", "</code>", "<br>", "<", ">", "'", '"', "(", ")", "!",
    "<img alt='", "'>", "<a title=\"", "\">", "<wbr>", "<![CDATA[", "]]>", "<?x ?>", "~", "|",
    "\\ ", "\\\n", "\\\r\n", "``", ":abbr:`", ":dfn:`", "`_", "`__", ":ref:`", " <t>`", "|s|", "\n.. ", "::\n",
    "{", "}", "{/* a */}", "{'}'}", "<X>", "</X>", "<X.Y a={1}/>", "\nimport a from 'b'\n", "\nexport const a = 1\n",
]  # fmt: skip
SPACES = [" ", "\n", "\n\n", "\t", "  \n", "\n> ", "\n- ", "\n# ", "\n| ", "\n---\n", "\n```\n", "\n    "]
FRONT = ["", "---\ntitle: \"", "+++\ntitle = \"", "---\ndescription: "]

documents = st.tuples(
    st.sampled_from(FRONT),
    st.lists(st.sampled_from(HALVES + WORDS + MARKUP + SPACES), max_size=40).map("".join),
    st.sampled_from(["", '"\n---\n', '"\n+++\n'])
).map(lambda parts: parts[0] + parts[2] + parts[1])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from(["markdown", "html", "mdx", "rst"]))
def test_the_prepass_never_rules_out_a_block_that_could_match(blank_engine, source: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    if blank_engine.prefilter.scan_source(source, fmt):
        return
    for block in parse_document(source, fmt).blocks:
        assert not blank_engine.prefilter.scan(block.text), (source, block.text)


def sources() -> list[tuple[str, str]]:
    paths = sorted((DATA / "rust-blog-sample").glob("*.md")) + sorted((DATA / "real-docs").glob("*.*"))
    paths += sorted((DATA / "rst").glob("*.rst")) + sorted((DATA / "mdx").glob("*.mdx"))
    formats = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".rst": "rst", ".mdx": "mdx"}
    return [(path.read_text("utf-8"), formats.get(path.suffix, "text")) for path in paths if path.suffix != ".json"]


def test_lint_source_gives_what_parsing_gives(blank_engine) -> None:  # type: ignore[no-untyped-def]
    skipped = 0
    for source, fmt in sources():
        expected = lint_document(parse_document(source, fmt), blank_engine)
        assert lint_source(source, fmt, blank_engine) == expected
        skipped += not blank_engine.might_match_source(source, fmt)
    assert skipped >= 5  # most of the Rust blog's posts hold no rule's words at all


def test_a_source_without_rule_words_is_not_parsed(blank_engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def no_parsing(source: str, fmt: str) -> None:
        raise AssertionError("parsed")

    monkeypatch.setattr(blank_engine, "parse", no_parsing)
    assert lint_source("# Release notes\n\nFaster *parsing* of [lists](https://x.test).\n", "markdown", blank_engine).findings == ()
    with pytest.raises(AssertionError):
        lint_source("The week was cra*zy*.\n", "markdown", blank_engine)


def test_a_source_with_a_directive_is_parsed_for_unused_suppressions(blank_engine) -> None:  # type: ignore[no-untyped-def]
    source = "<!-- langcheck-disable-next-line -->\nFaster parsing.\n"
    assert lint_source(source, "markdown", blank_engine).unused_directives
