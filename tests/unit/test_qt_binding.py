"""Guards against Qt bindings that corrupt the interpreter (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject
app = QCoreApplication([])
obj = QObject()
before = sys.getrefcount(None)
for _ in range(2000):
    obj.setObjectName("x")          # returns nothing
    QCoreApplication.processEvents()
print(before - sys.getrefcount(None))
"""


def test_calls_that_return_nothing_do_not_drop_references_to_none():
    # Run in a child: a broken binding aborts the interpreter once None's count reaches 0.
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    lost = int(result.stdout.split()[-1])
    assert lost < 100, f"each Qt call drops a reference to None ({lost} lost in 4000 calls)"
