"""Data files (worksheet definitions, icons, translations).

Installed as the package ``recovery_desktop.resources``: read them with
``recovery_desktop.resources_path.resource(...)``.
"""
