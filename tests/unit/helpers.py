"""Small helpers shared by the unit tests (no fixtures here: see conftest.py)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE_SIZE = 4096  # SQLCipher 4's default page size


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (recursively) mapped to the SHA-256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def data_snapshot(folder: Path) -> dict[str, str]:
    """``snapshot`` without the instance lock, which holds only the last opener's process id."""
    files = snapshot(folder)
    files.pop("vault.lock", None)
    return files


def flip_byte(path: Path, offset: int) -> None:
    """Invert one byte of ``path`` in place, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    assert offset < len(data), f"{path.name} has only {len(data)} bytes"
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def files_containing(folders: list[Path], needles: list[bytes]) -> list[str]:
    """'file: needle' for every needle found in any file under the folders."""
    found: list[str] = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            data = path.read_bytes()
            found.extend(f"{path}: {needle!r}" for needle in needles if needle in data)
    return found


def open_files_under(folder: Path) -> list[str]:
    """Files this process holds open under ``folder``, deleted ones included (Linux /proc)."""
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


def run_python(args: list[str], *, stdin: str = "",
               timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the venv's Python from the repository root with the test's environment."""
    env = dict(os.environ)
    env.pop("RECOVERY_DESKTOP_DEBUG", None)
    return subprocess.run(
        [sys.executable, *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
        env=env, timeout=timeout, check=False,
    )
