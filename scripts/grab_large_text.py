"""Grab every registered page at 200% text in the light palette, at the window's usual size
and tall (the whole page, for what sits below the fold).

Usage: QT_QPA_PLATFORM=offscreen PYTHONPATH=. python scripts/grab_large_text.py OUT_DIR [PAGE...]
TEXT_SCALE=1 grabs at normal text size instead, to compare.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from recovery_desktop.domain import demo
from recovery_desktop.ui.theme import readable
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from scripts.grab_desktop_screens import window_on
from scripts.grab_urge_screens import PASSPHRASE, settle


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens")
    out.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[2:])
    app = QApplication([])
    app.setPalette(readable(app.palette()))
    big = app.font()
    scale = float(os.environ.get("TEXT_SCALE", "2"))
    big.setPointSizeF(big.pointSizeF() * scale)
    app.setFont(big)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name) / "vault"
        created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
        with created.vault.session() as session:
            demo.fill(session, years=1, seed=3)
        created.vault.close()
        win = window_on(folder, Path(name))
        win.open_vault(Vault.unlock(folder, PASSPHRASE, lock=win.ctx.lock), "passphrase")
        assert win.shell is not None
        for page in win.shell.page_ids:
            if only and page not in only:
                continue
            win.resize(1100, 760)
            win.shell.select(page)
            settle(app, 0.5)
            win.grab().save(str(out / f"{round(scale * 100)}-{page}.png"))
            win.resize(1100, 2400)
            settle(app, 0.3)
            win.grab().save(str(out / f"{round(scale * 100)}-{page}-tall.png"))
        win.close()
        win.ctx.lock.release()
    print(f"screens written to {out}")


if __name__ == "__main__":
    main()
