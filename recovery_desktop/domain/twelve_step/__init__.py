"""The 12-step tracker: fellowships, progress on each step, step journals and the tools of
Steps 4, 8 and 10 (workbook section 4).

``models`` (tables), ``progress`` (pure: statuses, date checks, the summary), ``service``
(fellowships, steps, journal), ``inventory`` (Step 4 and the drafts), ``lists`` (Steps 8
and 10), ``demo``, ``review_section`` (step work in the weekly review, counts only for
Steps 4 and 8). Importing the package registers the tables, the demo generator and the
review section.
"""

from recovery_desktop.domain.twelve_step import demo, models, review_section

__all__ = ["demo", "models", "review_section"]
