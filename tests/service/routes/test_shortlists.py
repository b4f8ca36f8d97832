"""Shortlists (staff): save from a crew sheet, list, read with live profiles, export as CSV."""

from __future__ import annotations

import csv
import io
import uuid

import pytest

ITEMS = [
    {"profile_id": "fl-0007", "need": "Director of photography", "note": "saw his showreel"},
    {"profile_id": "fl-0215", "need": "Production accountant"},
    {"profile_id": "fl-0003", "need": "Director of photography"},
]


@pytest.fixture()
def shortlist(service):
    body = {"name": f"Kiln drama {uuid.uuid4().hex[:6]}", "items": ITEMS,
            "brief": {"text": "A period drama in Leek", "radius_km": 40}}
    response = service.client("staff").post("/api/shortlists", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def rows(response) -> list[dict]:
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_a_saved_shortlist_comes_back_with_live_profiles_and_contacts(service, shortlist):
    got = service.client("staff").get(f"/api/shortlists/{shortlist['id']}").json()
    assert got["name"] == shortlist["name"] and got["owner"] == "test staff"
    assert got["brief"]["radius_km"] == 40
    assert [i["profile_id"] for i in got["items"]] == ["fl-0007", "fl-0215", "fl-0003"]
    first = got["items"][0]
    assert first["note"] == "saw his showreel" and first["profile"]["name"] == "Rob Capewell"
    assert first["profile"]["contact"]["email"] == "robcapewell@example.org"


def test_shortlists_are_listed_newest_first_with_their_size(service, shortlist):
    listed = service.client("admin").get("/api/shortlists").json()
    mine = next(s for s in listed if s["id"] == shortlist["id"])
    assert mine["item_count"] == 3 and mine["name"] == shortlist["name"]
    created = [s["created_at"] for s in listed]
    assert created == sorted(created, reverse=True)


def test_the_export_is_a_spreadsheet_of_who_to_call(service, shortlist):
    response = service.client("staff").get(f"/api/shortlists/{shortlist['id']}/export.csv")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    table = rows(response)
    assert list(table[0]) == ["need", "order", "name", "kind", "roles", "town", "day rate", "email", "phone", "website"]
    assert [(r["need"], r["order"], r["name"]) for r in table] == [
        ("Director of photography", "1", "Rob Capewell"),
        ("Production accountant", "1", "Kiran Mistry"),
        ("Director of photography", "2", "Rhys Morgan"),
    ]
    assert table[0] == {"need": "Director of photography", "order": "1", "name": "Rob Capewell", "kind": "freelancer",
                        "roles": "Director of Photography", "town": "Hanley", "day rate": "£625–£825",
                        "email": "robcapewell@example.org", "phone": "07700 900492", "website": ""}


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_defused(service):
    admin = service.client("admin")
    profile = {"id": f"co-formula-{uuid.uuid4().hex[:6]}", "kind": "company", "name": "=HYPERLINK(\"http://x\")",
               "contact": {"phone": "+44 1632 960000"}}
    assert admin.post("/api/profiles", json=profile).status_code == 201
    saved = admin.post("/api/shortlists", json={"name": "formula", "items": [{"profile_id": profile["id"]}]}).json()
    table = rows(admin.get(f"/api/shortlists/{saved['id']}/export.csv"))
    assert table[0]["name"] == "'=HYPERLINK(\"http://x\")" and table[0]["phone"] == "'+44 1632 960000"


def test_a_shortlist_must_name_known_profiles(service):
    body = {"name": "typo", "items": [{"profile_id": "fl-0007"}, {"profile_id": "fl-nobody"}]}
    response = service.client("staff").post("/api/shortlists", json=body)
    assert response.status_code == 422
    assert response.json()["detail"] == "items[1].profile_id: no profile with id 'fl-nobody'"


def test_a_deleted_shortlist_is_gone(service, shortlist):
    staff = service.client("staff")
    assert staff.delete(f"/api/shortlists/{shortlist['id']}").json()["status"] == "deleted"
    for path in (f"/api/shortlists/{shortlist['id']}", f"/api/shortlists/{shortlist['id']}/export.csv"):
        response = staff.get(path)
        assert response.status_code == 404
        assert response.json() == {"detail": f"no shortlist with id '{shortlist['id']}'"}
