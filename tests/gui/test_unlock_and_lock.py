"""The app shell through its real widgets: unlock, lock, auto-lock, recovery, crisis card."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.drafts import load_draft, save_draft
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.choose_passphrase import ChoosePassphraseScreen
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages import registry
from recovery_desktop.ui.shell import Shell
from recovery_desktop.ui.unlock_screen import UnlockScreen
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import CreatedVault, Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import (
    FakeClock,
    files_containing,
    make_ctx,
    open_window,
    unlock_with,
    visible_texts,
)

CANARY = "canary-7f3a-🌱-שלום"


class NotesPage(registry.Page):
    """A page that autosaves what is typed as a draft, like later feature pages will."""

    def __init__(self, page_ctx: registry.PageContext) -> None:
        super().__init__()
        self.page_ctx = page_ctx
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName("Note")
        with page_ctx.vault.session() as session:
            draft = load_draft(session, "test:note")
        if draft is not None:
            self.edit.setText(str(draft.payload["text"]))

    def save_drafts(self) -> None:
        with self.page_ctx.vault.session() as session:
            save_draft(session, "test:note", {"text": self.edit.text()})

    def handle_request(self, request: dict[str, object]) -> None:
        self.edit.setText(str(request.get("text", "")))


@pytest.fixture
def notes_page() -> Iterator[None]:
    spec = registry.register_page(registry.PageSpec("notes", lambda: "Notes", NotesPage, order=1))
    yield
    registry._SPECS.pop(spec.page_id, None)


@pytest.fixture
def vault_folder(tmp_path: Path) -> Iterator[CreatedVault]:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    created.vault.close()
    yield created


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR for this test alone, so a scan of it for plaintext is complete and cheap."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # tempfile caches the folder
    yield folder


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, vault_folder: CreatedVault,
           private_tmp: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, vault_folder.vault.paths.folder, tmp_path / "settings.ini",
                      FakeClock())
    yield win
    win.close()
    win.ctx.lock.release()


def test_unlock_with_passphrase_from_keyboard_shows_the_shell(qtbot: QtBot, window: MainWindow):
    unlock_with(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    assert window.is_unlocked
    assert window.lock_action.isEnabled()
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    assert "settings" in shell.pages


def test_wrong_passphrase_names_the_problem_and_shows_no_data(qtbot: QtBot, window: MainWindow):
    unlock_with(qtbot, window, "not the passphrase")
    screen = window.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(lambda: "did not unlock" in screen.message.text(), timeout=10_000)
    assert not window.is_unlocked
    assert isinstance(window.centralWidget(), UnlockScreen)
    assert not window.lock_action.isEnabled()


def test_recovery_key_leads_to_a_new_passphrase(qtbot: QtBot, window: MainWindow,
                                                 vault_folder: CreatedVault):
    screen = window.centralWidget()
    assert isinstance(screen, UnlockScreen)
    qtbot.waitUntil(screen.field.isEnabled, timeout=10_000)
    qtbot.mouseClick(screen.mode_button, Qt.MouseButton.LeftButton)
    assert screen.field.accessibleName() == "Recovery key"
    unlock_with(qtbot, window, vault_folder.recovery_key.lower().replace("-", " "))
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), ChoosePassphraseScreen),
                    timeout=10_000)
    chooser = window.centralWidget()
    assert isinstance(chooser, ChoosePassphraseScreen)
    assert not chooser.save_button.isEnabled()
    qtbot.keyClicks(chooser.form.first, "a brand new passphrase")
    qtbot.keyClicks(chooser.form.second, "a brand new passphrase")
    assert chooser.save_button.isEnabled()
    qtbot.keyClick(chooser.form.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    folder = vault_folder.vault.paths.folder
    window.lock()
    window.ctx.lock.release()
    with Vault.unlock(folder, "a brand new passphrase"):
        pass
    with pytest.raises(Exception, match="did not unlock"):
        Vault.unlock(folder, PASSPHRASE)
    window.ctx.lock.acquire()


def test_lock_shortcut_saves_drafts_and_leaves_no_decrypted_text(
        qtbot: QtBot, window: MainWindow, notes_page: None, tmp_path: Path):
    unlock_with(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    page = shell.pages["notes"]
    assert isinstance(page, NotesPage)
    # QTest cannot synthesise keys outside the BMP (emoji): type the ASCII, paste the rest.
    qtbot.keyClicks(page.edit, CANARY[:11])
    page.edit.insert(CANARY[11:])
    assert page.edit.text() == CANARY
    assert any(CANARY in t for t in visible_texts(window))

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), UnlockScreen), timeout=5_000)
    QApplication.sendPostedEvents()  # let deleteLater run
    assert not window.is_unlocked
    assert not any(CANARY in t for t in visible_texts(window))
    # Typed text went into the encrypted vault only: not the folder, temp or QSettings.
    needles = [CANARY.encode()]
    assert files_containing(window.ctx.data_dir, needles) == []
    assert files_containing(Path(window.ctx.settings.file_name).parent, needles) == []
    assert files_containing(tmp_path, needles) == []  # includes the test's TMPDIR
    assert tempfile.gettempdir().startswith(str(tmp_path))

    unlock_with(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    page = shell.pages["notes"]
    assert isinstance(page, NotesPage)
    assert page.edit.text() == CANARY  # the draft came back


def test_auto_lock_after_idle_time_with_injected_clock(qtbot: QtBot, window: MainWindow):
    window.ctx.settings.set(opts.AUTO_LOCK_MINUTES, 5)
    unlock_with(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    clock = window.ctx.clock
    assert isinstance(clock, FakeClock)
    clock.advance(4 * 60)
    window.idle.check()
    assert window.is_unlocked
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Down)  # input resets the idle time
    clock.advance(4 * 60)
    window.idle.check()
    assert window.is_unlocked
    clock.advance(61)
    window.idle.check()
    assert not window.is_unlocked
    assert isinstance(window.centralWidget(), UnlockScreen)


def test_crisis_card_is_one_click_away_even_when_locked(qtbot: QtBot, window: MainWindow):
    button = window.toolbar.widgetForAction(window.crisis_action)
    assert button.accessibleName() == "Crisis help"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QDialog) is not None)
    card = window.findChild(QDialog)
    assert card is not None
    text = " ".join(visible_texts(card))
    assert "call" in text
    card.close()


def test_privacy_mode_uses_a_neutral_title_and_forgets_the_last_page(qtbot: QtBot,
                                                                     window: MainWindow):
    assert window.windowTitle() == "Recovery Desktop"
    window.ctx.settings.set(opts.PRIVACY_MODE, True)
    window.refresh_title()
    assert window.windowTitle() == "Workbook"
    unlock_with(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    window.lock()
    assert window.ctx.settings.get(opts.LAST_PAGE) == ""


def test_damage_past_the_first_page_is_reported_after_unlock(qtbot: QtBot, tmp_path: Path,
                                                             private_tmp: Path):
    from tests.unit.conftest import make_closed_vault
    from tests.unit.helpers import PAGE_SIZE, flip_byte

    closed = make_closed_vault(tmp_path / "damaged")
    flip_byte(closed.db, closed.db.stat().st_size - PAGE_SIZE + 500)  # a drafts page
    ctx = make_ctx(closed.folder, tmp_path / "settings.ini")
    ctx.dialogs.set_next_answer(None)  # answer the warning without showing it
    ctx.lock.acquire()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start()
    win.show()
    unlock_with(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: any("damaged" in title for title, _ in ctx.dialogs.shown),
                    timeout=10_000)
    assert isinstance(win.centralWidget(), Shell)  # the undamaged parts stay usable
    win.close()
    ctx.lock.release()


def test_damage_where_the_profile_lives_locks_again_with_a_message(qtbot: QtBot, tmp_path: Path,
                                                                   private_tmp: Path):
    from tests.unit.conftest import make_closed_vault
    from tests.unit.helpers import PAGE_SIZE, flip_byte

    closed = make_closed_vault(tmp_path / "damaged")
    flip_byte(closed.db, 3 * PAGE_SIZE + 500)
    ctx = make_ctx(closed.folder, tmp_path / "settings.ini")
    ctx.dialogs.set_next_answer(None)
    ctx.lock.acquire()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.start()
    win.show()
    unlock_with(qtbot, win, PASSPHRASE)
    def locked_with_message() -> bool:
        screen = win.centralWidget()
        return isinstance(screen, UnlockScreen) and "damaged" in screen.message.text()

    qtbot.waitUntil(locked_with_message, timeout=10_000)
    assert not win.is_unlocked
    win.close()
    ctx.lock.release()


def test_a_page_can_open_another_page_with_a_request(qtbot: QtBot, window: MainWindow,
                                                      notes_page: None):
    unlock_with(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(window.centralWidget(), Shell), timeout=10_000)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    shell.select("settings")
    page_ctx = shell.page_ctx
    assert page_ctx.navigate("notes", {"text": "from settings"}) is True
    assert shell.current_page_id == "notes"
    notes = shell.pages["notes"]
    assert isinstance(notes, NotesPage) and notes.edit.text() == "from settings"
    assert page_ctx.navigate("no-such-page", {}) is False
