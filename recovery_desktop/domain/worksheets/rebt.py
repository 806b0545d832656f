"""REBT helpers: absolute words to highlight and dispute prompts per belief tag.

The prompt texts are English source strings; the UI passes each through
``QCoreApplication.translate("rebt", text)`` so a translation file covers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# SMART's "absolute thought warning" words and REBT's tell-tale phrases (longest first, so
# "can't stand" wins over "can't").
ABSOLUTE_WORDS: tuple[str, ...] = (
    "can't stand", "cannot stand", "can't bear", "have to", "has to", "got to", "ought to",
    "must", "should", "shouldn't", "mustn't", "ought", "need", "needs", "always", "never",
    "everyone", "everybody", "nobody", "no one", "nothing", "everything", "all", "awful",
    "terrible", "horrible", "unbearable", "worthless", "useless", "hopeless", "failure",
    "can't", "cannot",
)

_PATTERN = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w).replace("'", "['’]") for w in ABSOLUTE_WORDS) + r")(?!\w)",
    re.IGNORECASE,
)


def absolute_spans(text: str) -> list[tuple[int, int]]:
    """(start, length) of every absolute word in ``text``, in order."""
    return [(m.start(), m.end() - m.start()) for m in _PATTERN.finditer(text)]


@dataclass(frozen=True)
class Tag:
    id: str
    name: str
    pattern: str
    alternative: str


TAGS: dict[str, Tag] = {
    "dem": Tag("dem", "Demand", "A rigid rule: must, should, have to.",
               "A strong preference: I'd really like…, but it isn't a law."),
    "awf": Tag("awf", "Awfulizing", "Seeing something as the worst that could happen.",
               "Bad, maybe very bad, but not the end of everything."),
    "lft": Tag("lft", "Can't-stand-it", "Telling yourself you can't bear a feeling or situation.",
               "Hard, and I can get through it."),
    "gr": Tag("gr", "Global rating", "Judging a whole person, yourself included, by one act.",
              "Rate the action, accept the person."),
}

# Three kinds of question fit any belief: evidence, logic, usefulness.
GENERAL_PROMPTS: tuple[str, ...] = (
    "Evidence: what supports this thought, and what doesn't?",
    "Logic: does wanting something make it a must?",
    "Usefulness: does thinking this help me reach my goal?",
)

TAG_PROMPTS: dict[str, tuple[str, ...]] = {
    "dem": ("Where is it written that it must be this way?",
            "I'd prefer it; does that mean it has to happen?"),
    "awf": ("On a scale from 0 to 100, honestly, how bad is it?",
            "What would I tell a friend who said this was the worst thing ever?"),
    "lft": ("I'm still here. What helped me get through something like this before?",
            "Is it truly unbearable, or very uncomfortable?"),
    "gr": ("Would I judge a friend this way for the same thing?",
           "Does one action make a whole person good or bad?"),
}


def dispute_prompts(tag: str) -> tuple[str, ...]:
    """Questions for a belief tagged ``tag`` ("" or unknown: the general questions only)."""
    return TAG_PROMPTS.get(tag, ()) + GENERAL_PROMPTS
