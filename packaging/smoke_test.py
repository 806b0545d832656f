"""Smoke-test a frozen build: the commands people rely on work from the bundle, offscreen.

Usage: python packaging/smoke_test.py build/frozen/recovery-desktop/recovery-desktop

Checks ``--version``, ``print-blank --list`` and each listed kind (skipped, with a message,
if the build has no ``print-blank``), ``demo`` + ``export`` on a temporary vault, that the
window opens offscreen without Qt plugin errors, and that keyring's entry-point metadata was
bundled. Prints one line per check and the total time; exit status 1 if any check failed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "smoke test passphrase\n"
TIMEOUT = 300


class SmokeFailure(Exception):
    pass


def run(exe: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True,
                            timeout=TIMEOUT, check=False)
    if result.returncode != 0:
        raise SmokeFailure(f"{' '.join(args)} exited {result.returncode}: "
                           f"{result.stderr.strip() or result.stdout.strip()}")
    return result


def check_version(exe: Path) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from recovery_desktop import __version__

    out = run(exe, "--version").stdout.strip()
    if __version__ not in out:
        raise SmokeFailure(f"--version said {out!r}, expected {__version__}")
    return out


def check_print_blank(exe: Path, tmp: Path) -> str:
    if "print-blank" not in run(exe, "--help").stdout:
        return "SKIPPED: this build has no print-blank sub-command yet"
    listed = run(exe, "print-blank", "--list").stdout
    kinds = [line.split()[0] for line in listed.splitlines() if line.strip()]
    if not kinds:
        raise SmokeFailure("print-blank --list listed nothing")
    for kind in kinds:
        target = tmp / f"blank-{kind}.pdf"
        run(exe, "print-blank", kind, "-o", str(target))
        if not target.is_file() or not target.read_bytes().startswith(b"%PDF"):
            raise SmokeFailure(f"print-blank {kind} wrote no PDF")
    return f"{len(kinds)} kind(s): {', '.join(kinds)}"


def check_demo_and_export(exe: Path, tmp: Path) -> str:
    folder = tmp / "vault"
    run(exe, "demo", "--data-dir", str(folder), "--passphrase-stdin", "--fast-kdf",
        stdin=PASSPHRASE)
    target = tmp / "export.json"
    run(exe, "export", "--data-dir", str(folder), "--passphrase-stdin", "-o", str(target),
        stdin=PASSPHRASE)
    document = json.loads(target.read_text(encoding="utf-8"))
    if document.get("format") != "recovery-desktop-export":
        raise SmokeFailure("the export is not a recovery-desktop export")
    rows = sum(len(v) for v in document["data"].values())
    if rows == 0:
        raise SmokeFailure("the demo vault exported no rows")
    return f"{rows} rows in {len(document['data'])} collections"


def check_window(exe: Path, tmp: Path) -> str:
    """The GUI starts offscreen and is still running after a few seconds (then stopped)."""
    proc = subprocess.Popen([str(exe), "--data-dir", str(tmp / "gui-vault")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        proc.wait(timeout=8)
    except subprocess.TimeoutExpired:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
        if "plugin" in err.lower() and "could not" in err.lower():
            raise SmokeFailure(f"Qt plugin problem: {err.strip()}") from None
        return "window open after 8 s"
    _, err = proc.communicate()
    raise SmokeFailure(f"the GUI exited early ({proc.returncode}): {err.strip()}")


def check_metadata(exe: Path) -> str:
    bundle = exe.parent / "_internal"
    if not bundle.is_dir():  # macOS .app layouts differ; the demo check covers the rest
        return "SKIPPED: no _internal folder"
    found = sorted(p.name for p in bundle.glob("keyring-*.dist-info"))
    if not found or not (bundle / found[0] / "entry_points.txt").is_file():
        raise SmokeFailure("keyring's entry-point metadata is missing: no keychain backends")
    return found[0]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    exe = Path(argv[0]).resolve()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="smoke-config-"))
    failed = 0
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="smoke-") as name:
        tmp = Path(name)
        checks: tuple[tuple[str, Callable[[], str]], ...] = (
            ("--version", lambda: check_version(exe)),
            ("print-blank", lambda: check_print_blank(exe, tmp)),
            ("demo + export", lambda: check_demo_and_export(exe, tmp)),
            ("window offscreen", lambda: check_window(exe, tmp)),
            ("keyring metadata", lambda: check_metadata(exe)),
        )
        for label, check in checks:
            began = time.monotonic()
            try:
                detail = check()
                print(f"ok    {label:<18} {time.monotonic() - began:5.1f} s  {detail}")
            except (SmokeFailure, subprocess.TimeoutExpired, OSError, ValueError) as exc:
                failed += 1
                print(f"FAIL  {label:<18} {time.monotonic() - began:5.1f} s  {exc}")
    print(f"smoke test: {'FAILED' if failed else 'passed'} in {time.monotonic() - start:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
