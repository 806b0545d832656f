"""Wrong passphrases and recovery keys are refused by name and change no vault file."""

from __future__ import annotations

from pathlib import Path

import pytest

from recovery_desktop.vault import recovery_key
from recovery_desktop.vault.errors import MalformedRecoveryKey, WrongPassphrase, WrongRecoveryKey
from recovery_desktop.vault.vault import Vault
from tests.unit.conftest import ClosedVault
from tests.unit.helpers import snapshot


@pytest.mark.parametrize("wrong", ["correct horse battery stapl", "CORRECT HORSE BATTERY STAPLE",
                                   "", "correct horse battery staple "])
def test_wrong_passphrase_is_refused_and_changes_nothing(closed_vault: ClosedVault, wrong: str):
    before = snapshot(closed_vault.folder)
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(closed_vault.folder, wrong)
    assert snapshot(closed_vault.folder) == before
    assert info.value.exit_code == 3
    if wrong:
        assert wrong not in str(info.value)  # the message never repeats what was typed


def test_wrong_but_well_formed_recovery_key_is_refused_and_changes_nothing(
        closed_vault: ClosedVault):
    other, _secret = recovery_key.generate()
    assert other != closed_vault.recovery_key
    before = snapshot(closed_vault.folder)
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(closed_vault.folder, other)
    assert snapshot(closed_vault.folder) == before


def _typos(display: str) -> list[str]:
    swapped = "A" if display[0] != "A" else "C"
    return [
        swapped + display[1:],          # one wrong character
        display[:-1],                   # one missing
        display + "A",                  # one extra
        display[5:9] + "-" + display[:4] + display[9:],  # two groups swapped
        "",
    ]


def test_typo_in_recovery_key_is_caught_before_any_decryption(closed_vault: ClosedVault,
                                                             tmp_path: Path):
    before = snapshot(closed_vault.folder)
    for typo in _typos(closed_vault.recovery_key):
        with pytest.raises(MalformedRecoveryKey):
            Vault.unlock_with_recovery_key(closed_vault.folder, typo)
        # Before any decryption, and before the folder is even looked at:
        with pytest.raises(MalformedRecoveryKey):
            Vault.unlock_with_recovery_key(tmp_path / "no such vault", typo)
    assert snapshot(closed_vault.folder) == before
    assert not (tmp_path / "no such vault").exists()


def test_recovery_key_unlocks_in_every_written_form(closed_vault: ClosedVault):
    display = closed_vault.recovery_key
    forms = [display, display.lower(), display.replace("-", " "), display.replace("-", ""),
             f"  {display.lower().replace('-', '  ')}\n"]
    for form in forms:
        with Vault.unlock_with_recovery_key(closed_vault.folder, form) as vault:
            assert vault.unlocked_with == "recovery"
            assert vault.data_key == closed_vault.data_key
            assert vault.integrity_problems() == []


def test_lookalike_digits_are_read_as_letters():
    seen = 0
    for _ in range(2000):
        display, secret = recovery_key.generate()
        if not any(letter in display for letter in "OIB"):
            continue
        typed = display.replace("O", "0").replace("I", "1").replace("B", "8")
        assert typed != display
        assert recovery_key.parse(typed) == secret
        seen += 1
    assert seen > 100
    with pytest.raises(MalformedRecoveryKey):  # 9 looks like nothing in the alphabet
        recovery_key.parse("9" * 32)


def test_lookalike_digits_unlock_the_vault(closed_vault: ClosedVault):
    typed = closed_vault.recovery_key.replace("O", "0").replace("I", "1").replace("B", "8")
    with Vault.unlock_with_recovery_key(closed_vault.folder, typed.lower()) as vault:
        assert vault.data_key == closed_vault.data_key


def test_generated_keys_have_128_bits_and_parse_back():
    display, secret = recovery_key.generate()
    assert len(secret) * 8 >= 128
    groups = display.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert recovery_key.parse(display) == secret
    assert recovery_key.last_group(display) == groups[-1]
