"""Matcher windows: bounded pattern lengths, and stretches that stay inside their sentence."""

from __future__ import annotations

from langcheck.windows import pattern_length, widest, windows


def test_pattern_length_counts_the_longest_match() -> None:
    assert pattern_length([{"LOWER": "so"}, {"OP": "?"}, {"LOWER": "ocd"}]) == 3
    assert pattern_length([{"LOWER": "so"}, {"OP": "{0,3}"}, {"LOWER": "ocd"}]) == 5
    assert pattern_length([{"LOWER": "so"}, {"OP": "{2}"}]) == 3
    assert pattern_length([{"LOWER": "so"}, {"OP": "+"}]) is None
    assert pattern_length([{"LOWER": "so"}, {"OP": "{1,}"}]) is None


def test_widest_reach() -> None:
    assert widest([1, 4, 2]) == 4
    assert widest([1, None]) is None
    assert widest([]) == 0


def test_windows_merge_within_a_sentence_but_never_across() -> None:
    sentences = [(0, 10), (10, 20)]

    def sentence_of(index: int) -> tuple[int, int]:
        return next(bounds for bounds in sentences if bounds[0] <= index < bounds[1])

    assert windows([(2, 3), (4, 5)], 1, sentence_of) == [(1, 6)]
    assert windows([(8, 9), (11, 12)], 3, sentence_of) == [(5, 10), (10, 15)]
    assert windows([(0, 1)], 5, sentence_of) == [(0, 6)]
    assert windows([(12, 13)], None, sentence_of) == [(10, 20)]

