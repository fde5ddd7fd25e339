from __future__ import annotations

from langcheck.core.models import Suggestion
from langcheck.fixes.suggest import match_case, suggestions_for

SUGGESTIONS = (
    Suggestion("died by suicide", True, ("committed",)),
    Suggestion("dies by suicide", True, ("commits",)),
    Suggestion("took their own life"),
)


def test_when_words_pick_the_form_that_fits() -> None:
    assert [s.text for s in suggestions_for("commits suicide", SUGGESTIONS)] == ["dies by suicide"]
    assert [s.text for s in suggestions_for("committed suicide", SUGGESTIONS)] == ["died by suicide"]


def test_unconditional_suggestions_are_the_fallback() -> None:
    assert [s.text for s in suggestions_for("commit suicide", SUGGESTIONS)] == ["took their own life"]


def test_capital_at_sentence_start_is_kept() -> None:
    assert match_case("Schizophrenics", "people with schizophrenia") == "People with schizophrenia"
    assert match_case("schizophrenics", "people with schizophrenia") == "people with schizophrenia"


def test_acronyms_do_not_force_capitals() -> None:
    assert match_case("OCD", "particular") == "particular"
