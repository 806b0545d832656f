"""Restore a backup over the vault that is open: lock first, restore off the GUI thread.

The window locks (drafts saved, pages gone, the vault closed; the app keeps the folder
lock), the lock screen is disabled while the restore runs on the worker pool, and the
replaced vault is kept aside, encrypted, in ``replaced-<date>/``. If the restored vault does
not open, the old one is put back. Either way the lock screen comes back with a message.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from recovery_desktop.i18n import translate
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.worker import run_in_background


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreOverCurrent", text)


def restore_over_current(page_ctx: PageContext, window: QWidget, source: Path, secret: str) -> None:
    from recovery_desktop.vault import keyfile
    from recovery_desktop.vault.restore import restore_with_secret

    ctx = page_ctx.app
    # The restored key file has no device slots: forget this vault's keychain entries once
    # the restore has worked, rather than leave orphans in the keychain.
    accounts = [str(slot.extra.get("account", ""))
                for slot in page_ctx.vault.key_file.slots_of(keyfile.DEVICE)]
    page_ctx.request_lock()  # this page is deleted from here on: use only locals
    screen = getattr(window, "unlock_screen", None)
    if isinstance(screen, QWidget):
        screen.setEnabled(False)  # no unlocking while the files are being swapped

    def settle(message: str, failed: bool) -> None:
        current = getattr(window, "unlock_screen", None)
        if isinstance(current, QWidget):
            current.setEnabled(True)
        title = translate("RestoreOverCurrent", "Restore a backup")
        if failed:
            ctx.dialogs.warn(window, title, message)
        else:
            ctx.dialogs.inform(window, title, message)

    def done(result: Any) -> None:
        made = result.backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
        settle(
            translate(
                "RestoreOverCurrent",
                "The backup from %1 replaced your vault and opened fine. Unlock it with the "
                "passphrase it had then, or your recovery key. The vault it replaced is kept, "
                "encrypted, in %2; delete that folder once you are happy."
            )
            .replace("%1", made)
            .replace("%2", str(result.replaced_kept_in)),
            failed=False,
        )

    def failed(exc: BaseException) -> None:
        from recovery_desktop.vault.errors import VaultError

        reason = exc.user_message if isinstance(exc, VaultError) else type(exc).__name__
        settle(
            reason + " " + translate(
                "RestoreOverCurrent",
                "Your vault was not replaced; unlock it as usual."),
            failed=True,
        )

    def work() -> Any:
        from recovery_desktop.vault.keychain import KeychainUnavailable

        result = restore_with_secret(source, ctx.data_dir, secret, replace=True, lock=ctx.lock)
        for account in accounts:
            with contextlib.suppress(KeychainUnavailable):
                ctx.keychain.delete(account)
        return result

    run_in_background(window, work, done, failed)
