"""Worksheets: open into the form, autosave, and list/search with 5,000 in the vault.

Budgets: open a worksheet into the form <= 50 ms; autosave <= 15 ms; with 5,000 worksheets,
the list's first paint <= 150 ms and a search <= 50 ms (medians). Everything runs through
the real page and widgets (offscreen) on a real encrypted vault in a temporary folder.

Run: .venv/bin/python benchmarks/bench_worksheets.py [WORKSHEETS] [RUNS]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import median, ms, p95, table, verdict
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from recovery_desktop.domain.features import DemoContext
from recovery_desktop.domain.profile import Profile
from recovery_desktop.domain.worksheets import store
from recovery_desktop.domain.worksheets.definitions import load_definitions
from recovery_desktop.domain.worksheets.demo import _abc, _cba
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage
from recovery_desktop.ui.settings_store import SettingsStore
from recovery_desktop.ui.worksheets.textedits import GrowingEdit
from recovery_desktop.vault import kdf
from recovery_desktop.vault.instance_lock import InstanceLock
from recovery_desktop.vault.vault import Vault

BUDGETS = {"open": 0.050, "autosave": 0.015, "first paint": 0.150, "search": 0.050}
WORDS = ["sister", "restless", "casino", "relax", "walk", "brother", "party", "money"]


def fill(vault: Vault, count: int) -> list[int]:
    defs = load_definitions().definitions
    ctx = DemoContext(random.Random(5), date.today() - timedelta(days=365), date.today())
    ids = []
    with vault.session() as session:
        for n in range(count):
            if n % 5 == 4:
                ids.append(store.save_worksheet(session, defs["cost_benefit"], _cba(ctx, n % 3),
                                                title=f"Weighing it, round {n}"))
            else:
                values = _abc(ctx)
                ids.append(store.save_worksheet(session, defs["abc"], values,
                                                title=f"ABC {n}: {values['a_worst_part']}"))
    return ids


def timed(func: object, runs: int) -> list[float]:
    samples = []
    for _ in range(runs + 3):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return samples[3:]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    app = QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-worksheets-") as tmp:
        folder = Path(tmp) / "vault"
        created = Vault.create(folder, "benchmark passphrase", calibrate=kdf.floor_calibration)
        settings = SettingsStore(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        ctx = AppContext(data_dir=folder, lock=InstanceLock(folder), settings=settings)
        with created.vault as vault:
            start = time.perf_counter()
            ids = fill(vault, count)
            print(f"{count} worksheets written in {time.perf_counter() - start:.1f} s")
            page_ctx = PageContext(ctx, vault, Profile())

            pages: list[WorksheetsPage] = []

            def first_paint() -> None:
                page = WorksheetsPage(page_ctx)
                page.resize(1000, 700)
                page.show()
                page.list_panel.table.viewport().grab()  # paints the visible rows
                pages.append(page)

            paints = timed(first_paint, min(runs, 15))
            for page in pages[:-1]:
                page.close()
                page.deleteLater()
            page = pages[-1]
            app.processEvents()

            words = iter(WORDS * (runs + 3))

            def search() -> None:
                page.list_panel.search.setText(next(words))
                page.refresh()  # what the debounce timer calls
                page.list_panel.table.viewport().grab()

            searches = timed(search, runs)
            page.list_panel.search.setText("")
            page.refresh()

            abc_ids = iter([i for i in ids if i % 5 != 0][: runs + 3])

            def open_one() -> None:
                page.open_worksheet(next(abc_ids))
                page.editor.grab()  # laid out and painted

            opens = timed(open_one, runs)
            assert page.editor.form is not None
            edit = page.editor.form.widgets["a_event"].findChild(GrowingEdit)
            assert edit is not None

            def autosave() -> None:
                edit.insertPlainText("x")  # marks the form dirty like a keystroke
                page.editor.save_draft()

            autosaves = timed(autosave, runs)
            page.close()
    rows = [["measure", "median", "p95", "max", "budget"]]
    results = {"open": opens, "autosave": autosaves, "first paint": paints, "search": searches}
    for name, samples in results.items():
        rows.append([name, ms(median(samples)), ms(p95(samples)), ms(max(samples)),
                     ms(BUDGETS[name])])
    print()
    table(rows)
    print()
    for name, samples in results.items():
        verdict(f"{name} median <= {ms(BUDGETS[name])}", median(samples) <= BUDGETS[name],
                ms(median(samples)))


if __name__ == "__main__":
    main()
