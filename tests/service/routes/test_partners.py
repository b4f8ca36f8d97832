"""/api/partners as each role sees it: members and staff only, names by visibility, one-line 404s."""

from __future__ import annotations

import json

import pytest

from tests.service_fixtures import demo_slice_lines

PROFILES = {p["id"]: p for p in map(json.loads, demo_slice_lines())}
STAFF_IDS = {i for i, p in PROFILES.items() if p["visibility"] == "staff"}
HIDDEN_FROM_MEMBERS = {i for i, p in PROFILES.items() if p["kind"] == "freelancer" and p["visibility"] == "staff"}
PUBLIC_NAMES = {p["name"] for p in PROFILES.values() if p["kind"] == "freelancer" and p["visibility"] != "public"}
CALL = "Drama commission: we need a gaffer, a costume hire house and a sound post house for a feature in Stoke."


@pytest.mark.parametrize(("method", "path", "body"), [
    ("GET", "/api/partners/co-hollins-street-films", None),
    ("GET", "/api/partners/co-hollins-street-films/network", None),
    ("POST", "/api/partners/consortium", {"text": CALL}),
])
def test_the_public_gets_401_and_members_get_an_answer(service, method, path, body):
    assert service.client("public").request(method, path, json=body).status_code == 401
    assert service.client("member").request(method, path, json=body).status_code == 200


def test_partners_fill_gaps_and_hidden_profiles_are_never_found_below_staff(service):
    found = service.client("member").get("/api/partners/co-hollins-street-films",
                                          params={"top_k": 20}).json()
    assert found["relation"] == "complementary" and found["gaps"]
    ids = [p["id"] for p in found["partners"]]
    assert ids and not STAFF_IDS & set(ids)
    gaps = {g["capability"] for g in found["gaps"]}
    assert all(p["fills"] and set(p["fills"]) <= gaps and p["reason"].startswith("you have no ")
               for p in found["partners"])


def test_similar_peers_and_a_radius_around_a_place(service):
    found = service.client("member").get("/api/partners/co-kiln-pictures",
                                         params={"relation": "similar", "near": "Stoke-on-Trent",
                                                 "radius_km": 15}).json()
    assert found["relation"] == "similar"
    assert all(p["distance_km"] is not None and p["distance_km"] <= 15 for p in found["partners"])


def test_a_network_lists_who_worked_together_by_shared_credits(service):
    found = service.client("member").get("/api/partners/co-echo-valley-audio/network").json()
    ring1 = [n for n in found["nodes"] if n["ring"] == 1]
    assert ring1 and not STAFF_IDS & {n["id"] for n in found["nodes"]}
    assert all(e["productions"] for e in found["edges"])
    assert not {n["name"] for n in found["nodes"] if n["kind"] == "freelancer"} & {
        PROFILES[i]["name"] for i in HIDDEN_FROM_MEMBERS}


def test_a_staff_only_collaborator_is_in_the_network_for_staff_only(service):
    """fl-0347 (visibility staff) shares 'Sadie Marl - Glass Heart' (2023) with the edit house."""
    assert PROFILES["fl-0347"]["visibility"] == "staff"
    member = service.client("member").get("/api/partners/co-cutting-room-north/network").json()
    staff = service.client("staff").get("/api/partners/co-cutting-room-north/network").json()
    assert "fl-0347" not in {n["id"] for n in member["nodes"]}
    assert "fl-0347" in {n["id"] for n in staff["nodes"] if n["ring"] == 1}


def test_a_consortium_names_each_needs_provider_and_its_alternatives(service):
    found = service.client("member").post("/api/partners/consortium",
                                          json={"text": CALL, "with": "co-hollins-street-films"}).json()
    assert found["teams"] and found["bidder"] == "co-hollins-street-films"
    for team in found["teams"]:
        assert any(m["bidder"] for m in team["members"])
        assert all(row["reason"] for row in team["needs"])


@pytest.mark.parametrize(("method", "path", "body", "status", "detail"), [
    ("GET", "/api/partners/no-such-profile", None, 404, "no profile with id 'no-such-profile'"),
    ("GET", "/api/partners/no-such-profile/network", None, 404, "no profile with id 'no-such-profile'"),
    ("POST", "/api/partners/consortium", {"text": "x", "with": "no-such-profile"}, 404, "no profile with id"),
    ("GET", "/api/partners/co-kiln-pictures?radius_km=10", None, 422, "radius_km needs near"),
    ("GET", "/api/partners/co-kiln-pictures?near=Atlantis", None, 422, "'Atlantis'"),
    ("POST", "/api/partners/consortium", {"text": "hi"}, 422, "is not a brief"),
])
def test_bad_input_is_refused_in_one_line(service, method, path, body, status, detail):
    response = service.client("member").request(method, path, json=body)
    assert response.status_code == status, response.text
    assert detail in response.json()["detail"] and "\n" not in response.json()["detail"]


def test_a_staff_only_profile_is_404_for_members_as_an_unknown_one_is(service):
    hidden = sorted(STAFF_IDS)[0]
    response = service.client("member").get(f"/api/partners/{hidden}")
    assert response.status_code == 404 and response.json()["detail"] == f"no profile with id '{hidden}'"
    assert service.client("staff").get(f"/api/partners/{hidden}").status_code == 200


def test_no_recognisable_need_falls_back_to_a_search(service):
    found = service.client("member").post("/api/partners/consortium",
                                          json={"text": "A celebration of the pottery towns and canals"}).json()
    assert found["fallback"] and "no recognisable need" in found["message"]
