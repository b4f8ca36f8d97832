"""Bulk import over HTTP: JSONL or CSV, as the body or a file; all-or-nothing with every bad
line and field listed, or skip_invalid; the import's own size limit."""

from __future__ import annotations

import json
import uuid

import pytest


def ids(n: int) -> list[str]:
    tag = uuid.uuid4().hex[:8]
    return [f"fl-imp-{tag}-{i}" for i in range(n)]


def jsonl(*records: dict) -> str:
    return "\n".join(json.dumps(r) for r in records) + "\n"


def exists(service, profile_id: str) -> bool:
    return service.client("staff").get(f"/api/profiles/{profile_id}").status_code == 200


def test_a_file_with_a_bad_line_stores_nothing_and_lists_every_line_and_field(service):
    a, b, c = ids(3)
    body = jsonl({"id": a, "kind": "freelancer", "name": "Ann Import", "roles": ["Gaffer"]},
                 {"id": b, "kind": "freelancer", "name": "Ben Import", "skils": ["rigging"]},
                 {"id": c, "kind": "freelancer"})
    response = service.client("admin").post("/api/profiles/import", content=body,
                                             headers={"Content-Type": "application/x-ndjson"})
    assert response.status_code == 422
    result = response.json()
    assert result["errors"] == [
        {"line": 2, "field": "skils", "message": "unknown field"},
        {"line": 3, "field": "name", "message": "Field required"},
    ]
    assert result["detail"].startswith("import rejected, nothing stored: 2 problems in 3 lines")
    assert not any(exists(service, i) for i in (a, b, c))


def test_skip_invalid_stores_the_valid_lines_and_lists_the_rest(service):
    a, b = ids(2)
    body = jsonl({"id": a, "kind": "freelancer", "name": "Ann Import", "roles": ["Boom Operator"]},
                 {"id": b, "kind": "robot", "name": "Ben Import"})
    response = service.client("admin").post("/api/profiles/import", params={"skip_invalid": "true"}, content=body,
                                             headers={"Content-Type": "application/jsonl"})
    assert response.status_code == 200
    result = response.json()
    assert (result["imported"], result["created"], result["updated"]) == (1, 1, 0)
    assert [(s["line"], s["field"]) for s in result["skipped"]] == [(2, "kind")]
    assert exists(service, a) and not exists(service, b)


def test_csv_body_is_imported_and_searchable_at_once(service):
    (a,) = ids(1)
    csv = ("id,kind,name,roles,skills,location.town,day_rate_gbp.min,visibility\n"
           f"{a},freelancer,Cass Import,Armourer; Weapons Master,"
           "blank-firing replicas for period battle scenes,Leek,400,public\n")
    response = service.client("admin").post("/api/profiles/import", content=csv, headers={"Content-Type": "text/csv"})
    assert response.status_code == 200 and response.json()["imported"] == 1
    found = service.client("public").post("/api/search", json={"text": "blank-firing replicas armourer"}).json()
    assert found["matches"][0]["id"] == a and found["matches"][0]["name"] == "Cass Import"


@pytest.mark.parametrize("filename,media", [("people.jsonl", "application/octet-stream"), ("people.csv", "text/csv")])
def test_a_multipart_file_is_imported_by_its_name_or_type(service, filename, media):
    (a,) = ids(1)
    text = (jsonl({"id": a, "kind": "facility", "name": "Upload Studio"}) if filename.endswith(".jsonl")
            else f"id,kind,name\n{a},facility,Upload Studio\n")
    response = service.client("admin").post("/api/profiles/import", files={"file": (filename, text.encode(), media)})
    assert response.status_code == 200, response.text
    assert response.json()["imported"] == 1 and exists(service, a)


def test_reimporting_updates_instead_of_duplicating(service):
    (a,) = ids(1)
    admin = service.client("admin")
    headers = {"Content-Type": "application/x-ndjson"}
    first = jsonl({"id": a, "kind": "company", "name": "Old Name"})
    admin.post("/api/profiles/import", content=first, headers=headers)
    again = admin.post("/api/profiles/import", content=first.replace("Old Name", "New Name"), headers=headers)
    assert (again.json()["created"], again.json()["updated"]) == (0, 1)
    assert service.client("member").get(f"/api/profiles/{a}").json()["name"] == "New Name"


@pytest.mark.parametrize("content,media,status,detail", [
    (b"", "application/x-ndjson", 422, "the import is empty: send one profile per JSONL line or CSV row"),
    (b'{"id": "x"}', "application/json", 415, "cannot import 'application/json': send application/x-ndjson (JSONL)"),
    (b"\xff\xfe\x00", "text/csv", 422, "the import is not UTF-8 text"),
    (b"id,kind,name,favourite_colour\nx,company,X,blue\n", "text/csv", 422,
     ("import rejected, nothing stored: 1 problem in 0 lines, "
      "the first line 1, field 'favourite_colour': unknown column")),
])
def test_unreadable_imports_are_refused_in_a_sentence(service, content, media, status, detail):
    response = service.client("admin").post("/api/profiles/import", content=content, headers={"Content-Type": media})
    assert response.status_code == status
    assert response.json()["detail"].startswith(detail)


def test_an_import_over_the_limit_is_413_and_stores_nothing(service):
    (a,) = ids(1)
    line = json.dumps({"id": a, "kind": "company", "name": "Too Big", "summary": "x" * 5_000_000})
    response = service.client("admin").post("/api/profiles/import", content=line,
                                             headers={"Content-Type": "application/x-ndjson"})
    assert response.status_code == 413
    assert response.json()["detail"] == "the request body is larger than the 5 MB accepted by /api/profiles/import"
    assert not exists(service, a)
