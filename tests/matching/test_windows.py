"""Matcher windows: bounded pattern lengths, and stretches that stay inside their sentence."""

from __future__ import annotations

from langcheck.matching.windows import may_hold_match, pattern_length, token_needs, widest, windows


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



def test_token_needs_names_the_words_of_required_tokens_only() -> None:
    pattern = [{"LOWER": {"IN": ["so", "very"]}, "OP": "?"}, {"ORTH": "OCD"}, {"OP": "{0,2}"}, {"LOWER": "about", "OP": "+"}]
    assert token_needs(pattern) == (frozenset({"ocd"}), frozenset({"about"}))
    assert token_needs([{"IS_ALPHA": True}, {"LOWER": {"NOT_IN": ["x"]}}]) == ()


def test_a_stretch_without_a_needed_word_cannot_hold_a_match() -> None:
    needs = [(frozenset({1}), frozenset({2})), (frozenset({3}),)]
    lowers = [9, 1, 9, 2, 9, 3]
    assert may_hold_match(needs, lowers, 0, 4)  # 1 and 2: the first pattern
    assert not may_hold_match(needs, lowers, 0, 3)  # 1 without 2, and no 3
    assert may_hold_match(needs, lowers, 4, 6)  # 3: the second pattern
    assert may_hold_match(None, lowers, 0, 1)  # a pattern set that needs nothing in particular
