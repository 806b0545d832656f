"""The app in Spanish, the language setting, and a mirrored (right-to-left) layout."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.profile import load_profile
from recovery_desktop.domain.twelve_step.progress import date_problems
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui import translations
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.settings_page import SettingsPage
from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.unlock_screen import UnlockScreen
from recovery_desktop.vault import kdf
from recovery_desktop.vault.errors import WrongPassphrase
from recovery_desktop.vault.vault import CreatedVault, Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import FakeClock, open_window, visible_texts


@pytest.fixture
def vault_folder(tmp_path: Path) -> Iterator[CreatedVault]:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    created.vault.close()
    yield created


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translations.install(qapp, "es")
    yield
    translations.uninstall(qapp)


@pytest.fixture
def mirrored(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _window(qtbot: QtBot, tmp_path: Path, created: CreatedVault) -> MainWindow:
    return open_window(qtbot, created.vault.paths.folder, tmp_path / "settings.ini", FakeClock())


def _unlocked_shell(qtbot: QtBot, win: MainWindow) -> Shell:
    # Opened directly: typing races the lock screen's device check, which is not tested here.
    win.open_vault(Vault.unlock(win.ctx.data_dir, PASSPHRASE, lock=win.ctx.lock), "passphrase")
    qtbot.waitUntil(lambda: isinstance(win.centralWidget(), Shell), timeout=10_000)
    shell = win.centralWidget()
    assert isinstance(shell, Shell)
    return shell


def test_spanish_is_offered_in_its_own_name() -> None:
    assert "es" in translations.available_languages()
    assert translations.native_name("es") == "Español"


@pytest.mark.usefixtures("spanish")
def test_the_lock_screen_and_pages_show_spanish(qtbot: QtBot, tmp_path: Path,
                                                vault_folder: CreatedVault) -> None:
    win = _window(qtbot, tmp_path, vault_folder)
    screen = win.centralWidget()
    assert isinstance(screen, UnlockScreen)
    assert screen.unlock_button.text() == "Desbloquear"
    assert screen.unlock_button.accessibleName() == "Desbloquear"
    # A vault message (the vault layer itself is Qt-free) arrives translated too.
    screen.show_error(WrongPassphrase().user_message)
    assert screen.message.text().startswith("Esa frase de contraseña no desbloqueó la bóveda.")
    shell = _unlocked_shell(qtbot, win)
    shell.select("worksheets")
    page = shell.page("worksheets")
    assert isinstance(page, WorksheetsPage)
    page.new_worksheet("abc")  # the worksheet definitions' own Spanish text
    qtbot.waitUntil(lambda: "A: Lo que pasó" in visible_texts(page), timeout=5_000)
    assert "Hojas de trabajo" in visible_texts(shell.sidebar)
    page.save_drafts()
    win.close()
    win.ctx.lock.release()


def test_choosing_a_language_is_kept_for_the_next_start(qtbot: QtBot, tmp_path: Path,
                                                         vault_folder: CreatedVault) -> None:
    win = _window(qtbot, tmp_path, vault_folder)
    shell = _unlocked_shell(qtbot, win)
    shell.select("settings")
    page = shell.page("settings")
    assert isinstance(page, SettingsPage)
    combo = page.profile_form.language_combo
    combo.setCurrentIndex(combo.findData("es"))
    page.save_profile()
    assert "next time you open the app" in page.profile_status.text()  # a restart applies it
    assert win.ctx.settings.get(opts.LANGUAGE) == "es"  # the lock screen can use it
    assert win.vault is not None
    with win.vault.session() as session:
        assert load_profile(session).language == "es"
    win.close()
    win.ctx.lock.release()
    # Only the code is stored outside the vault.
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value(opts.LANGUAGE.key) == "es"


def test_install_follows_the_system_and_can_be_undone(qapp: QApplication) -> None:
    before = QApplication.translate("UnlockScreen", "Unlock")
    locale = translations.install(qapp, "es")
    try:
        assert locale.language() == QLocale.Language.Spanish
        assert QLocale().language() == QLocale.Language.Spanish  # dates follow the choice
        assert QApplication.translate("UnlockScreen", "Unlock") == "Desbloquear"
        # Messages made in the Qt-free domain layer arrive in the user's language too.
        assert date_problems(None, date(2999, 1, 1), today=date(2026, 1, 1)) == [
            "La fecha en que terminaste este paso está en el futuro. Elige hoy o un día "
            "anterior."]
    finally:
        translations.uninstall(qapp)
    assert QApplication.translate("UnlockScreen", "Unlock") == before == "Unlock"
    assert date_problems(None, date(2999, 1, 1), today=date(2026, 1, 1))[0].startswith(
        "The date you completed this step is in the future.")


@pytest.mark.usefixtures("spanish", "mirrored")
def test_a_mirrored_layout_puts_the_lock_screen_and_sidebar_on_the_other_side(
        qtbot: QtBot, tmp_path: Path, vault_folder: CreatedVault) -> None:
    win = _window(qtbot, tmp_path, vault_folder)
    win.resize(1000, 700)
    screen = win.centralWidget()
    assert isinstance(screen, UnlockScreen)
    assert screen.isRightToLeft()
    # The default button sits at the start of its row: on the left when mirrored.
    assert screen.unlock_button.x() < screen.mode_button.x()
    shell = _unlocked_shell(qtbot, win)
    for page_id in ("today", "worksheets", "settings"):
        shell.select(page_id)
        page = shell.page(page_id)
        assert page is not None
        qtbot.waitUntil(page.isVisible, timeout=5_000)
        assert shell.sidebar.mapTo(win, shell.sidebar.rect().topLeft()).x() > \
            page.mapTo(win, page.rect().topLeft()).x()
        assert not win.grab().toImage().isNull()
    win.close()
    win.ctx.lock.release()
