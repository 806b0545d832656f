"""Making a new vault from a JSON export on the "Your data" page, through the real widgets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.drafts import save_draft
from recovery_desktop.domain.export import build_export
from recovery_desktop.ui import settings_store as opts
from recovery_desktop.ui.main_window import MainWindow
from recovery_desktop.ui.pages.data_import import ImportIntoNewVault, NewVaultPassphraseDialog
from recovery_desktop.ui.pages.data_page import DataPage
from recovery_desktop.vault import kdf
from recovery_desktop.vault.layout import vault_exists
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import open_window
from tests.gui.test_data_page import CANARY, click, data_page
from tests.unit.helpers import snapshot

NEW_PASSPHRASE = "a different passphrase for the copy"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault as vault, vault.session() as session:
        save_draft(session, "journal", {"text": CANARY})
        save_draft(session, "worksheet:x", {"answer": "line one\nline \"two\""}, ref="r")
    return created.vault.paths.folder


@pytest.fixture
def window(qtbot: QtBot, folder: Path, tmp_path: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, folder, tmp_path / "settings.ini")
    yield win
    win.close()


def _data(vault: Vault) -> dict[str, Any]:
    with vault.session() as session:
        doc = build_export(session, include_private=True)
    return json.loads(json.dumps(doc, default=str))["data"]  # type: ignore[no-any-return]


def _export_open_vault(window: MainWindow, target: Path) -> dict[str, Any]:
    from recovery_desktop.domain.export import write_export

    assert window.vault is not None
    with window.vault.session() as session:
        write_export(session, target, include_private=True)
    return json.loads(target.read_text(encoding="utf-8"))["data"]  # type: ignore[no-any-return]


def _start(qtbot: QtBot, page: DataPage, source: Path, target: Path) -> NewVaultPassphraseDialog:
    importer = page.importer
    page.ctx.dialogs.set_next_answer(str(source))
    page.ctx.dialogs.set_next_answer(str(target))
    click(qtbot, importer.import_button)
    dialog = importer.passphrase_dialog
    assert dialog is not None and dialog.isVisible()
    assert not importer.import_button.isEnabled()  # one at a time
    return dialog


def _type_passphrase(qtbot: QtBot, dialog: NewVaultPassphraseDialog, passphrase: str) -> None:
    qtbot.keyClicks(dialog.form.first, passphrase)
    assert not dialog.make_button.isEnabled()  # typed once only
    qtbot.keyClicks(dialog.form.second, passphrase)
    assert dialog.make_button.isEnabled()
    qtbot.keyClick(dialog.form.second, Qt.Key.Key_Return)  # Enter makes the vault


def test_export_then_import_into_a_new_vault_gives_the_same_data(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
):
    page = data_page(qtbot, window)
    importer = page.importer
    source = tmp_path / "export.json"
    exported = _export_open_vault(window, source)
    assert any(CANARY in json.dumps(r) for r in exported["drafts"])
    target = tmp_path / "new"
    target.mkdir()

    dialog = _start(qtbot, page, source, target)
    for widget in dialog.findChildren(QAbstractButton):
        assert widget.accessibleName() == widget.text().replace("&", "")
    assert [e for e in dialog.findChildren(QLineEdit) if not e.accessibleName()] == []
    _type_passphrase(qtbot, dialog, NEW_PASSPHRASE)
    assert importer.passphrase_dialog is None
    qtbot.waitUntil(lambda: not page.busy, timeout=15_000)

    assert importer.key.isVisibleTo(importer), page.status.text()
    assert "unchanged" in importer.result.text()
    assert "Write this recovery key down" in importer.write_down.text()
    recovery_key = importer.key.text()
    assert importer.key.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert window.vault is not None and window.vault.paths.folder == tmp_path / "vault"

    with Vault.unlock(target, NEW_PASSPHRASE) as imported:
        assert _data(imported) == exported
    Vault.unlock_with_recovery_key(target, recovery_key).close()

    assert page.ctx.settings.get(opts.DATA_DIR) == ""
    click(qtbot, importer.use_button)
    assert page.ctx.settings.get(opts.DATA_DIR) == str(target)
    assert "unchanged" in page.status.text()
    assert importer.import_button.isEnabled()


def test_a_folder_that_holds_a_vault_is_refused_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
):
    page = data_page(qtbot, window)
    source = tmp_path / "export.json"
    _export_open_vault(window, source)
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, calibrate=kdf.floor_calibration).vault.close()
    before = snapshot(other)
    dialogs = page.ctx.dialogs
    dialogs.set_next_answer(str(source))
    dialogs.set_next_answer(str(other))
    dialogs.set_next_answer(None)  # the calm message
    click(qtbot, page.importer.import_button)
    assert "already a vault" in dialogs.shown[-1][1]
    assert page.importer.passphrase_dialog is None and not page.busy
    assert snapshot(other) == before

    empty = tmp_path / "empty"
    empty.mkdir()
    dialog = _start(qtbot, page, source, empty)
    qtbot.keyClick(dialog.form.first, Qt.Key.Key_Escape)  # Cancel
    assert page.importer.passphrase_dialog is None and not page.busy
    assert list(empty.iterdir()) == []
    assert page.importer.import_button.isEnabled()


@pytest.mark.parametrize("content, words", [
    ("not json at all", "not valid JSON"),
    ("newer", "newer version"),
    ('{"format": "something else", "format_version": 1, "data": {}}', "not a Recovery"),
], ids=["not json", "newer format", "other format"])
def test_a_file_this_version_cannot_import_is_refused_before_any_vault(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, content: str, words: str
):
    page = data_page(qtbot, window)
    source = tmp_path / "export.json"
    _export_open_vault(window, source)
    if content == "newer":
        doc = json.loads(source.read_text(encoding="utf-8"))
        doc["format_version"] = 99
        source.write_text(json.dumps(doc), encoding="utf-8")
    else:
        source.write_text(content, encoding="utf-8")
    target = tmp_path / "new"
    target.mkdir()
    dialog = _start(qtbot, page, source, target)
    page.ctx.dialogs.set_next_answer(None)  # the "Not finished" message
    _type_passphrase(qtbot, dialog, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: not page.busy, timeout=15_000)
    assert words in page.status.text()
    assert page.ctx.dialogs.shown[-1][0] == "Not finished"
    assert not vault_exists(target) and list(target.iterdir()) == []
    importer: ImportIntoNewVault = page.importer
    assert not importer.key.isVisibleTo(importer) and not importer.use_button.isVisibleTo(importer)
