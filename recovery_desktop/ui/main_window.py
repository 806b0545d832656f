"""The main window: first run, lock screen or unlocked shell as its central widget.

Locking saves drafts, wipes and deletes every page (dropping decrypted models and text),
disposes the engine and shows the lock screen (KeePassXC's LockedMode pattern).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.idle import IdleWatcher

REMINDERS_DELAY_MS = 2000

if TYPE_CHECKING:
    from recovery_desktop.domain.profile import Profile
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.ui.shell import Shell
    from recovery_desktop.ui.unlock_screen import UnlockScreen
    from recovery_desktop.vault.vault import Vault


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vault: Vault | None = None
        self.profile: Profile | None = None  # only while unlocked
        self.shell: Shell | None = None
        self.reminders: QObject | None = None  # ui/review/reminders.py, once turned on
        self.unlock_screen: UnlockScreen | None = None
        self.idle = IdleWatcher(ctx.clock, ctx.settings.get(opts.AUTO_LOCK_MINUTES), self)
        self.idle.idle.connect(self.lock)
        self.setMinimumSize(720, 520)
        self._build_toolbar()
        from recovery_desktop.ui.window_menus import WindowMenus

        self.menus = WindowMenus(self)  # File and Help menus; keys come with the shortcuts
        self.refresh_title()
        geometry = ctx.settings.get(opts.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 700)

    # -- chrome -----------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setAccessibleName(self.tr("Main toolbar"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        # Actions have no icons, so the buttons show their text. Nothing from the Qt
        # namespace here: its first use builds all of its enums (~40 ms), after first paint.
        self.addToolBar(bar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        self.crisis_action = QAction(self.tr("Crisis help"), self)
        self.crisis_action.setToolTip(self.tr("Emergency and help-line numbers (Ctrl+Shift+H)"))
        self.crisis_action.triggered.connect(self.show_crisis_card)
        # Quick log (urge log): from anywhere while unlocked, if the urge-log page is built.
        self.quick_log_action = QAction(self.tr("Log an urge"), self)
        self.quick_log_action.setToolTip(self.tr("Log an urge or a lapse (Ctrl+U)"))
        self._set_quick_log(False)
        self.quick_log_action.triggered.connect(self.quick_log)
        bar.addAction(self.quick_log_action)
        bar.addWidget(spacer)
        bar.addAction(self.crisis_action)
        bar.addAction(self.lock_action)
        for action in (self.lock_action, self.crisis_action, self.quick_log_action):
            button = bar.widgetForAction(action)
            button.setAccessibleName(action.text())
        self.toolbar = bar
        # Key sequences build the Qt namespace's enums (~40 ms): set them right after the
        # first paint, a moment before anyone can press them.
        QTimer.singleShot(0, self._set_shortcuts)

    def _set_shortcuts(self) -> None:
        self.menus.set_shortcuts()  # every key from the registry in ui/shortcuts.py

    def _set_quick_log(self, available: bool) -> None:
        # Hidden, not just greyed, while locked: the lock screen says nothing about urges.
        self.quick_log_action.setEnabled(available)
        self.quick_log_action.setVisible(available)

    def quick_log(self) -> None:
        page = self.shell.page("urges") if self.shell is not None else None
        if page is not None:
            page.handle_request({"quick_log": True})

    def refresh_title(self) -> None:
        from recovery_desktop.ui import window_title

        window_title.apply(self, self.ctx.settings.get(opts.PRIVACY_MODE))

    def show_crisis_card(self) -> None:
        from PySide6.QtCore import QLocale, Qt

        from recovery_desktop.ui.crisis_card import CrisisCard

        country = (
            self.profile.country if self.profile else ""
        ) or QLocale.system().name().rpartition("_")[2]
        card = CrisisCard(country, self, vault=self.vault if self.shell is not None else None)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # Qt imported late: start-up cost
        card.open()

    # -- states -----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the right first screen for the data folder."""
        from recovery_desktop.vault.layout import vault_exists

        if vault_exists(self.ctx.data_dir):
            self.show_unlock(try_device=True)
        else:
            self.show_first_run()
        QTimer.singleShot(REMINDERS_DELAY_MS, self._start_reminders)

    def _start_reminders(self) -> None:
        """Gentle reminders, if the person turned them on; after the first paint."""
        from recovery_desktop.ui.review.reminders_setup import install_reminders, reminders_wanted

        if reminders_wanted(self):
            install_reminders(self)

    def _set_central(self, widget: QWidget) -> None:
        old = self.takeCentralWidget()
        self.setCentralWidget(widget)
        if old is not None:
            old.deleteLater()

    def show_first_run(self, resume: Vault | None = None) -> None:
        """The set-up flow; ``resume`` continues a vault whose recovery key was never confirmed."""
        from recovery_desktop.ui.first_run import FirstRunFlow

        self.lock_action.setEnabled(False)
        self._set_quick_log(False)
        flow = FirstRunFlow(self.ctx)
        flow.vault_opened.connect(self._vault_opened_in_flow)
        flow.finished.connect(lambda vault: self.open_vault(vault, "passphrase"))
        self._set_central(flow)
        if resume is not None:
            flow.resume(resume)

    def _vault_opened_in_flow(self, vault: Vault) -> None:
        # From here on the vault is open: Ctrl+L and auto-lock apply during set-up too.
        self.vault = vault
        self.lock_action.setEnabled(True)
        self.idle.minutes = self.ctx.settings.get(opts.AUTO_LOCK_MINUTES)
        self.idle.start()

    def show_unlock(self, *, try_device: bool = False) -> None:
        from recovery_desktop.ui.unlock_screen import UnlockScreen

        self.lock_action.setEnabled(False)
        self._set_quick_log(False)
        screen = UnlockScreen(self.ctx)
        screen.unlocked.connect(self.open_vault)
        self.unlock_screen = screen
        self._set_central(screen)
        screen.field.setFocus()
        if try_device:
            # After the first paint, so the lock screen shows without waiting on crypto imports.
            QTimer.singleShot(50, screen.try_device_unlock)

    def open_vault(self, vault: Vault, how: str) -> None:
        from recovery_desktop.domain.profile import load_profile, recovery_key_confirmed

        self.vault = vault
        self.unlock_screen = None
        self._check_integrity(vault)
        try:
            with vault.session() as session:
                self.profile = load_profile(session)
                confirmed = recovery_key_confirmed(session)
            self._remember_language(self.profile.language)
            if not confirmed:
                self.show_first_run(resume=vault)  # set-up was left before the key was saved
            elif how == "recovery":
                self._ask_new_passphrase()
            else:
                self._show_shell()
        except Exception as exc:
            # Never a half-built window: lock again and say what happened.
            self._fail_open(exc)

    def _check_integrity(self, vault: Vault) -> None:
        """Verify every page's HMAC off the GUI thread; warn calmly if anything is damaged."""
        from recovery_desktop.ui.worker import run_in_background

        def report(problems: object) -> None:
            if problems and vault is self.vault:
                self.ctx.dialogs.warn(
                    self,
                    self.tr("Part of your vault is damaged"),
                    self.tr(
                        "A check found damage in the vault's file (for example from a failing "
                        "disk). Nothing was changed. Keep working only if you must; restoring a "
                        "backup is the safest next step."
                    ),
                )

        run_in_background(self, vault.integrity_problems, report, lambda _exc: None)

    def _fail_open(self, exc: Exception) -> None:
        from recovery_desktop.vault.errors import VaultError

        message = (
            exc.user_message
            if isinstance(exc, VaultError)
            else self.tr(
                "The vault opened, but a page could not be shown (%1). Nothing was changed; "
                "please report this."
            ).replace("%1", type(exc).__name__)
        )
        self.lock()
        if self.unlock_screen is not None:
            self.unlock_screen.message.setText(message)
        if os.environ.get("RECOVERY_DESKTOP_DEBUG"):
            raise exc

    def _ask_new_passphrase(self) -> None:
        from recovery_desktop.ui.choose_passphrase import ChoosePassphraseScreen

        assert self.vault is not None
        screen = ChoosePassphraseScreen(self.ctx, self.vault)
        screen.done.connect(self._show_shell)
        self._set_central(screen)

    def _show_shell(self) -> Shell:
        from recovery_desktop.ui.pages.registry import PageContext, page_specs
        from recovery_desktop.ui.shell import Shell

        assert self.vault is not None and self.profile is not None
        page_ctx = PageContext(
            self.ctx,
            self.vault,
            self.profile,
            profile_changed=self._profile_changed,
            request_lock=self.lock,
        )
        # Unlock opens on Today (a calm overview) when it exists; otherwise the last page.
        start = (
            ""
            if self.ctx.settings.get(opts.PRIVACY_MODE)
            else self.ctx.settings.get(opts.LAST_PAGE)
        )
        if any(spec.page_id == "today" for spec in page_specs(self.profile)):
            start = "today"
        self.shell = Shell(page_ctx, start)
        self._set_central(self.shell)
        self.lock_action.setEnabled(True)
        self._set_quick_log("urges" in self.shell.page_ids)
        self.idle.minutes = self.ctx.settings.get(opts.AUTO_LOCK_MINUTES)
        self.idle.start()
        self.refresh_title()
        return self.shell

    def _remember_language(self, language: str) -> None:
        """The next start (and its lock screen) uses the profile's language."""
        from recovery_desktop.ui import settings_store as opts

        self.ctx.settings.set(opts.LANGUAGE, language)

    def _profile_changed(self, profile: Profile) -> None:
        """Pages adapt to the user's path: rebuild the sidebar only if its pages change."""
        from recovery_desktop.ui.pages.registry import page_specs

        old, self.profile = self.profile, profile
        self._remember_language(profile.language)
        if self.shell is None or old is None:
            return
        self.shell.page_ctx.profile = profile
        if [s.page_id for s in page_specs(old)] == [s.page_id for s in page_specs(profile)]:
            return
        current = self.shell.current_page_id
        if self.shell.save_drafts():
            return  # something could not be saved: keep the pages as they are
        self._remember_page()
        self.shell.wipe()
        self._show_shell().select(current)

    def _remember_page(self) -> None:
        if self.shell is None:
            return
        if self.ctx.settings.get(opts.PRIVACY_MODE):
            self.ctx.settings.clear_ui_state()
        else:
            self.ctx.settings.set(opts.LAST_PAGE, self.shell.current_page_id)

    # -- locking ----------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None

    def lock(self, *, force: bool = False) -> bool:
        """Save drafts, wipe every page, close the vault and show the lock screen.

        If a page's unsaved text cannot be saved (a full disk, say), the workbook stays
        unlocked and says so, rather than wiping words that exist nowhere else; ``force``
        locks anyway. Returns whether the window is now locked.
        """
        if self.vault is None:
            return True
        self.idle.stop()
        if self.shell is not None and not force:
            failed = self.shell.save_drafts()
            if failed:
                self.ctx.dialogs.warn(self, self.tr("Not locked yet"), self.tr(
                    "Your unsaved text on %1 could not be saved, so the workbook stays "
                    "unlocked to keep it. Free some disk space, then lock again."
                ).replace("%1", ", ".join(failed)))
                self.idle.start()
                return False
        try:
            if self.shell is not None:
                self._remember_page()
                self.shell.wipe()
        finally:
            self.shell = None
            self.profile = None
            vault, self.vault = self.vault, None
            try:
                vault.close()
            finally:
                self.show_unlock()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        from recovery_desktop.ui.first_run import FirstRunFlow

        flow = self.centralWidget()
        if isinstance(flow, FirstRunFlow) and flow.busy:
            # Closing now would leave a half-made vault: finish this step first.
            event.ignore()
            return
        if not self.lock() and not self.ctx.dialogs.confirm(
            self, self.tr("Quit without saving?"),
            self.tr("Some unsaved text could not be saved. Quit anyway and lose it?"),
            yes=self.tr("Quit and lose it"), no=self.tr("Stay"), destructive=True,
        ):
            event.ignore()
            return
        self.lock(force=True)
        self.ctx.settings.set(opts.GEOMETRY, QByteArray(self.saveGeometry()))
        self.ctx.lock.release()
        super().closeEvent(event)
