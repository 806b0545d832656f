#!/usr/bin/env bash
# Build the sdist and wheel (python -m build), check both carry resources/ and the migration
# scripts, install the wheel into a fresh venv and run `recovery-desktop --version` from it.
# Usage: packaging/check_wheel.sh   (writes dist/; the temporary venv is removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=.venv
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[package]"

start=$(date +%s)
rm -rf dist
"$VENV/bin/python" -m build --outdir dist . >/tmp/recovery-desktop-build.log 2>&1 || {
    cat /tmp/recovery-desktop-build.log >&2; exit 1; }
version=$("$VENV/bin/python" -c "import recovery_desktop as a; print(a.__version__)")
wheel=$(ls dist/recovery_desktop-"$version"-*.whl)
sdist=dist/recovery_desktop-"$version".tar.gz
"$VENV/bin/python" - "$wheel" "$sdist" <<'PY'
import sys, tarfile, zipfile
wheel, sdist = sys.argv[1], sys.argv[2]
names = zipfile.ZipFile(wheel).namelist()
sdist_names = tarfile.open(sdist).getnames()
need_wheel = ["recovery_desktop/resources/worksheets/", "recovery_desktop/resources/icons/hicolor/",
              "recovery_desktop/resources/translations/recovery_desktop_es.qm",
              "recovery_desktop/vault/migrations/versions/0001_base.py",
              "recovery_desktop/vault/migrations/script.py.mako",
              "recovery_desktop/vault/migrations/env.py"]
need_sdist = ["/resources/worksheets/", "/resources/icons/hicolor/scalable/apps/",
              "/resources/translations/recovery_desktop_es.ts",
              "/resources/translations/recovery_desktop_es.qm",
              "/recovery_desktop/vault/migrations/versions/0001_base.py",
              "/packaging/linux/"]
missing = [n for n in need_wheel if not any(x.startswith(n) for x in names)]
missing += [f"sdist:{n}" for n in need_sdist if not any(n in x for x in sdist_names)]
if missing:
    sys.exit(f"missing from the distributions: {missing}")
print(f"contents ok: {len(names)} files in the wheel, {len(sdist_names)} in the sdist")
PY

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PY" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"
out=$(cd "$tmp" && "$tmp/venv/bin/recovery-desktop" --version)
[ "$out" = "recovery-desktop $version" ] || { echo "unexpected --version: $out" >&2; exit 1; }
# The installed package finds its bundled files (not the checkout's: run from elsewhere).
(cd "$tmp" && "$tmp/venv/bin/python" -c "
from recovery_desktop.resources_path import resource
from recovery_desktop.ui.app_icon import svg_path
assert resource('worksheets').is_dir() and svg_path().is_file()
assert 'site-packages' in str(svg_path())
from recovery_desktop.ui.translations import available_languages
assert 'es' in available_languages(), available_languages()
")
echo "wheel ok: $out ($(( $(date +%s) - start )) s)"
