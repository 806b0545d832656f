"""Every keyboard shortcut the app offers, declared once.

Actions and QShortcuts take their keys from here (``keys``), and the shortcuts overview
(F1) lists this registry, so the overview cannot drift from what the keys really do.
Standard keys (Quit, Close, Find, Preferences, ...) follow the platform's conventions; where a
platform defines none (Preferences on Linux and Windows, Quit on Windows), ``fallback`` is used.

Import this module after the first paint: building key sequences costs start-up time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # PySide6 types it as returning object; it returns the text unchanged
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Shortcuts"  # written out in each QT_TRANSLATE_NOOP for the translation tools

# Where a shortcut works (the overview's groups, in this order).
ANYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere")
UNLOCKED = QT_TRANSLATE_NOOP("Shortcuts", "While the workbook is unlocked")
LISTS = QT_TRANSLATE_NOOP("Shortcuts", "In the worksheets and urge log lists")
EDITOR = QT_TRANSLATE_NOOP("Shortcuts", "While writing a worksheet")
PLACES = (ANYWHERE, UNLOCKED, LISTS, EDITOR)


@dataclass(frozen=True)
class Shortcut:
    id: str
    what: str  # untranslated; shown through QCoreApplication.translate(CONTEXT, what)
    where: str
    standard: QKeySequence.StandardKey | None = None
    fallback: str = ""  # portable text such as "Ctrl+L"


SK = QKeySequence.StandardKey
REGISTRY: tuple[Shortcut, ...] = (
    Shortcut("crisis", QT_TRANSLATE_NOOP("Shortcuts", "Show crisis help and help-line numbers"),
             ANYWHERE, fallback="Ctrl+Shift+H"),
    Shortcut("shortcuts", QT_TRANSLATE_NOOP("Shortcuts", "Show this list of keyboard shortcuts"),
             ANYWHERE, SK.HelpContents, "F1"),
    Shortcut("quit", QT_TRANSLATE_NOOP("Shortcuts", "Save, lock and quit"), ANYWHERE, SK.Quit,
             "Ctrl+Q"),
    Shortcut("close", QT_TRANSLATE_NOOP("Shortcuts", "Close the window (saves and locks first)"),
             ANYWHERE, SK.Close, "Ctrl+W"),
    Shortcut("lock", QT_TRANSLATE_NOOP("Shortcuts", "Lock the workbook now"), UNLOCKED,
             fallback="Ctrl+L"),
    Shortcut("quick_log", QT_TRANSLATE_NOOP("Shortcuts", "Log an urge or a lapse"), UNLOCKED,
             fallback="Ctrl+U"),
    Shortcut("preferences", QT_TRANSLATE_NOOP("Shortcuts", "Open Settings"), UNLOCKED,
             SK.Preferences, "Ctrl+,"),
    Shortcut("find", QT_TRANSLATE_NOOP("Shortcuts", "Go to the search field"), LISTS, SK.Find,
             "Ctrl+F"),
    Shortcut("edit_entry", QT_TRANSLATE_NOOP("Shortcuts", "Open the selected entry"), LISTS,
             fallback="Return"),
    Shortcut("delete_entry", QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected entry (you "
                                               "can undo it)"), LISTS, SK.Delete, "Del"),
    Shortcut("undo", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last delete"), LISTS, SK.Undo,
             "Ctrl+Z"),
    Shortcut("save", QT_TRANSLATE_NOOP("Shortcuts", "Save now (it also saves by itself)"),
             EDITOR, SK.Save, "Ctrl+S"),
)
_BY_ID = {shortcut.id: shortcut for shortcut in REGISTRY}


def shortcut(shortcut_id: str) -> Shortcut:
    return _BY_ID[shortcut_id]


def keys(shortcut_id: str) -> list[QKeySequence]:
    """The key sequences for a registered shortcut on this platform (primary first)."""
    spec = _BY_ID[shortcut_id]
    found = QKeySequence.keyBindings(spec.standard) if spec.standard is not None else []
    found = [seq for seq in found if not seq.isEmpty()]
    return found or [QKeySequence(spec.fallback)]


def key(shortcut_id: str) -> QKeySequence:
    return keys(shortcut_id)[0]


def key_text(shortcut_id: str) -> str:
    """What to show people: every binding in the platform's spelling (e.g. ⌘Q on macOS),
    leaving out the dedicated Help/Find/Save/... keys few keyboards have."""
    special = {Qt.Key.Key_Help, Qt.Key.Key_Close, Qt.Key.Key_Find, Qt.Key.Key_Save,
               Qt.Key.Key_Undo, Qt.Key.Key_Redo, Qt.Key.Key_Open, Qt.Key.Key_Copy}
    texts = [seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in keys(shortcut_id)
             if seq[0].key() not in special]  # type: ignore[index]  # operator[] is bound
    return ", ".join(dict.fromkeys(texts)) or key(shortcut_id).toString(
        QKeySequence.SequenceFormat.NativeText)


def attach(parent: QWidget, shortcut_id: str, slot: Callable[[], object],
           context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
           ) -> QShortcut:
    """A QShortcut on ``parent`` with every key the registry gives ``shortcut_id``."""
    shortcut = QShortcut(parent)
    shortcut.setKeys(keys(shortcut_id))
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


def description(shortcut_id: str) -> str:
    return QCoreApplication.translate(CONTEXT, _BY_ID[shortcut_id].what)


def place(where: str) -> str:
    return QCoreApplication.translate(CONTEXT, where)
