"""Starting the GUI: the window first, heavy imports later.

The lock screen is on screen before SQLAlchemy, Alembic, cryptography or keyring load;
they are warmed up on a background thread while the user types the passphrase.
"""

from __future__ import annotations

import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from recovery_desktop import APP_ID, __version__

if TYPE_CHECKING:
    from recovery_desktop.ui.main_window import MainWindow


WARM_UP_DELAY_MS = 300


def _warm_up_imports() -> None:
    """Import what unlocking needs while the user is still typing."""
    import importlib

    from recovery_desktop.domain.features import MODEL_MODULES

    # No Qt modules here: the page modules are imported on the GUI thread while the key is
    # derived (see UnlockScreen.submit).
    for name in ("keyring", "sqlalchemy.orm", "recovery_desktop.vault.vault", *MODEL_MODULES):
        try:
            importlib.import_module(name)
        except Exception:  # a real problem resurfaces, with a message, when unlocking
            continue


def _calm_excepthook(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A bug reaches the user as a calm message; the traceback only with DEBUG set."""
    if os.environ.get("RECOVERY_DESKTOP_DEBUG"):
        traceback.print_exception(kind, exc, tb)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(
        None,
        QApplication.applicationDisplayName(),  # the neutral name while privacy mode is on
        QCoreApplication.translate(
            "App",
            "Something unexpected went wrong (%1). Your saved entries are safe. If it keeps "
            "happening, set RECOVERY_DESKTOP_DEBUG=1 and report the details.",
        ).replace("%1", kind.__name__),
    )


def resolve_data_dir(cli_value: Path | None, saved: str) -> Path:
    if cli_value is not None:
        return cli_value
    if saved:
        return Path(saved)
    from recovery_desktop.paths import default_data_dir  # platformdirs: only when needed

    return default_data_dir()


def make_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName("recovery-desktop")
    QCoreApplication.setApplicationName("recovery-desktop")
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setDesktopFileName(APP_ID)
    return app


def integrate_with_desktop(app: QApplication) -> None:
    """Window icon, visible check box frames and light/dark palettes that follow the system
    (after the first paint: building the palette roles' enums costs ~50 ms the lock screen
    should not wait for)."""
    from recovery_desktop.ui import style, theme
    from recovery_desktop.ui.app_icon import app_icon

    app.setWindowIcon(app_icon())
    style.install(app)  # before the palette: setting a style resets the palette
    app.setProperty("theme-follower", theme.follow_system(app))


def launch(data_dir: Path | None, *, minimized: bool = False
           ) -> tuple[QApplication, MainWindow] | None:
    """Create the application and show the first screen; None if the vault is busy."""
    from recovery_desktop.ui import settings_store as opts
    from recovery_desktop.ui import window_title
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.ui.main_window import MainWindow
    from recovery_desktop.vault.errors import VaultError
    from recovery_desktop.vault.instance_lock import InstanceLock

    app = make_application(sys.argv[:1])
    settings = opts.SettingsStore()
    from recovery_desktop.ui import translations

    translations.install(app, settings.get(opts.LANGUAGE))  # before any window or message
    window_title.apply(None, settings.get(opts.PRIVACY_MODE))  # before any message box
    folder = resolve_data_dir(data_dir, settings.get(opts.DATA_DIR))
    lock = InstanceLock(folder)
    try:
        lock.acquire()
    except VaultError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, QApplication.applicationDisplayName(), exc.user_message)
        return None
    window = MainWindow(AppContext(data_dir=folder, lock=lock, settings=settings))
    window.start()
    if minimized:  # started at login: quietly, in the background
        window.showMinimized()
    else:
        window.show()
    QTimer.singleShot(0, lambda: integrate_with_desktop(app))
    # Once the lock screen is painted, load what unlocking needs while the user types.
    QTimer.singleShot(
        WARM_UP_DELAY_MS,
        lambda: threading.Thread(target=_warm_up_imports, name="warm-imports", daemon=True).start(),
    )
    return app, window


def run(data_dir: Path | None, *, minimized: bool = False) -> int:
    launched = launch(data_dir, minimized=minimized)
    if launched is None:
        return 1
    app, window = launched
    sys.excepthook = _calm_excepthook
    try:
        return app.exec()
    finally:
        window.ctx.lock.release()
