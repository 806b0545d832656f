"""About: name, version, licence, and what this app is and is not."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from recovery_desktop import APP_NAME, LICENSE, __version__
from recovery_desktop.ui.app_icon import app_icon
from recovery_desktop.ui.labels import heading, hint_label, text_label

ICON_SIZE = 64


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The display name: "Workbook" while privacy mode is on (the title shows in taskbars).
        title = self.tr("About %1").replace("%1", QGuiApplication.applicationDisplayName())
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)

        top = QHBoxLayout()
        top.setSpacing(16)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_SIZE))  # at the screen's scale: crisp on HiDPI
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setAccessibleName(self.tr("App icon: a young sprout"))
        name_column = QVBoxLayout()
        name_column.setSpacing(4)
        name_column.addWidget(heading(APP_NAME, 1.5))
        self.version_label = text_label(self.tr("Version %1").replace("%1", __version__),
                                        selectable=True)
        self.version_label.setAccessibleName(self.version_label.text())
        name_column.addWidget(self.version_label)
        top.addWidget(icon)
        top.addLayout(name_column, 1)
        layout.addLayout(top)

        self.disclaimer = text_label(self.tr(
            "A self-help workbook for people in recovery and the people who support them. It "
            "is not treatment, diagnosis or therapy, and it does not replace meetings, "
            "sponsors, counsellors or doctors. If you are in danger, call your local emergency "
            "number; Crisis help in the toolbar lists help lines."
        ))
        self.privacy = text_label(self.tr(
            "Everything you write stays encrypted on this computer. The app makes no network "
            "connections: no accounts, no tracking, no update checks."
        ))
        self.licence = text_label(self.tr(
            "Free software under the GNU General Public License, version 3 or any later "
            "version (%1). You may share and change it under those terms; it comes with no "
            "warranty. Not affiliated with any recovery organisation or fellowship."
        ).replace("%1", LICENSE))
        for label in (self.disclaimer, self.privacy, self.licence):
            label.setAccessibleName(label.text())
            layout.addWidget(label)
        built = hint_label(self.tr("Built with Qt %1 and PySide6 %2.")
                           .replace("%1", qVersion()).replace("%2", pyside_version))
        layout.addWidget(built)
        layout.addStretch(1)  # spare height below the text, not between paragraphs

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
