"""REBT helpers: absolute words are found whole, prompts fit each belief tag."""

from __future__ import annotations

from recovery_desktop.domain.worksheets import rebt


def words(text: str) -> list[str]:
    return [text[start:start + length] for start, length in rebt.absolute_spans(text)]


def test_absolute_words_are_found_as_whole_words():
    assert words("I must have it, I can't stand this, it's AWFUL") == [
        "must", "can't stand", "AWFUL"]
    assert words("I can’t stand it") == ["can’t stand"]  # typographic apostrophe
    assert words("mustard, shoulder, allotment, neverland") == []
    assert words("Ich muss es haben") == []
    assert words("") == []


def test_dispute_prompts_fit_the_tag():
    for tag in ("dem", "awf", "lft", "gr"):
        prompts = rebt.dispute_prompts(tag)
        assert prompts[: len(rebt.TAG_PROMPTS[tag])] == rebt.TAG_PROMPTS[tag]
        assert set(rebt.GENERAL_PROMPTS) <= set(prompts)
    assert "written" in rebt.dispute_prompts("dem")[0]
    assert rebt.dispute_prompts("") == rebt.GENERAL_PROMPTS
    assert rebt.dispute_prompts("unknown") == rebt.GENERAL_PROMPTS
