"""Translation files: up to date with the code, complete, faithful to placeholders, fresh.

When a check here fails after adding or changing strings: run ``./dev translations``, then
translate the entries it lists (Qt Linguist: ``.venv/bin/pyside6-linguist FILE.ts``, or edit
the XML), then ``./dev translations`` again to compile the ``.qm``.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import recovery_desktop
from recovery_desktop.domain.worksheets.definitions import BEHAVIOURS
from tests.unit.helpers import run_python

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
WORKSHEETS = ROOT / "resources" / "worksheets"
PACKAGE = Path(recovery_desktop.__file__).parent
SHIPPED = ("es",)
TOOLS = Path(sys.executable).parent


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"recovery_desktop_{lang}.ts"


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every entry of a .ts file."""
    root = ET.parse(ts_path(lang)).getroot()
    found = []
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            translation = m.find("translation")
            assert translation is not None, f"no <translation> for {m.findtext('source')!r}"
            found.append((ctx.findtext("name") or "", m.findtext("source") or "", translation))
    return found


def tool(name: str) -> str:
    found = TOOLS / name
    if not found.exists():
        pytest.skip(f"{name} is not installed (it comes with PySide6-Essentials)")
    return str(found)


def test_the_ts_sources_are_up_to_date_with_the_code() -> None:
    tool("pyside6-lupdate")
    done = run_python(["scripts/update_translations.py", "--check"], timeout=120)
    assert done.returncode == 0, (
        "The .ts files differ from what pyside6-lupdate makes of the code: run "
        "`./dev translations` and translate the new entries.\n" + done.stdout + done.stderr)


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_entry_is_translated(lang: str) -> None:
    unfinished = [f"  [{ctx}] {src!r}" for ctx, src, tr in messages(lang)
                  if tr.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (tr.text or "").strip()]
    assert not unfinished, (
        f"{len(unfinished)} unfinished entries in {ts_path(lang).name} "
        "(translate them, then run ./dev translations):\n" + "\n".join(unfinished))


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%\d+|%n|\{\w*\}|</?[a-zA-Z][^>]*>", text))


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_keep_placeholders_markup_and_accelerators(lang: str) -> None:
    wrong = []
    for ctx, src, tr in messages(lang):
        text = tr.text or ""
        if not text:
            continue
        if _placeholders(src) != _placeholders(text):
            wrong.append(f"[{ctx}] {src!r}: placeholders {_placeholders(text)}")
        if _accelerators(src) != _accelerators(text):
            wrong.append(f"[{ctx}] {src!r}: accelerator & in {text!r}")
        if src[:1].isspace() != text[:1].isspace() or src[-1:].isspace() != text[-1:].isspace():
            wrong.append(f"[{ctx}] {src!r}: leading/trailing space differs in {text!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_compiled_qm_is_fresh(lang: str, tmp_path: Path) -> None:
    lrelease = tool("pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(ts_path(lang)), "-qm", str(fresh)], check=True,
                   timeout=60)
    committed = ts_path(lang).with_suffix(".qm")
    assert committed.exists() and committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is stale: run ./dev translations")


def test_the_update_command_makes_no_change_on_a_copy(tmp_path: Path) -> None:
    """The regenerate command itself works end to end (on a copy of the tree)."""
    tool("pyside6-lupdate")
    tool("pyside6-lrelease")
    copy = tmp_path / "tree"
    shutil.copytree(PACKAGE, copy / "recovery_desktop",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "scripts", copy / "scripts",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(TRANSLATIONS, copy / "resources" / "translations")
    done = subprocess.run([sys.executable, str(copy / "scripts" / "update_translations.py")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    for lang in SHIPPED:
        name = f"recovery_desktop_{lang}"
        assert (copy / "resources/translations" / f"{name}.ts").read_bytes() == \
            ts_path(lang).read_bytes()
        assert (copy / "resources/translations" / f"{name}.qm").read_bytes() == \
            ts_path(lang).with_suffix(".qm").read_bytes()


# -- strings lupdate cannot see ---------------------------------------------------------------

# lupdate finds self.tr("..."), translate("Context", "...") and QT_TRANSLATE_NOOP("Context",
# "..."). A module-level helper called with a literal (_t("...")) or a bare tr("...") outside a
# class puts the string nowhere (or in the wrong context), so it can never be translated.
HIDDEN_CALLS = {"_t", "_tr", "tr", "t", "_"}


def test_no_literal_goes_through_a_wrapper_lupdate_cannot_see() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in HIDDEN_CALLS and node.args
                    and isinstance(node.args[0], ast.Constant | ast.JoinedStr)):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.func.id}(...)")
    assert not found, (
        "Use translate(\"Context\", \"...\") from recovery_desktop.i18n (or self.tr inside a "
        "class) so lupdate sees these:\n" + "\n".join(found))


# -- worksheet definitions --------------------------------------------------------------------

USER_VISIBLE = ("title", "purpose", "label", "help")


def _texts(node: object, key: str = "") -> list[tuple[str, object]]:
    if isinstance(node, dict):
        if key in USER_VISIBLE:
            return [(key, node)]
        return [t for k, v in node.items() for t in _texts(v, k)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v, key)]
    if isinstance(node, str) and key in USER_VISIBLE and node:
        return [(key, node)]
    return []


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_worksheet_string_has_the_language(lang: str) -> None:
    missing = []
    for path in sorted(WORKSHEETS.glob("*.json")):
        for key, text in _texts(json.loads(path.read_text(encoding="utf-8"))):
            if not isinstance(text, dict) or not str(text.get(lang, "")).strip():
                missing.append(f"{path.name}: {key} {text!r}")
    missing += [f"BEHAVIOURS: {label!r}" for _key, label in BEHAVIOURS
                if not isinstance(label, dict) or not label.get(lang)]
    assert not missing, f"without {lang!r}:\n" + "\n".join(missing)
