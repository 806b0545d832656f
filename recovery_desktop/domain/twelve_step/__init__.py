"""The 12-step tracker: fellowships, progress on each step, step journals and the tools of
Steps 4, 8 and 10 (workbook section 4).

``models`` (tables), ``progress`` (pure: statuses, date checks, the summary), ``service``
(fellowships, steps, journal), ``inventory`` (Step 4 and the drafts), ``lists`` (Steps 8
and 10), ``demo``. Importing the package registers the tables and the demo generator.
"""

from recovery_desktop.domain.twelve_step import demo, models

__all__ = ["demo", "models"]
