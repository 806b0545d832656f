"""Marking strings for translation without Qt (domain/ and vault/ stay Qt-free).

``pyside6-lupdate`` collects ``QT_TRANSLATE_NOOP("context", "text")`` calls into the ``.ts``
files; at run time the marker returns the English text unchanged, and the UI passes it
through ``QCoreApplication.translate(context, text)`` when it shows it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text``; the call marks it for translation in ``context``."""
    del context
    return text
