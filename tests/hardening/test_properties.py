"""Property tests over generated documents: no crash, exact spans, determinism, CRLF twins agree."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langcheck.api import check_text
from langcheck.matching.engine import Engine, EngineOptions

ENGINE = Engine(EngineOptions(model="blank"))

PHRASES = [
    "committed suicide", "so OCD", "crazy", "insane", "the mentally ill", "schizophrenics", "suffers from depression",
    "junkie", "got clean", "gave me PTSD", "triggered", "nuts and bolts", "diagnosed with OCD", "“crazy”", "'insane'",
    "Crazy Rich Asians", "mad at him", "an addict", "bipolar weather", "drives me crazy",
]
MARKUP = ["*", "**", "`", "[", "](http://x.test/crazy)", "<b>", "</b>", "&amp;", "&nbsp;", "# ", "> ", "- ", "| ", "\t"]
PIECES = st.one_of(
    st.sampled_from(PHRASES),
    st.sampled_from(MARKUP),
    st.sampled_from([" ", " ", "\n", "\n\n", ". ", ", ", "é", "😀", "\u00a0"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
)
DOCUMENTS = st.lists(PIECES, max_size=40).map("".join)
FORMATS = st.sampled_from(["text", "markdown", "html"])
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _lint(text: str, fmt: str):  # type: ignore[no-untyped-def]
    return check_text(text, fmt, engine=ENGINE)


@SETTINGS
@given(DOCUMENTS, FORMATS)
def test_spans_lie_inside_and_equal_the_source(text: str, fmt: str) -> None:
    for finding in _lint(text, fmt):
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        assert finding.line >= 1 and finding.column >= 1


@SETTINGS
@given(DOCUMENTS, FORMATS)
def test_results_are_deterministic(text: str, fmt: str) -> None:
    assert _lint(text, fmt) == _lint(text, fmt)


@SETTINGS
@given(DOCUMENTS, FORMATS)
def test_crlf_twin_gives_the_same_findings(text: str, fmt: str) -> None:
    lf = text.replace("\r", "")
    crlf = lf.replace("\n", "\r\n")

    def key(findings):  # type: ignore[no-untyped-def]
        return [(f.rule, f.line, f.column, f.end_line, f.end_column, f.text.replace("\r\n", "\n")) for f in findings]

    assert key(_lint(lf, fmt)) == key(_lint(crlf, fmt))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_prefilter_never_changes_results_on_generated_text(fmt: str) -> None:
    from langcheck.documents import parse_document
    from langcheck.linting.document import lint_document

    @SETTINGS
    @given(DOCUMENTS)
    def check(text: str) -> None:
        document = parse_document(text, fmt)
        assert lint_document(document, ENGINE, prefilter=True) == lint_document(document, ENGINE, prefilter=False)

    check()
