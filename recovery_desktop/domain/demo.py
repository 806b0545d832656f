"""Filling a new vault with a realistic synthetic history (``recovery-desktop demo``)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from recovery_desktop.domain.features import DemoContext, demo_generators


def fill(session: Session, *, years: int, seed: int, today: date | None = None) -> list[str]:
    """Run every registered generator in one transaction; returns their names."""
    end = today or date.today()
    context = DemoContext(random.Random(seed), end - timedelta(days=365 * years), end)
    names = []
    for name, generate in demo_generators():
        generate(session, context)
        names.append(name)
    return names
