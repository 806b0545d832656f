"""A draft typed into a worksheet survives the process being killed (SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from recovery_desktop.domain.drafts import list_drafts
from recovery_desktop.domain.profile import Profile
from recovery_desktop.ui.pages.registry import PageContext
from recovery_desktop.ui.pages.worksheets_page import WorksheetsPage
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import make_ctx
from tests.gui.worksheet_kill_child import TEXT

ROOT = Path(__file__).resolve().parents[2]


def test_autosaved_draft_survives_sigkill_and_is_offered_back(qtbot: QtBot, tmp_path: Path):
    created = Vault.create(tmp_path / "vault", PASSPHRASE, calibrate=kdf.floor_calibration)
    folder = created.vault.paths.folder
    created.vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.worksheet_kill_child", str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env,
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(created.recovery_key.encode() + b"\n")
        proc.stdin.close()
        line = proc.stdout.readline()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert line == b"autosaved\n", stderr
    assert proc.returncode == -signal.SIGKILL

    with Vault.unlock(folder, PASSPHRASE) as vault:
        with vault.session() as session:
            drafts = list_drafts(session, "worksheet:abc")
        assert [d.payload["values"]["a_event"] for d in drafts] == [TEXT]
        ctx = make_ctx(folder, tmp_path / "settings.ini")
        page = WorksheetsPage(PageContext(ctx, vault, Profile()))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(page.list_panel.draft_bar.isVisible, timeout=3000)
        page.list_panel.draft_open.click()
        assert page.editor.form is not None
        assert page.editor.form.values()["a_event"] == TEXT
        page.close()
        page.deleteLater()
