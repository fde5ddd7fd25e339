from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from langcheck.matching.prefilter import _holds_whole_run, compile_trigger_regex
from langcheck.packs.patterns import pattern_triggers


def test_phrase_trigger_is_its_longest_word() -> None:
    assert pattern_triggers("so OCD") == {"ocd"}
    assert pattern_triggers("committed suicide") == {"committed"}


def test_token_pattern_trigger_skips_optional_tokens() -> None:
    pattern = [{"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"LOWER": {"IN": ["addict", "addicts"]}}]
    assert pattern_triggers(pattern) == {"addict", "addicts"}


def test_pattern_without_required_word_has_no_trigger() -> None:
    assert pattern_triggers([{"IS_PUNCT": True}]) is None
    assert pattern_triggers([{"LOWER": "crazy", "OP": "?"}]) is None
    assert pattern_triggers([{"LOWER": "n't"}]) is None


def test_trie_regex_finds_whole_words_ignoring_case() -> None:
    regex = compile_trigger_regex(["crazy", "craze", "ocd", "suicide", "bi", "mental", "mentally"])
    text = "Crazy OCD, suicide and suicides; binary bi-polar mentally mental"
    assert [m.group() for m in regex.finditer(text)] == ["Crazy", "OCD", "suicide", "bi", "mentally", "mental"]
    assert regex.search("OpenOCD") is None


def test_empty_trigger_set_never_matches() -> None:
    assert compile_trigger_regex([]).search("anything at all") is None


def test_a_cue_inside_a_contraction_is_a_word(blank_engine) -> None:  # type: ignore[no-untyped-def]
    """spaCy reads "couldn’t" as "could" + "n’t"; the pre-pass must see the cue "could" too."""
    text = "It was obvious he couldn’t stay clean."
    assert blank_engine.match_texts([text], prefilter=True) == blank_engine.match_texts([text], prefilter=False)
    assert blank_engine.match_texts([text])[0]


def test_the_whole_file_pre_pass_sees_contraction_stems_too(blank_engine) -> None:  # type: ignore[no-untyped-def]
    from langcheck.linting.document import lint_source

    text = "It was obvious he couldn’t stay clean.\n"
    assert blank_engine.might_match_source(text, "text")
    assert lint_source(text, "text", blank_engine).findings


def test_exact_case_words_are_whole_letter_runs() -> None:
    # An ORTH requirement is met by the word standing alone in that case, as spaCy would read it, and nowhere else:
    # the long text of a whole file is searched for it rather than split into every word it holds.
    from langcheck.matching.prefilter import _Words

    words = _Words("Running OpenOCD, then OCD-ish checks; Ocd and ÖCD are other words.")
    assert words.has((frozenset({"OCD"}), "exact"))
    assert not words.has((frozenset({"Ocd2", "ÖC"}), "exact"))
    assert not _Words("OpenOCD and OCDs").has((frozenset({"OCD"}), "exact"))
    assert _Words("Übermensch").has((frozenset({"Übermensch"}), "exact"))
    assert not _Words("not-a-run").has((frozenset({"not-a-run"}), "exact"))


@given(st.text(alphabet="aADdé_1 -\n’", max_size=40), st.sampled_from(["ADD", "ED", "Add", "dé", "A1", "_"]))
def test_a_whole_run_is_found_as_the_regular_expression_finds_it(text: str, value: str) -> None:
    """The substring search with checks at each place agrees with the look-around pattern it replaced."""
    letters = re.fullmatch(r"[^\W\d_]+", value) is not None
    pattern = re.compile(rf"(?<![^\W\d_]){re.escape(value)}(?![^\W\d_])")
    assert _holds_whole_run(text, value) == (letters and pattern.search(text) is not None)
