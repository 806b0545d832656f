"""Keeping track of who is using the vault's connections, so locking never pulls one away.

Closing connections while another thread's query runs can crash SQLCipher (reproduced in
tests/unit/test_close_while_busy.py). So the vault knows which connections are checked
out and by which thread; locking first refuses new connections, interrupts queries on
other threads and waits for their connections to come back, then disposes the engine.
"""

from __future__ import annotations

import contextlib
import threading
import time
from typing import TYPE_CHECKING, Any

from recovery_desktop.marks import QT_TRANSLATE_NOOP
from recovery_desktop.vault.errors import VaultError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

CLOSE_WAIT_SECONDS = 10.0


class ConnectionGuard:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy: dict[int, tuple[Any, int]] = {}  # id -> (connection, owning thread)
        self._closing = False

    def check_open(self) -> None:
        """Called before a new connection is made: none once locking has begun."""
        if self._closing:
            raise VaultError(QT_TRANSLATE_NOOP("VaultError", "The vault is locked."))

    def watch(self, engine: Engine) -> None:
        from sqlalchemy import event

        @event.listens_for(engine, "checkout")
        def _checked_out(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
            with self._lock:
                if self._closing:
                    raise VaultError(QT_TRANSLATE_NOOP("VaultError", "The vault is locked."))
                self._busy[id(dbapi_conn)] = (dbapi_conn, threading.get_ident())

        @event.listens_for(engine, "checkin")
        def _checked_in(dbapi_conn: Any, _record: Any) -> None:
            with self._lock:
                self._busy.pop(id(dbapi_conn), None)

    def close_out(self, timeout: float = CLOSE_WAIT_SECONDS) -> None:
        """Refuse new connections, interrupt other threads' queries and wait them out."""
        me = threading.get_ident()
        with self._lock:
            self._closing = True
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                others = [conn for conn, owner in self._busy.values() if owner != me]
            if not others or time.monotonic() > deadline:
                return
            for conn in others:
                with contextlib.suppress(Exception):
                    conn.interrupt()
            time.sleep(0.005)
