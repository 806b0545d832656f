"""Recovery Desktop: an offline, encrypted self-help workbook for people in recovery."""

# The one source of truth for the app's identity: pyproject.toml reads the version from here,
# and packaging/ (desktop entry, AppStream metainfo, PyInstaller spec) fills its templates
# from these names.
__version__ = "0.1.0"
RELEASE_DATE = "2026-11-26"  # of __version__; the AppStream releases entry uses it

APP_NAME = "Recovery Desktop"
APP_ID = "org.recoverydesktop.RecoveryDesktop"
EXECUTABLE = "recovery-desktop"
LICENSE = "GPL-3.0-or-later"  # SPDX; a test checks pyproject.toml says the same
SUMMARY = "A private, offline workbook for your recovery"
# The neutral name privacy mode shows instead of the app's purpose.
NEUTRAL_NAME = "Workbook"
