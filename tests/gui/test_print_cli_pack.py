"""print-blank on the command line, and the facilitator pack gathered from a demo vault."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from recovery_desktop import cli
from recovery_desktop.domain import demo
from recovery_desktop.domain.profile import load_profile, save_profile, set_setting
from recovery_desktop.printing.blanks import blank_kinds
from recovery_desktop.printing.document import render_pdf
from recovery_desktop.printing.options import NameDisplay, PrintOptions
from recovery_desktop.printing.pack import (
    ALIAS_SETTING,
    PackRequest,
    gather_pack,
    options_from_vault,
    worksheet_document,
)
from recovery_desktop.printing.triggers import TriggerSummary
from recovery_desktop.vault.vault import CreatedVault
from tests.gui.print_support import has, read_pdf
from tests.unit.helpers import ROOT


def test_print_blank_lists_every_kind(qapp: QApplication,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["print-blank", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{k.id}\t{k.title}" for k in blank_kinds()]
    assert "checkin\tWeekly check-in" in lines


def test_print_blank_writes_every_kind(qapp: QApplication, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    for kind in blank_kinds():
        out = tmp_path / f"{kind.id}.pdf"
        assert cli.main(["print-blank", kind.id, "-o", str(out), "--page-size", "letter"]) == 0
        pages, text, size = read_pdf(out, tmp_path)
        assert pages >= 1 and has(text, kind.title)
        assert (round(size.width()), round(size.height())) == (612, 792)
    out = tmp_path / "a4.pdf"
    assert cli.main(["print-blank", "abc", "-o", str(out), "--page-size", "A4"]) == 0
    assert (round(read_pdf(out, tmp_path)[2].width())) == 595
    assert "NOT encrypted" not in capsys.readouterr().err  # nothing personal in a blank


@pytest.mark.parametrize(("args", "message"), [
    (["print-blank"], "name a KIND"),
    (["print-blank", "abc"], "-o FILE.pdf"),
    (["print-blank", "nope", "-o", "x.pdf"], "unknown kind 'nope'"),
    (["print-blank", "abc", "-o", "/no/such/folder/x.pdf"], "does not exist"),
    (["print-blank", "abc", "-o", "x.pdf", "--page-size", "A5"], "invalid choice"),
])
def test_print_blank_usage_errors(qapp: QApplication, capsys: pytest.CaptureFixture[str],
                                  args: list[str], message: str) -> None:
    assert cli.main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("recovery-desktop:") and message in err[0]


def test_print_blank_needs_no_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    out = tmp_path / "cba.pdf"
    result = subprocess.run([sys.executable, "-m", "recovery_desktop", "print-blank",
                             "cost_benefit", "-o", str(out)], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert out.read_bytes().startswith(b"%PDF")


def test_a_year_pack_has_contents_and_every_chosen_worksheet(
        qapp: QApplication, tmp_path: Path, created_vault: CreatedVault) -> None:
    vault = created_vault.vault
    with vault.session() as session:
        demo.fill(session, years=1, seed=3)
        profile = load_profile(session)
        profile.display_name = "Robin Example"
        save_profile(session, profile)
        set_setting(session, ALIAS_SETTING, "Blue Heron")
    end = date.today()
    request = PackRequest(end - timedelta(days=364), end, {"abc", "cost_benefit"}, True)
    with vault.session() as session:
        documents = gather_pack(session, request)
        options = options_from_vault(session, PrintOptions(name_display=NameDisplay.ALIAS))
        first = options_from_vault(session, PrintOptions(name_display=NameDisplay.FIRST))
    assert options.shown_name() == "Blue Heron" and first.shown_name() == "Robin"
    assert isinstance(documents[-1], TriggerSummary)
    worksheets = documents[:-1]
    assert len(worksheets) > 20
    assert {d.definition.id for d in worksheets} == {"abc", "cost_benefit"}  # type: ignore[attr-defined]
    pages, text, _ = read_pdf(render_pdf(documents, options, contents_title="For my group"),
                              tmp_path)
    assert has(text, "For my group") and has(text, "Blue Heron")
    assert has(text, f"Page {pages} of {pages}")
    assert not has(text, "Robin")
    assert all(has(text, d.title) for d in documents)
    assert has(text, "Trigger log summary")
    # Behaviour names are neutral by default, in the summary as well.
    summary = documents[-1]
    assert len(summary.behaviour_names) > 1
    assert has(text, "my behaviour 1") and has(text, "my behaviour 2")
    _, text, _ = read_pdf(render_pdf([summary], PrintOptions(neutral_behaviours=False)),
                          tmp_path)
    assert not has(text, "my behaviour")
    assert all(has(text, n) for n in summary.behaviour_names.values())
    only_triggers = PackRequest(request.start, end, (), True)
    with vault.session() as session:
        assert len(gather_pack(session, only_triggers)) == 1
        missing = worksheet_document(session, 10**9)
    assert missing is None
