"""The cross-addiction trigger and urge log.

``models`` (tables and code lists), ``service`` (save, edit, delete with undo, queries),
``insights`` and ``transfer`` (pure functions over plain facts), ``demo`` (demo history).
Importing the package registers the tables, the behaviour reference counter and the demo
generator, which is why ``features.MODEL_MODULES`` lists the package.
"""

from recovery_desktop.domain.urges import demo, models, service

__all__ = ["demo", "models", "service"]
