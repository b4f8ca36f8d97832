"""A server killed after a large import answers as soon as it is back: ``/api/health`` says it is
catching up (with its progress) and searches are answered from the saved index while the change
log is replayed; nothing changed or deleted since the save is served meanwhile; once caught up,
every imported profile is found and the index agrees with the database."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from matcher.importers import parse_jsonl
from matcher.index import ProfileIndex
from matcher.index_files import read_manifest
from models.profile import Profile
from tests.service_fixtures import ServerProcess, demo_slice_lines, fresh_database, make_service

IMPORTED = 600  # enough that replaying them takes seconds, whatever the machine
_CAUGHT_UP_WITHIN_S = 600  # bounds a broken replay only
SKILLS = {"kept": "dry-stone walling for rural period sets", "hidden": "thatching and cob walls for rural period sets",
          "deleted": "canal boat handling for waterway period sets"}  # hidden and deleted after the save
MINE = {key: {"id": f"fl-catch-{key}", "kind": "freelancer", "name": f"{key.title()} Saved", "visibility": "public",
              "skills": [skill]} for key, skill in SKILLS.items()}


def crew(n: int) -> str:
    records = [{"id": f"fl-catch-{i}", "kind": "freelancer", "name": f"Catch Person {i}", "visibility": "public",
                "roles": ["Spark"], "summary": f"Spark number {i} of a large crew import, based in Leek."}
               for i in range(n)]
    records[5]["summary"] = "Spark and the crew's only certified rope access technician for bell towers."
    return "".join(json.dumps(r) + "\n" for r in records)


def found(base_url: str, words: str) -> list[str]:
    response = httpx.post(f"{base_url}/api/search", json={"text": words, "top_k": 5}, timeout=120)
    assert response.status_code == 200, response.text
    return [m["id"] for m in response.json()["matches"]]


@pytest.mark.slow
def test_a_restart_after_a_crash_answers_at_once_and_catches_up(tmp_path, encoder):
    profiles = [*parse_jsonl("\n".join(demo_slice_lines(step=40))).profiles,
                *(Profile.model_validate(p) for p in MINE.values())]
    database = fresh_database("sqlite")
    # No periodic save: the index saved at start is the one a crash leaves behind.
    service = make_service(tmp_path, database, profiles, ProfileIndex.build(profiles, encoder),
                           env={"MATCHER_INDEX_SAVE_INTERVAL": "3600"})
    again = None
    try:
        admin = service.client("admin")
        imported = admin.post("/api/profiles/import", content=crew(IMPORTED),
                              headers={"Content-Type": "application/x-ndjson"})
        assert imported.status_code == 200 and imported.json()["imported"] == IMPORTED
        hidden = {**MINE["hidden"], "visibility": "staff"}
        assert admin.put("/api/profiles/fl-catch-hidden", json=hidden).status_code == 200
        assert admin.delete("/api/profiles/fl-catch-deleted").status_code == 200
        service.close()
        service.server.process.kill()
        service.server.process.wait()
        assert read_manifest(tmp_path / "index")["profiles"] == len(profiles)  # the save is far behind

        again = ServerProcess(tmp_path, database.url).start(caught_up=False)  # the first answer of /api/health
        first = httpx.get(f"{again.base_url}/api/health").json()
        assert first["status"] == "catching_up" and 0 <= first["catch_up_progress"] < 1
        assert first["index_lag"] > 0 and first["profiles_in_index"] < first["profiles_in_database"]
        # Answered from the saved index, without what changed since the save.
        assert found(again.base_url, "dry-stone walling")[:1] == ["fl-catch-kept"]
        assert "fl-catch-hidden" not in found(again.base_url, "thatching and cob walls")
        assert "fl-catch-deleted" not in found(again.base_url, "canal boat handling")

        seen = [first]
        deadline = time.monotonic() + _CAUGHT_UP_WITHIN_S
        while seen[-1]["status"] == "catching_up" and time.monotonic() < deadline:
            time.sleep(0.2)
            seen.append(httpx.get(f"{again.base_url}/api/health").json())
        progress = [h["catch_up_progress"] for h in seen if h["status"] == "catching_up"]
        assert progress == sorted(progress)  # it only grows
        done = seen[-1]
        assert done["status"] == "ok" and done["catch_up_progress"] is None and done["index_lag"] == 0
        assert done["profiles_in_index"] == done["profiles_in_database"] == len(profiles) - 1 + IMPORTED
        assert "fl-catch-5" in found(again.base_url, "rope access technician for bell towers")
        assert "fl-catch-hidden" not in found(again.base_url, "thatching and cob walls")  # staff only now
        staff = httpx.post(f"{again.base_url}/api/search", json={"text": "thatching and cob walls", "top_k": 3},
                           headers={"X-API-Key": service.keys["staff"]}).json()["matches"]
        assert staff[0]["id"] == "fl-catch-hidden"
    finally:
        if again is not None:
            again.stop()
        service.server.stop()
        database.drop()
