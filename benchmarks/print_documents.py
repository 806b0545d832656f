"""Printing: one filled worksheet to PDF, and a 52-week facilitator pack.

Budgets: one filled worksheet (an ABC from the demo generator, read from the vault, laid out,
rendered and written atomically) <= 150 ms (median); a facilitator pack over the last 52
weeks of a demo vault (every worksheet saved in that year, a weekly check-in for every review
saved in it, plus the trigger-log summary, with a contents page) <= 3 s (median), gathering
from the vault included. Fonts are registered once before timing (a one-off cost on the first
print, printed separately).

Run: .venv/bin/python benchmarks/print_documents.py [RUNS]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import median, ms, p95, table, verdict
from PySide6.QtGui import QGuiApplication

from recovery_desktop.domain import demo
from recovery_desktop.domain.worksheets import store
from recovery_desktop.domain.worksheets.definitions import load_definitions
from recovery_desktop.printing.document import write_pdf
from recovery_desktop.printing.fonts import ensure_fonts
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.pack import PackRequest, gather_pack, worksheet_document
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault

BUDGETS = {"worksheet": 0.150, "pack": 3.0}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    app = QGuiApplication([])
    start = time.perf_counter()
    ensure_fonts()
    fonts = time.perf_counter() - start
    with tempfile.TemporaryDirectory(prefix="bench-print-") as tmp:
        created = Vault.create(Path(tmp) / "vault", "benchmark passphrase",
                               calibrate=kdf.floor_calibration)
        with created.vault as vault:
            with vault.session() as session:
                demo.fill(session, years=10, seed=1)
                ids = store.list_ids(session, store.Filters(definition_id="abc"))
            definitions = load_definitions().definitions
            options = PrintOptions()
            out = Path(tmp) / "out.pdf"

            def one_worksheet() -> None:
                with vault.session() as session:
                    document = worksheet_document(session, ids[0], definitions)
                assert document is not None
                write_pdf(out, [document], options)

            end = date.today()
            request = PackRequest(end - timedelta(weeks=52) + timedelta(days=1), end,
                                  set(definitions), include_triggers=True,
                                  include_checkins=True, tz="Europe/London")
            counts: dict[str, int] = {}

            def pack() -> None:
                with vault.session() as session:
                    documents = gather_pack(session, request, definitions)
                counts["documents"] = len(documents)
                write_pdf(out, documents, options, contents_title="Worksheets for my group")
                counts["bytes"] = out.stat().st_size

            samples: dict[str, list[float]] = {"worksheet": [], "pack": []}
            for name, func, n in (("worksheet", one_worksheet, runs),
                                  ("pack", pack, max(3, runs // 4))):
                func()  # warm-up
                for _ in range(n):
                    t = time.perf_counter()
                    func()
                    samples[name].append(time.perf_counter() - t)
    del app
    rows = [["what", "median", "p95", "runs"]]
    rows += [[k, ms(median(v)), ms(p95(v)), str(len(v))] for k, v in samples.items()]
    table(rows)
    print(f"font registration (once per process): {ms(fonts)}")
    print(f"pack: {counts['documents']} documents, {counts['bytes'] // 1024} KiB")
    for name, budget in BUDGETS.items():
        value = median(samples[name])
        verdict(name, value <= budget, f"median {ms(value)} (budget {ms(budget)})")


if __name__ == "__main__":
    main()
