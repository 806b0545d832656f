"""Start to lock screen shown, against a bare PySide6 window measured in the same run.

Each sample is a fresh process, timed from spawn until the window's first paint, which
the child reports (and quits). Samples of the two kinds are interleaved so machine noise hits
both alike. Budget: ratio of medians <= 1.5.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 15
BUDGET = 1.5

BARE = """
import time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("hello")
class Quit(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            app.quit()
        return False
q = Quit(); w.installEventFilter(q)
w.resize(1000, 700); w.show(); app.exec()
"""

APP = """
import sys
from pathlib import Path
import time
from PySide6.QtCore import QEvent, QObject
from recovery_desktop.ui.app import launch
launched = launch(Path(sys.argv[1]))
app, window = launched
class Quit(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            app.quit()
        return False
q = Quit(); window.centralWidget().installEventFilter(q)
app.exec()
window.ctx.lock.release()
"""


def sample(code: str, *args: str, env: dict[str, str]) -> float:
    # Wall clock, because the moment of first paint is reported by the child itself.
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env,
                         capture_output=True, text=True).stdout
    return float(out.split()[0]) - start


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": tmp}
        subprocess.run([sys.executable, "-m", "recovery_desktop", "demo", "--data-dir",
                        str(folder), "--passphrase-stdin", "--fast-kdf"], input=b"pw\n",
                       check=True, stdout=subprocess.DEVNULL, env=env)
        bare, app = [], []
        sample(BARE, env=env)  # warm the OS file cache for both
        sample(APP, str(folder), env=env)
        for _ in range(RUNS):
            bare.append(sample(BARE, env=env))
            app.append(sample(APP, str(folder), env=env))
    b, a = statistics.median(bare), statistics.median(app)
    ratio = a / b
    print(f"bare PySide6 window, spawn to first paint: median {b * 1000:.0f} ms")
    print(f"Recovery Desktop lock screen, spawn to first paint: median {a * 1000:.0f} ms")
    print(f"ratio {ratio:.2f} (budget <= {BUDGET}) -> {'PASS' if ratio <= BUDGET else 'FAIL'}")


if __name__ == "__main__":
    main()
