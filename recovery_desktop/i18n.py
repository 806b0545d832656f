"""Translation helpers shared by the UI, printing and charts.

``pyside6-lupdate`` only finds strings in calls it recognises: ``self.tr("...")`` inside a
class (context: the class name) and ``translate("Context", "...")`` (context given). A
module-level wrapper such as ``_t("...")`` is invisible to it, so modules call
:func:`translate` with their context spelled out at every call site. The old wrappers stay
for code written against them; ``tests/unit/test_translations.py`` flags literals passed
through them and ``scripts/fix_translation_calls.py`` rewrites those calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``: the text in the running app's language."""
    return QCoreApplication.translate(context, text, disambiguation, n)
