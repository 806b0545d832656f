"""Where the bundled data files are (no Qt: domain code reads worksheet definitions)."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A file or folder under ``resources/``, e.g. ``resource("worksheets")``."""
    node = files("recovery_desktop.resources")
    for part in parts:
        node = node / part
    return node
