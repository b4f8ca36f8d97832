"""Imports of many profiles in the background: 202 and a job at once, progress as batches commit,
every profile stored and findable at the end; a bad file is refused before any job starts; other
writes are not held up by a large import."""

from __future__ import annotations

import json
import threading
import time
import uuid

import pytest

from matcher.importers import parse_jsonl
from matcher.index import ProfileIndex
from matcher.settings import MatcherSettings
from matcher.store import Store
from tests.service_fixtures import DATABASES, demo_slice_lines, fresh_database, make_service

_DONE_WITHIN_S = 300  # generous: encoding on a shared two-core machine


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def crew(tag: str, n: int) -> list[dict]:
    return [{"id": f"fl-job-{tag}-{i}", "kind": "freelancer", "name": f"Job Person {i}", "visibility": "public",
             "roles": ["Spark"], "summary": f"Spark number {i} of a large crew import, based in Leek."}
            for i in range(n)]


def wait_done(admin, url: str) -> list[dict]:
    seen = []
    deadline = time.monotonic() + _DONE_WITHIN_S
    while time.monotonic() < deadline:
        job = admin.get(url).json()
        seen.append(job)
        if job["status"] != "running":
            return seen
        time.sleep(0.5)
    raise AssertionError(f"the job did not finish: {seen[-1]}")


def test_a_large_import_runs_in_the_background_and_the_index_follows(service):
    admin = service.client("admin")
    tag = uuid.uuid4().hex[:8]
    records = crew(tag, 450)
    records[7]["summary"] = "Spark and the crew's only certified rope access technician for bell towers."
    started = admin.post("/api/imports", content=jsonl(records), headers={"Content-Type": "application/x-ndjson"})
    assert started.status_code == 202, started.text
    job = started.json()
    assert started.headers["Location"] == job["url"] == f"/api/jobs/{job['id']}"
    assert job["status"] == "running" and job["total"] == 450 and job["done"] < 450  # answered before the work
    seen = wait_done(admin, job["url"])
    final = seen[-1]
    assert final["status"] == "done" and final["error"] is None and final["finished_at"]
    assert final["done"] == final["total"] == final["created"] == 450 and final["progress"] == 1.0
    assert [j["done"] for j in seen] == sorted(j["done"] for j in seen)  # progress only grows
    found = service.client("public").post("/api/search", json={"text": "rope access technician for bell towers",
                                                               "top_k": 3}).json()["matches"]
    assert f"fl-job-{tag}-7" in [m["id"] for m in found]


def test_a_bad_file_starts_no_job_unless_the_bad_lines_are_skipped(service):
    admin = service.client("admin")
    tag = uuid.uuid4().hex[:8]
    body = jsonl([*crew(tag, 2), {"id": f"fl-job-{tag}-bad", "kind": "freelancer"}])
    refused = admin.post("/api/imports", content=body, headers={"Content-Type": "application/x-ndjson"})
    assert refused.status_code == 422
    assert refused.json()["errors"] == [{"line": 3, "field": "name", "message": "Field required"}]
    assert service.client("staff").get(f"/api/profiles/fl-job-{tag}-0").status_code == 404

    skipping = admin.post("/api/imports", params={"skip_invalid": "true"}, content=body,
                          headers={"Content-Type": "application/x-ndjson"})
    assert skipping.status_code == 202
    final = wait_done(admin, skipping.json()["url"])[-1]
    assert final["status"] == "done" and final["done"] == 2
    assert final["skipped"] == [{"line": 3, "field": "name", "message": "Field required"}]


def test_an_unknown_job_is_404_and_jobs_are_for_admins(service):
    assert service.client("admin").get("/api/jobs/no-such-job").status_code == 404
    assert service.client("staff").get("/api/jobs/no-such-job").status_code == 403


@pytest.mark.slow
@pytest.mark.parametrize("route", ["/api/imports", "/api/profiles/import"])
@pytest.mark.parametrize("database", DATABASES)
def test_an_admin_update_during_a_large_import_is_done_and_found_while_the_import_still_runs(
        tmp_path, encoder, database, route):
    """Other writes wait for neither a background import (one batch at most) nor a one-request import
    that is still indexing its file: the update is answered, and found, while the import goes on."""
    profiles = parse_jsonl("\n".join(demo_slice_lines(step=40))).profiles
    db = fresh_database(database)
    running = make_service(tmp_path, db, profiles, ProfileIndex.build(profiles, encoder),
                           env={"MATCHER_IMPORT_BATCH": "50"})
    store = Store(MatcherSettings(home=tmp_path, database_url=db.url).resolved_database_url)
    try:
        admin = running.client("admin")
        body, headers = jsonl(crew("long", 600)), {"Content-Type": "application/x-ndjson"}
        if route == "/api/imports":
            started = admin.post(route, content=body, headers=headers)
            assert started.status_code == 202
            job_url = started.json()["url"]
            while (job := admin.get(job_url).json())["done"] < 50:  # the import is under way
                assert job["status"] == "running"
                time.sleep(0.1)
        else:
            request = threading.Thread(target=lambda: admin.post(route, content=body, headers=headers))
            request.start()
            while store.count() == len(profiles):  # committed, and now being indexed
                assert request.is_alive()
                time.sleep(0.05)
        changed = {**profiles[0].model_dump(mode="json", exclude_none=True),
                   "skills": ["restoring Victorian bottle kilns for period sets"]}
        assert admin.put(f"/api/profiles/{profiles[0].id}", json=changed).status_code == 200
        if route == "/api/imports":
            job = admin.get(job_url).json()
            assert job["status"] == "running" and job["done"] < job["total"]  # the update did not wait for it
        else:
            assert request.is_alive()  # the import's answer is still to come
        found = running.client("public").post("/api/search", json={"text": "restoring Victorian bottle kilns",
                                                                   "top_k": 3}).json()["matches"]
        assert found[0]["id"] == profiles[0].id  # and is searchable at once
        if route == "/api/imports":
            assert wait_done(admin, job_url)[-1]["status"] == "done"
        else:
            request.join()
        health = admin.get("/api/health").json()
        assert health["profiles_in_index"] == health["profiles_in_database"] == len(profiles) + 600
        assert running.client("public").post("/api/search", json={"text": "restoring Victorian bottle kilns",
                                                                  "top_k": 3}).json()["matches"][0]["id"] == \
            profiles[0].id  # the import, indexed after the update, did not undo it
    finally:
        store.engine.dispose()
        running.close()
        running.server.stop()
        db.drop()
