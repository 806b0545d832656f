"""Recovery Desktop: an offline, encrypted self-help workbook for people in recovery."""

__version__ = "0.1.0"

APP_NAME = "Recovery Desktop"
APP_ID = "org.recoverydesktop.RecoveryDesktop"
# The neutral name privacy mode shows instead of the app's purpose.
NEUTRAL_NAME = "Workbook"
