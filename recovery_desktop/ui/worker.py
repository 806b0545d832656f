"""Run slow work (key derivation, keychain calls) off the GUI thread.

The result or error comes back through a queued signal, so callbacks run on the GUI
thread and may touch widgets. Callbacks are dropped if their receiver was destroyed
meanwhile (e.g. the window locked while the work was running).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


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
            self._emit(self.bridge.failed, exc)
        else:
            self._emit(self.bridge.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        # The receiver may have been destroyed (window locked or closed): nobody is waiting.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def run_in_background(
    owner: QObject,
    func: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``func`` on the global pool; ``owner`` parents the bridge so callbacks die with it."""
    bridge = _Bridge(owner)
    bridge.done.connect(on_done)
    bridge.failed.connect(on_error)
    bridge.done.connect(bridge.deleteLater)
    bridge.failed.connect(bridge.deleteLater)
    QThreadPool.globalInstance().start(_Job(func, bridge))
