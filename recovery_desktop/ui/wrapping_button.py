"""Check boxes and radio buttons whose text wraps onto more lines instead of widening the page.

A QCheckBox or QRadioButton never wraps its text, so a long choice ("Someone I care about:
family and friends, ...") sets the page's minimum width; at 200% text that is wider than the
window and the page scrolls sideways. These keep ``text()`` (tests, accessible names and
mnemonics are unchanged) and paint it word-wrapped beside the indicator.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_WRAP = int(_FLAGS) | int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextShowMnemonic)


class _Wrapping:
    """Shared sizing and painting; mixed into QCheckBox and QRadioButton below."""

    _control = QStyle.ControlElement.CE_CheckBox
    _contents = QStyle.SubElement.SE_CheckBoxContents

    def _setup(self: QCheckBox | QRadioButton) -> None:  # type: ignore[misc]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self: QCheckBox | QRadioButton) -> QStyleOptionButton:  # type: ignore[misc]
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _text_left(self: QCheckBox | QRadioButton) -> int:  # type: ignore[misc]
        option = self._option()  # type: ignore[union-attr]
        option.rect = QRect(0, 0, 10_000, option.rect.height())
        contents = self.style().subElementRect(self._contents, option, self)  # type: ignore[union-attr]
        return contents.left() + 2

    def _text_height(self: QCheckBox | QRadioButton, width: int) -> int:  # type: ignore[misc]
        bounds = QRect(0, 0, max(1, width), 100_000)
        return self.fontMetrics().boundingRect(bounds, _WRAP, self.text()).height()

    def minimumSizeHint(self: QCheckBox | QRadioButton) -> QSize:  # type: ignore[misc]
        # Room for the longest word, so wrapping never breaks inside a word.
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        hint = super().sizeHint()  # type: ignore[misc]
        return QSize(min(hint.width(), self._text_left() + longest + 4),  # type: ignore[union-attr]
                     hint.height())

    def hitButton(self: QCheckBox | QRadioButton, pos: QPoint) -> bool:  # type: ignore[misc]
        # Anywhere on it toggles it: the indicator sits at the top, the text may wrap.
        return self.rect().contains(pos)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self: QCheckBox | QRadioButton, width: int) -> int:  # type: ignore[misc]
        left = self._text_left()  # type: ignore[union-attr]
        text = self._text_height(width - left - 2)  # type: ignore[union-attr]
        line: int = super().sizeHint().height()  # type: ignore[misc]
        return max(line, int(text) + 4)

    def paintEvent(self: QCheckBox | QRadioButton, _event: QPaintEvent) -> None:  # type: ignore[misc]
        painter = QStylePainter(self)
        option = self._option()  # type: ignore[union-attr]
        text = option.text
        option.text = ""
        # The indicator and focus frame as the style draws them, at the first line's height.
        option.rect = QRect(0, 0, self.width(), super().sizeHint().height())  # type: ignore[misc]
        painter.drawControl(self._control, option)  # type: ignore[union-attr]
        area = QRect(self._text_left(), 2, self.width() - self._text_left(),  # type: ignore[union-attr]
                     self.height() - 2)
        painter.drawItemText(area, _WRAP, self.palette(), self.isEnabled(), text,
                             QPalette.ColorRole.WindowText)


class WrappingCheckBox(_Wrapping, QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrappingRadioButton(_Wrapping, QRadioButton):
    _control = QStyle.ControlElement.CE_RadioButton
    _contents = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()
