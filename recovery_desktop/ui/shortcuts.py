"""Every keyboard shortcut the app offers, declared once.

Actions and QShortcuts take their keys from here (``keys``), and the shortcuts overview
(F1) lists this registry, so the overview cannot drift from what the keys really do.
Standard keys (Quit, Close, Find, Preferences, ...) follow the platform's conventions; where a
platform defines none (Preferences on Linux and Windows, Quit on Windows), ``fallback`` is used.

Import this module after the first paint: building key sequences costs start-up time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

if TYPE_CHECKING:  # PySide6 types it as returning object; it returns the text unchanged
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Shortcuts"  # written out in each QT_TRANSLATE_NOOP for the translation tools

# Where a shortcut works (the overview's groups, in this order).
ANYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere")
UNLOCKED = QT_TRANSLATE_NOOP("Shortcuts", "While the workbook is unlocked")
WORKSHEETS = QT_TRANSLATE_NOOP("Shortcuts", "Worksheets")
URGE_LOG = QT_TRANSLATE_NOOP("Shortcuts", "Urge log")
PLACES = (ANYWHERE, UNLOCKED, WORKSHEETS, URGE_LOG)


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
    Shortcut("find", QT_TRANSLATE_NOOP("Shortcuts", "Search your worksheets"), WORKSHEETS, SK.Find,
             "Ctrl+F"),
    Shortcut("save", QT_TRANSLATE_NOOP("Shortcuts", "Save the open worksheet"), WORKSHEETS,
             SK.Save, "Ctrl+S"),
    Shortcut("edit_entry", QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected entry"), URGE_LOG,
             fallback="Return"),
    Shortcut("delete_entry", QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected entry (undo is "
                                               "offered)"), URGE_LOG, SK.Delete, "Del"),
    Shortcut("undo", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last delete"), URGE_LOG, SK.Undo,
             "Ctrl+Z"),
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
    """What to show people: the platform's own spelling (e.g. ⌘Q on macOS)."""
    return key(shortcut_id).toString(QKeySequence.SequenceFormat.NativeText)


def description(shortcut_id: str) -> str:
    return QCoreApplication.translate(CONTEXT, _BY_ID[shortcut_id].what)


def place(where: str) -> str:
    return QCoreApplication.translate(CONTEXT, where)
