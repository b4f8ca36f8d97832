"""API keys (admin): created and shown once, stored as a hash, listed without the key,
revoked at once."""

from __future__ import annotations

import hashlib

import httpx
import pytest
from sqlalchemy import select

from matcher.settings import MatcherSettings
from matcher.store import Store
from matcher.store.tables import ApiKeyRow


def test_a_new_key_works_for_its_role_until_revoked(service):
    admin = service.client("admin")
    created = admin.post("/api/keys", json={"name": "Leek Arts", "role": "member"})
    assert created.status_code == 201
    key = created.json()
    assert key["key"].startswith("smic_") and key["prefix"] == key["key"][:12] and key["role"] == "member"

    with httpx.Client(base_url=service.base_url, headers={"X-API-Key": key["key"]}) as holder:
        assert holder.get("/api/profiles/fl-0003").json()["name"] == "Rhys Morgan"  # a member sees the name
        assert holder.get("/api/shortlists").status_code == 403
        listed = admin.get("/api/keys").json()
        mine = next(k for k in listed if k["id"] == key["id"])
        assert mine == {k: v for k, v in key.items() if k != "key"}
        assert key["key"] not in admin.get("/api/keys").text

        revoked = admin.delete(f"/api/keys/{key['id']}")
        assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
        assert holder.get("/api/profiles/fl-0003").status_code == 401
    assert next(k for k in admin.get("/api/keys").json() if k["id"] == key["id"])["revoked_at"]


def test_keys_are_stored_only_as_a_hash(service):
    key = service.client("admin").post("/api/keys", json={"name": "hash check", "role": "staff"}).json()["key"]
    store = Store(MatcherSettings(home=service.home, database_url=service.database.url).resolved_database_url)
    try:
        with store.session() as session:
            rows = session.scalars(select(ApiKeyRow)).all()
            assert hashlib.sha256(key.encode()).hexdigest() in {row.key_hash for row in rows}
            assert all(key not in (row.key_hash, row.prefix, row.name) for row in rows)
    finally:
        store.engine.dispose()


@pytest.mark.parametrize("body,detail", [
    ({"name": "x", "role": "public"}, "role: must be one of 'member', 'staff' or 'admin'"),
    ({"name": "", "role": "staff"}, "name: must not be empty"),
    ({"role": "staff"}, "name: is required"),
])
def test_bad_key_requests_are_refused_in_a_sentence(service, body, detail):
    response = service.client("admin").post("/api/keys", json=body)
    assert response.status_code == 422 and response.json()["detail"] == detail


def test_revoking_an_unknown_key_is_404(service):
    response = service.client("admin").delete("/api/keys/987654")
    assert response.status_code == 404 and response.json() == {"detail": "no API key with id 987654"}
    assert service.client("admin").delete("/api/keys/abc").status_code == 422
