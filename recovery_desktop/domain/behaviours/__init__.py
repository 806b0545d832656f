"""Behaviours a person is working on, their goals over time, and clean time (pure functions).

Shared by the urge log and the 12-step tracker: ``models`` holds the tables, ``service``
the session-level operations, ``cleantime`` the pure arithmetic with an injectable clock.
"""
