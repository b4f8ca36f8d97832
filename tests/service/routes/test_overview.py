"""A profile page's data for each role: what it may see, distance from the shoot, the diary over
the shoot dates (members and above) and who it has worked with (shared credits)."""

from __future__ import annotations

import pytest

MEMBERS_FREELANCER = "fl-0003"   # Rhys Morgan, carpenter, Birmingham; visibility "members"
PUBLIC_FREELANCER = "fl-0007"    # Rob Capewell, DoP, Hanley; visibility "public"
STAFF_FREELANCER = "fl-0215"     # visibility "staff"
AT_LEEK = {"at": ["Leek", "Tamworth"], "start": "2027-03-03", "end": "2027-04-13"}


def overview(service, role: str, profile_id: str, params=AT_LEEK):
    return service.client(role).get(f"/api/profiles/{profile_id}/overview", params=params)


@pytest.mark.parametrize("role,name,rate,diary,contact", [
    ("public", "Freelance carpenter", False, False, False),
    ("member", "Rhys Morgan", True, True, False),
    ("staff", "Rhys Morgan", True, True, True),
    ("admin", "Rhys Morgan", True, True, True),
])
def test_each_role_sees_what_it_may_of_a_profile(service, role, name, rate, diary, contact):
    response = overview(service, role, MEMBERS_FREELANCER)
    assert response.status_code == 200
    data = response.json()
    profile = data["profile"]
    assert profile["name"] == name
    assert ("day_rate_gbp" in profile) is rate
    assert bool(profile.get("availability")) is diary
    assert ("availability" in data) is diary  # the diary over the dates is a diary too
    assert ("contact" in profile) is contact
    if role == "public":
        assert "Rhys" not in response.text and "Morgan" not in response.text
    assert data["editable"] is (role in ("staff", "admin"))


def test_the_distance_is_measured_from_each_shoot_location_in_km_and_miles(service):
    data = overview(service, "public", PUBLIC_FREELANCER).json()
    by_place = {d["location"]: d for d in data["distances"]}
    assert set(by_place) == {"Leek", "Tamworth"}
    assert 10 < by_place["Leek"]["km"] < 17 and by_place["Tamworth"]["km"] > 50  # Hanley
    assert by_place["Leek"]["miles"] == pytest.approx(by_place["Leek"]["km"] / 1.609344, abs=0.1)
    assert data["nearest"]["location"] == "Leek"
    assert overview(service, "public", PUBLIC_FREELANCER, params={}).json().get("distances", []) == []


def test_worked_with_lists_shared_productions_as_the_role_may_see_them(service):
    data = overview(service, "staff", PUBLIC_FREELANCER).json()
    staff = data["worked_with"]
    public = overview(service, "public", PUBLIC_FREELANCER).json()["worked_with"]
    assert staff, "Rob Capewell shares credits with others in the demo slice"
    own = {f"{c['title']} ({c['year']})" for c in data["profile"]["credits"]}
    for person in staff:  # each shares a production (same title, same year) with him
        assert person["productions"] and set(person["productions"]) <= own
        other = service.client("staff").get(f"/api/profiles/{person['id']}").json()
        assert set(person["productions"]) <= {f"{c['title']} ({c.get('year')})" for c in other["credits"]}
    assert {p["id"] for p in public} <= {p["id"] for p in staff}
    assert STAFF_FREELANCER not in {p["id"] for p in public}
    named = {p["id"]: p["name"] for p in staff}
    for person in public:  # a name the public may not see is replaced by what they do
        if person["name"] != named[person["id"]]:
            assert person["name"].startswith("Freelance")


@pytest.mark.parametrize("role,status", [("public", 404), ("member", 404), ("staff", 200)])
def test_a_staff_only_profile_has_no_page_below_staff(service, role, status):
    response = overview(service, role, STAFF_FREELANCER)
    assert response.status_code == status
    if status == 404:
        assert response.json() == {"detail": f"no profile with id '{STAFF_FREELANCER}'"}
        assert overview(service, role, "fl-no-such-profile").json() == {
            "detail": "no profile with id 'fl-no-such-profile'"}


def test_an_unknown_place_or_half_a_date_range_is_refused(service):
    assert overview(service, "public", PUBLIC_FREELANCER, params={"at": "Atlantis"}).status_code == 422
    assert overview(service, "public", PUBLIC_FREELANCER, params={"start": "2027-03-03"}).status_code == 422
    too_many = {"at": ["Leek"] * 11}
    assert overview(service, "public", PUBLIC_FREELANCER, params=too_many).status_code == 422
