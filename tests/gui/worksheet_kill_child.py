"""Child for the killed-process draft test: type into a worksheet, let autosave run, wait.

Run as ``python -m tests.gui.worksheet_kill_child FOLDER`` with the recovery key on stdin.
Prints "autosaved" once the autosave timer (not a lock or close) has written the draft,
then idles until the parent kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = "killword before the crash 🌋 שלום"


def main(folder: Path) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from recovery_desktop.domain.profile import Profile
    from recovery_desktop.ui.context import AppContext
    from recovery_desktop.ui.pages.registry import PageContext
    from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage
    from recovery_desktop.ui.settings_store import SettingsStore
    from recovery_desktop.ui.worksheets.textedits import GrowingEdit
    from recovery_desktop.vault.instance_lock import InstanceLock
    from recovery_desktop.vault.vault import Vault

    app = QApplication([])
    key = sys.stdin.readline().strip()
    vault = Vault.unlock_with_recovery_key(folder, key, verify=False)
    settings = SettingsStore(QSettings(str(folder.parent / "child.ini"),
                                       QSettings.Format.IniFormat))
    ctx = AppContext(data_dir=folder, lock=InstanceLock(folder), settings=settings)
    page = WorksheetsPage(PageContext(ctx, vault, Profile()))
    page.show()
    page.new_worksheet("abc")
    assert page.editor.form is not None
    edit = page.editor.form.widgets["a_event"].findChild(GrowingEdit)
    assert edit is not None
    edit.insertPlainText(TEXT)

    def check() -> None:
        if page.editor.state_label.text() == "Draft kept":
            os.write(1, b"autosaved\n")
            poll.stop()

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(50)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
