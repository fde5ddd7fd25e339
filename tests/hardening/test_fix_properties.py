"""Property tests for ``fix`` on generated documents.

Bytes outside the rewritten spans never change, every edit replaces exactly
what one of its finding's rewrites covers, a second run is a no-op, and the result still parses in its format.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langcheck.api import check_text
from langcheck.documents import parse_document
from langcheck.fixes.edits import first_safe, fix_text, replaced_range
from langcheck.matching.engine import Engine, EngineOptions

ENGINE = Engine(EngineOptions(model="blank"))
FIXABLE = [
    "He committed suicide.", "She commits suicide", "Schizophrenics", "the mentally ill", "an addict", "Addicts",
    "suffers from depression", "crazy", "so OCD", "completed suicide", "a suicide bid",
    "It drives me crazy.", "a crazy idea", "She tried to commit suicide.", "Bipolar Weather", "an ex-addict",
]
FILLER = ["\n", "\r\n", "\n\n", " ", ". ", "*", "**", "`", "# ", "> ", "- ", "&amp;", "<b>", "</b>", "é", "😀", "\t"]
DOCUMENTS = st.lists(st.one_of(st.sampled_from(FIXABLE), st.sampled_from(FILLER)), max_size=30).map("".join)
FORMATS = st.sampled_from(["text", "markdown", "html"])
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _lint(fmt: str):  # type: ignore[no-untyped-def]
    return lambda text: check_text(text, fmt, engine=ENGINE)


@SETTINGS
@given(DOCUMENTS, FORMATS, st.booleans())
def test_only_finding_spans_change(text: str, fmt: str, unsafe: bool) -> None:
    outcome = fix_text(text, _lint(fmt), first_safe(unsafe), fmt, passes=1)
    rebuilt, position = [], 0
    for edit in sorted(outcome.applied, key=lambda e: e.start):
        assert edit.start >= position  # edits never overlap
        # An edit replaces exactly what one of its finding's rewrites covers: the flagged words or their construction.
        assert any(replaced_range(edit.finding, s) == (edit.start, edit.end) for s in edit.finding.suggestions)
        rebuilt += [text[position : edit.start], edit.replacement]
        position = edit.end
    rebuilt.append(text[position:])
    assert outcome.text == "".join(rebuilt)


@SETTINGS
@given(DOCUMENTS, FORMATS)
def test_second_run_is_a_no_op_and_output_parses(text: str, fmt: str) -> None:
    first = fix_text(text, _lint(fmt), first_safe(False), fmt)
    second = fix_text(first.text, _lint(fmt), first_safe(False), fmt)
    assert second.text == first.text
    assert not second.applied
    parse_document(first.text, fmt)
