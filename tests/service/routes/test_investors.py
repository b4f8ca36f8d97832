"""/api/investors as each role sees it: the public reads an interest but sees no raise and no
investor; members match; staff run sessions and export them; bad input names the field."""

from __future__ import annotations

import csv
import io

INTEREST = ("Angel, £10–25k tickets, pre-seed or seed games or animation studios with their own IP, "
            "SEIS please, within an hour of Stoke")


def test_anyone_may_read_an_interest_and_see_what_was_understood(service) -> None:
    response = service.client("public").post("/api/investors/parse", json={"text": INTEREST})
    assert response.status_code == 200, response.text
    understood = response.json()
    assert understood["criteria"]["ticket_gbp"] == {"min": 10000.0, "max": 25000.0}
    assert {r["criterion"] for r in understood["read"]} >= {"ticket", "stage", "sectors", "tax_relief", "own_ip"}


def test_the_public_sees_neither_raises_nor_investors(service) -> None:
    public = service.client("public")
    assert public.post("/api/investors/match", json={"text": INTEREST}).status_code == 401
    assert public.get("/api/investors/for/co-bottle-oven-games").status_code == 401
    found = public.post("/api/search", json={"text": "angel investor SEIS", "top_k": 50}).json()["matches"]
    assert all(m["kind"] != "investor" for m in found)
    profile = public.get("/api/profiles/co-bottle-oven-games").json()
    assert "raising_gbp" not in profile.get("company", {}) and "company.raising_gbp" in profile["withheld"]
    assert public.get("/api/profiles/in-bottle-kiln-capital").status_code == 404


def test_a_member_gets_ranked_companies_with_breakdowns_and_parts(service) -> None:
    response = service.client("member").post("/api/investors/match", json={"text": INTEREST, "top_k": 5})
    assert response.status_code == 200, response.text
    matches = response.json()["matches"]
    assert matches and {m["kind"] for m in matches} == {"company"}
    for match in matches:
        assert abs(match["score"] - match["text_part"] - match["fit_part"]) < 1e-3
        assert {c["status"] for c in match["criteria"]} <= {"met", "partly", "not met", "unknown"}
    corrected = {"text": INTEREST, "criteria": {"own_ip": True, "strict": ["own_ip"]}, "top_k": 50}
    strict = service.client("member").post("/api/investors/match", json=corrected).json()["matches"]
    assert all(c["status"] in ("met", "partly") for m in strict for c in m["criteria"] if c["criterion"] == "own_ip")


def test_investors_for_a_company_for_members(service) -> None:
    response = service.client("member").get("/api/investors/for/co-bottle-oven-games?top_k=3")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["company"] == "Bottle Oven Games" and 0 < len(body["matches"]) <= 3
    assert all(m["kind"] == "investor" and m["criteria"] for m in body["matches"])


def test_staff_plan_a_session_and_export_it(service) -> None:
    body = {"investors": "all", "companies": ["co-bottle-oven-games", "co-fettle-and-forge", "co-spatial-kiln",
                                               "co-echo-valley-audio"], "slots": 3, "tables": 2, "per_company": 2,
            "must_meet": [{"investor": "in-kestrel-xr-fund", "company": "co-spatial-kiln"}]}
    assert service.client("member").post("/api/investors/sessions/plan", json=body).status_code == 403
    response = service.client("staff").post("/api/investors/sessions/plan", json=body)
    assert response.status_code == 200, response.text
    plan = response.json()
    meetings = plan["meetings"]
    assert {"in-kestrel-xr-fund"} <= {m["investor_id"] for m in meetings if m["company_id"] == "co-spatial-kiln"}
    assert len({(m["slot"], m["investor_id"]) for m in meetings}) == len(meetings)
    assert len({(m["slot"], m["company_id"]) for m in meetings}) == len(meetings)
    assert all(m["table"] <= 2 and m["reason"] for m in meetings)
    exported = service.client("staff").post("/api/investors/sessions/plan.csv", json=body)
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    assert len(list(csv.DictReader(io.StringIO(exported.text)))) == len(meetings)
    pages = service.client("staff").post("/api/investors/sessions/plan.html", json=body).text
    assert pages.count('class="investor-page"') == len({m["investor_id"] for m in meetings})
    pdf = service.client("staff").post("/api/investors/sessions/plan.pdf", json=body)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_bad_input_is_a_readable_4xx(service) -> None:
    member, staff = service.client("member"), service.client("staff")
    missing = member.get("/api/investors/for/co-nobody")
    assert missing.status_code == 404 and "co-nobody" in missing.json()["detail"]
    wrong_kind = member.get("/api/investors/for/in-kestrel-xr-fund")
    assert wrong_kind.status_code == 422 and "investors are matched to companies" in wrong_kind.json()["detail"]
    bad = member.post("/api/investors/match", json={"text": "games", "criteria": {"ticket_gpb": {"min": 1}}})
    assert bad.status_code == 422 and "ticket_gpb" in bad.json()["detail"]
    bad_stage = member.post("/api/investors/match", json={"text": "games", "criteria": {"stages": ["series-z"]}})
    assert bad_stage.status_code == 422 and "stages" in bad_stage.json()["detail"]
    both = [{"investor": "in-kestrel-xr-fund", "company": c} for c in ("co-spatial-kiln", "co-hollow-reality")]
    impossible = staff.post("/api/investors/sessions/plan", json={
        "investors": ["in-kestrel-xr-fund"], "companies": ["co-spatial-kiln", "co-hollow-reality"], "slots": 2,
        "tables": 1, "per_investor": 1, "must_meet": both})
    assert impossible.status_code == 422 and "per_investor" in impossible.json()["detail"]
    unknown = staff.post("/api/investors/sessions/plan", json={"investors": ["in-nobody"], "slots": 2, "tables": 1})
    assert unknown.status_code == 404 and "in-nobody" in unknown.json()["detail"]
