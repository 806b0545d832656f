"""The first-run flow through its real widgets, with real vaults in temporary folders."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recovery_desktop.domain.profile import Profile, RecoveryPath, Role, load_profile
from recovery_desktop.ui.context import AppContext
from recovery_desktop.ui.first_run import FirstRunFlow
from recovery_desktop.ui.first_run.common import StepPage
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.shell_support import make_ctx
from tests.memory_keyring import MemoryKeyring

TIMEOUT = 10_000
MakeFlow = Callable[[], FirstRunFlow]


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    ctx = make_ctx(tmp_path / "data" / "vault", tmp_path / "s.ini")
    ctx.clipboard_clear_ms = 300
    yield ctx
    QThreadPool.globalInstance().waitForDone(TIMEOUT)
    ctx.lock.release()


@pytest.fixture
def make_flow(qtbot: QtBot, ctx: AppContext) -> Iterator[MakeFlow]:
    """Built on demand, after the test picked its keyring fixture (the flow asks it at once)."""
    flows: list[FirstRunFlow] = []

    def make() -> FirstRunFlow:
        flow = FirstRunFlow(ctx)
        qtbot.addWidget(flow)
        flow.resize(900, 650)
        flow.show()
        flow.activateWindow()
        qtbot.waitExposed(flow)
        qtbot.waitUntil(lambda: flow.remember.status is not None, timeout=TIMEOUT)
        flows.append(flow)
        return flow

    yield make
    QThreadPool.globalInstance().waitForDone(TIMEOUT)
    for flow in flows:
        if flow.created_vault is not None:
            flow.created_vault.close()


def at(flow: FirstRunFlow) -> StepPage:
    """The current step (a call, so mypy does not narrow it across steps)."""
    return flow.current


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def create_vault(qtbot: QtBot, flow: FirstRunFlow) -> str:
    """Through the passphrase step with the mouse-free shortcuts of the widgets; returns the key."""
    flow.welcome.primary.click()
    flow.passphrase.form.first.setText(PASSPHRASE)
    flow.passphrase.form.second.setText(PASSPHRASE)
    flow.passphrase.primary.click()
    qtbot.waitUntil(lambda: at(flow) is flow.recovery_key, timeout=TIMEOUT)
    return flow.recovery_key.key_label.text()


def normalised(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", text.upper())


# -- the whole flow ---------------------------------------------------------------------------


def test_whole_flow_from_the_keyboard_alone(
    qtbot: QtBot, memory_keyring: MemoryKeyring, make_flow: MakeFlow, ctx: AppContext
) -> None:
    flow = make_flow()
    assert at(flow) is flow.welcome
    assert focused() is flow.welcome.primary
    press(qtbot, Qt.Key.Key_Return)

    assert at(flow) is flow.passphrase
    assert focused() is flow.passphrase.form.first
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is flow.passphrase.form.second
    type_text(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)  # Enter in the field creates the vault
    qtbot.waitUntil(lambda: at(flow) is flow.recovery_key, timeout=TIMEOUT)
    assert flow.passphrase.form.first.text() == ""  # the passphrase does not linger

    key = flow.recovery_key.key_label.text()
    assert re.fullmatch(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", key)
    assert focused() is flow.recovery_key.copy_button
    press(qtbot, Qt.Key.Key_Return)  # Enter on a focused button presses that button
    assert QGuiApplication.clipboard().text() == key
    order = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    step = flow.recovery_key
    assert order == [step.save_button, step.key_label, step.confirm_edit]
    press(qtbot, Qt.Key.Key_Return)  # Continue stays disabled until the check is typed
    assert at(flow) is flow.recovery_key
    type_text(qtbot, key.rsplit("-", 1)[1].lower())  # case does not matter
    press(qtbot, Qt.Key.Key_Return)

    assert at(flow) is flow.remember
    assert flow.recovery_key.key_label.text() == ""  # the key is not kept in a widget
    assert flow.remember.check.isEnabled()
    assert focused() is flow.remember.check
    press(qtbot, Qt.Key.Key_Space)
    assert flow.remember.check.isChecked()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: at(flow) is flow.profile, timeout=TIMEOUT)

    form = flow.profile.form
    assert focused() is form.path_buttons[RecoveryPath.UNSURE]
    press(qtbot, Qt.Key.Key_Up)  # arrows move within a group of choices
    assert form.path_buttons[RecoveryPath.BOTH].isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.role_buttons[Role.SELF]
    press(qtbot, Qt.Key.Key_Down)
    assert form.role_buttons[Role.SUPPORTING].isChecked()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.name_edit
    type_text(qtbot, "Sam")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "someone finding my way")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.country_combo
    type_text(qtbot, "Germany")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.language_combo
    press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(flow.finished, timeout=TIMEOUT) as finished:
        press(qtbot, Qt.Key.Key_Return)

    vault = finished.args[0]
    assert isinstance(vault, Vault)
    assert flow.created_vault is None  # handed over
    try:
        assert vault.remembered_on_device
        assert memory_keyring.secrets  # the device key went to the keychain
        with vault.session() as session:
            profile = load_profile(session)
    finally:
        vault.close()
    assert profile == Profile(
        path=RecoveryPath.BOTH,
        role=Role.SUPPORTING,
        display_name="Sam",
        country="DE",
        language="en",
        self_label="someone finding my way",
        completed=True,
    )

    # The vault opens with the passphrase, the key that was shown, and this device.
    Vault.unlock(ctx.data_dir, PASSPHRASE, lock=ctx.lock).close()
    Vault.unlock_with_recovery_key(ctx.data_dir, key, lock=ctx.lock).close()
    Vault.unlock_with_device(ctx.data_dir, ctx.keychain, lock=ctx.lock).close()


def test_back_before_the_vault_exists_and_nothing_is_written(
    qtbot: QtBot, no_keyring: None, make_flow: MakeFlow, ctx: AppContext
) -> None:
    flow = make_flow()
    press(qtbot, Qt.Key.Key_Return)
    assert at(flow) is flow.passphrase
    assert flow.passphrase.back is not None
    flow.passphrase.back.click()
    assert at(flow) is flow.welcome
    assert not (ctx.data_dir / "vault.db").exists()
    assert not (ctx.data_dir / "vault.key").exists()
    assert flow.created_vault is None


def test_passphrase_rules(qtbot: QtBot, no_keyring: None, make_flow: MakeFlow) -> None:
    flow = make_flow()
    flow.welcome.primary.click()
    step = flow.passphrase
    step.form.first.setText("short")
    step.form.second.setText("short")
    assert not step.primary.isEnabled()  # at least 8 characters
    step.form.first.setText(PASSPHRASE)
    step.form.second.setText(PASSPHRASE + "x")
    assert not step.primary.isEnabled()  # both fields must agree
    step.form.second.setText(PASSPHRASE)
    assert step.primary.isEnabled()
    assert step.form.strength.text() == "Very strong"


def test_a_failure_is_shown_in_words_not_a_traceback(
    qtbot: QtBot, no_keyring: None, make_flow: MakeFlow, ctx: AppContext
) -> None:
    ctx.data_dir.mkdir(parents=True)
    (ctx.data_dir / "vault.db").write_bytes(b"someone else's vault")
    flow = make_flow()
    flow.welcome.primary.click()
    flow.passphrase.form.first.setText(PASSPHRASE)
    flow.passphrase.form.second.setText(PASSPHRASE)
    flow.passphrase.primary.click()
    qtbot.waitUntil(flow.passphrase.message.isVisible, timeout=TIMEOUT)
    assert "already exists" in flow.passphrase.message.text()
    assert "Traceback" not in flow.passphrase.message.text()
    assert at(flow) is flow.passphrase
    assert flow.passphrase.primary.isEnabled()  # the user can try again
    assert (ctx.data_dir / "vault.db").read_bytes() == b"someone else's vault"


# -- recovery key -----------------------------------------------------------------------------


def test_clipboard_is_cleared_after_the_interval(
    qtbot: QtBot, no_keyring: None, make_flow: MakeFlow
) -> None:
    flow = make_flow()
    key = create_vault(qtbot, flow)
    clipboard = QGuiApplication.clipboard()
    flow.recovery_key.copy_button.click()
    assert clipboard.text() == key
    mime = clipboard.mimeData()
    assert mime is not None and mime.hasFormat("x-kde-passwordManagerHint")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=TIMEOUT)


def test_clipboard_is_left_alone_if_the_user_copied_something_else(
    qtbot: QtBot, no_keyring: None, make_flow: MakeFlow, ctx: AppContext
) -> None:
    flow = make_flow()
    create_vault(qtbot, flow)
    clipboard = QGuiApplication.clipboard()
    flow.recovery_key.copy_button.click()
    clipboard.setText("a shopping list")
    qtbot.wait(ctx.clipboard_clear_ms * 3)
    assert clipboard.text() == "a shopping list"
    clipboard.clear()


def test_recovery_kit_pdf_after_the_warning(
    qtbot: QtBot, no_keyring: None, make_flow: MakeFlow, ctx: AppContext, tmp_path: Path
) -> None:
    flow = make_flow()
    key = create_vault(qtbot, flow)
    target = tmp_path / "kit"  # the .pdf suffix is added
    ctx.dialogs.set_next_answer(QMessageBox.StandardButton.Yes)
    ctx.dialogs.set_next_answer(str(target))
    flow.recovery_key.save_button.click()

    assert "not encrypted" in ctx.dialogs.shown[0][0]
    pdf = target.with_suffix(".pdf")
    assert pdf.exists()
    document = QPdfDocument()
    assert document.load(str(pdf)) == QPdfDocument.Error.None_
    try:
        assert document.pageCount() == 1
        text = document.getAllText(0).text()
    finally:
        document.close()
    assert normalised(key) in normalised(text)
    assert str(ctx.data_dir) in text.replace("\n", "").replace("\r", "")
    assert str(pdf) in flow.recovery_key.status.text()


def test_no_pdf_unless_the_warning_is_accepted(
    qtbot: QtBot, no_keyring: None, make_flow: MakeFlow, ctx: AppContext, tmp_path: Path
) -> None:
    flow = make_flow()
    create_vault(qtbot, flow)
    target = tmp_path / "kit.pdf"
    ctx.dialogs.set_next_answer(QMessageBox.StandardButton.No)
    ctx.dialogs.set_next_answer(str(target))  # would be the answer to "where?", never asked
    flow.recovery_key.save_button.click()
    assert len(ctx.dialogs.shown) == 1  # only the warning
    assert not target.exists()
    assert not list(tmp_path.glob("*.pdf"))


def test_continue_needs_the_last_group(qtbot: QtBot, no_keyring: None, make_flow: MakeFlow) -> None:
    flow = make_flow()
    key = create_vault(qtbot, flow)
    step = flow.recovery_key
    groups = key.split("-")
    step.confirm_edit.setText(groups[0])
    assert not step.primary.isEnabled()
    step.confirm_edit.setText(f" {groups[-1].lower()} ")
    assert step.primary.isEnabled()


# -- remember on this device ------------------------------------------------------------------


def test_remember_is_disabled_with_a_reason_without_a_keychain(
    qtbot: QtBot, no_keyring: None, make_flow: MakeFlow
) -> None:
    flow = make_flow()
    key = create_vault(qtbot, flow)
    flow.recovery_key.confirm_edit.setText(key.rsplit("-", 1)[1])
    flow.recovery_key.primary.click()
    step = flow.remember
    assert at(flow) is step
    assert not step.check.isEnabled()
    assert "No secure system keychain" in step.reason.text()
    assert step.reason.isVisible()
    step.primary.click()
    assert at(flow) is flow.profile
    vault = flow.created_vault
    assert vault is not None and not vault.remembered_on_device


def test_remember_adds_a_device_slot(
    qtbot: QtBot, memory_keyring: MemoryKeyring, make_flow: MakeFlow
) -> None:
    flow = make_flow()
    key = create_vault(qtbot, flow)
    flow.recovery_key.confirm_edit.setText(key.rsplit("-", 1)[1])
    flow.recovery_key.primary.click()
    step = flow.remember
    assert step.check.isEnabled()
    assert not step.reason.isVisible()
    step.check.setChecked(True)
    step.primary.click()
    qtbot.waitUntil(lambda: at(flow) is flow.profile, timeout=TIMEOUT)
    vault = flow.created_vault
    assert vault is not None and vault.remembered_on_device
    assert len(memory_keyring.secrets) == 1


def test_a_keychain_refusal_keeps_the_user_on_the_step(
    qtbot: QtBot, memory_keyring: MemoryKeyring, make_flow: MakeFlow
) -> None:
    flow = make_flow()
    key = create_vault(qtbot, flow)
    flow.recovery_key.confirm_edit.setText(key.rsplit("-", 1)[1])
    flow.recovery_key.primary.click()
    memory_keyring.locked = True
    flow.remember.check.setChecked(True)
    flow.remember.primary.click()
    qtbot.waitUntil(flow.remember.message.isVisible, timeout=TIMEOUT)
    assert "keychain" in flow.remember.message.text()
    assert at(flow) is flow.remember
    assert not flow.remember.check.isChecked()
    flow.remember.primary.click()  # continuing without it still works
    assert at(flow) is flow.profile


# -- getting to know you ----------------------------------------------------------------------


def _to_profile_step(qtbot: QtBot, flow: FirstRunFlow) -> None:
    key = create_vault(qtbot, flow)
    flow.recovery_key.confirm_edit.setText(key.rsplit("-", 1)[1])
    flow.recovery_key.primary.click()
    flow.remember.primary.click()
    assert at(flow) is flow.profile


def test_skip_saves_an_unanswered_profile(
    qtbot: QtBot, no_keyring: None, make_flow: MakeFlow
) -> None:
    flow = make_flow()
    _to_profile_step(qtbot, flow)
    flow.profile.form.name_edit.setText("not saved when skipping")
    assert flow.profile.secondary is not None
    with qtbot.waitSignal(flow.finished, timeout=TIMEOUT) as finished:
        flow.profile.secondary.click()
    vault = finished.args[0]
    try:
        with vault.session() as session:
            profile = load_profile(session)
    finally:
        vault.close()
    assert profile == Profile(completed=False)


def test_profile_form_round_trip(qtbot: QtBot) -> None:
    from recovery_desktop.ui.profile_form import ProfileForm

    form = ProfileForm()
    qtbot.addWidget(form)
    original = Profile(
        path=RecoveryPath.TWELVE_STEP,
        role=Role.BOTH,
        display_name="Jo",
        country="nz",
        language="en",
        self_label="Person in recovery",
        completed=True,
        extra={"later": 1},
    )
    form.set_profile(original)
    assert form.profile() == Profile(**{**original.__dict__, "country": "NZ"})
    form.set_profile(Profile(country="XX", language="tlh"))  # unknown values: safe defaults
    assert (form.profile().country, form.profile().language) == ("", "")


# -- accessibility ----------------------------------------------------------------------------


def _check_names(root: QWidget) -> list[str]:
    problems = []
    labels = root.findChildren(QLabel)
    for widget in root.findChildren(QWidget):
        name = widget.accessibleName()
        if isinstance(widget, QAbstractButton):
            if not name or name != widget.text().replace("&", ""):
                problems.append(f"{type(widget).__name__} {widget.text()!r}: {name!r}")
        elif isinstance(widget, QLineEdit | QComboBox):
            owner = (
                widget.parentWidget() if isinstance(widget.parentWidget(), QComboBox) else widget
            )
            buddies = [label.text() for label in labels if label.buddy() is owner]
            if not name or (buddies and name != buddies[0]):
                problems.append(f"{type(widget).__name__} {buddies}: {name!r}")
    return problems


def test_every_control_is_named_as_it_is_labelled(
    qtbot: QtBot, no_keyring: None, make_flow: MakeFlow
) -> None:
    flow = make_flow()
    for step in flow.steps:
        assert step.accessibleName() == step.title
    controls = flow.findChildren(QAbstractButton) + flow.findChildren(QLineEdit)
    assert len(controls) > 15  # the check below has something to check
    assert _check_names(flow) == []


def test_the_name_check_can_fail(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    edit = QLineEdit(root)
    label = QLabel("Name", root)
    label.setBuddy(edit)
    edit.setAccessibleName("Something else")
    assert _check_names(root)
