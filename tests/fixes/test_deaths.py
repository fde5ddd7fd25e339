"""Where a rewrite that tells of a death would read wrong, or should wait for a person."""

from __future__ import annotations

from langcheck.fixes.construction import Construction
from langcheck.fixes.deaths import death_misfits, death_unsure, tells_a_death


def _at(text: str, matched: str) -> tuple[Construction, int, int]:
    start = text.index(matched)
    return Construction(text, start, start + len(matched)), start, start + len(matched)


def test_a_rewrite_tells_a_death_when_it_says_someone_died() -> None:
    assert tells_a_death("died by suicide")
    assert not tells_a_death("attempted suicide")


def test_a_death_threatened_already_told_or_imagined_gets_no_rewrite() -> None:
    for text in (
        "He had threatened numerous times to commit suicide.",
        "He died in October 2009, committing suicide three months after he came home.",
        "He fantasized about committing suicide in front of her.",
    ):
        c, start, _ = _at(text, "commit")
        assert death_misfits("died by suicide", c, start), text
    c, start, _ = _at("He committed suicide in 1990.", "committed suicide")
    assert not death_misfits("died by suicide", c, start)
    assert not death_misfits("attempted suicide", *_at("He fantasized about committing suicide.", "committing")[:2])


def test_a_death_told_again_for_a_reason_or_foretold_waits_for_a_person() -> None:
    for text, matched in (
        ("He committed suicide and died in hospital.", "committed suicide"),
        ("She committed suicide for scoring low marks.", "committed suicide"),
        ("He said that he will commit suicide.", "commit suicide"),
    ):
        c, start, end = _at(text, matched)
        assert death_unsure("died by suicide", c, start, end), text
    c, start, end = _at("He committed suicide in 1990.", "committed suicide")
    assert not death_unsure("died by suicide", c, start, end)


def test_a_death_told_as_coming_slowly_is_a_figure() -> None:
    c, start, _ = _at("He was slowly committing suicide.", "committing")
    assert death_misfits("dying by suicide", c, start)
    c, start, _ = _at("He was committing suicide.", "committing")
    assert not death_misfits("dying by suicide", c, start)


def test_the_act_taken_up_again_or_its_way_told_after_waits_for_a_person() -> None:
    text = "He is thought to have committed suicide, but he did not do it voluntarily."
    c, start, end = _at(text, "committed suicide")
    assert death_unsure("died by suicide", c, start, end)
    c, start, end = _at("He committed suicide yesterday by fighting a gorilla.", "committed suicide")
    assert death_unsure("died by suicide", c, start, end)
    c, start, end = _at("He committed suicide in 1990.", "committed suicide")
    assert not death_unsure("died by suicide", c, start, end)
