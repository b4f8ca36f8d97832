"""The right to erasure: once erased, a profile is gone from reads, searches, crew sheets,
shortlists and exports at once, and the log of the erasure holds a hash, never the id."""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import select

from matcher.settings import MatcherSettings
from matcher.store import Store
from matcher.store.tables import ErasureRow

WORDS = "zeppelin rigging and airship mooring for aerial period scenes"


def test_an_erased_profile_is_gone_everywhere_at_once(service):
    admin, staff = service.client("admin"), service.client("staff")
    profile_id = f"fl-erase-{uuid.uuid4().hex[:8]}"
    profile = {"id": profile_id, "kind": "freelancer", "name": "Orla Quennell", "roles": ["Rigger"],
               "skills": [WORDS], "location": {"town": "Leek"}, "contact": {"email": "orla@example.org"},
               "visibility": "public"}
    assert admin.post("/api/profiles", json=profile).status_code == 201
    saved = staff.post("/api/shortlists", json={"name": "airships", "items": [
        {"profile_id": "fl-0007", "need": "DoP"}, {"profile_id": profile_id, "need": "Rigger"}]}).json()
    brief = {"text": f"Looking for {WORDS} near Leek"}
    assert _found(staff, WORDS) and _in_sheet(staff, brief, profile_id)

    erased = admin.post(f"/api/profiles/{profile_id}/erase")
    assert erased.status_code == 200 and erased.json()["status"] == "erased"

    assert staff.get(f"/api/profiles/{profile_id}").status_code == 404
    assert not _found(staff, WORDS) and not _in_sheet(staff, brief, profile_id)
    shortlist = staff.get(f"/api/shortlists/{saved['id']}").json()
    assert [i["profile_id"] for i in shortlist["items"]] == ["fl-0007"]
    assert next(s for s in staff.get("/api/shortlists").json() if s["id"] == saved["id"])["item_count"] == 1
    export = staff.get(f"/api/shortlists/{saved['id']}/export.csv").text
    assert "Quennell" not in export and "orla@" not in export and "Rob Capewell" in export
    assert admin.post(f"/api/profiles/{profile_id}/erase").status_code == 404
    _assert_logged_by_hash(service, profile_id)


def _found(client, text) -> bool:
    return any(m["name"] == "Orla Quennell" for m in client.post("/api/search", json={"text": text}).json()["matches"])


def _in_sheet(client, brief, profile_id) -> bool:
    sheet = client.post("/api/briefs/match", json=brief).json()
    ids = {m["id"] for n in sheet["needs"] for m in n["matches"]} | {m["id"] for m in sheet["fallback_matches"]}
    return profile_id in ids


def _assert_logged_by_hash(service, profile_id):
    settings = MatcherSettings(home=service.home, database_url=service.database.url)
    store = Store(settings.resolved_database_url)
    try:
        with store.session() as session:
            logged = session.scalars(select(ErasureRow)).all()
            assert hashlib.sha256(profile_id.encode()).hexdigest() in {row.profile_hash for row in logged}
            assert all(profile_id not in (row.profile_hash, row.by) for row in logged)
            assert {row.by for row in logged} == {"test admin"}
    finally:
        store.engine.dispose()
