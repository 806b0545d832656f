"""Render the app icon's PNG sizes from its SVG (run after editing the SVG; a test checks).

Usage: .venv/bin/python packaging/render_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from recovery_desktop.ui.app_icon import PNG_SIZES, png_path, render

    app = QGuiApplication.instance() or QGuiApplication([])
    for size in PNG_SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"wrote {path}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
