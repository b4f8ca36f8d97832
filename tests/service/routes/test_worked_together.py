"""Past work together on the crew sheet over HTTP: shared credits (same title, same year) between
profiles put forward for different needs and with the member that sent the brief, names as the
caller's role may see them."""

from __future__ import annotations

import json

import pytest

from matcher.partners.network import production_key
from tests.service_fixtures import demo_slice_lines

PROFILES = {p["id"]: p for p in map(json.loads, demo_slice_lines())}
SENDER = "co-longport-pictures"  # a commercials company in Burslem: "Chase Road" (2024) with local crew
BRIEF = ("Commercial shoot in Newcastle-under-Lyme in April 2027: we need a spark, a unit base, a supervising "
         "location manager, a facilities driver and a cinematographer.")
STAFF_FREELANCER = "fl-0347"  # visibility "staff": a cinematographer credited on "Mow Cop at Dawn" (2017)


def match(service, role: str, **body):
    return service.client(role).post("/api/briefs/match", json={"text": BRIEF, "today": "2026-12-01", **body})


def _productions(profile_id: str) -> set[tuple[str, int]]:
    return {key for c in PROFILES[profile_id].get("credits", []) if (key := production_key(c["title"], c.get("year")))}


def _needs_of(sheet: dict) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for i, result in enumerate(sheet["needs"]):
        for m in result["matches"] + result["beyond"]:
            found.setdefault(m["id"], set()).add(i)
    for package in sheet["packages"]:
        found.setdefault(package["id"], set()).update(package["needs"])
    return found


def test_the_sheet_shows_who_worked_together_and_with_the_sender(service):
    response = match(service, "staff", sender=SENDER)
    assert response.status_code == 200
    sheet = response.json()
    assert sheet["sender"] == {"id": SENDER, "kind": "company", "name": PROFILES[SENDER]["name"]}
    pairs = sheet["worked_together"]
    with_sender = [p for p in pairs if p["with_sender"]]
    assert with_sender, "the Chase Road crew are on the sheet"
    assert any(p["productions"][0] == "Chase Road, 2024" for p in with_sender)
    needs_of = _needs_of(sheet)
    for pair in pairs:
        a, b = pair["a"]["id"], pair["b"]["id"]
        shared = _productions(a) & _productions(b)
        # every production listed is one both are credited on: same folded title and the same year
        assert {production_key(*p.rsplit(", ", 1)[0:1], int(p.rsplit(", ", 1)[1])) for p in pair["productions"]} \
            == shared
        if pair["with_sender"]:
            assert b == SENDER
        else:  # two alternatives for one need are not "working together"
            assert any(i != j for i in needs_of[a] for j in needs_of[b])
    assert pairs[: len(with_sender)] == with_sender


def test_without_a_sender_the_sheet_still_links_people_across_needs(service):
    sheet = match(service, "staff").json()
    assert sheet["sender"] is None
    assert sheet["worked_together"] and not any(p["with_sender"] for p in sheet["worked_together"])


@pytest.mark.parametrize("role", ["public", "member"])
def test_names_in_the_evidence_follow_each_freelancers_visibility(service, role):
    sheet = match(service, role, sender=SENDER).json()
    shown = {m["id"]: m["name"] for result in sheet["needs"] for m in result["matches"] + result["beyond"]}
    refs = [ref for pair in sheet["worked_together"] for ref in (pair["a"], pair["b"])]
    assert refs
    for ref in refs:
        profile = PROFILES[ref["id"]]
        if ref["id"] in shown:
            assert ref["name"] == shown[ref["id"]]  # as the sheet itself names them
        hidden = profile["kind"] == "freelancer" and (
            profile["visibility"] == "staff" or (role == "public" and profile["visibility"] == "members"))
        assert (ref["name"] != profile["name"]) is hidden
    assert not {STAFF_FREELANCER} & {ref["id"] for ref in refs}
    if role == "public":
        members_only = [r for r in refs if PROFILES[r["id"]]["kind"] == "freelancer"
                        and PROFILES[r["id"]]["visibility"] == "members"]
        assert members_only, "the slice has members-only freelancers on this sheet"
        text = json.dumps(sheet["worked_together"])
        assert not any(PROFILES[r["id"]]["name"] in text for r in members_only)


def test_an_unknown_or_hidden_sender_is_404_with_one_line(service):
    staff_only = next(i for i, p in PROFILES.items() if p["kind"] == "company" and p["visibility"] == "staff") \
        if any(p["kind"] == "company" and p["visibility"] == "staff" for p in PROFILES.values()) else STAFF_FREELANCER
    for role, sender in [("member", "co-no-such-company"), ("member", staff_only), ("public", staff_only)]:
        response = match(service, role, sender=sender)
        assert response.status_code == 404
        assert response.json() == {"detail": f"no profile with id '{sender}'"}
    assert match(service, "staff", sender=staff_only).status_code == 200


def test_the_workbook_carries_the_evidence_with_names_as_the_role_may_see_them(service):
    import io

    from openpyxl import load_workbook

    body = {"text": BRIEF, "today": "2026-12-01", "sender": SENDER}
    response = service.client("public").post("/api/sheets/export.xlsx", json=body)
    assert response.status_code == 200
    cells = [str(c.value) for row in load_workbook(io.BytesIO(response.content)).active.iter_rows() for c in row
             if c.value is not None]
    assert any(f"worked with {PROFILES[SENDER]['name']}, who sent the brief, on Chase Road, 2024" in c for c in cells)
    hidden = [p["name"] for p in PROFILES.values() if p["kind"] == "freelancer" and p["visibility"] != "public"]
    assert not [name for name in hidden if any(name in c for c in cells)]
