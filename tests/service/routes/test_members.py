"""Members keep their own profiles: a member key edits the profiles it owns and nothing else
(tried against every other profile), staff and admin edit any, and every change goes through
the database's change log so the index follows."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

from tests.service_fixtures import demo_slice_lines

MINE = "fl-0007"  # Rob Capewell, in the demo slice


@pytest.fixture
def member(service) -> tuple[httpx.Client, dict]:
    """A new member key that owns MINE; the client sends it. MINE is put back as it was afterwards."""
    original = service.client("admin").get(f"/api/profiles/{MINE}").json()
    original.pop("withheld")
    created = service.client("admin").post("/api/keys", json={"name": f"Rob {uuid.uuid4().hex[:4]}", "role": "member",
                                                              "profiles": [MINE]})
    assert created.status_code == 201, created.text
    key = created.json()
    client = httpx.Client(base_url=service.base_url, headers={"X-API-Key": key["key"]}, timeout=60)
    yield client, key
    client.close()
    service.client("admin").delete(f"/api/keys/{key['id']}")
    assert service.client("admin").put(f"/api/profiles/{MINE}", json=original).status_code == 200


def wait_for(check, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the index did not follow the change in time"
        time.sleep(0.2)


def test_a_member_key_knows_its_profiles_and_reads_them_in_full(service, member):
    client, key = member
    assert key["profiles"] == [MINE]
    assert client.get("/api/me").json() == {"role": "member", "name": key["name"], "profiles": [MINE],
                                            "edits_any": False}
    mine = client.get("/api/me/profiles").json()
    assert [p["id"] for p in mine] == [MINE] and mine[0]["contact"]["email"] == "robcapewell@example.org"
    assert service.client("public").get("/api/me").json()["role"] == "public"


def test_a_member_edits_its_own_profile_and_the_index_follows(service, member):
    client, _ = member
    profile = client.get("/api/me/profiles").json()[0]
    profile.pop("withheld")
    word = f"zebrafish{uuid.uuid4().hex[:6]}"  # a word no other profile has
    profile["skills"] = [*profile["skills"], f"{word} underwater"]
    saved = client.put(f"/api/profiles/{MINE}", json=profile)
    assert saved.status_code == 200 and f"{word} underwater" in saved.json()["skills"]
    assert saved.json()["contact"]["email"] == "robcapewell@example.org"  # its owner sees it all

    def found() -> bool:
        hits = service.client("public").post("/api/search", json={"text": word, "top_k": 3}).json()["matches"]
        return bool(hits) and hits[0]["id"] == MINE
    wait_for(found)


def test_a_member_marks_its_diary(service, member):
    client, _ = member
    marked = client.post(f"/api/profiles/{MINE}/diary", json={"start": "2031-06-01", "end": "2031-06-30",
                                                              "status": "booked"})
    assert marked.status_code == 200
    assert {"start": "2031-06-01", "end": "2031-06-30", "status": "booked"} in marked.json()["availability"]
    cleared = client.post(f"/api/profiles/{MINE}/diary", json={"start": "2031-06-10", "end": "2031-06-30",
                                                               "status": "clear"}).json()["availability"]
    assert {"start": "2031-06-01", "end": "2031-06-09", "status": "booked"} in cleared
    assert client.post(f"/api/profiles/{MINE}/diary", json={"start": "2031-06-10", "end": "2031-06-01",
                                                            "status": "booked"}).status_code == 422


def test_a_member_may_not_change_what_its_profile_is(member):
    client, _ = member
    profile = client.get("/api/me/profiles").json()[0]
    profile.pop("withheld")
    response = client.put(f"/api/profiles/{MINE}", json={**profile, "kind": "company"})
    assert response.status_code == 422 and "kind" in response.json()["detail"]


@pytest.mark.slow  # three requests for each of the slice's 215 profiles
def test_a_member_edits_no_other_profile_and_learns_nothing_about_any(service, member):
    """Every other profile of the cluster, a hidden one and one that does not exist: the same 403."""
    import json

    client, _ = member
    others = [json.loads(line)["id"] for line in demo_slice_lines() if json.loads(line)["id"] != MINE]
    others.append("fl-no-such-profile")
    body_for = {"kind": "freelancer", "name": "Taken over"}
    answers = set()
    for other in others:
        put = client.put(f"/api/profiles/{other}", json={"id": other, **body_for})
        diary = client.post(f"/api/profiles/{other}/diary", json={"start": "2031-01-01", "end": "2031-01-02",
                                                                  "status": "booked"})
        whole = client.put(f"/api/profiles/{other}/availability", json={"availability": []})
        assert (put.status_code, diary.status_code, whole.status_code) == (403, 403, 403), other
        answers.add((put.json()["detail"], diary.json()["detail"]))
    assert len(answers) == 1  # the same words for a hidden profile, a public one and none at all
    assert service.client("staff").get("/api/profiles/fl-0003").json()["name"] == "Rhys Morgan"  # unchanged


@pytest.mark.parametrize("role", ["staff", "admin"])
def test_staff_and_admin_edit_any_profile(service, role):
    admin = service.client("admin")
    profile_id = f"fl-edit-{uuid.uuid4().hex[:8]}"
    assert admin.post("/api/profiles", json={"id": profile_id, "kind": "freelancer", "name": "Edna Editable",
                                             "visibility": "public"}).status_code == 201
    client = service.client(role)
    edited = client.put(f"/api/profiles/{profile_id}", json={"id": profile_id, "kind": "freelancer",
                                                             "name": "Edna Edited", "visibility": "public"})
    assert edited.status_code == 200 and edited.json()["name"] == "Edna Edited"
    assert client.post(f"/api/profiles/{profile_id}/diary", json={"start": "2031-02-01", "end": "2031-02-03",
                                                                  "status": "available"}).status_code == 200


@pytest.mark.parametrize("role,status", [("public", 401), ("member", 403)])
def test_the_public_and_a_member_without_profiles_edit_nothing(service, role, status):
    response = service.client(role).put(f"/api/profiles/{MINE}", json={"id": MINE, "kind": "freelancer", "name": "x"})
    assert response.status_code == status


def test_only_member_keys_own_profiles_and_only_known_ones(service):
    admin = service.client("admin")
    staff_key = admin.post("/api/keys", json={"name": "desk", "role": "staff", "profiles": [MINE]})
    assert staff_key.status_code == 422 and "only member keys" in staff_key.json()["detail"]
    before = len(admin.get("/api/keys").json())
    unknown = admin.post("/api/keys", json={"name": "ghost", "role": "member", "profiles": ["fl-nobody"]})
    assert unknown.status_code == 422 and len(admin.get("/api/keys").json()) == before  # no key was made
    key = admin.post("/api/keys", json={"name": "later", "role": "member"}).json()
    tied = admin.put(f"/api/keys/{key['id']}/profiles", json={"profiles": ["fl-0003", MINE]})
    assert tied.status_code == 200 and tied.json()["profiles"] == sorted(["fl-0003", MINE])
    listed = next(k for k in admin.get("/api/keys").json() if k["id"] == key["id"])
    assert listed["profiles"] == sorted(["fl-0003", MINE])
