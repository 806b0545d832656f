"""Failures a user can understand, kept apart from bugs.

Every error the vault raises on purpose is a :class:`VaultError` with a plain, calm
message and a CLI exit code. Anything else that escapes is a bug and keeps its traceback
for the bug report (the pattern of qutebrowser's ``KnownError`` / ``BugError``).
Messages never contain what the user typed.
"""

from __future__ import annotations

import errno
from collections.abc import Callable

from recovery_desktop.marks import QT_TRANSLATE_NOOP

# The GUI sets this to translate into the user's language ("VaultError" context); the vault
# itself stays free of Qt, and the CLI keeps English.
translate_message: Callable[[str], str] = str


class VaultError(Exception):
    """A failure with a message meant for the user."""

    exit_code = 1
    message = QT_TRANSLATE_NOOP("VaultError", "Something went wrong with the vault.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)

    @property
    def user_message(self) -> str:
        text = str(self.args[0])
        backup = " " + _BACKUP_NOTE
        if text.endswith(backup):  # KeyFileDamaged's two marked parts
            return translate_message(text.removesuffix(backup)) + " " + translate_message(
                _BACKUP_NOTE)
        return translate_message(text)


_BACKUP_NOTE = QT_TRANSLATE_NOOP(
    "VaultError", "A backup copy of it exists and can be tried instead.")


class WrongPassphrase(VaultError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP(
        "VaultError",
        "That passphrase did not unlock the vault. Check for caps lock and try again.")


class WrongRecoveryKey(VaultError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP("VaultError", "That recovery key did not unlock this vault.")


class MalformedRecoveryKey(VaultError):
    exit_code = 3
    message = QT_TRANSLATE_NOOP(
        "VaultError",
        "That recovery key has a typo: a character is missing, extra or mistyped. "
        "Compare it with your recovery kit."
    )


class DeviceKeyUnavailable(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "This device no longer remembers the vault. Please use your passphrase.")


class VaultMissing(VaultError):
    exit_code = 4
    message = QT_TRANSLATE_NOOP("VaultError", "There is no vault in this folder.")


class VaultExists(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "A vault already exists in this folder; it was left untouched.")


class KeyFileDamaged(VaultError):
    exit_code = 4
    message = QT_TRANSLATE_NOOP("VaultError", "The vault's key file is damaged or unreadable.")

    def __init__(self, message: str | None = None, *, backup_available: bool = False) -> None:
        if message is None:
            message = self.message
            if backup_available:
                message += " " + _BACKUP_NOTE
        super().__init__(message)
        self.backup_available = backup_available


class DatabaseDamaged(VaultError):
    exit_code = 4
    message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The vault's database is damaged: the key is right but the data failed its "
        "integrity check. Nothing was changed. Restore a backup if you have one."
    )


class JournalMissing(VaultError):
    exit_code = 4
    message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The vault's journal file (vault.db-wal) is missing, so the most recent changes may "
        "be lost. Nothing was changed. You can open the vault as it is, without them, or "
        "restore a backup."
    )


class DiskFull(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The disk is full, so nothing more could be saved. Free some space and try again.")


class VaultBusy(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError",
        "This vault is already open in another Recovery Desktop window or command. "
        "Close that one first."
    )


class UnsupportedEnvironment(VaultError):
    message = QT_TRANSLATE_NOOP(
        "VaultError", "This copy of Recovery Desktop was built without the encryption it needs.")


class NewerFormat(VaultError):
    exit_code = 4
    message = QT_TRANSLATE_NOOP(
        "VaultError",
        "This vault was written by a newer version of Recovery Desktop. Please update.")


def classify_os_error(exc: OSError) -> VaultError | None:
    """Name the OS errors a user can act on; return None for the ones that are bugs."""
    # A file-size limit (ulimit -f) raises EFBIG: to the user that is a full disk too.
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return VaultError(QT_TRANSLATE_NOOP(
            "VaultError",
            "The vault folder cannot be written to (permission denied or read-only)."))
    return None


def classify_db_error(exc: BaseException) -> VaultError | None:
    """Sort a database driver error into a user-facing failure, or None for a bug.

    Works on both the DB-API exception and SQLAlchemy's wrapper. Looks at SQLite's
    messages only, never at statement parameters.
    """
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if "database or disk is full" in text or ("disk i/o error" in text and "full" in text):
        return DiskFull()
    if "file is not a database" in text or "malformed" in text or "hmac" in text:
        return DatabaseDamaged()
    if "database is locked" in text or "database is busy" in text:
        return VaultBusy()
    if "unable to open database" in text or "readonly database" in text:
        return VaultError(QT_TRANSLATE_NOOP(
            "VaultError", "The vault's database could not be opened for writing."))
    if isinstance(orig, OSError):
        return classify_os_error(orig)
    return None
