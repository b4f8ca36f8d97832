"""Erasure leaves no copy: after erasing a person through one of two servers on one database,
no file under either server's data folder and no row of any table holds their name, email or
phone; the change log holds nothing the erasure hash matches; the other server drops them before
it answers; and a server restarted after a crash (its saved index older than the erasure) too."""

from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import MetaData, select

from matcher.importers import parse_jsonl
from matcher.index import ProfileIndex
from matcher.store import Store
from tests.service_fixtures import Database, ServerProcess, demo_slice_lines, fresh_database, seed_home

# Two servers and a wait for their files to be rewritten: slow (make test runs it).
pytestmark = pytest.mark.slow

PERSON = {"id": "fl-erasable-0001", "kind": "freelancer", "name": "Zenobia Quarrendon-Pyke", "visibility": "members",
          "headline": "Quarrendon-Pyke: gaffer and rigging electrician", "roles": ["Gaffer"],
          "skills": ["Zenobia's balloon lights", "night exteriors"],
          "summary": "Known as Zed on set. Ring 07700 900456 or write to zenobia.qp@example.net.",
          "location": {"town": "Leek"}, "contact": {"email": "zenobia.qp@example.net", "phone": "07700 900456"}}
RESIDUE = [b"zenobia", b"quarrendon", b"zenobia.qp@example.net", b"07700 900456", b"07700900456"]
ENV = {"MATCHER_INDEX_SAVE_INTERVAL": "1", "MATCHER_SYNC_INTERVAL": "0.5"}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def two_servers(request, tmp_path, encoder):
    profiles = parse_jsonl("\n".join(demo_slice_lines(step=40))).profiles
    if request.param == "sqlite":  # one database file, two homes
        database = Database("sqlite", f"sqlite:///{tmp_path / 'data' / 'shared.db'}")
    else:
        database = fresh_database("postgresql")
    keys = seed_home(tmp_path / "data" / "a", database, profiles, ProfileIndex.build(profiles, encoder))
    shutil.copytree(tmp_path / "data" / "a" / "index", tmp_path / "data" / "b" / "index")
    servers = [ServerProcess(tmp_path / "data" / name, database.url, env=ENV).start() for name in ("a", "b")]
    yield servers, keys, database, tmp_path / "data"
    for server in servers:
        server.stop()
    database.drop()


def test_erasure_leaves_no_copy_in_files_tables_or_the_other_server(two_servers):
    (a, b), keys, database, data = two_servers
    admin = httpx.Client(base_url=a.base_url, headers={"X-API-Key": keys["admin"]})
    staff_b = httpx.Client(base_url=b.base_url, headers={"X-API-Key": keys["staff"]})
    assert admin.post("/api/profiles", json=PERSON).status_code == 201
    brief = {"text": "Shooting in Leek next March. We need a gaffer, ideally Zenobia Quarrendon-Pyke "
                     "(zenobia.qp@example.net, 07700 900456), and a sound recordist."}
    assert httpx.post(f"{a.base_url}/api/briefs/match", json=brief, timeout=120).status_code == 200
    assert _eventually(lambda: PERSON["id"] in _found(staff_b, "gaffer balloon lights night exteriors"))
    time.sleep(2.5)  # both servers have saved an index holding the person
    before = shutil.copytree(b.home / "index", data.parent / "b-index-before-erasure")  # outside the data folder

    assert admin.post(f"/api/profiles/{PERSON['id']}/erase").status_code == 200
    assert _eventually(lambda: PERSON["id"] not in _found(staff_b, "gaffer balloon lights night exteriors"))
    time.sleep(2.5)  # saves and checkpoints settle

    assert _residue_in_files(data) == []
    assert _residue_in_tables(database, data / "a") == []

    # a server that crashed before saving after the erasure (its saved index still holds the person)
    # drops them before it answers, and rewrites its saved index at once
    b.process.kill()
    b.process.wait()
    shutil.rmtree(b.home / "index")
    shutil.copytree(before, b.home / "index")
    restarted = ServerProcess(b.home, database.url, env=ENV).start()
    try:
        staff = httpx.Client(base_url=restarted.base_url, headers={"X-API-Key": keys["staff"]})
        assert PERSON["id"] not in _found(staff, "gaffer balloon lights night exteriors")
        assert _eventually(lambda: _residue_in_files(data) == [], within=10), _residue_in_files(data)
    finally:
        restarted.stop()


def _found(client: httpx.Client, text: str) -> list[str]:
    response = client.post("/api/search", json={"text": text, "top_k": 20, "kinds": ["freelancer"]}, timeout=60)
    return [m["id"] for m in response.json()["matches"]]


def _eventually(condition, within: float = 20) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return condition()


def _residue_in_files(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.name.startswith("server-"):  # the servers' own logs: checked below
            content = path.read_bytes().lower()
            found += [f"{path.relative_to(folder)}: {word.decode()}" for word in RESIDUE if word in content]
    for log in folder.rglob("server-*.log"):
        content = log.read_bytes().lower()
        found += [f"{log.name}: {word.decode()}" for word in RESIDUE if word in content]
    return found


def _residue_in_tables(database: Database, home: Path) -> list[str]:
    url = database.url or f"sqlite:///{home / 'matcher.db'}"
    store = Store(url)
    digest = hashlib.sha256(PERSON["id"].encode()).hexdigest()
    found = []
    try:
        metadata = MetaData()
        metadata.reflect(store.engine)
        with store.engine.connect() as connection:
            for table in metadata.sorted_tables:
                for row in connection.execute(select(table)):
                    text = " ".join(str(value) for value in row).lower()
                    found += [f"{table.name}: {word.decode()}" for word in RESIDUE if word.decode() in text]
                    if PERSON["id"] in text and table.name != "erasures":
                        found.append(f"{table.name}: the id")
                    if table.name == "changes" and hashlib.sha256(row.profile_id.encode()).hexdigest() == digest:
                        found.append("changes: an id the erasure hash matches")
    finally:
        store.engine.dispose()
    return found
