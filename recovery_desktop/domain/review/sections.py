"""The weekly review's auto-draft, assembled from pluggable week-section providers.

A *provider* is a plain function ``(session, window) -> data | None``: it reads what it
needs for the seven local days of ``window`` (a :class:`~.week.ReviewWindow`) inside the
caller's session and returns a frozen dataclass of plain values, or ``None`` when it has
nothing to say for that week (the section is then left out). Providers never touch Qt, so
the review page, its charts and printing all reuse the same numbers.

Register one with the decorator, usually in the feature's own ``domain`` package so that
importing the feature registers it::

    from recovery_desktop.domain.review.sections import MEETINGS, register_section

    @register_section(MEETINGS, order=40)
    def meetings_week(session: Session, window: ReviewWindow) -> MeetingsWeek | None:
        ...  # e.g. meetings attended on window.start..window.end (local dates, window.tz)

Keys of sections built elsewhere (:class:`WeekReview` has a property for each):
``MEETINGS`` (meetings attended, ``domain/meetings/review_section.py``),
``SPONSOR_CONTACTS`` (sponsor and support contacts, ``domain/support/review_section.py``),
``STEP_PROGRESS`` (12-step work, ``domain/twelve_step/review_section.py``) and
``MILESTONES`` (clean-time milestones, ``domain/behaviours/review_section.py``). The UI
shows a section through a renderer registered under the same key
(``ui/review/section_views.py``,
``register_renderer``); a section without one is shown through its ``rows()`` method if it
has one (``[(label, value), ...]``, see :class:`LabelledRows`), so a provider returning
``LabelledRows`` needs no UI code at all.

Weekly trends for the charts plug in the same way (``register_trend``): a function
``(session, windows) -> list[float | None]`` giving one value per window, oldest first
(e.g. meetings per week under ``MEETINGS``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from recovery_desktop.domain.review.week import ReviewWindow

# Keys of the built-in sections ...
URGES = "urges"
CLEAN_TIME = "clean_time"
WORKSHEETS = "worksheets"
MOOD = "mood"
LAST_PLAN = "last_plan"
# ... and of those other features provide (see the module docstring).
MEETINGS = "meetings"
SPONSOR_CONTACTS = "sponsor_contacts"
STEP_PROGRESS = "step_progress"
MILESTONES = "milestones"

SectionProvider = Callable[[Session, ReviewWindow], Any]
TrendProvider = Callable[[Session, Sequence[ReviewWindow]], list[float | None]]
P = TypeVar("P", bound=SectionProvider)
TP = TypeVar("TP", bound=TrendProvider)


@dataclass(frozen=True)
class ProviderSpec:
    key: str
    provider: SectionProvider
    order: int


_PROVIDERS: dict[str, ProviderSpec] = {}
_TRENDS: dict[str, tuple[int, TrendProvider]] = {}


def register_section(key: str, order: int = 100) -> Callable[[P], P]:
    """Register (or replace) the provider of section ``key``; lower ``order`` shows first."""

    def register(func: P) -> P:
        _PROVIDERS[key] = ProviderSpec(key, func, order)
        return func

    return register


def register_trend(key: str, order: int = 100) -> Callable[[TP], TP]:
    def register(func: TP) -> TP:
        _TRENDS[key] = (order, func)
        return func

    return register


def providers() -> list[ProviderSpec]:
    return sorted(_PROVIDERS.values(), key=lambda spec: (spec.order, spec.key))


def trend_providers() -> list[tuple[str, TrendProvider]]:
    return [(key, func) for key, (_o, func) in sorted(_TRENDS.items(),
                                                      key=lambda kv: (kv[1][0], kv[0]))]


@dataclass(frozen=True)
class LabelledRows:
    """A ready-to-show section for providers that need no UI of their own. The title and
    labels are plain English (the UI passes them through translation)."""

    title: str
    rows: tuple[tuple[str, str], ...] = ()

    def items(self) -> list[tuple[str, str]]:
        return list(self.rows)


@dataclass
class WeekReview:
    """The auto-draft for one week: section key -> that provider's data, in display order."""

    window: ReviewWindow
    sections: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str) -> Any:
        return self.sections.get(key)

    @property
    def urges(self) -> Any:
        return self.sections.get(URGES)

    @property
    def clean_time(self) -> Any:
        return self.sections.get(CLEAN_TIME)

    @property
    def mood(self) -> Any:
        return self.sections.get(MOOD)

    @property
    def meetings(self) -> Any:
        return self.sections.get(MEETINGS)

    @property
    def sponsor_contacts(self) -> Any:
        return self.sections.get(SPONSOR_CONTACTS)

    @property
    def step_progress(self) -> Any:
        return self.sections.get(STEP_PROGRESS)

    @property
    def milestones(self) -> Any:
        return self.sections.get(MILESTONES)


def assemble(session: Session, window: ReviewWindow,
             keys: Sequence[str] | None = None) -> WeekReview:
    """Run every registered provider (or only ``keys``) for ``window``, in order."""
    load_providers()
    review = WeekReview(window)
    for spec in providers():
        if keys is not None and spec.key not in keys:
            continue
        data = spec.provider(session, window)
        if data is not None:
            review.sections[spec.key] = data
    return review


def load_providers() -> None:
    """Importing the feature modules registers their providers (cheap once done)."""
    from recovery_desktop.domain.features import load_all_models

    load_all_models()
