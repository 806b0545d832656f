"""First run: create the vault, show the recovery key, then a few optional questions.

A small package, one module per group of steps: ``flow`` wires them into a QStackedWidget.
"""

from recovery_desktop.ui.first_run.flow import FirstRunFlow

__all__ = ["FirstRunFlow"]
