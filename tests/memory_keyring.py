"""An in-memory keychain built on keyring's own backend API (the OS keychain is not ours)."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.locked = False
        self.hang = threading.Event()  # set() to make every call hang until release.set()
        self.release = threading.Event()

    def _check(self) -> None:
        if self.hang.is_set():
            self.release.wait(30)
        if self.locked:
            raise KeyringLocked("locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.secrets:
            raise PasswordDeleteError("missing")
        del self.secrets[(service, username)]
