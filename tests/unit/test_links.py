"""Links between records of different features."""

from __future__ import annotations

import pytest

from recovery_desktop.domain.links import Ref, forget, link, linked_to, unlink
from recovery_desktop.vault.vault import CreatedVault


def test_links_work_both_ways_once_and_can_be_removed(created_vault: CreatedVault):
    vault = created_vault.vault
    abc, urge, other = Ref("worksheet", 3), Ref("urge", 7), Ref("urge", 8)
    with vault.session() as session:
        link(session, urge, abc)
        link(session, abc, urge)  # the same pair: still one link
        link(session, abc, other)
    with vault.session() as session:
        assert linked_to(session, abc) == [urge, other]
        assert linked_to(session, urge) == [abc]
        assert linked_to(session, abc, kind="worksheet") == []
        unlink(session, urge, abc)
    with vault.session() as session:
        assert linked_to(session, urge) == []
        forget(session, abc)
    with vault.session() as session:
        assert linked_to(session, other) == []


def test_a_record_cannot_link_to_itself(created_vault: CreatedVault):
    with created_vault.vault.session() as session, pytest.raises(ValueError):
        link(session, Ref("urge", 1), Ref("urge", 1))
