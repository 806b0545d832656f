"""The Today page, the weekly review page, the mood check-in and gentle reminders."""
