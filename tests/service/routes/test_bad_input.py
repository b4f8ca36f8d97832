"""Every bad input an attacker found reaching a 500 gets a 4xx with a sentence, on SQLite and
PostgreSQL alike (the ``service`` fixture runs both), and stores nothing."""

from __future__ import annotations

import json
import uuid

import pytest

DEEP = "[" * 50_000 + "]" * 50_000


def _profile(**fields) -> dict:
    return {"id": f"fl-bad-{uuid.uuid4().hex[:8]}", "kind": "freelancer", "name": "Bad Input", **fields}


def _csv(header: str, row: str) -> bytes:
    return f"{header}\n{row}\n".encode()


# (name, role, method, path, keyword arguments to httpx, expected status, words in the detail)
CASES = [
    ("offset past 64 bits", "public", "GET", "/api/profiles", {"params": {"offset": str(2**64)}}, 422, "offset"),
    ("offset past 32 bits", "public", "GET", "/api/profiles", {"params": {"offset": str(2**40)}}, 422, "offset"),
    ("key id past 64 bits", "admin", "DELETE", f"/api/keys/{2**64}", {}, 422, "key_id"),
    ("key id past 32 bits", "admin", "PUT", f"/api/keys/{2**40}/profiles", {"json": {"profiles": []}}, 422,
     "key_id"),
    ("NUL in brief text", "public", "POST", "/api/briefs/match", {"json": {"text": "need a gaffer\u0000 in Leek"}},
     422, "NUL"),
    ("NUL in a search", "public", "POST", "/api/search", {"json": {"text": "gaffer", "place": "Le\u0000ek"}}, 422,
     "NUL"),
    ("NUL in a profile field", "admin", "POST", "/api/profiles", {"json": _profile(headline="Gaffer\u0000")}, 422,
     "NUL"),
    ("NUL in a key name", "admin", "POST", "/api/keys", {"json": {"name": "x\u0000y", "role": "staff"}}, 422, "NUL"),
    ("NUL in the address", "public", "GET", "/api/profiles/fl%00x", {}, 422, "NUL"),
    ("NUL in a CSV cell", "admin", "POST", "/api/profiles/import",
     {"content": _csv("id,kind,name", "fl-nul,freelancer,Ann\x00 Lee"), "headers": {"Content-Type": "text/csv"}},
     422, "NUL"),
    ("Infinity in a profile", "admin", "POST", "/api/profiles",
     {"content": json.dumps(_profile(travel_radius_km=float("inf"))), "headers": {"Content-Type": "application/json"}},
     422, "finite"),
    ("NaN in an import", "admin", "POST", "/api/profiles/import",
     {"content": json.dumps(_profile(day_rate_gbp={"min": float("nan")})).encode(),
      "headers": {"Content-Type": "application/x-ndjson"}}, 422, "finite"),
    ("Infinity in a brief's budget", "public", "POST", "/api/briefs/match",
     {"content": '{"brief": {"text": "", "needs": [{"label": "Gaffer", "role": "gaffer"}], '
                 '"budget": {"amount_gbp": Infinity}}}', "headers": {"Content-Type": "application/json"}},
     422, "finite"),
    ("JSON nested 50,000 deep", "public", "POST", "/api/search",
     {"content": DEEP, "headers": {"Content-Type": "application/json"}}, 422, "levels deep"),
    ("JSONL nested 50,000 deep", "admin", "POST", "/api/profiles/import",
     {"content": DEEP.encode(), "headers": {"Content-Type": "application/x-ndjson"}}, 422, "levels deep"),
    ("CSV with day_rate_gbp and day_rate_gbp.min", "admin", "POST", "/api/profiles/import",
     {"content": _csv("id,kind,name,day_rate_gbp,day_rate_gbp.min", "fl-dup,freelancer,Ann Lee,300,250"),
      "headers": {"Content-Type": "text/csv"}}, 422, "both give day_rate_gbp"),
    ("CSV cell over 131,072 characters", "admin", "POST", "/api/profiles/import",
     {"content": _csv("id,kind,name,summary", "fl-long,freelancer,Ann Lee," + "a" * 140_000),
      "headers": {"Content-Type": "text/csv"}}, 422, "longer than the 131,072 characters"),
    ("summary past 10,000 characters", "admin", "POST", "/api/profiles/import",
     {"content": json.dumps(_profile(summary="word " * 20_000)).encode(),
      "headers": {"Content-Type": "application/x-ndjson"}}, 422, "at most 10000 characters"),
    ("empty import", "admin", "POST", "/api/profiles/import",
     {"content": b"", "headers": {"Content-Type": "application/x-ndjson"}}, 422, "the import is empty"),
]


@pytest.mark.parametrize(("name", "role", "method", "path", "kwargs", "status", "words"), CASES,
                         ids=[case[0] for case in CASES])
def test_bad_input_is_a_4xx_with_a_sentence(service, name, role, method, path, kwargs, status, words):
    response = service.client(role).request(method, path, **kwargs)
    assert response.status_code == status, (name, response.status_code, response.text[:300])
    detail = response.json()["detail"]
    assert words in detail, detail
    assert service.client("public").get("/api/health").status_code == 200


def test_nothing_of_a_refused_import_is_stored(service):
    body = _csv("id,kind,name,day_rate_gbp,day_rate_gbp.min", "fl-dup-kept,freelancer,Ann Lee,300,250")
    service.client("admin").post("/api/profiles/import", content=body, headers={"Content-Type": "text/csv"})
    assert service.client("admin").get("/api/profiles/fl-dup-kept").status_code == 404


def test_control_characters_in_a_brief_still_make_a_workbook(service):
    brief = {"brief": {"text": "Gaffer\u0001 wanted\u001b", "needs": [{"label": "Gaffer\u0002", "role": "gaffer"}]}}
    response = service.client("public").post("/api/sheets/export.xlsx", json=brief)
    assert response.status_code == 200, response.text[:300]  # was a 500: a workbook cannot hold them
