"""Qt widgets: app shell, lock screen, first run, pages.

Only this package and ``printing/`` may use QtWidgets.
"""
