"""The Linux desktop entry and AppStream metainfo: generated from the package, and valid."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import recovery_desktop as app
from recovery_desktop import cli

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{app.APP_ID}.desktop"
METAINFO = LINUX / f"{app.APP_ID}.metainfo.xml"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_desktop_files", ROOT / "packaging" / "make_desktop_files.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_checked_in_files_match_the_package():
    rendered = generator().rendered()
    assert set(rendered) == {DESKTOP, METAINFO}
    for path, text in rendered.items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run packaging/make_desktop_files.py")


def test_identity_is_the_same_everywhere():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["project"]["license"] == app.LICENSE
    assert list(config["project"]["gui-scripts"]) == [app.EXECUTABLE]
    assert cli.PROG == app.EXECUTABLE
    desktop = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={app.APP_ID}\n" in desktop and f"Exec={app.EXECUTABLE}\n" in desktop
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f'<release version="{app.__version__}" date="{app.RELEASE_DATE}">' in metainfo
    assert "not treatment" in metainfo and "no network connections" in metainfo
    assert '<content_rating type="oars-1.1">' in metainfo


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt-get install "
                    "desktop-file-utils; .ci/run does)")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli not installed (apt-get install appstream; .ci/run does)")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout
