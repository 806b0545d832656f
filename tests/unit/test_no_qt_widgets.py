"""vault/ and domain/ never import Qt widgets (vault/ no Qt at all): checked two ways."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

import recovery_desktop
from tests.unit.helpers import run_python

PACKAGE = Path(recovery_desktop.__file__).parent
WIDGETS = "PySide6.QtWidgets"
QT_ROOTS = ("PySide6", "shiboken6")


def qt_imports(source: str) -> list[str]:
    """Every Qt module an (unexecuted) source file imports, however it is spelled."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in QT_ROOTS]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] not in QT_ROOTS:
                continue
            if node.module == "PySide6":  # from PySide6 import QtWidgets
                found += [f"PySide6.{a.name}" for a in node.names]
            else:
                found.append(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                node.func, "id", "")) in ("import_module", "__import__"):
            found += [arg.value for arg in node.args[:1]
                      if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                      and arg.value.startswith(QT_ROOTS)]
    return found


def _sources(package: str) -> list[Path]:
    files = sorted((PACKAGE / package).rglob("*.py"))
    assert files
    return files


def _forbidden(name: str, package: str) -> bool:
    if package == "vault":  # no Qt at all: the lock is shared with the Qt-free CLI
        return True
    return name == WIDGETS or name.startswith(WIDGETS + ".")


@pytest.mark.parametrize("package", ["vault", "domain"])
def test_sources_do_not_import_forbidden_qt(package: str):
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in _sources(package)
        for name in qt_imports(path.read_text(encoding="utf-8"))
        if _forbidden(name, package)
    ]
    assert offenders == []


def test_the_source_check_catches_every_spelling():
    source = textwrap.dedent("""\
        import PySide6.QtWidgets
        from PySide6.QtWidgets import QWidget
        from PySide6 import QtWidgets, QtCore
        import importlib
        importlib.import_module("PySide6.QtWidgets")
        def later():
            from PySide6.QtWidgets import QApplication
    """)
    assert sorted(qt_imports(source)) == [
        "PySide6.QtCore", *["PySide6.QtWidgets"] * 5]
    assert qt_imports("import os\nfrom . import PySide6\nimport PySide6_helpers") == []


IMPORT_ALL = textwrap.dedent("""\
    import importlib, pkgutil, sys
    import recovery_desktop.domain, recovery_desktop.vault
    skip = {"recovery_desktop.vault.migrations.env"}  # runs only inside Alembic
    names = []
    for package in (recovery_desktop.vault, recovery_desktop.domain):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if info.name not in skip:
                importlib.import_module(info.name)
                names.append(info.name)
    print(len(names))
    print(" ".join(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))))
""")


def test_importing_every_module_loads_no_qt_widgets():
    result = run_python(["-c", IMPORT_ALL])
    assert result.returncode == 0, result.stderr
    count, qt_modules = [*result.stdout.split("\n"), ""][:2]
    assert int(count) >= 15  # really walked both packages
    assert WIDGETS not in qt_modules.split()
