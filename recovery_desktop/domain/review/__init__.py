"""The weekly review, daily mood check-ins and the pure numbers behind them.

``week`` (review weeks in local calendar days), ``sections`` (the provider registry and
``assemble``; read its docstring to plug in a section), ``builtin`` (urges, clean time,
worksheets, mood, last week's plan), ``plans`` (saved reviews and plan items), ``mood``,
``trends`` (chart numbers), ``reminders`` (pure scheduling) and ``demo``. Importing the
package registers the tables, the built-in providers and the demo generator.
"""

from recovery_desktop.domain.review import builtin, demo, models

__all__ = ["builtin", "demo", "models"]
