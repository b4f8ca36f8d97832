"""Fixtures for tests of the HTTP service: real `matcher serve` processes on free ports.

Register with ``pytest_plugins = ["tests.service_fixtures"]`` in ``tests/conftest.py``.

``service`` (session scope, one per database: SQLite, and PostgreSQL marked ``postgres``)
is a running server over a slice of the demo cluster (every 4th profile: 215 of all three
kinds and visibilities), with an API key per role. The slice's index is encoded once per
session and saved into each server's home, so a server starts without encoding anything.
Tests that write use ids of their own, so they never disturb each other.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from evaluation.bench_http import free_port
from matcher.demo import DEMO_PATH
from matcher.importers import parse_jsonl
from models.profile import Profile

__all__ = [
    "ROLES",
    "ServerProcess",
    "Service",
    "demo_slice_index",
    "demo_slice_lines",
    "demo_slice_profiles",
    "free_port",
    "fresh_database",
    "make_service",
    "seed_home",
    "service",
]

ROLES = ("public", "member", "staff", "admin")
POSTGRES_URL = os.environ.get("MATCHER_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
# Rate limits and the time budget out of the way of tests of other things: the whole session calls
# from one address on a busy machine. tests/service/test_bounds.py starts servers with tight ones.
UNTHROTTLED = {**{f"MATCHER_RATE_LIMIT_{name}": "1000000/minute"
                  for name in ("PUBLIC", "PUBLIC_HEAVY", "KEY", "FAILED_AUTH")},
               "MATCHER_REQUEST_BUDGET": "600"}
_READY_WAIT_S = 180  # a cold start loads the encoder; this only bounds a broken start


def demo_slice_lines(step: int = 4) -> list[str]:
    """Every ``step``-th line of the demo: a small cluster with every kind and visibility."""
    return DEMO_PATH.read_text(encoding="utf-8").splitlines()[::step]


# -- databases -------------------------------------------------------------------------
@dataclass
class Database:
    kind: str                 # "sqlite" | "postgresql"
    url: str | None           # None: SQLite in the server's home

    def drop(self) -> None:
        if self.kind == "postgresql":
            _postgres(f'DROP DATABASE IF EXISTS "{self.url.rsplit("/", 1)[1]}" WITH (FORCE)')


def fresh_database(kind: str) -> Database:
    """A new, empty database: SQLite lives in the home; PostgreSQL gets a database of its own."""
    if kind == "sqlite":
        return Database("sqlite", None)
    name = f"matcher_test_{uuid.uuid4().hex[:12]}"
    _postgres(f'CREATE DATABASE "{name}"')
    return Database("postgresql", POSTGRES_URL.rsplit("/", 1)[0] + "/" + name)


def _postgres(statement: str) -> None:
    import psycopg

    with psycopg.connect(POSTGRES_URL, autocommit=True) as connection:
        connection.execute(statement)


# -- homes and servers -----------------------------------------------------------------
def seed_home(home: Path, database: Database, profiles: Sequence[Profile], index=None) -> dict[str, str | None]:
    """Store profiles, save their (already built) index into the home, and make a key per role.

    Returns the keys by role ("public" has none)."""
    from matcher.index_files import save_index
    from matcher.settings import MatcherSettings
    from matcher.store import Store
    from service.keys import KeyRing

    settings = MatcherSettings(home=home, database_url=database.url)
    store = Store(settings.resolved_database_url)
    try:
        if profiles:
            store.save(profiles)
        if index is not None:  # saved as of this store's log; the (shared) index itself is left as it was
            shared_seq, index.change_seq = index.change_seq, store.latest_seq()
            try:
                save_index(index, settings.index_dir)
            finally:
                index.change_seq = shared_seq
        ring = KeyRing(store)
        keys = {role: ring.create(f"test {role}", role).secret for role in ROLES[1:]}
    finally:
        store.engine.dispose()
    return {"public": None, **keys}


class ServerProcess:
    """``python -m matcher serve`` in its own process, on a free port, logging to a file."""

    def __init__(self, home: Path, database_url: str | None = None, env: dict[str, str] | None = None,
                 args: tuple[str, ...] = ("--no-demo",)) -> None:
        self.home, self.database_url, self.args = home, database_url, args
        self.env = {**os.environ, "HF_HUB_OFFLINE": "1", **UNTHROTTLED, **(env or {})}
        self.env.pop("MATCHER_DATABASE_URL", None)
        if database_url:
            self.env["MATCHER_DATABASE_URL"] = database_url
        self.port = free_port()
        self.log_path = home / f"server-{self.port}.log"
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, caught_up: bool = True) -> ServerProcess:
        """Start it and wait until it answers (``caught_up``: and its index has replayed the change log)."""
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "matcher", "--home", str(self.home), "serve", "--host", "127.0.0.1",
                 "--port", str(self.port), *self.args], env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.wait_ready(caught_up)
        return self

    def wait_ready(self, caught_up: bool = True) -> None:
        deadline = time.monotonic() + _READY_WAIT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with {self.process.returncode}:\n{self.log()}")
            try:
                health = httpx.get(f"{self.base_url}/api/health", timeout=2)
                if health.status_code == 200 and (not caught_up or health.json()["status"] == "ok"):
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the server did not answer within {_READY_WAIT_S} s:\n{self.log()}")

    def stop(self) -> int | None:
        """Stop it as a process manager would (SIGTERM: graceful, the index is saved); returns the exit code."""
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


@dataclass
class Service:
    """A running server as the tests see it."""

    base_url: str
    keys: dict[str, str | None]
    home: Path
    database: Database
    server: ServerProcess
    _clients: dict[str, httpx.Client] = field(default_factory=dict)

    def client(self, role: str = "public") -> httpx.Client:
        """An HTTP client that sends the key of ``role`` (none for public)."""
        if role not in self._clients:
            key = self.keys[role]
            self._clients[role] = httpx.Client(base_url=self.base_url, timeout=120,
                                               headers={"X-API-Key": key} if key else {})
        return self._clients[role]

    def close(self) -> None:
        for client in self._clients.values():
            client.close()


def make_service(home: Path, database: Database, profiles: Sequence[Profile], index=None,
                 env: dict[str, str] | None = None) -> Service:
    keys = seed_home(home, database, profiles, index)
    server = ServerProcess(home, database.url, env).start()
    return Service(server.base_url, keys, home, database, server)


# -- fixtures --------------------------------------------------------------------------
@pytest.fixture(scope="session")
def demo_slice_profiles() -> tuple[Profile, ...]:
    """Shared, so read-only (a tuple; tests/conftest.py checks nothing in it changed)."""
    parsed = parse_jsonl("\n".join(demo_slice_lines()))
    assert not parsed.errors
    return tuple(parsed.profiles)


@pytest.fixture(scope="session")
def demo_slice_index(encoder, demo_slice_profiles):
    """The slice's index, encoded once per session and saved into each server's home."""
    from matcher.index import ProfileIndex

    return ProfileIndex.build(demo_slice_profiles, encoder)


@pytest.fixture(scope="session", params=DATABASES)
def service(request, tmp_path_factory, demo_slice_profiles, demo_slice_index) -> Iterator[Service]:
    """A running server over the demo slice, once per database kind."""
    database = fresh_database(request.param)
    running = make_service(tmp_path_factory.mktemp(f"service-{request.param}"), database,
                           demo_slice_profiles, demo_slice_index)
    yield running
    running.close()
    running.server.stop()
    database.drop()
