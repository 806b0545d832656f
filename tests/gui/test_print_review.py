"""The weekly check-in from a real review, print-review on the command line, check-ins in the
facilitator pack, and step work (the Step 4 inventory only when chosen)."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from recovery_desktop import cli
from recovery_desktop.domain import demo
from recovery_desktop.domain.base import utcnow
from recovery_desktop.domain.review import plans, sections
from recovery_desktop.domain.review.builtin import UrgeWeek
from recovery_desktop.domain.review.sections import LabelledRows, register_section
from recovery_desktop.domain.review.week import ReviewWindow, window_ending
from recovery_desktop.domain.twelve_step import inventory, service
from recovery_desktop.printing.document import PrintDocument, render_pdf
from recovery_desktop.printing.options import PrintOptions
from recovery_desktop.printing.pack import PackRequest, gather_pack, trigger_summary
from recovery_desktop.printing.review_checkin import gather_checkin, generic_rows
from recovery_desktop.printing.step_pack import StepWorkRequest, gather_step_work
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.print_support import has, read_pdf

TZ = "Europe/London"
INVENTORY_TEXT = "Fearmark"  # a Step 4 fear written in the fixture (short: fits a cell)


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One demo year with a review written for the last full ISO week (closed: the CLI and
    each test open it themselves)."""
    from recovery_desktop.vault import kdf

    folder = tmp_path_factory.mktemp("review-print") / "vault"
    created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault as vault, vault.session() as session:
        demo.fill(session, years=1, seed=3)
        window = _last_sunday_window()
        plans.save_review(session, window, plans.ReviewInput(
            win="Win-marker: walked instead", challenge="Challenge-marker: payday",
            for_group="Topic-marker: evenings",
            plan=(plans.PlanItem("Plan-marker call my sister", window.end + timedelta(days=2)),
                  plans.PlanItem("Plan-marker second", None, is_meeting=True))))
        fellowship = service.list_fellowships(session)[0]
        inventory.save_row(session, "fears", fellowship.id,
                           {"fear": INVENTORY_TEXT, "why": "Whymark"})
        entry = service.load_step(session, fellowship.id, 1)
        service.save_step(session, fellowship.id, 1, service.StepInput(
            entry.status, entry.started, entry.completed, entry.with_sponsor,
            "Notes-marker for step one", "PASTED-WORDING-marker"), today=date.today())
    yield folder


def _last_sunday_window() -> ReviewWindow:
    today = date.today()
    sunday = today - timedelta(days=today.weekday() + 1)
    return window_ending(sunday, tz=TZ, now_utc=utcnow())


@pytest.fixture
def vault(demo_vault: Path) -> Iterator[Vault]:
    opened = Vault.unlock(demo_vault, PASSPHRASE)
    yield opened
    opened.close()


def _text(tmp_path: Path, documents: Sequence[PrintDocument],
          options: PrintOptions | None = None) -> tuple[int, str]:
    pages, text, _ = read_pdf(render_pdf(documents, options or PrintOptions()), tmp_path)
    return pages, text


def test_checkin_from_a_saved_review_has_its_numbers_and_words(
        qapp: QApplication, tmp_path: Path, vault: Vault) -> None:
    window = _last_sunday_window()
    with vault.session() as session:
        document = gather_checkin(session, window)
    urges = document.review.get(sections.URGES)
    assert isinstance(urges, UrgeWeek) and urges.count > 0 and document.saved is not None
    names = [b.name for b in urges.behaviours if len(urges.behaviours) > 1]
    pages, text = _text(tmp_path, [document])
    assert pages == 1  # one page where possible
    assert has(text, "Weekly check-in") and has(text, "The week in numbers")
    assert has(text, f"Urges logged: {urges.count}, kept to my goal {urges.kept}")
    assert has(text, "Urges each day")  # the chart's title (the bars are drawn, not text)
    for marker in ("Win-marker: walked instead", "Challenge-marker: payday",
                   "Topic-marker: evenings", "Plan-marker call my sister",
                   "Plan-marker second (meeting)"):
        assert has(text, marker)
    assert not has(text, "No review was saved")
    # The most private defaults: behaviour names replaced by the neutral word.
    assert has(text, "my behaviour")
    assert not any(has(text, name) for name in names)
    # A fellowship's name says what someone recovers from: numbered too, by default.
    assert has(text, "Fellowship 1") and not has(text, "Anonymous") and not has(text, "AA")
    shown = _text(tmp_path, [document], PrintOptions(neutral_behaviours=False))[1]
    assert all(has(shown, name) for name in names)
    assert has(shown, "AA") and not has(shown, "Fellowship 1")


def test_checkin_without_a_saved_review_says_so_and_leaves_space(
        qapp: QApplication, tmp_path: Path, vault: Vault) -> None:
    # Demo reviews end on Sundays: the seven days ending on a Wednesday have none.
    window = window_ending(_last_sunday_window().end - timedelta(days=4), tz=TZ,
                           now_utc=utcnow())
    with vault.session() as session:
        document = gather_checkin(session, window)
    assert document.saved is None
    pages, text = _text(tmp_path, [document])
    assert pages == 1  # the writing space fits beside the numbers
    assert has(text, "No review was saved for this week")
    assert has(text, "A win") and has(text, "My plan for the next 7 days")


@dataclass(frozen=True)
class PlainSection:
    sessions: int
    hours: float
    note: str


def test_unknown_sections_print_generically(qapp: QApplication, tmp_path: Path,
                                            vault: Vault) -> None:
    @register_section("test_labelled", order=90)
    def labelled(_s: object, _w: ReviewWindow) -> LabelledRows:
        return LabelledRows("Sponsor calls", (("Calls made", "3"), ("Texts", "5")))

    @register_section("test_plain", order=91)
    def plain(_s: object, _w: ReviewWindow) -> PlainSection:
        return PlainSection(4, 2.5, "Plain-marker")

    try:
        with vault.session() as session:
            document = gather_checkin(session, _last_sunday_window())
        _, text = _text(tmp_path, [document])
    finally:
        sections._PROVIDERS.pop("test_labelled", None)
        sections._PROVIDERS.pop("test_plain", None)
    assert has(text, "Sponsor calls") and has(text, "Calls made: 3") and has(text, "Texts: 5")
    assert has(text, "Test plain") and has(text, "Sessions: 4") and has(text, "Hours: 2.5")
    assert has(text, "Note: Plain-marker")
    assert generic_rows("x", object()) == ("X", [])  # nothing printable: left out


def _cli(args: list[str], monkeypatch: pytest.MonkeyPatch, secret: str = PASSPHRASE) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(secret + "\n"))
    return cli.main(args)


def test_print_review_by_week_and_by_ending(qapp: QApplication, tmp_path: Path,
                                            demo_vault: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    window = _last_sunday_window()
    base = ["print-review", "--data-dir", str(demo_vault), "--passphrase-stdin"]
    out = tmp_path / "week.pdf"
    assert _cli([*base, "--week", _iso_week(window.end), "-o", str(out), "--page-size",
                 "Letter"], monkeypatch) == 0
    captured = capsys.readouterr()
    assert "NOT encrypted" in captured.err and "Wrote" in captured.out
    _pages, text, size = read_pdf(out, tmp_path)
    assert has(text, "Win-marker: walked instead") and has(text, "Plan-marker call my sister")
    assert (round(size.width()), round(size.height())) == (612, 792)
    out = tmp_path / "ending.pdf"
    ending = window.end - timedelta(days=3)  # no review ends there
    assert _cli([*base, "--ending", ending.isoformat(), "-o", str(out)], monkeypatch) == 0
    assert "No review was saved" in capsys.readouterr().out
    _, text, _ = read_pdf(out, tmp_path)
    assert has(text, "No review was saved for this week") and has(text, "Urges logged")
    assert not has(text, "Win-marker")


@pytest.mark.parametrize(("extra", "code", "message"), [
    (["--week", "2026-W60"], 2, "is not an ISO week"),
    (["--week", "last week"], 2, "is not an ISO week"),
    (["--ending", "2026-02-30"], 2, "is not a date"),
    (["--ending", "2999-01-01"], 2, "has not started yet"),
    (["--week", "2026-W05", "--ending", "2026-02-01"], 2, "not allowed with"),
])
def test_print_review_bad_weeks(qapp: QApplication, tmp_path: Path, demo_vault: Path,
                                monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str], extra: list[str],
                                code: int, message: str) -> None:
    out = tmp_path / "x.pdf"
    assert _cli(["print-review", "--data-dir", str(demo_vault), "--passphrase-stdin", *extra,
                 "-o", str(out)], monkeypatch) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("recovery-desktop:") and message in err[0]
    assert not out.exists()


def test_print_review_wrong_passphrase(qapp: QApplication, tmp_path: Path, demo_vault: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert _cli(["print-review", "--data-dir", str(demo_vault), "--passphrase-stdin",
                 "--week", "2026-W05", "-o", str(out)], monkeypatch, "not it") == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("recovery-desktop:")
    assert not out.exists()


def test_pack_has_checkins_in_date_order_and_never_the_inventory(
        qapp: QApplication, tmp_path: Path, vault: Vault) -> None:
    end = date.today()
    request = PackRequest(end - timedelta(weeks=8), end, frozenset({"abc"}),
                          include_triggers=True, include_checkins=True, tz=TZ)
    with vault.session() as session:
        documents = gather_pack(session, request)
        saved_days = [d for d in plans.review_days(session) if request.start <= d <= end]
    checkins = [d for d in documents if d.title == "Weekly check-in"]
    assert len(checkins) == len(saved_days) > 0
    ends = [c.week_end for c in checkins]  # type: ignore[attr-defined]
    assert ends == sorted(saved_days)
    days: list[date] = [getattr(d, "day", None) or d.week_end  # type: ignore[attr-defined]
                        for d in documents[:-1]]
    assert days == sorted(days)  # worksheets and check-ins interleaved by date
    assert documents[-1].title == "Trigger log summary"
    _pages, text = _text(tmp_path, documents, PrintOptions(include_inventory=True,
                                                           include_private_fields=True,
                                                           include_notes=True))
    assert has(text, "Win-marker: walked instead")
    assert not has(text, INVENTORY_TEXT) and not has(text, "Step 4:")  # no inventory heading


def test_step_work_leaves_the_inventory_out_unless_chosen(
        qapp: QApplication, tmp_path: Path, vault: Vault) -> None:
    today = date.today()
    with vault.session() as session:
        fellowship = service.list_fellowships(session)[0]
        request = StepWorkRequest(fellowship.id, today - timedelta(days=365), today,
                                  today=today)
        plain = gather_step_work(session, request)
        request.include_inventory = True
        chosen = gather_step_work(session, request)
        request.steps = [1, 2, 3]
        no_step4 = gather_step_work(session, request)
    assert plain is not None and chosen is not None and no_step4 is not None
    _, text = _text(tmp_path, [plain], PrintOptions(include_inventory=True))
    assert has(text, "Step work") and has(text, fellowship.name)
    assert has(text, "Notes-marker for step one") and has(text, "Step 8: people I have harmed")
    assert not has(text, INVENTORY_TEXT) and has(text, "The inventory is not included")
    assert not has(text, "PASTED-WORDING-marker")  # the pasted step wording never prints
    # Read, but the print options do not include it: still left out, and said so.
    _, text = _text(tmp_path, [chosen], PrintOptions())
    assert not has(text, INVENTORY_TEXT) and has(text, "The inventory is not included")
    _, text = _text(tmp_path, [chosen], PrintOptions(include_inventory=True))
    assert has(text, INVENTORY_TEXT) and has(text, "Step 4: resentments")
    _, text = _text(tmp_path, [no_step4], PrintOptions(include_inventory=True))
    assert not has(text, INVENTORY_TEXT) and not has(text, "Step 8")
    assert not has(text, "The inventory is not included")  # Step 4 was not asked for


def test_trigger_summary_notes_only_when_chosen(qapp: QApplication, tmp_path: Path,
                                                vault: Vault) -> None:
    end = date.today()
    with vault.session() as session:
        without = trigger_summary(session, end - timedelta(days=60), end)
        withn = trigger_summary(session, end - timedelta(days=60), end, notes=True)
    assert without.notes == () and withn.notes
    note = withn.notes[0][1]
    _, text = _text(tmp_path, [withn], PrintOptions())
    assert not has(text, note)
    _, text = _text(tmp_path, [withn], PrintOptions(include_notes=True))
    assert has(text, note)
