"""`matcher serve --workers 2`: two processes answer on one port, each following the database, so
a write through either is served by both; many clients at once all get answers, their connections
spread over both workers."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest

from evaluation.bench_http import connections_by_process
from matcher.importers import parse_jsonl
from matcher.index import ProfileIndex
from matcher.store import Store
from models.profile import Profile
from service.app import create_app
from service.concurrency import encoder_threads, thread_pool_size
from service.settings import ServiceSettings
from tests.service_fixtures import Database, ServerProcess, demo_slice_lines, seed_home

_CATCH_UP_S = 15


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


@pytest.fixture
def two_workers(tmp_path, encoder):
    profiles = parse_jsonl("\n".join(demo_slice_lines(step=40))).profiles
    database = Database("sqlite", f"sqlite:///{tmp_path / 'matcher.db'}")
    keys = seed_home(tmp_path, database, profiles, ProfileIndex.build(profiles, encoder))
    server = ServerProcess(tmp_path, database.url, args=("--no-demo", "--workers", "2")).start()
    yield server, keys["admin"]
    server.stop()


def _search(base_url: str, words: str) -> list[str]:
    with httpx.Client() as client:  # a new connection: either worker may answer
        found = client.post(f"{base_url}/api/search", json={"text": words, "top_k": 3}).json()["matches"]
    return [m["id"] for m in found]


@pytest.mark.slow
def test_two_workers_serve_one_port_and_follow_each_others_writes(two_workers):
    server, admin_key = two_workers
    assert len(_children(server.process.pid)) >= 2  # uvicorn's supervisor and its two workers
    profile = {"id": "fl-two-workers", "kind": "freelancer", "name": "Io Workers", "visibility": "public",
               "skills": ["underwater camera housing for flooded mine sets"]}
    created = httpx.post(f"{server.base_url}/api/profiles", json=profile, headers={"X-API-Key": admin_key})
    assert created.status_code == 201
    deadline = time.monotonic() + _CATCH_UP_S
    answers: list[bool] = []
    while time.monotonic() < deadline and not (len(answers) >= 6 and all(answers[-6:])):
        answers.append(_search(server.base_url, "underwater camera housing")[:1] == ["fl-two-workers"])
    assert len(answers) >= 6 and all(answers[-6:]), answers  # six answers in a row, whichever worker gave them

    async def many() -> list[int]:
        async with httpx.AsyncClient(timeout=60) as client:
            replies = await asyncio.gather(*(client.post(f"{server.base_url}/api/search", json={"text": "gaffer"})
                                             for _ in range(16)))
        return [r.status_code for r in replies]

    assert asyncio.run(many()) == [200] * 16

    async def spread() -> dict[int, int]:  # sixteen keep-alive connections opened at once
        limits = httpx.Limits(max_connections=16, max_keepalive_connections=16)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            await asyncio.gather(*(client.get(f"{server.base_url}/api/health") for _ in range(16)))
            return connections_by_process(server.process.pid, server.port)

    held = asyncio.run(spread())  # uvicorn's one shared socket gave all sixteen to one worker
    assert sum(held.values()) == 16 and len([n for n in held.values() if n]) == 2, held


def test_the_thread_pool_is_the_cores_unless_configured():
    assert thread_pool_size(None) >= 1
    assert thread_pool_size(3) == 3


def test_an_encoding_call_gets_the_cores_over_the_requests_worked_on_at_once():
    cores = thread_pool_size(None)
    assert encoder_threads(None, pool=cores, workers=1) == 1  # every core already has a request of its own
    assert encoder_threads(None, pool=cores, workers=2) == 1  # never fewer than one
    assert encoder_threads(None, pool=1, workers=1) == cores  # one request at a time: all the cores
    assert encoder_threads(4, pool=cores, workers=2) == 4  # MATCHER_ENCODER_THREADS wins
    app = create_app(ServiceSettings(threads=1, workers=1, encoder_threads=None))
    assert app.state.settings.encoder_threads == cores  # what the engine's encoder is made with


@pytest.mark.slow
def test_workers_restarted_behind_the_database_answer_at_once_and_catch_up(tmp_path, encoder):
    """The supervisor used to replay the change log itself before starting the workers: nothing answered."""
    profiles = parse_jsonl("\n".join(demo_slice_lines(step=40))).profiles
    database = Database("sqlite", f"sqlite:///{tmp_path / 'matcher.db'}")
    seed_home(tmp_path, database, profiles, ProfileIndex.build(profiles, encoder))
    store = Store(database.url)
    try:  # written while the server was down (as `matcher import` does): the saved index is behind
        store.save([Profile.model_validate({"id": f"fl-behind-{i}", "kind": "freelancer", "name": f"Behind {i}",
                                            "visibility": "public", "roles": ["Spark"],
                                            "summary": f"Spark {i} of a crew written while the server was down."})
                    for i in range(400)])
    finally:
        store.engine.dispose()
    server = ServerProcess(tmp_path, database.url, args=("--no-demo", "--workers", "2")).start(caught_up=False)
    try:
        first = httpx.get(f"{server.base_url}/api/health").json()
        assert first["status"] == "catching_up" and first["index_lag"] > 0
        assert _search(server.base_url, profiles[0].headline or profiles[0].name)  # answered meanwhile
        deadline = time.monotonic() + 600
        answers: list[dict] = []
        while time.monotonic() < deadline and not (len(answers) >= 6 and all(
                a["status"] == "ok" for a in answers[-6:])):
            with httpx.Client() as client:  # a new connection: either worker may answer
                answers.append(client.get(f"{server.base_url}/api/health").json())
            time.sleep(0.2)
        assert all(a["status"] == "ok" and a["index_lag"] == 0 for a in answers[-6:])  # both caught up
        assert answers[-1]["profiles_in_index"] == len(profiles) + 400
    finally:
        server.stop()


def test_a_port_another_server_listens_on_is_refused_before_any_worker_starts():
    from service.workers import listening_socket, port_is_taken, serve_workers

    with listening_socket("127.0.0.1", 0) as first_server:  # shares its port with SO_REUSEPORT
        port = first_server.getsockname()[1]
        assert port_is_taken("127.0.0.1", port)
        started = time.monotonic()
        assert serve_workers("127.0.0.1", port, 2, {}) == 1
        assert time.monotonic() - started < 5  # refused at once, no worker spawned
    assert not port_is_taken("127.0.0.1", port)


@pytest.mark.slow
def test_a_worker_that_dies_as_it_starts_stops_the_server_instead_of_restarting_forever():
    from service.workers import serve_workers

    started = time.monotonic()
    # uvicorn.Config raises in the worker (no such log level): exit code 1, every time
    assert serve_workers("127.0.0.1", 0, 1, {"log_level": "no-such-level"}) == 1
    assert time.monotonic() - started < 60
