"""Run slow work (key derivation, keychain calls, integrity checks) off the GUI thread.

The result or error comes back through a queued signal, so callbacks run on the GUI
thread and may touch widgets. The signal's sender (a small bridge object) lives on the GUI
thread and is never parented to the widget that asked: if that widget is destroyed while
the work runs (the window locked or closed), the callback is skipped. Parenting the bridge
to the widget instead would let the GUI thread delete it while the worker emits on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_in_flight: set[_Bridge] = set()  # bridges stay alive until their result is delivered
_POOL_THREADS = 6  # the jobs mostly wait on disk, crypto or the keychain (GIL released)
_pool: QThreadPool | None = None


def _thread_pool() -> QThreadPool:
    """Our own pool: with one thread per core, a slow job (a backup) would hold up the rest."""
    global _pool  # noqa: PLW0603 - one pool per process, made on first use
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(_POOL_THREADS)
    return _pool


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, func: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.func = func
        self.bridge = bridge

    @Slot()
    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.bridge.failed.emit(exc)
        else:
            self.bridge.done.emit(result)


def run_in_background(owner: QObject, func: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    """Run ``func`` on the global pool; the callback runs only while ``owner`` is alive."""
    bridge = _Bridge()
    _in_flight.add(bridge)

    def deliver(callback: Callable[[Any], None], value: Any) -> None:
        _in_flight.discard(bridge)
        bridge.deleteLater()
        if shiboken6.isValid(owner):
            callback(value)

    bridge.done.connect(lambda value: deliver(on_done, value))
    bridge.failed.connect(lambda exc: deliver(on_error, exc))
    _thread_pool().start(_Job(func, bridge))
