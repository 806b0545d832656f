"""Whatever text a user types comes back exactly: drafts and profile, property-tested.

NUL characters are kept as they are: the JSON layer escapes them (``\\u0000``), so the
database never sees a raw NUL and the text round-trips exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_desktop.domain.drafts import list_drafts, load_draft, save_draft
from recovery_desktop.domain.profile import Profile, RecoveryPath, Role, load_profile, save_profile
from recovery_desktop.vault import kdf
from recovery_desktop.vault.vault import Vault
from tests.conftest import PASSPHRASE

# Mostly ordinary st.text() (NUL, emoji, RTL and combining marks all come up), sometimes
# a huge string of up to ~100 KB built by repetition so generating it stays cheap.
huge_text = st.tuples(st.text(min_size=1, max_size=16), st.integers(2_000, 100_000)).map(
    lambda parts: (parts[0] * (parts[1] // len(parts[0]) + 1))[: parts[1]])
special = st.sampled_from(["\x00", "a\x00b", "🦋👩🏽‍🦰", "שלום עולם", "مرحبا", "\u202e!", "\r\n\t",
                           "'; DROP TABLE drafts; --", "\\u0000", "e\u0301"])
any_text = st.one_of(st.text(), st.text(), special, huge_text)

# The autouse private_home fixture is function-scoped but irrelevant to each example.
SETTINGS = settings(max_examples=50, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder: Path = tmp_path_factory.mktemp("roundtrip") / "vault"
    created = Vault.create(folder, PASSPHRASE, calibrate=kdf.floor_calibration)
    with created.vault as vault:
        yield vault


def test_nul_is_kept_not_dropped(vault: Vault):
    with vault.session() as session:
        save_draft(session, "nul", {"text": "before\x00after"})
    with vault.session() as session:
        draft = load_draft(session, "nul")
    assert draft is not None and draft.payload["text"] == "before\x00after"


@SETTINGS
@given(kind=st.text(min_size=1, max_size=100), ref=st.text(max_size=100), body=any_text,
       fields=st.dictionaries(st.text(max_size=50), any_text, max_size=4))
def test_draft_roundtrip(vault: Vault, kind: str, ref: str, body: str, fields: dict[str, str]):
    payload = {"body": body, "fields": fields, "n": len(body)}
    with vault.session() as session:
        save_draft(session, kind, payload, ref=ref)
    with vault.session() as session:
        draft = load_draft(session, kind, ref)
    assert draft is not None
    assert (draft.kind, draft.ref, draft.payload) == (kind, ref, payload)
    # Saving again replaces the draft rather than adding a second one.
    with vault.session() as session:
        save_draft(session, kind, {"body": body[::-1]}, ref=ref)
    with vault.session() as session:
        again = load_draft(session, kind, ref)
        same_key = [d for d in list_drafts(session) if (d.kind, d.ref) == (kind, ref)]
    assert again is not None and again.payload == {"body": body[::-1]}
    assert len(same_key) == 1


@SETTINGS
@given(name=any_text, label=any_text, country=st.text(max_size=3), language=st.text(max_size=35),
       path=st.sampled_from(RecoveryPath), role=st.sampled_from(Role), completed=st.booleans(),
       extra=st.dictionaries(st.text(max_size=40), st.one_of(any_text, st.integers(),
                                                            st.booleans(), st.none()),
                             max_size=4))
def test_profile_roundtrip(vault: Vault, name: str, label: str, country: str, language: str,
                           path: RecoveryPath, role: Role, completed: bool,
                           extra: dict[str, object]):
    profile = Profile(path=path, role=role, display_name=name, country=country,
                      language=language, self_label=label, completed=completed, extra=extra)
    with vault.session() as session:
        save_profile(session, profile)
    with vault.session() as session:
        loaded = load_profile(session)
    assert loaded == profile
    assert isinstance(loaded.path, RecoveryPath) and isinstance(loaded.role, Role)
