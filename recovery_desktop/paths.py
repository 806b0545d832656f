"""Where the vault lives by default (no Qt: the CLI uses it too)."""

from __future__ import annotations

from pathlib import Path

APP_DIR_NAME = "recovery-desktop"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False, roaming=False) / "vault"
