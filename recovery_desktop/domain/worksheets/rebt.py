"""REBT helpers: absolute words to highlight and dispute prompts per belief tag.

The prompt texts are English source strings; the UI passes each through
``QCoreApplication.translate("rebt", text)`` so a translation file covers them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recovery_desktop.marks import QT_TRANSLATE_NOOP

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


# Marked for lupdate; the UI translates them in the "rebt" context.
TAGS: dict[str, Tag] = {
    "dem": Tag("dem", QT_TRANSLATE_NOOP("rebt", "Demand"),
               QT_TRANSLATE_NOOP("rebt", "A rigid rule: must, should, have to."),
               QT_TRANSLATE_NOOP("rebt",
                                 "A strong preference: I'd really like…, but it isn't a law.")),
    "awf": Tag("awf", QT_TRANSLATE_NOOP("rebt", "Awfulizing"),
               QT_TRANSLATE_NOOP("rebt", "Seeing something as the worst that could happen."),
               QT_TRANSLATE_NOOP("rebt", "Bad, maybe very bad, but not the end of everything.")),
    "lft": Tag("lft", QT_TRANSLATE_NOOP("rebt", "Can't-stand-it"),
               QT_TRANSLATE_NOOP("rebt", "Telling yourself you can't bear a feeling or situation."),
               QT_TRANSLATE_NOOP("rebt", "Hard, and I can get through it.")),
    "gr": Tag("gr", QT_TRANSLATE_NOOP("rebt", "Global rating"),
              QT_TRANSLATE_NOOP("rebt", "Judging a whole person, yourself included, by one act."),
              QT_TRANSLATE_NOOP("rebt", "Rate the action, accept the person.")),
}

# Three kinds of question fit any belief: evidence, logic, usefulness.
GENERAL_PROMPTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("rebt", "Evidence: what supports this thought, and what doesn't?"),
    QT_TRANSLATE_NOOP("rebt", "Logic: does wanting something make it a must?"),
    QT_TRANSLATE_NOOP("rebt", "Usefulness: does thinking this help me reach my goal?"),
)

TAG_PROMPTS: dict[str, tuple[str, ...]] = {
    "dem": (QT_TRANSLATE_NOOP("rebt", "Where is it written that it must be this way?"),
            QT_TRANSLATE_NOOP("rebt", "I'd prefer it; does that mean it has to happen?")),
    "awf": (QT_TRANSLATE_NOOP("rebt", "On a scale from 0 to 100, honestly, how bad is it?"),
            QT_TRANSLATE_NOOP(
                "rebt", "What would I tell a friend who said this was the worst thing ever?")),
    "lft": (QT_TRANSLATE_NOOP(
        "rebt", "I'm still here. What helped me get through something like this before?"),
            QT_TRANSLATE_NOOP("rebt", "Is it truly unbearable, or very uncomfortable?")),
    "gr": (QT_TRANSLATE_NOOP("rebt", "Would I judge a friend this way for the same thing?"),
           QT_TRANSLATE_NOOP("rebt", "Does one action make a whole person good or bad?")),
}


def dispute_prompts(tag: str) -> tuple[str, ...]:
    """Questions for a belief tagged ``tag`` ("" or unknown: the general questions only)."""
    return TAG_PROMPTS.get(tag, ()) + GENERAL_PROMPTS
