"""Rewrite string literals passed through translation wrappers lupdate cannot see.

A helper such as ``def _t(text): return QCoreApplication.translate("urges", text)`` hides
every ``_t("...")`` from ``pyside6-lupdate``. This finds such wrappers (defined in a module or
imported from one) and rewrites each call with a literal into ``translate("urges", "...")``
from ``recovery_desktop.i18n``, adding the import. Run it after merging code that uses them,
then ``ruff check .`` (long lines) and ``./dev translations``.

Usage: python scripts/fix_translation_calls.py   (prints what it changed)
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "recovery_desktop"
IMPORT = "from recovery_desktop.i18n import translate\n"


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def wrappers_defined(tree: ast.Module) -> dict[str, str]:
    """name -> context for ``def name(text): return <...>.translate("ctx", text)``."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.FunctionDef) and len(node.args.args) == 1
                and len(node.body) == 1 and isinstance(node.body[0], ast.Return)):
            continue
        call = node.body[0].value
        if (isinstance(call, ast.Call) and len(call.args) == 2
                and getattr(call.func, "attr", getattr(call.func, "id", "")) == "translate"
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id == node.args.args[0].arg):
            found[node.name] = str(call.args[0].value)
    for node in tree.body:  # aliases: tr_review = _t
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Name)
                and node.value.id in found):
            found[node.targets[0].id] = found[node.value.id]
    return found


def main() -> int:
    paths = sorted(PACKAGE.rglob("*.py"))
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in paths}
    defined = {module_name(p): wrappers_defined(t) for p, t in trees.items()}
    changed = 0
    for path, tree in trees.items():
        local = dict(defined[module_name(path)])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in defined:
                for alias in node.names:
                    if alias.name in defined[node.module]:
                        local[alias.asname or alias.name] = defined[node.module][alias.name]
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and \
                    node.value.id in local and len(node.targets) == 1 and \
                    isinstance(node.targets[0], ast.Name):  # tr = _t inside a function
                local[node.targets[0].id] = local[node.value.id]
        if not local:
            continue
        source = path.read_text(encoding="utf-8")
        count = 0
        for name, context in local.items():
            pattern = re.compile(r"(?<![\w.])" + re.escape(name) + r"\((\s*)(?=[rbu]?[\"'])")

            def call(m: re.Match[str], c: str = context) -> str:
                return f'translate("{c}",{m.group(1) or " "}'

            source, n = pattern.subn(call, source)
            count += n
        if count:
            if IMPORT not in source:
                source = source.replace("from __future__ import annotations\n",
                                        "from __future__ import annotations\n\n" + IMPORT, 1)
            path.write_text(source, encoding="utf-8")
            print(f"{path.relative_to(PACKAGE.parent)}: {count} call(s)")
            changed += count
    print(f"{changed} call(s) rewritten" if changed else "nothing to rewrite")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
