"""Locking while another thread is still querying must not crash (SQLCipher can segfault)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.unit.conftest import ClosedVault

SCRIPT = textwrap.dedent("""\
    import sys, threading
    from recovery_desktop.vault.vault import Vault
    folder, key = sys.argv[1], sys.stdin.readline().strip()
    from recovery_desktop.domain.drafts import list_drafts
    for _ in range(60):
        vault = Vault.unlock_with_recovery_key(folder, key, verify=False)
        worker = threading.Thread(target=lambda: _safe(vault))
        worker.start()
        with vault.session() as session:   # the GUI thread reads meanwhile...
            list_drafts(session)
        vault.close()          # ...then locks while the check is (usually) still running
        worker.join()
    print("survived")
""").replace("import sys, threading", '''import sys, threading
def _safe(vault):
    try:
        vault.integrity_problems()
    except Exception:
        pass  # interrupted or already locked: both fine''')


def test_closing_interrupts_background_queries_instead_of_crashing(closed_vault: ClosedVault):
    # A child process, so a crash fails this test instead of killing the test run.
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCRIPT,
                             str(closed_vault.folder)], input=closed_vault.recovery_key + "\n",
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-1500:]
    assert result.stdout.strip() == "survived"


MANY_THREADS = textwrap.dedent("""\
    import sys, threading
    from recovery_desktop.domain.drafts import save_draft, list_drafts
    from recovery_desktop.vault.vault import Vault
    folder, key = sys.argv[1], sys.stdin.readline().strip()
    vault = Vault.unlock_with_recovery_key(folder, key, verify=False)
    errors = []
    def work(n):
        try:
            for i in range(20):
                with vault.session() as session:
                    save_draft(session, "t", {"n": n, "i": i}, ref=str(n))
                    list_drafts(session)
        except Exception as exc:
            errors.append(repr(exc))
    held = vault.raw_connection()          # one pooled connection held here throughout
    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads: t.start()
    for t in threads: t.join()
    held.cursor().execute("SELECT count(*) FROM drafts").fetchone()
    held.close()
    vault.close()
    print("errors", len(errors), errors[:1])
""")


def test_more_threads_than_pooled_connections_do_not_steal_each_others(
        closed_vault: ClosedVault):
    result = subprocess.run([sys.executable, "-X", "faulthandler", "-c", MANY_THREADS,
                             str(closed_vault.folder)], input=closed_vault.recovery_key + "\n",
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-1500:]
    assert result.stdout.split()[:2] == ["errors", "0"], result.stdout
