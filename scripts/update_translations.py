"""Regenerate the translation sources and compile them: ``./dev translations``.

1. ``pyside6-lupdate -locations none -no-obsolete`` reads every ``.py`` file of the package
   and updates ``resources/translations/recovery_desktop_<lang>.ts`` (new strings arrive as
   "unfinished"; strings gone from the code are dropped).
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` next to it, which the app loads
   and the wheel and frozen build ship (a test checks the committed ``.qm`` are fresh).

``--check`` changes nothing and exits 1 if the ``.ts`` are out of date with the code (CI).
Add a language: ``scripts/update_translations.py --add fr`` then translate the new file.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recovery_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
PREFIX = "recovery_desktop_"


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (./dev test sets up .venv)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"{PREFIX}*.ts"))


def lupdate(targets: list[Path]) -> None:
    # A file list keeps the command line short and the order stable.
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(sources()) + "\n")
    try:
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        f"@{listing.name}", "-ts", *map(str, targets)],
                       check=True, cwd=ROOT)
    finally:
        Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> int:
    """1 if lupdate would change any .ts (a string was added, changed or removed in code)."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = [Path(tmp) / ts.name for ts in ts_files()]
        for ts, copy in zip(ts_files(), copies, strict=True):
            shutil.copy(ts, copy)
        lupdate(copies)
        stale = [ts.name for ts, copy in zip(ts_files(), copies, strict=True)
                 if copy.read_bytes() != ts.read_bytes()]
    for name in stale:
        print(f"out of date: {name} (run ./dev translations)")
    return 1 if stale else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale .ts files")
    parser.add_argument("--add", metavar="LANG", help="start a new language, e.g. fr or pt_BR")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    targets = ts_files()
    if args.add:
        new = TRANSLATIONS / f"{PREFIX}{args.add}.ts"
        if not new.exists():
            targets.append(new)
    lupdate(targets)
    for ts in targets:
        # lupdate writes no target language for a new file; lrelease needs it for plurals.
        text = ts.read_text(encoding="utf-8")
        lang = ts.stem.removeprefix(PREFIX)
        for bare in ('<TS version="2.1">', '<TS version="2.1" language="">'):
            text = text.replace(bare, f'<TS version="2.1" language="{lang}">')
        ts.write_text(text, encoding="utf-8")
        lrelease(ts, ts.with_suffix(".qm"))
    print(f"updated {len(targets)} translation(s) in {TRANSLATIONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
