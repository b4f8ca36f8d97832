"""Two service processes on one database, each with its own home and index: what is written
through one is found through the other within a few seconds (each polls the change log)."""

from __future__ import annotations

import shutil
import time

import httpx
import pytest

from matcher.importers import parse_jsonl
from matcher.index import ProfileIndex
from tests.service_fixtures import Database, ServerProcess, demo_slice_lines, fresh_database, seed_home

# Two server processes on one home, waiting for one to follow the other: slow (make test runs it).
pytestmark = pytest.mark.slow

_CATCH_UP_S = 15  # generous: the sync interval is 1 s; this only bounds a broken follower


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def two_servers(request, tmp_path, encoder):
    profiles = parse_jsonl("\n".join(demo_slice_lines(step=40))).profiles
    if request.param == "sqlite":  # one database file, two homes
        database = Database("sqlite", f"sqlite:///{tmp_path / 'shared.db'}")
    else:
        database = fresh_database("postgresql")
    keys = seed_home(tmp_path / "a", database, profiles, ProfileIndex.build(profiles, encoder))
    shutil.copytree(tmp_path / "a" / "index", tmp_path / "b" / "index")
    servers = [ServerProcess(tmp_path / name, database.url).start() for name in ("a", "b")]
    yield servers, keys["admin"]
    for server in servers:
        server.stop()
    database.drop()


def ids_found(server: ServerProcess, words: str) -> list[str]:
    response = httpx.post(f"{server.base_url}/api/search", json={"text": words, "top_k": 3})
    return [m["id"] for m in response.json()["matches"]]


def eventually(condition) -> bool:
    deadline = time.monotonic() + _CATCH_UP_S
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def test_a_write_through_one_process_is_found_through_the_other(two_servers):
    (a, b), admin_key = two_servers
    headers = {"X-API-Key": admin_key}
    profile = {"id": "fl-two-processes", "kind": "freelancer", "name": "Tam Twoprocess", "visibility": "public",
               "skills": ["underwater camera housing for flooded mine sets"]}
    assert httpx.post(f"{a.base_url}/api/profiles", json=profile, headers=headers).status_code == 201
    assert httpx.get(f"{b.base_url}/api/profiles/fl-two-processes").status_code == 200  # the database: at once
    assert eventually(lambda: ids_found(b, "underwater camera housing")[:1] == ["fl-two-processes"])

    changed = {**profile, "skills": ["pyrotechnics for bonfire night scenes"]}
    assert httpx.put(f"{b.base_url}/api/profiles/fl-two-processes", json=changed, headers=headers).status_code == 200
    assert eventually(lambda: ids_found(a, "pyrotechnics bonfire")[:1] == ["fl-two-processes"])
    assert "fl-two-processes" not in ids_found(a, "underwater camera housing")

    assert httpx.delete(f"{b.base_url}/api/profiles/fl-two-processes", headers=headers).status_code == 200
    assert eventually(lambda: "fl-two-processes" not in ids_found(a, "pyrotechnics bonfire"))
    health = [httpx.get(f"{s.base_url}/api/health").json() for s in (a, b)]
    assert health[0]["change_seq"] == health[1]["change_seq"] == health[0]["database_change_seq"]
