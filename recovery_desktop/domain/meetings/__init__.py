"""The meetings log: meetings attended, a home group and an opt-in "90 in 90" counter.

``models`` (the table and code lists), ``service`` (save, edit, delete, queries other pages
use), ``demo`` (a year of meetings per demo year), ``review_section`` (the weekly review's
meetings section and meetings-per-week trend). Importing the package registers the table,
the demo generator and the review section, which is why ``features.MODEL_MODULES`` lists it.
"""

from recovery_desktop.domain.meetings import demo, models, review_section, service

__all__ = ["demo", "models", "review_section", "service"]
