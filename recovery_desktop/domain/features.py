"""Where features plug in: their ORM modules and their demo-data generators.

A feature adds its module to ``MODEL_MODULES`` (so exports, backups and migrations see its
tables) and registers a demo generator with ``@demo_generator``. Kept as a plain list
rather than entry points: the app is one package, and the list reads as a table of contents.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

MODEL_MODULES: tuple[str, ...] = (
    "recovery_desktop.domain.profile",
    "recovery_desktop.domain.drafts",
    "recovery_desktop.domain.links",
    "recovery_desktop.domain.urges",
    "recovery_desktop.domain.worksheets",
    "recovery_desktop.domain.review",
    "recovery_desktop.domain.twelve_step",
    "recovery_desktop.domain.meetings",
    "recovery_desktop.domain.support",
)


def load_all_models() -> None:
    for name in MODEL_MODULES:
        importlib.import_module(name)


@dataclass(frozen=True)
class DemoContext:
    rng: random.Random
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days


DemoGenerator = Callable[[Session, DemoContext], None]
_DEMO_GENERATORS: list[tuple[int, str, DemoGenerator]] = []


def demo_generator(name: str, order: int = 100) -> Callable[[DemoGenerator], DemoGenerator]:
    """Register a generator; lower ``order`` runs first (e.g. behaviours before urges)."""

    def register(func: DemoGenerator) -> DemoGenerator:
        if all(existing != name for _, existing, _ in _DEMO_GENERATORS):
            _DEMO_GENERATORS.append((order, name, func))
        return func

    return register


def demo_generators() -> list[tuple[str, DemoGenerator]]:
    load_all_models()  # importing the feature modules registers their generators
    return [(name, func) for _, name, func in sorted(_DEMO_GENERATORS, key=lambda g: g[:2])]
