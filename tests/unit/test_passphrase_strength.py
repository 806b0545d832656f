"""The passphrase strength estimate: pure logic, no Qt application needed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_desktop.ui.passphrase_strength import (
    MIN_LENGTH,
    Hint,
    Level,
    estimate_bits,
    evaluate,
    hint_text,
    level_label,
)


@pytest.mark.parametrize("text", ["", "a", "abc1!", "Xk9#mP2"])
def test_below_the_minimum_is_too_short_and_refused(text: str) -> None:
    strength = evaluate(text)
    assert strength.level is Level.TOO_SHORT
    assert not strength.acceptable
    assert strength.hint is Hint.LONGER
    assert str(MIN_LENGTH) in strength.hint_text


def test_the_minimum_length_is_accepted_even_when_weak() -> None:
    strength = evaluate("qwertzui")
    assert strength.acceptable
    assert strength.level is Level.WEAK


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("password", Hint.COMMON),
        ("P@ssw0rd", Hint.COMMON),  # look-alike digits do not hide a common word
        ("letmein123", Hint.COMMON),
        ("aaaaaaaaaaaa", Hint.REPEATS),
        ("12345678", Hint.REPEATS),
        ("abcdefghijkl", Hint.COMMON),
    ],
)
def test_guessable_passphrases_are_weak_with_the_reason(text: str, hint: Hint) -> None:
    strength = evaluate(text)
    assert strength.level is Level.WEAK
    assert strength.hint is hint
    assert strength.hint_text


def test_a_few_random_words_are_very_strong() -> None:
    assert evaluate("correct horse battery staple").level is Level.VERY_STRONG
    assert evaluate("purple elephant dancing quietly at noon").level is Level.VERY_STRONG


def test_more_words_move_up_the_scale() -> None:
    levels = [
        evaluate(text).level
        for text in (
            "walnut river",
            "walnut river candle",
            "walnut river candle ",
            "walnut river candle orbit",
        )
    ]
    assert levels == sorted(levels)
    assert levels[0] < levels[-1]


def test_random_characters_count_more_than_word_letters() -> None:
    word_bits, _ = estimate_bits("lantern")
    random_bits, _ = estimate_bits("l4Nt#r9")
    assert random_bits > word_bits


def test_repeats_count_almost_nothing() -> None:
    once, _ = estimate_bits("maple")
    padded, _ = estimate_bits("maple" + "!" * 20)
    assert padded - once < 30


def test_non_ascii_letters_are_counted() -> None:
    assert evaluate("ein kleiner grüner kaktus").level >= Level.STRONG
    assert evaluate("горячий чай с лимоном").acceptable


def test_every_level_and_hint_has_words() -> None:
    assert all(level_label(level) for level in Level)
    assert all(hint_text(hint) for hint in Hint if hint is not Hint.NONE)
    assert hint_text(Hint.NONE) == ""


def test_very_strong_gives_no_advice() -> None:
    assert evaluate("hopeful morning walks by the lake").hint is Hint.NONE


@given(st.text(max_size=200))
def test_any_text_gets_an_estimate(text: str) -> None:
    strength = evaluate(text)
    assert strength.bits >= 0
    assert strength.label
    assert strength.acceptable == (len(text) >= MIN_LENGTH)
