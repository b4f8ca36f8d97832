"""Keys: the last live admin key cannot be revoked (nobody could make keys again), other keys can;
a revocation made through another connection (another process) holds at the next look-up."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.errors import Conflict
from matcher.store import Store
from service.keys import KeyRing
from service.roles import Role


def test_the_last_admin_key_cannot_revoke_itself(tmp_path):
    ring = KeyRing(Store(f"sqlite:///{tmp_path / 'keys.db'}"))
    first = ring.create("first admin", "admin")
    staff = ring.create("office", "staff")
    with pytest.raises(Conflict, match="last live admin key"):
        ring.revoke(first.id)
    assert ring.authenticate(first.secret) is not None
    assert ring.revoke(staff.id).revoked_at is not None  # other keys go as before
    second = ring.create("second admin", "admin")
    assert ring.revoke(first.id).revoked_at is not None  # with another admin, it may go
    with pytest.raises(Conflict):
        ring.revoke(second.id)


def test_a_key_revoked_through_another_connection_stops_working_at_the_next_look_up(tmp_path):
    url = f"sqlite:///{tmp_path / 'keys.db'}"
    here, there = KeyRing(Store(url)), KeyRing(Store(url))  # as two server processes on one file
    staff, admin = here.create("office", "staff"), here.create("admin", "admin")
    found = here.holder(staff.secret)
    assert found is not None and found[0].role is Role.staff and found[0].name == "office"
    assert found[0].created_at.tzinfo is dt.UTC and found[1] == frozenset()
    there.revoke(staff.id)
    assert here.holder(staff.secret) is None  # no read kept open between look-ups
    assert here.authenticate(admin.secret) is not None
    assert here.holder("smic_not-a-key") is None
