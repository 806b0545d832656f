#!/usr/bin/env bash
# Build the one-folder app with PyInstaller into build/frozen/recovery-desktop/, then
# smoke-test it (packaging/smoke_test.py). Times both. Usage: packaging/build.sh [--no-smoke]
# PyInstaller comes from the project's `package` extra, installed into .venv here.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=.venv
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[package]"

start=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/frozen --workpath build/pyinstaller packaging/recovery-desktop.spec
built=$(date +%s)
echo "build: $((built - start)) s, $(du -sh build/frozen/recovery-desktop | cut -f1)"
# The compiled translations travel with resources/ (a missing .qm would silently show English).
for ts in resources/translations/*.ts; do
    qm=$(basename "${ts%.ts}.qm")
    find build/frozen/recovery-desktop -path "*/recovery_desktop/resources/translations/$qm" \
        | grep -q . || { echo "missing from the frozen app: $qm" >&2; exit 1; }
done

if [ "${1:-}" != "--no-smoke" ]; then
    "$VENV/bin/python" packaging/smoke_test.py build/frozen/recovery-desktop/recovery-desktop
fi
