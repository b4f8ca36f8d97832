"""Keys: the last live admin key cannot be revoked (nobody could make keys again), other keys can."""

from __future__ import annotations

import pytest

from matcher.errors import Conflict
from matcher.store import Store
from service.keys import KeyRing


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
