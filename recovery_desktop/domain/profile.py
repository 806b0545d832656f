"""What the user told the app about themselves, stored in the vault (never in QSettings).

Kept as small JSON values in ``vault_settings`` so later issues can add preferences
without a migration. Labels such as "addict" appear only if the user picks them here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, Session, mapped_column

from recovery_desktop.domain.base import Base, utcnow
from recovery_desktop.domain.features import DemoContext, demo_generator


class VaultSetting(Base):
    __tablename__ = "vault_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RecoveryPath(StrEnum):
    SMART = "smart"
    TWELVE_STEP = "twelve_step"
    BOTH = "both"
    UNSURE = "unsure"

    @property
    def shows_smart(self) -> bool:
        return self is not RecoveryPath.TWELVE_STEP

    @property
    def shows_twelve_step(self) -> bool:
        return self is not RecoveryPath.SMART


class Role(StrEnum):
    SELF = "self"  # in recovery themselves
    SUPPORTING = "supporting"  # family or friend of someone in recovery
    BOTH = "both"


@dataclass
class Profile:
    """Answers from "getting to know you"; every field is optional."""

    path: RecoveryPath = RecoveryPath.UNSURE
    role: Role = Role.SELF
    display_name: str = ""
    country: str = ""  # ISO 3166 alpha-2, for emergency numbers and help lines
    language: str = ""  # BCP 47 tag; empty follows the system
    self_label: str = ""  # how the user names themselves, if at all ("person in recovery", ...)
    completed: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


_PROFILE_KEY = "profile"


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(VaultSetting, key)
    return default if row is None else json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(VaultSetting, key)
    if row is None:
        session.add(VaultSetting(key=key, value=text, updated_at=utcnow()))
    else:
        row.value = text
        row.updated_at = utcnow()


def load_profile(session: Session) -> Profile:
    raw = get_setting(session, _PROFILE_KEY, {}) or {}
    known = {f.name for f in fields(Profile)}
    values = {k: v for k, v in raw.items() if k in known}
    profile = Profile(**values)
    # Stored as plain strings; unknown values (from a newer version) fall back safely.
    try:
        profile.path = RecoveryPath(profile.path)
    except ValueError:
        profile.path = RecoveryPath.UNSURE
    try:
        profile.role = Role(profile.role)
    except ValueError:
        profile.role = Role.SELF
    return profile


def save_profile(session: Session, profile: Profile) -> None:
    set_setting(session, _PROFILE_KEY, asdict(profile))


_RECOVERY_CONFIRMED_KEY = "recovery_key_confirmed"


def recovery_key_confirmed(session: Session) -> bool:
    """False only between creating a vault in the app and the user confirming their key.

    A vault left in that state (the window was closed mid-way) gets a fresh recovery key
    on its next unlock, so nobody is left with a key they never saw.
    """
    return bool(get_setting(session, _RECOVERY_CONFIRMED_KEY, True))


def set_recovery_key_confirmed(session: Session, confirmed: bool) -> None:
    set_setting(session, _RECOVERY_CONFIRMED_KEY, confirmed)


@demo_generator("profile", order=0)
def _demo_profile(session: Session, context: DemoContext) -> None:
    alias = context.rng.choice(["Sam", "Alex", "Jo", "Robin", "Kai", "Noor", "Mika"])
    save_profile(
        session,
        Profile(
            path=RecoveryPath.BOTH, role=Role.SELF, display_name=alias, country="US", completed=True
        ),
    )
