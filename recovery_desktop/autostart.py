"""Start the app quietly at login (no Qt). On Linux and other XDG desktops: a ``.desktop``
file in ``$XDG_CONFIG_HOME/autostart`` (default ``~/.config/autostart``), written
atomically and removed when turned off. Other systems are described in the README.

The entry names the neutral title in privacy mode, so a glance at the session's start-up
list does not say what the app is for.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
from pathlib import Path

from recovery_desktop import APP_ID, APP_NAME, NEUTRAL_NAME
from recovery_desktop.vault.atomic import atomic_write_bytes

FILE_NAME = f"{APP_ID}.desktop"


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def autostart_file() -> Path:
    return autostart_dir() / FILE_NAME


def command() -> list[str]:
    return [sys.executable, "-m", "recovery_desktop", "--minimized"]


def desktop_entry(*, private: bool, argv: list[str] | None = None) -> str:
    name = NEUTRAL_NAME if private else APP_NAME
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={name}",
        f"Exec={shlex.join(argv or command())}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "NoDisplay=true",
        "",
    ])


def is_enabled() -> bool:
    return autostart_file().is_file()


def enable(*, private: bool) -> Path:
    path = autostart_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, desktop_entry(private=private).encode(), mode=0o644)
    return path


def disable() -> None:
    path = autostart_file()
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
