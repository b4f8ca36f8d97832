"""A crew sheet on paper: PDF and workbook, as the caller's role may see it."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

BRIEF = ("Six weeks in Leek from 3 March 2027, need a gaffer, two sparks, costume standby with "
         "period experience, a unit base for 20 vehicles.")


def pdf_pages(response) -> list[str]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(response.content)).pages]


def test_the_crew_sheet_pdf_has_the_brief_on_top_and_one_need_per_page(service):
    sheet = service.client("staff").post("/api/briefs/match", json={"text": BRIEF}).json()
    pages = pdf_pages(service.client("staff").post("/api/sheets/export.pdf", json={"text": BRIEF}))
    assert len(pages) >= len(sheet["needs"]) == 4
    assert pages[0].startswith("STAFFORDSHIRE MOVING IMAGE CLUSTER")
    assert "Within 50 km (31 miles) of Leek · 3 March – 13 April 2027" in pages[0]
    # where each need's block begins: its heading (label, ×quantity) then the line saying Crew or Facility
    # (the label alone can also stand in another need's reasons: a gaffer's related roles)
    def heading(result):
        need = result["need"]
        title = need["label"] + (f" ×{need['quantity']}" if need["quantity"] > 1 else "")
        return f"{title} {'Facility' if need['kind'] == 'facility' else 'Crew'}"
    starts = [next(i for i, p in enumerate(pages) if heading(r) in p) for r in sheet["needs"]]
    assert starts == sorted(set(starts))  # each need begins a page of its own, in order
    block = " ".join(pages[starts[0]:starts[1]])  # the first need's block: a page, or more when it runs on
    for match in sheet["needs"][0]["matches"]:
        assert match["name"] in block
        if match.get("contact", {}).get("email"):  # a long address wraps in its narrow column
            assert match["contact"]["email"] in block.replace(" ", "")
    assert "km (" in block and "miles)" in block


def test_the_public_crew_sheet_on_paper_has_no_contact_details(service):
    staff = service.client("staff").post("/api/briefs/match", json={"text": BRIEF}).json()
    emails = [m["contact"]["email"] for r in staff["needs"] for m in r["matches"] if m.get("contact", {}).get("email")]
    assert emails
    pages = pdf_pages(service.client("public").post("/api/sheets/export.pdf", json={"text": BRIEF}))
    assert not any(email in " ".join(pages) for email in emails)
    workbook = service.client("public").post("/api/sheets/export.xlsx", json={"text": BRIEF})
    book = load_workbook(io.BytesIO(workbook.content))
    cells = " ".join(str(c.value) for row in book.active.iter_rows() for c in row if c.value is not None)
    assert not any(email in cells for email in emails)


def test_the_crew_sheet_workbook_has_a_row_per_match_with_km_and_miles(service):
    sheet = service.client("staff").post("/api/briefs/match", json={"text": BRIEF}).json()
    response = service.client("staff").post("/api/sheets/export.xlsx", json={"text": BRIEF})
    assert response.status_code == 200
    rows = [[c.value for c in row] for row in load_workbook(io.BytesIO(response.content)).active.iter_rows()]
    assert rows[0][0] == "Crew sheet" and rows[2][0].startswith("Matched ")
    header = next(i for i, r in enumerate(rows) if r[0] == "need")
    assert rows[header] == ["need", "rank", "name", "kind", "place", "distance km", "distance miles", "availability",
                            "why", "email", "phone"]
    table = [dict(zip(rows[header], r, strict=True)) for r in rows[header + 1:]]
    expected = sum(len(r["matches"]) + len(r["beyond"]) for r in sheet["needs"])
    assert len(table) == expected
    first = table[0]
    assert first["name"] == sheet["needs"][0]["matches"][0]["name"]
    assert first["distance miles"] == pytest.approx(first["distance km"] / 1.609344, abs=0.1)


def test_paper_does_not_record_the_brief_again_for_the_gap_report(service):
    from sqlalchemy import create_engine, func, select

    from matcher.settings import MatcherSettings
    from matcher.store.tables import BriefRow

    url = MatcherSettings(home=service.home, database_url=service.database.url).resolved_database_url
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        def count() -> int:
            with engine.connect() as connection:
                return connection.execute(select(func.count()).select_from(BriefRow)).scalar_one()
        before = count()
        service.client("public").post("/api/sheets/export.xlsx", json={"text": BRIEF})
        assert count() == before
    finally:
        engine.dispose()


@pytest.mark.parametrize("role,contacts", [("public", False), ("member", False), ("staff", True), ("admin", True)])
def test_contact_details_on_crew_sheets_and_search_results_are_for_staff_only(service, role, contacts):
    sheet = service.client(role).post("/api/briefs/match", json={"text": BRIEF}).json()
    cards = [m for r in sheet["needs"] for m in (*r["matches"], *r["beyond"])]
    assert any(m.get("contact") for m in cards) is contacts
    found = service.client(role).post("/api/search", json={"text": "gaffer", "top_k": 10}).json()["matches"]
    assert any(m.get("contact") for m in found) is contacts
    if not contacts:
        assert "@example" not in str(sheet) and "@example" not in str(found)
