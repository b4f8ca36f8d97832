"""Briefs over HTTP: what was understood, the crew sheet for each role, and a corrected
structured brief sent back to re-run the match."""

from __future__ import annotations

import json

import pytest

from tests.service_fixtures import demo_slice_lines

BRIEF = ("We're shooting a period drama in Leek from 1 to 14 March 2027 and need a gaffer, two sparks "
         "and a production accountant. Crew within 30 miles please.")
STAFF_IDS = {p["id"] for p in map(json.loads, demo_slice_lines()) if p["visibility"] == "staff"}
NAMES = {p["id"]: p["name"] for p in map(json.loads, demo_slice_lines())}


def sheet_ids(sheet: dict) -> set[str]:
    ids = {m["id"] for need in sheet["needs"] for m in need["matches"] + need["beyond"]}
    return ids | {m["id"] for m in sheet["fallback_matches"]} | {p["id"] for p in sheet["packages"]}


def test_parse_shows_what_was_understood(service):
    response = service.client("public").post("/api/briefs/parse", json={"text": BRIEF})
    assert response.status_code == 200
    brief = response.json()
    assert [(n["role"], n["quantity"]) for n in brief["needs"]] == [
        ("gaffer", 1), ("electrician", 2), ("production-accountant", 1)]
    assert brief["locations"][0]["name"] == "Leek"
    assert brief["dates"]["start"] == "2027-03-01" and brief["dates"]["end"] == "2027-03-14"
    assert brief["radius_km"] == pytest.approx(48.3)


def test_the_crew_sheet_holds_staff_profiles_for_staff_only(service):
    staff = service.client("staff").post("/api/briefs/match", json={"text": BRIEF}).json()
    accountant = staff["needs"][2]
    assert accountant["need"]["role"] == "production-accountant"
    assert "fl-0215" in {m["id"] for m in accountant["matches"]}
    for role in ("public", "member"):
        response = service.client(role).post("/api/briefs/match", json={"text": BRIEF})
        assert response.status_code == 200
        assert not STAFF_IDS & sheet_ids(response.json())


def test_the_public_crew_sheet_withholds_names_that_are_not_public(service):
    sheet = service.client("public").post("/api/briefs/match", json={"text": BRIEF, "shortlist_size": 5}).json()
    matches = [m for need in sheet["needs"] for m in need["matches"] + need["beyond"]]
    hidden = [m for m in matches if m["kind"] == "freelancer" and m["name"] != NAMES.get(m["id"], m["name"])]
    assert hidden, "the slice has members-only freelancers among the gaffers and sparks"
    for match in hidden:
        assert match["name"].startswith("Freelance ")
        assert not any(word in json.dumps(match) for word in NAMES[match["id"]].split())
    assert "@" not in json.dumps(sheet)


def test_a_corrected_structured_brief_is_matched_as_sent(service):
    client = service.client("member")
    brief = client.post("/api/briefs/parse", json={"text": BRIEF}).json()
    brief["needs"] = [need for need in brief["needs"] if need["role"] == "gaffer"]
    brief["needs"][0]["quantity"] = 2
    brief["radius_km"] = 20
    sheet = client.post("/api/briefs/match", json={"brief": brief, "shortlist_size": 3}).json()
    assert [n["need"]["role"] for n in sheet["needs"]] == ["gaffer"]
    assert sheet["brief"]["radius_km"] == 20 and 1 <= len(sheet["needs"][0]["matches"]) <= 3
    for match in sheet["needs"][0]["matches"]:
        assert match["explanation"]["distance_km"] is None or match["explanation"]["distance_km"] <= 20


@pytest.mark.parametrize("body,detail", [
    ({}, "give either text or brief"),
    ({"text": BRIEF, "brief": {"text": BRIEF}}, "give either text or brief"),
    ({"text": BRIEF, "shortlist_size": 50}, "shortlist_size: must be at most 20"),
    ({"brief": {"needs": [{"label": "Gaffer", "quantity": 0}]}}, "brief.needs[0].quantity: must be at least 1"),
    ({"brief": {"radius_km": 50, "dates": {"start": "2027-03-14", "end": "2027-03-01"}}},
     "brief.dates: end 2027-03-01 is before start 2027-03-14"),
])
def test_bad_match_requests_are_refused_in_a_sentence(service, body, detail):
    response = service.client("public").post("/api/briefs/match", json=body)
    assert response.status_code == 422 and response.json()["detail"] == detail


def test_a_brief_with_nothing_to_match_says_so(service):
    response = service.client("public").post("/api/briefs/match", json={"text": "qwzx vbnm plok"})
    assert response.status_code == 422 and "could not find anything to match" in response.json()["detail"]


@pytest.mark.parametrize("path", ["/api/briefs/parse", "/api/briefs/match"])
def test_an_oversize_brief_is_422_naming_the_field_and_the_cap(service, path):
    response = service.client("public").post(path, json={"text": "We need a gaffer. " * 1200})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("text: 21,599 characters is more than the 20,000 accepted")
    assert response.json()["errors"] == [{"field": "text", "message": "must be at most 20000 characters"}]
    schema = service.client("public").get("/openapi.json").json()["components"]["schemas"]
    request = "BriefText" if path.endswith("parse") else "BriefMatchRequest"
    assert 20_000 in [b.get("maxLength") for b in schema[request]["properties"]["text"].get("anyOf", [
        schema[request]["properties"]["text"]])]


def test_a_corrected_need_is_read_again_stored_and_exported_for_staff(service):
    public = service.client("public")
    parsed = public.post("/api/briefs/parse", json={"text": BRIEF, "today": "2026-12-01"}).json()
    parsed["needs"][2] = {**parsed["needs"][2], "label": "Re-recording mixer"}  # renamed on the page
    parsed["needs"] = parsed["needs"][1:]  # and the gaffer removed
    sheet = public.post("/api/briefs/match", json={"brief": parsed, "today": "2026-12-01"}).json()
    assert [r["need"]["role"] for r in sheet["needs"]] == ["electrician", "re-recording-mixer"]

    assert service.client("public").get("/api/briefs/corrections").status_code in (401, 403)
    stored = service.client("staff").get("/api/briefs/corrections").json()
    mine = next(c for c in stored if c["text"] == BRIEF)
    kinds = sorted((c["change"], c["need"]["role"]) for c in mine["changes"])
    assert ("removed", "gaffer") in kinds and ("added", "re-recording-mixer") in kinds

    export = service.client("staff").get("/api/briefs/corrections/export.jsonl")
    assert export.status_code == 200
    lines = [json.loads(line) for line in export.text.splitlines()]
    example = next(e for e in lines if e["text"] == BRIEF)
    assert {"_id", "today", "form", "language", "text", "needs", "places", "not_places", "dates"} <= set(example)
    assert [n["role"] for n in example["needs"]] == ["electrician", "re-recording-mixer"]


def test_the_staff_corrections_page_is_served(service):
    page = service.client("public").get("/corrections")
    assert page.status_code == 200 and "Corrections to understood briefs" in page.text
    assert "corrections.js" in page.text
