"""One sense per document: evidence is lexical, per sentence; candidates give way only to a majority."""

from __future__ import annotations

from collections import Counter

from langcheck.context.discourse import MIN_EVIDENCE, SenseWords, given_way, sense_evidence, senses_given_way

MANIC = {"casual/manic": SenseWords(frozenset({"manic"}), frozenset({"episode", "episodes", "symptoms", "bipolar"}))}


def test_evidence_counts_sentences_where_a_trigger_meets_a_cue() -> None:
    texts = [
        "Severe manic or depressive episodes came first. I went manic and stopped sleeping.",
        "My first manic symptoms appeared in spring.",
        "It was a manic year.",
    ]
    assert sense_evidence(texts, MANIC) == Counter({("casual/manic", "manic"): 2})


def test_a_cue_word_does_not_count_as_its_own_evidence() -> None:
    words = {"r": SenseWords(frozenset({"bipolar"}), frozenset({"bipolar", "disorder"}))}
    assert sense_evidence(["Bipolar weather again."], words) == Counter()


def test_candidates_give_way_to_at_least_two_and_a_majority() -> None:
    key = ("casual/manic", "manic")
    assert senses_given_way(Counter({key: MIN_EVIDENCE}), [key]) == {key}
    assert senses_given_way(Counter({key: 1}), [key]) == set()
    assert senses_given_way(Counter({key: 3}), [key, key, key]) == set()


def test_given_way_reads_the_document_only_for_candidates() -> None:
    texts = ["A manic episode.", "Manic symptoms again.", "It was a manic year."]
    assert given_way(texts, MANIC, []) == set()
    assert given_way(texts, MANIC, [("casual/manic", "manic")]) == {("casual/manic", "manic")}
