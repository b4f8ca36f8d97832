"""``/api/sector`` (public) and ``/api/gaps`` (staff) over a running server: counts, the map's
districts, CSV, who sees what, and the crew sheet's note on register-only companies."""

from __future__ import annotations

import csv
import io

import pytest

from tests.service.routes.evidence_service import BRIEFS, HIDDEN_NUMBER

pytestmark = pytest.mark.slow


def test_the_sector_map_counts_the_demo_register(evidence_service):
    report = evidence_service.client().get("/api/sector").json()
    assert report["area"] == "Stoke-on-Trent and Staffordshire" and report["as_of"] == "2026-11-01"
    totals = report["totals"]
    assert totals["registered"] == totals["companies"] + totals["flagged"]
    assert totals["companies"] == totals["with_profile"] + totals["register_only"]
    assert totals["flagged"] >= totals["likely_spv"] > 0 and totals["dormant"] > 0 and totals["strike_off"] > 0
    assert sum(r["companies"] for r in report["by_town"]) == totals["companies"]
    assert sum(r["companies"] for r in report["by_district"]) == totals["companies"]
    assert sum(r["companies"] for r in report["by_year"]) == totals["companies"]
    assert sum(r["companies"] for r in report["by_accounts"]) == totals["companies"]
    codes = {r["code"]: r["description"] for r in report["by_sic"]}
    assert codes["59111"] == "Motion picture production activities"
    screen = {"59111", "59112", "59113", "59120", "59131", "59132", "59133", "59140", "58210", "62011"}
    assert all(screen & {s["code"] for s in c["sic"]} for c in report["companies"])  # music alone is left out
    assert report["growth"][-1]["active"] == totals["companies"]
    with_flagged = evidence_service.client().get("/api/sector", params={"include_flagged": True}).json()
    assert with_flagged["totals"]["companies"] == totals["registered"]
    assert {c["number"] for c in report["flagged"]} <= {c["number"] for c in report["companies"]}
    assert report["context"]["region"] == "West Midlands" and report["context"]["years"][0]["year"] == 2015


def test_counts_and_lists_never_reveal_a_profile_hidden_from_the_caller(evidence_service):
    public = evidence_service.client().get("/api/sector").json()
    staff = evidence_service.client("staff").get("/api/sector").json()
    assert public["totals"]["companies"] == staff["totals"]["companies"]
    assert staff["totals"]["with_profile"] == public["totals"]["with_profile"] + 1
    seen = {c["number"]: c for c in public["companies"]}[HIDDEN_NUMBER]
    registered_only = next(c for c in public["companies"] if not c["full_profile"] and c["number"] != HIDDEN_NUMBER)
    assert seen["profile_id"] is None and seen["profile_name"] is None and not seen["full_profile"]
    assert set(seen) == set(registered_only) and registered_only["profile_id"] is None  # alike in every way
    as_staff = {c["number"]: c for c in staff["companies"]}[HIDDEN_NUMBER]
    assert as_staff["profile_id"] == "co-hidden-studio" and as_staff["full_profile"]
    assert "Quiet Kiln" not in evidence_service.client().get("/api/sector/export.csv",
                                                             params={"table": "companies"}).text


def test_the_map_is_geojson_of_the_area_with_counts(evidence_service):
    shapes = evidence_service.client().get("/api/sector/map").json()
    assert shapes["type"] == "FeatureCollection"
    by_district = {f["properties"]["district"]: f for f in shapes["features"]}
    assert {"ST1", "ST4", "ST13", "DE14", "B79", "WS13"} <= set(by_district)
    ring = by_district["ST4"]["geometry"]["coordinates"][0]
    assert ring[0] == ring[-1] and len(ring) >= 4
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    assert min(lons) < -2.18349 < max(lons) and min(lats) < 52.9978 < max(lats)  # around its centroid
    report = evidence_service.client().get("/api/sector").json()
    counts = {r["district"]: r["companies"] for r in report["by_district"]}
    assert by_district["ST4"]["properties"]["companies"] == counts["ST4"]


def test_the_sector_map_exports_as_csv(evidence_service):
    response = evidence_service.client().get("/api/sector/export.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    totals = {r["key"]: int(r["companies"]) for r in rows if r["table"] == "totals"}
    assert totals["companies"] > 100 and {r["table"] for r in rows} >= {"sic", "town", "district", "growth"}
    companies = evidence_service.client().get("/api/sector/export.csv", params={"table": "companies"}).text
    header = companies.lstrip("\ufeff").splitlines()[0]
    assert header.startswith("number,name,town,district,sic_codes")


@pytest.mark.parametrize(("role", "status"), [("public", 401), ("member", 403)])
def test_the_gap_report_and_its_csv_are_for_staff_only(evidence_service, role, status):
    for path in ("/api/gaps", "/api/gaps/export.csv"):
        response = evidence_service.client(role).get(path)
        assert response.status_code == status
        assert "gaffer" not in response.text.lower() and "Leek" not in response.text


def test_the_gap_report_counts_what_the_briefs_asked_for_and_missed(evidence_service):
    report = evidence_service.client("staff").get("/api/gaps").json()
    assert report["briefs"] >= len(BRIEFS) and report["demo_briefs"] == 0
    assert report["needs"] == report["filled"] + report["missing"] == sum(r["requested"] for r in report["by_role"])
    assert sum(r["requested"] for r in report["by_department"]) == report["needs"]
    roles = {r["role"]: r for r in report["by_role"]}
    assert roles["gaffer"]["requested"] >= 1 and roles["water-tank"]["kind"] == "facility"
    assert [f["facility"] for f in report["facilities"][:3]] == ["Studio space", "Post-production", "Equipment hire"]
    studio = report["facilities"][0]
    assert studio["suspect"] and studio["requested"] >= 1  # the water tank is studio space
    lost = report["lost_briefs"]
    assert lost["count"] == len(lost["briefs"]) and all(b["missing"] for b in lost["briefs"])
    assert {m["month"] for m in report["by_shoot_month"]} >= {"2027-03", "2027-01"}
    assert evidence_service.client("staff").get("/api/gaps", params={"source": "demo"}).json()["briefs"] == 0
    exported = evidence_service.client("staff").get("/api/gaps/export.csv")
    assert exported.status_code == 200 and "department," in exported.text


def test_a_crew_sheet_says_when_a_match_rests_on_register_facts_only(evidence_service):
    sheet = evidence_service.client().post("/api/briefs/match", json={
        "text": "We need a video production company in Stoke-on-Trent for a corporate film in March 2027.",
        "today": "2026-11-28", "shortlist_size": 20}).json()
    matches = [m for need in sheet["needs"] for m in need["matches"]]
    noted = [m for m in matches if m["register_note"]]
    assert noted, [m["name"] for m in matches]
    assert all(m["register_note"] == "no profile yet: invite them" and m["id"].startswith("ch-") for m in noted)
    assert all(m["register_note"] is None for m in matches if not m["id"].startswith("ch-"))
