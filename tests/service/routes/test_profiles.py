"""Profiles over HTTP: what each role sees of one, listing, and the admin's writes."""

from __future__ import annotations

import uuid

import pytest

MEMBERS_FREELANCER = "fl-0003"   # Rhys Morgan, carpenter; visibility "members"
PUBLIC_FREELANCER = "fl-0007"    # Rob Capewell, DoP; visibility "public"
STAFF_FREELANCER = "fl-0215"     # Kiran Mistry, production accountant; visibility "staff"
RAISING_COMPANY = "co-longport-pictures"  # public company raising investment


def new_profile(**fields) -> dict:
    profile = {"id": f"fl-test-{uuid.uuid4().hex[:10]}", "kind": "freelancer", "name": "Test Person",
               "roles": ["Gaffer"], "location": {"town": "Leek"}, "visibility": "public"}
    return {**profile, **fields}


def test_the_public_sees_a_members_freelancer_without_name_rates_availability_or_contact(service):
    response = service.client("public").get(f"/api/profiles/{MEMBERS_FREELANCER}")
    assert response.status_code == 200
    profile = response.json()
    assert profile["name"] == "Freelance carpenter"
    assert not {"summary", "contact", "day_rate_gbp"} & set(profile)
    assert not profile.get("availability")
    assert {"name", "summary", "contact", "day_rate_gbp", "availability"} <= set(profile["withheld"])
    assert "Rhys" not in response.text and "Morgan" not in response.text
    assert profile["roles"] == ["Carpenter"] and profile["location"]["town"] == "Birmingham"


def test_a_member_sees_the_name_rates_and_availability_but_no_contact(service):
    profile = service.client("member").get(f"/api/profiles/{MEMBERS_FREELANCER}").json()
    assert profile["name"] == "Rhys Morgan"
    assert profile["day_rate_gbp"] == {"min": 220, "max": 240}
    assert profile["availability"] and profile["summary"]
    assert "contact" not in profile and profile["withheld"] == ["contact"]


@pytest.mark.parametrize("role", ["staff", "admin"])
def test_staff_see_contact_details(service, role):
    profile = service.client(role).get(f"/api/profiles/{MEMBERS_FREELANCER}").json()
    assert profile["contact"] == {"email": "rhys-morgan@example.net"} and profile["withheld"] == []


def test_a_public_freelancer_is_named_to_everyone_but_contact_stays_with_staff(service):
    profile = service.client("public").get(f"/api/profiles/{PUBLIC_FREELANCER}").json()
    assert profile["name"] == "Rob Capewell" and profile["summary"]
    assert "contact" not in profile and "day_rate_gbp" not in profile


@pytest.mark.parametrize("role,status", [("public", 404), ("member", 404), ("staff", 200), ("admin", 200)])
def test_a_staff_visibility_profile_does_not_exist_below_staff(service, role, status):
    response = service.client(role).get(f"/api/profiles/{STAFF_FREELANCER}")
    assert response.status_code == status
    if status == 404:
        assert response.json() == {"detail": f"no profile with id '{STAFF_FREELANCER}'"}


def test_company_investment_facts_are_for_members(service):
    public = service.client("public").get(f"/api/profiles/{RAISING_COMPANY}").json()
    member = service.client("member").get(f"/api/profiles/{RAISING_COMPANY}").json()
    assert public["company"] == {"number": "99990824", "sic_codes": ["59112", "73110"], "founded": 2023, "employees": 2}
    assert {"company.stage", "company.raising_gbp", "company.seis"} <= set(public["withheld"])
    assert member["company"]["raising_gbp"] == {"min": 60000, "max": 150000}
    assert member["company"]["stage"] == "pre-seed"


def _all_pages(client, **params) -> list[dict]:
    items, offset = [], 0
    while True:
        page = client.get("/api/profiles", params={**params, "limit": 200, "offset": offset}).json()
        items += page["items"]
        offset += 200
        if offset >= page["total"]:
            return items


def test_listing_hides_staff_profiles_below_staff_and_redacts_like_a_single_read(service):
    public = _all_pages(service.client("public"))
    staff_ids = {p["id"] for p in _all_pages(service.client("staff"))}
    assert all(p["visibility"] != "staff" for p in public)
    assert STAFF_FREELANCER in staff_ids and STAFF_FREELANCER not in {p["id"] for p in public}
    rhys = next(p for p in public if p["id"] == MEMBERS_FREELANCER)
    assert rhys["name"] == "Freelance carpenter" and "contact" not in rhys


def test_listing_pages_in_id_order_and_filters_by_kind(service):
    client = service.client("member")
    first = client.get("/api/profiles", params={"kind": "facility", "limit": 5}).json()
    second = client.get("/api/profiles", params={"kind": "facility", "limit": 5, "offset": 5}).json()
    ids = [p["id"] for p in first["items"] + second["items"]]
    assert len(ids) == 10 and ids == sorted(ids) and len(set(ids)) == 10
    assert all(p["kind"] == "facility" for p in first["items"] + second["items"])
    assert first["total"] == second["total"] >= 10 and first["limit"] == 5


def test_listing_parameters_are_checked(service):
    response = service.client("public").get("/api/profiles", params={"limit": 500, "kind": "robot"})
    assert response.status_code == 422
    assert "limit: must be at most 200" in response.json()["detail"]
    assert "kind: must be one of 'company', 'freelancer', 'facility' or 'investor'" in response.json()["detail"]


def test_admin_creates_reads_replaces_and_deletes_a_profile(service):
    admin, public = service.client("admin"), service.client("public")
    profile = new_profile(name="Wenna Tregarthen", headline="Gaffer who lights narrowboats at dusk")
    created = admin.post("/api/profiles", json=profile)
    assert created.status_code == 201 and created.json()["name"] == "Wenna Tregarthen"
    assert public.get(f"/api/profiles/{profile['id']}").json()["headline"] == profile["headline"]
    assert admin.post("/api/profiles", json=profile).status_code == 409

    changed = {**profile, "headline": "Gaffer for canal-side night shoots"}
    replaced = admin.put(f"/api/profiles/{profile['id']}", json=changed)
    assert replaced.status_code == 200
    assert public.get(f"/api/profiles/{profile['id']}").json()["headline"] == "Gaffer for canal-side night shoots"
    found = public.post("/api/search", json={"text": "canal-side night shoots gaffer", "top_k": 3}).json()
    assert profile["id"] in [m["id"] for m in found["matches"]]

    deleted = admin.delete(f"/api/profiles/{profile['id']}").json()
    assert deleted == {"id": profile["id"], "status": "deleted", "detail": ""}
    assert public.get(f"/api/profiles/{profile['id']}").status_code == 404
    assert admin.delete(f"/api/profiles/{profile['id']}").status_code == 404
    found = public.post("/api/search", json={"text": "canal-side night shoots gaffer", "top_k": 10}).json()
    assert profile["id"] not in [m["id"] for m in found["matches"]]


def test_replacing_needs_a_known_id_that_matches_the_path(service):
    admin = service.client("admin")
    profile = new_profile()
    unknown = admin.put(f"/api/profiles/{profile['id']}", json=profile)
    assert unknown.status_code == 404 and unknown.json() == {"detail": f"no profile with id '{profile['id']}'"}
    mismatch = admin.put(f"/api/profiles/{PUBLIC_FREELANCER}", json=profile)
    assert mismatch.status_code == 422
    assert mismatch.json()["detail"] == f"id: '{profile['id']}' must equal the id in the path ('{PUBLIC_FREELANCER}')"


def test_an_invalid_profile_is_refused_with_one_sentence_per_field(service):
    profile = new_profile(location={"town": "Leek", "lat": 95, "lon": -2}, skils=["lighting"])
    del profile["name"]
    response = service.client("admin").post("/api/profiles", json=profile)
    assert response.status_code == 422
    body = response.json()
    assert {"field": "name", "message": "is required"} in body["errors"]
    assert {"field": "location.lat", "message": "must be at most 90"} in body["errors"]
    assert {"field": "skils", "message": "is not a field we know (check the spelling)"} in body["errors"]
    assert body["detail"].startswith("name: is required; ")
    assert service.client("public").get(f"/api/profiles/{profile['id']}").status_code == 404


def test_malformed_json_is_a_readable_422(service):
    response = service.client("admin").post("/api/profiles", content=b'{"id": "x",',
                                            headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and response.json()["detail"].startswith("the body is not valid JSON (")
    listed = service.client("admin").post("/api/profiles", json=[{"id": "x"}])
    assert listed.status_code == 422 and listed.json()["detail"] == "the body must be a JSON object"
