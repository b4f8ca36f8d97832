"""SIGKILL (no clean-up runs) during an import and during an index save leaves the database and
the index in step, on SQLite and PostgreSQL: a one-transaction import is stored whole or not at
all; a background import keeps whole batches only, each stored profile exactly as sent; a save
cut short leaves the last complete version live; after the restart every stored profile is in
the index and nothing else, and the killed job says it was cut short."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from pathlib import Path

import httpx
import pytest

from matcher.importers import parse_jsonl
from matcher.index import ProfileIndex
from matcher.index_files import version_folder
from matcher.settings import MatcherSettings
from matcher.store import Store
from matcher.store.jobs import JobRow
from models.profile import Profile
from tests.service_fixtures import DATABASES, ServerProcess, demo_slice_lines, fresh_database, make_service

BATCH, JOB, ONE_GO = 25, 400, 300
ENV = {"MATCHER_IMPORT_BATCH": str(BATCH), "MATCHER_INDEX_SAVE_INTERVAL": "0.1", "MATCHER_SYNC_INTERVAL": "0.2"}
_WAIT_S = 300  # bounds a broken import only


def records(tag: str, n: int) -> list[dict]:
    return [{"id": f"fl-kill-{tag}-{i}", "kind": "freelancer", "name": f"Kill Person {i}", "visibility": "public",
             "roles": ["Spark"], "summary": f"Spark {i} of crew {tag}, based in Leek, rigging for night shoots."}
            for i in range(n)]


def jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r) + "\n" for r in rows)


def saved_ids(home: Path) -> set[str]:
    return {p for p in json.loads((version_folder(home / "index") / "ids.json").read_text()) if p is not None}


def save_in_flight(home: Path) -> Path | None:
    """A version folder being written (no manifest yet: it is written last)."""
    folder = home / "index"
    current = (folder / "CURRENT").read_text().strip()
    for version in folder.glob("v*"):
        if version.name != current and not (version / "manifest.json").exists():
            return version
    return None


def kill(server: ServerProcess) -> None:
    server.process.kill()
    assert server.process.wait() == -9


@pytest.mark.slow
@pytest.mark.parametrize("database", DATABASES)
def test_sigkill_during_imports_and_saves_leaves_database_and_index_in_step(tmp_path, encoder, database):
    profiles = parse_jsonl("\n".join(demo_slice_lines(step=40))).profiles
    db = fresh_database(database)
    service = make_service(tmp_path, db, profiles, ProfileIndex.build(profiles, encoder), env=ENV)
    store = Store(MatcherSettings(home=tmp_path, database_url=db.url).resolved_database_url)
    server, headers = service.server, {"X-API-Key": service.keys["admin"]}
    try:
        # 1. Killed while the index follows a one-transaction import: the file is stored whole or not at all.
        base = store.count()
        sent = threading.Thread(target=_post_quietly, args=(f"{server.base_url}/api/profiles/import",
                                                             jsonl(records("one", ONE_GO)), headers))
        sent.start()
        counts = _watch(store, until=lambda n: n > base)
        kill(server)
        sent.join()
        assert set(counts) <= {base, base + ONE_GO}  # never part of the file
        assert store.count() == base + ONE_GO

        # 2. A background import killed mid-way, during an index save.
        server, job, cut = _kill_job_mid_save(tmp_path, db, store, headers)
        stored = {p for p in store.ids() if p.startswith(f"fl-kill-{job['tag']}-")}
        assert len(stored) % BATCH == 0 and job["done"] <= len(stored) <= job["done"] + BATCH  # whole batches
        assert 0 < len(stored) < JOB
        sent_rows = {r["id"]: Profile.model_validate(r) for r in records(job["tag"], JOB)}
        assert all(profile == sent_rows[profile.id] for profile in store.get_many(stored).values())  # as sent
        assert cut.exists() and not (cut / "manifest.json").exists()  # the save was cut short...
        live = version_folder(tmp_path / "index")
        assert (live / "manifest.json").exists() and live != cut  # ...and the last whole one is live

        # 3. Restarted: the index agrees with the database, and the job says it was cut short.
        server = ServerProcess(tmp_path, db.url, env=ENV).start()
        health = httpx.get(f"{server.base_url}/api/health").json()
        assert health["profiles_in_index"] == health["profiles_in_database"] == store.count()
        assert health["index_lag"] == 0
        after = httpx.get(f"{server.base_url}/api/jobs/{job['id']}", headers=headers).json()
        assert after["status"] == "interrupted" and after["done"] == job["done"] and "import the file again" in \
            after["error"]
        one_go = httpx.post(f"{server.base_url}/api/search", json={"text": "Spark 7 of crew one", "top_k": 3}).json()
        assert "fl-kill-one-7" in [m["id"] for m in one_go["matches"]]
        assert server.stop() is not None
        assert saved_ids(tmp_path) == store.ids()  # same ids, same count
    finally:
        store.engine.dispose()
        service.close()
        server.stop()
        db.drop()


def _post_quietly(url: str, body: str, headers: dict[str, str]) -> None:
    with contextlib.suppress(httpx.TransportError):  # the server is killed under it
        httpx.post(url, content=body, headers={**headers, "Content-Type": "application/x-ndjson"}, timeout=_WAIT_S)


def _watch(store: Store, until) -> list[int]:
    """Profile counts seen until ``until(count)``; polled as fast as the database answers."""
    seen, deadline = [], time.monotonic() + _WAIT_S
    while time.monotonic() < deadline:
        seen.append(store.count())
        if until(seen[-1]):
            return seen
    raise AssertionError(f"the import was not seen: {seen[-5:]}")


def _kill_job_mid_save(home: Path, db, store: Store, headers, attempts: int = 3):
    """Start a background import and SIGKILL the server while it saves its index, after two batches.
    A save may end between being seen and the kill: then try again with a fresh job."""
    for attempt in range(attempts):
        server = ServerProcess(home, db.url, env=ENV).start()
        tag = f"job{attempt}"
        started = httpx.post(f"{server.base_url}/api/imports", content=jsonl(records(tag, JOB)),
                             headers={**headers, "Content-Type": "application/x-ndjson"})
        assert started.status_code == 202, started.text
        job_id, deadline = started.json()["id"], time.monotonic() + _WAIT_S
        while _job(store, job_id).done < 2 * BATCH and time.monotonic() < deadline:
            time.sleep(0.05)
        cut = None
        while cut is None and time.monotonic() < deadline:
            cut = save_in_flight(home)
        kill(server)
        job = _job(store, job_id)
        assert job.status == "running", f"the job ended before a save could be cut short: {job.done}/{job.total}"
        if cut is not None and cut.exists():
            return server, {"id": job_id, "done": job.done, "tag": tag}, cut
    raise AssertionError(f"no save was cut short in {attempts} attempts")


def _job(store: Store, job_id: str) -> JobRow:
    with store.session() as session:
        row = session.get(JobRow, job_id)
        session.expunge(row)
        return row
