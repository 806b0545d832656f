"""SMART/REBT worksheets: declarative definitions, saved entries, search and REBT helpers.

Importing the package registers the ORM models and the demo generator (see
``domain/features.py``).
"""

from recovery_desktop.domain.worksheets import demo, models

__all__ = ["demo", "models"]
