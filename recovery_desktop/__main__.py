"""``python -m recovery_desktop``: same entry point as the ``recovery-desktop`` command."""

import sys

from recovery_desktop.cli import main

sys.exit(main())
