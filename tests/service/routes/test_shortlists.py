"""Shortlists (staff): one per production, worked through statuses, notes and order, exported
as CSV, an Excel workbook and a PDF, always from the live profiles."""

from __future__ import annotations

import csv
import io
import uuid

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

ITEMS = [
    {"profile_id": "fl-0007", "need": "Director of photography", "note": "saw his showreel"},
    {"profile_id": "fl-0215", "need": "Production accountant"},
    {"profile_id": "fl-0003", "need": "Director of photography"},
]
LEEK = {"name": "Leek", "lat": 53.1059, "lon": -2.0231}
BRIEF = {"text": "A period drama in Leek", "radius_km": 40, "locations": [LEEK],
         "dates": {"start": "2027-03-03", "end": "2027-04-13"}}


def unique(name: str = "Kiln drama") -> str:
    return f"{name} {uuid.uuid4().hex[:6]}"


@pytest.fixture()
def shortlist(service):
    body = {"name": unique(), "items": ITEMS, "brief": BRIEF}
    response = service.client("staff").post("/api/shortlists", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def rows(response) -> list[dict]:
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def order(got: dict) -> list[str]:
    return [i["profile_id"] for i in got["items"]]


# -- saving and reading -----------------------------------------------------------------------------
def test_a_saved_shortlist_comes_back_with_live_profiles_distances_diaries_and_contacts(service, shortlist):
    got = service.client("staff").get(f"/api/shortlists/{shortlist['id']}").json()
    assert got["name"] == shortlist["name"] == got["production"] and got["owner"] == "test staff"
    assert got["brief"]["radius_km"] == 40
    assert order(got) == ["fl-0007", "fl-0215", "fl-0003"]
    first = got["items"][0]
    assert first["note"] == "saw his showreel" and first["status"] == "suggested"
    assert first["profile"]["name"] == "Rob Capewell"
    assert first["profile"]["contact"]["email"] == "robcapewell@example.org"
    # Hanley is about 13 km from Leek; miles follow from km
    assert first["nearest_location"] == "Leek" and 10 < first["distance_km"] < 17
    assert first["distance_miles"] == pytest.approx(first["distance_km"] / 1.609344, abs=0.1)
    assert first["availability"] in {"available", "partly available", "booked", "unknown"}


def test_shortlists_are_listed_newest_first_with_their_size_and_statuses(service, shortlist):
    listed = service.client("admin").get("/api/shortlists").json()
    mine = next(s for s in listed if s["id"] == shortlist["id"])
    assert mine["item_count"] == 3 and mine["production"] == shortlist["production"]
    assert mine["statuses"] == {"suggested": 3, "asked": 0, "available": 0, "booked": 0, "declined": 0}
    created = [s["created_at"] for s in listed]
    assert created == sorted(created, reverse=True)


def test_one_shortlist_per_production_however_it_is_written(service, shortlist):
    staff = service.client("staff")
    same = f"  {shortlist['production'].upper()} "
    again = staff.post("/api/shortlists", json={"name": "another name", "production": same, "items": []})
    assert again.status_code == 409
    assert shortlist["id"] in again.json()["detail"] and "add people to it" in again.json()["detail"]


def test_a_shortlist_must_name_known_profiles(service):
    body = {"name": unique("typo"), "items": [{"profile_id": "fl-0007"}, {"profile_id": "fl-nobody"}]}
    response = service.client("staff").post("/api/shortlists", json=body)
    assert response.status_code == 422
    assert response.json()["detail"] == "items[1].profile_id: no profile with id 'fl-nobody'"


# -- working it -------------------------------------------------------------------------------------
def test_a_shortlist_is_renamed_and_its_production_changed(service, shortlist):
    staff = service.client("staff")
    production = unique("The Saggar Maker")
    got = staff.patch(f"/api/shortlists/{shortlist['id']}",
                      json={"name": "Leek shoot, final", "production": production})
    assert got.status_code == 200
    assert (got.json()["name"], got.json()["production"]) == ("Leek shoot, final", production)
    assert staff.get(f"/api/shortlists/{shortlist['id']}").json()["production"] == production
    assert staff.patch(f"/api/shortlists/{shortlist['id']}", json={}).status_code == 422


def test_renaming_to_a_production_that_has_a_shortlist_is_refused(service, shortlist):
    staff = service.client("staff")
    other = staff.post("/api/shortlists", json={"name": unique("other"), "items": []}).json()
    response = staff.patch(f"/api/shortlists/{shortlist['id']}", json={"production": other["production"]})
    assert response.status_code == 409


def test_people_are_reordered_and_a_stale_order_is_refused(service, shortlist):
    staff = service.client("staff")
    path = f"/api/shortlists/{shortlist['id']}/order"
    got = staff.put(path, json={"profile_ids": ["fl-0003", "fl-0007", "fl-0215"]})
    assert got.status_code == 200 and order(got.json()) == ["fl-0003", "fl-0007", "fl-0215"]
    stale = staff.put(path, json={"profile_ids": ["fl-0007", "fl-0215"]})  # someone was added or removed since
    assert stale.status_code == 409 and "reload" in stale.json()["detail"]
    assert staff.put(path, json={"profile_ids": ["fl-0007", "fl-0007", "fl-0215"]}).status_code == 422


def test_a_person_is_annotated_given_a_status_and_removed(service, shortlist):
    staff = service.client("staff")
    item = f"/api/shortlists/{shortlist['id']}/items/fl-0003"
    got = staff.patch(item, json={"note": "Called: free from the 5th", "status": "booked"}).json()
    person = next(i for i in got["items"] if i["profile_id"] == "fl-0003")
    assert (person["note"], person["status"]) == ("Called: free from the 5th", "booked") and person["status_at"]
    cleared = staff.patch(item, json={"note": ""}).json()
    assert "note" not in next(i for i in cleared["items"] if i["profile_id"] == "fl-0003")
    assert staff.patch(item, json={"status": "maybe"}).status_code == 422
    assert staff.patch(item, json={}).status_code == 422
    removed = staff.delete(item)
    assert removed.status_code == 200 and order(removed.json()) == ["fl-0007", "fl-0215"]
    assert staff.delete(item).status_code == 404


@pytest.mark.parametrize("status", ["suggested", "asked", "available", "booked", "declined"])
def test_every_status_can_be_set_and_is_counted(service, shortlist, status):
    staff = service.client("staff")
    staff.patch(f"/api/shortlists/{shortlist['id']}/items/fl-0007", json={"status": status})
    summary = next(s for s in staff.get("/api/shortlists").json() if s["id"] == shortlist["id"])
    assert summary["statuses"][status] == (3 if status == "suggested" else 1)


def test_people_added_later_go_at_the_end_and_someone_already_on_it_keeps_their_entry(service, shortlist):
    staff = service.client("staff")
    staff.patch(f"/api/shortlists/{shortlist['id']}/items/fl-0007", json={"status": "asked"})
    got = staff.post(f"/api/shortlists/{shortlist['id']}/items",
                     json={"items": [{"profile_id": "fl-0007", "need": "Gaffer"}, {"profile_id": "fl-0011"}]}).json()
    assert order(got) == ["fl-0007", "fl-0215", "fl-0003", "fl-0011"]
    kept = got["items"][0]
    assert (kept["need"], kept["status"]) == ("Director of photography", "asked")


def test_a_deleted_shortlist_is_gone(service, shortlist):
    staff = service.client("staff")
    assert staff.delete(f"/api/shortlists/{shortlist['id']}").json()["status"] == "deleted"
    for path in (f"/api/shortlists/{shortlist['id']}", f"/api/shortlists/{shortlist['id']}/export.csv"):
        response = staff.get(path)
        assert response.status_code == 404
        assert response.json() == {"detail": f"no shortlist with id '{shortlist['id']}'"}


# -- exports ----------------------------------------------------------------------------------------
def test_the_csv_carries_what_a_production_needs_to_ring_round(service, shortlist):
    staff = service.client("staff")
    staff.patch(f"/api/shortlists/{shortlist['id']}/items/fl-0007", json={"status": "booked"})
    response = staff.get(f"/api/shortlists/{shortlist['id']}/export.csv")
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    table = rows(response)
    assert list(table[0]) == ["need", "order", "name", "role", "kind", "town", "distance km", "distance miles",
                              "availability", "day rate", "email", "phone", "website", "status", "answer", "notes"]
    assert [(r["need"], r["order"], r["name"]) for r in table] == [
        ("Director of photography", "1", "Rob Capewell"),
        ("Production accountant", "1", "Kiran Mistry"),
        ("Director of photography", "2", "Rhys Morgan"),
    ]
    rob = table[0]
    assert {k: rob[k] for k in ("role", "town", "day rate", "email", "phone", "status", "notes")} == {
        "role": "Director of Photography", "town": "Hanley", "day rate": "£625–£825",
        "email": "robcapewell@example.org", "phone": "07700 900492", "status": "booked", "notes": "saw his showreel"}
    km, miles = float(rob["distance km"]), float(rob["distance miles"])
    assert 10 < km < 17 and miles == pytest.approx(km / 1.609344, abs=0.1)
    assert rob["availability"] in {"available", "partly available", "booked", "unknown"}


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_defused(service):
    admin = service.client("admin")
    profile = {"id": f"co-formula-{uuid.uuid4().hex[:6]}", "kind": "company", "name": "=HYPERLINK(\"http://x\")",
               "contact": {"phone": "+44 1632 960000"}}
    assert admin.post("/api/profiles", json=profile).status_code == 201
    body = {"name": unique("formula"), "items": [{"profile_id": profile["id"]}]}
    saved = admin.post("/api/shortlists", json=body).json()
    table = rows(admin.get(f"/api/shortlists/{saved['id']}/export.csv"))
    assert table[0]["name"] == "'=HYPERLINK(\"http://x\")" and table[0]["phone"] == "'+44 1632 960000"
    book = load_workbook(io.BytesIO(admin.get(f"/api/shortlists/{saved['id']}/export.xlsx").content))
    cells = [c for row in book.active.iter_rows() for c in row if c.value == "=HYPERLINK(\"http://x\")"]
    assert cells and all(c.data_type == "s" for c in cells)  # text, never a formula


def test_the_workbook_has_a_title_block_a_header_and_one_row_per_person(service, shortlist):
    response = service.client("staff").get(f"/api/shortlists/{shortlist['id']}/export.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == shortlist["production"]
    assert values[2][0] == "Within 40 km (25 miles) of Leek · 3 March – 13 April 2027"
    assert values[3][0].startswith("Exported ") and values[3][0][-4:].isdigit()
    header = values.index(next(r for r in values if r[0] == "need"))
    table = [dict(zip(values[header], r, strict=True)) for r in values[header + 1:]]
    assert [r["name"] for r in table] == ["Rob Capewell", "Kiran Mistry", "Rhys Morgan"]
    assert isinstance(table[0]["distance km"], float) and table[0]["email"] == "robcapewell@example.org"
    assert sheet.freeze_panes == f"A{header + 2}"


def test_the_pdf_has_the_production_the_brief_and_one_need_per_page(service, shortlist):
    response = service.client("staff").get(f"/api/shortlists/{shortlist['id']}/export.pdf")
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages]
    assert len(pages) == 2  # two needs: a page break between them
    assert shortlist["production"] in pages[0] and "3 March – 13 April 2027" in pages[0]
    assert "Rob Capewell" in pages[0] and "Rhys Morgan" in pages[0] and "robcapewell@example.org" in pages[0]
    assert "km (" in pages[0] and "miles)" in pages[0]
    assert "Production accountant" in pages[1] and "Kiran Mistry" in pages[1]
    assert "Page 1 of 2" in pages[0]


def test_erasing_a_profile_takes_it_off_every_shortlist_and_export(service):
    admin = service.client("admin")
    profile = {"id": f"fl-erase-{uuid.uuid4().hex[:6]}", "kind": "freelancer", "name": "Ada Erasable",
               "contact": {"email": "ada@example.org"}, "visibility": "public"}
    assert admin.post("/api/profiles", json=profile).status_code == 201
    saved = admin.post("/api/shortlists", json={"name": unique("erase"), "items": [
        {"profile_id": profile["id"]}, {"profile_id": "fl-0007"}]}).json()
    assert admin.post(f"/api/profiles/{profile['id']}/erase").status_code == 200
    assert order(admin.get(f"/api/shortlists/{saved['id']}").json()) == ["fl-0007"]
    assert "Ada" not in admin.get(f"/api/shortlists/{saved['id']}/export.csv").text
