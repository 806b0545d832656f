"""Write the Linux desktop entry and AppStream metainfo from their templates.

The app's id, name, version and licence come from ``recovery_desktop/__init__.py`` (one source
of truth); the generated files are checked in so distributions can pick them up, and a test
checks they match. Usage: ``.venv/bin/python packaging/make_desktop_files.py [--check]``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(ROOT))


def rendered() -> dict[Path, str]:
    """The generated files: path -> text."""
    import recovery_desktop as app

    values = {
        "@APP_ID@": app.APP_ID,
        "@APP_NAME@": app.APP_NAME,
        "@EXECUTABLE@": app.EXECUTABLE,
        "@LICENSE@": app.LICENSE,
        "@RELEASE_DATE@": app.RELEASE_DATE,
        "@SUMMARY@": app.SUMMARY,
        "@VERSION@": app.__version__,
    }
    out = {}
    for template, suffix in (("app.desktop.in", ".desktop"),
                             ("app.metainfo.xml.in", ".metainfo.xml")):
        text = (LINUX / template).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        if re.search(r"@[A-Z_]+@", text):
            raise ValueError(f"{template}: a placeholder was left unfilled")
        out[LINUX / f"{app.APP_ID}{suffix}"] = text
    return out


def main(argv: list[str]) -> int:
    stale = []
    for path, text in rendered().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if "--check" in argv:
            stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"out of date (run packaging/make_desktop_files.py): {', '.join(stale)}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
