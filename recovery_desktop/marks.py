"""Marking strings for translation without Qt (domain/ and vault/ stay Qt-free).

``pyside6-lupdate`` collects ``QT_TRANSLATE_NOOP("context", "text")`` calls into the ``.ts``
files; at run time the marker returns the English text unchanged, and the UI passes it
through ``QCoreApplication.translate(context, text)`` when it shows it.
"""

from __future__ import annotations

from collections.abc import Callable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text``; the call marks it for translation in ``context``."""
    del context
    return text


# The GUI points this at QCoreApplication.translate (ui/translations.py); without it (CLI,
# tests of the domain) every text stays English.
_translator: Callable[[str, str], str] | None = None


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    global _translator  # noqa: PLW0603 (one process-wide switch, set at start-up)
    _translator = translator


def translate(context: str, text: str) -> str:
    """``text`` in the user's language when the GUI runs; lupdate collects these calls."""
    return _translator(context, text) if _translator is not None else text
