"""Auto-lock after a period without keyboard or mouse input.

The clock is injected (``AppContext.clock``) so tests move time instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self,
        clock: Callable[[], float],
        minutes: int,
        parent: QObject | None = None,
        check_interval_ms: int = 5_000,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.minutes = minutes
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last_input = self._clock()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._clock()
        return False

    def check(self) -> None:
        """Emit ``idle`` once the limit has passed; 0 minutes means never."""
        if self.minutes > 0 and self._clock() - self._last_input >= self.minutes * 60:
            self.stop()
            self.idle.emit()
