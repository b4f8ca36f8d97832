"""A restart never loses a committed profile and never serves a deleted one, whether the
server stopped cleanly (index saved) or was killed (the saved index is behind the database),
and whatever was written while it was down (by the command line) is there when it is back."""

from __future__ import annotations

import signal

import httpx
import pytest

from matcher.importers import parse_jsonl
from matcher.index import ProfileIndex
from matcher.index_files import read_manifest
from matcher.settings import MatcherSettings
from matcher.store import Store
from models.profile import Profile
from tests.service_fixtures import DATABASES, ServerProcess, demo_slice_lines, fresh_database, make_service

# Servers started, stopped and killed, four times over: slow (make test runs it).
pytestmark = pytest.mark.slow

PROFILES = {
    "kept": {"id": "fl-restart-kept", "kind": "freelancer", "name": "Kept Person", "visibility": "public",
             "skills": ["dry-stone walling for rural period sets"]},
    "deleted": {"id": "fl-restart-deleted", "kind": "freelancer", "name": "Deleted Person", "visibility": "public",
                "skills": ["thatching and cob walls for rural period sets"]},
    "offline": {"id": "fl-restart-offline", "kind": "freelancer", "name": "Offline Person", "visibility": "public",
                "skills": ["canal boat handling for rural period sets"]},
}


@pytest.fixture(scope="module")
def small_cluster(encoder):
    profiles = parse_jsonl("\n".join(demo_slice_lines(step=40))).profiles
    return profiles, ProfileIndex.build(profiles, encoder)


def found(base_url: str, words: str) -> list[str]:
    response = httpx.post(f"{base_url}/api/search", json={"text": words, "top_k": 5})
    return [m["id"] for m in response.json()["matches"]]


@pytest.mark.parametrize("stop", ["graceful", "killed"])
@pytest.mark.parametrize("database", DATABASES)
def test_a_restart_keeps_what_was_committed_and_drops_what_was_deleted(tmp_path, small_cluster, database, stop):
    profiles, index = small_cluster
    db = fresh_database(database)
    service = make_service(tmp_path, db, profiles, index)
    try:
        admin = service.client("admin")
        for name in ("kept", "deleted"):
            assert admin.post("/api/profiles", json=PROFILES[name]).status_code == 201
        assert admin.delete("/api/profiles/fl-restart-deleted").status_code == 200
        service.close()
        if stop == "killed":
            service.server.process.kill()
            service.server.process.wait()
        else:
            assert service.server.stop() in (0, -signal.SIGTERM)  # uvicorn re-raises the signal once done
        saved, latest = read_manifest(tmp_path / "index")["change_seq"], _write_while_down(service)
        # Stopped cleanly, the index was saved up to date; killed, it is behind and the log is replayed.
        assert saved == latest - 1 if stop == "graceful" else saved < latest - 1

        again = ServerProcess(tmp_path, db.url).start()
        try:
            assert found(again.base_url, "dry-stone walling")[0] == "fl-restart-kept"
            assert found(again.base_url, "canal boat handling")[0] == "fl-restart-offline"
            assert "fl-restart-deleted" not in found(again.base_url, "thatching and cob walls")
            assert httpx.get(f"{again.base_url}/api/profiles/fl-restart-deleted").status_code == 404
            health = httpx.get(f"{again.base_url}/api/health").json()
            assert health["index_lag"] == 0
            assert health["profiles_in_index"] == health["profiles_in_database"] == len(profiles) + 2
        finally:
            again.stop()
    finally:
        service.server.stop()
        db.drop()


def _write_while_down(service) -> int:
    """What `matcher import` does with the server down: straight to the database. Returns
    the database's latest change."""
    store = Store(MatcherSettings(home=service.home, database_url=service.database.url).resolved_database_url)
    try:
        store.save([Profile.model_validate(PROFILES["offline"])])
        return store.latest_seq()
    finally:
        store.engine.dispose()
