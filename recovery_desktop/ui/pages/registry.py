"""The page registry: features add sidebar pages here; only built pages ever appear.

A feature declares a :class:`PageSpec` and lists its module in ``PAGE_MODULES``. The
shell builds pages on unlock and destroys them on lock, so no decrypted widget outlives
an unlocked session.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from recovery_desktop.domain.profile import Profile

if TYPE_CHECKING:
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.vault.vault import Vault

PAGE_MODULES: tuple[str, ...] = (
    "recovery_desktop.ui.pages.settings_page",
    "recovery_desktop.ui.urges.pages",
    "recovery_desktop.ui.pages.worksheets_page",
    "recovery_desktop.ui.pages.data_page",
    "recovery_desktop.ui.review.pages",
    "recovery_desktop.ui.twelve_step.page",
    "recovery_desktop.ui.support.pages",
)


@dataclass
class PageContext:
    """What a page gets: the app context, the open vault, and hooks back into the shell."""

    app: AppContext
    vault: Vault
    profile: Profile
    profile_changed: Callable[[Profile], None] = field(default=lambda _p: None)
    request_lock: Callable[[], object] = field(default=lambda: None)
    # Open another page with a request, e.g. navigate("worksheets", {"new": "abc",
    # "link": Ref("urge", 7)}); False when that page is not built (or hidden for this user).
    navigate: Callable[[str, dict[str, Any]], bool] = field(default=lambda _id, _req: False)


class Page(QWidget):
    """Base for sidebar pages. Override ``save_drafts`` to keep unsaved input safe."""

    def save_drafts(self) -> None:
        """Called on lock, close and page switch: autosave whatever is unsaved."""

    def handle_request(self, request: dict[str, Any]) -> None:
        """Another page asked to open this one with ``request`` (see PageContext.navigate)."""


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    title: Callable[[], str]  # called at build time so the title is translated
    factory: Callable[[PageContext], Page]
    order: int = 100
    visible: Callable[[Profile], bool] = field(default=lambda _p: True)


_SPECS: dict[str, PageSpec] = {}


def register_page(spec: PageSpec) -> PageSpec:
    _SPECS[spec.page_id] = spec
    return spec


def import_page_modules() -> None:
    """Import (and so register) every page module; cheap once done."""
    for name in PAGE_MODULES:
        importlib.import_module(name)


def page_specs(profile: Profile) -> list[PageSpec]:
    import_page_modules()
    return sorted(
        (s for s in _SPECS.values() if s.visible(profile)), key=lambda s: (s.order, s.page_id)
    )
