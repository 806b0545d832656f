"""Every Python package ships: pyproject lists packages explicitly (resources/ is mapped)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "recovery_desktop").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    found.add("recovery_desktop.resources")
    assert found == listed


def test_bundled_resources_are_found_through_the_package():
    from recovery_desktop.resources_path import resource

    assert resource("worksheets").is_dir()
