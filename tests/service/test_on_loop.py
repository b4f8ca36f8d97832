"""Searches on the event loop (``service.on_loop``): which ones run there, that a change to the index
sends them to the thread pool instead of making the loop wait, and that a client still sending its
request holds up nobody's search."""

from __future__ import annotations

import socket
import threading

import pytest

from matcher.rwlock import Busy, ReadWriteLock
from service.on_loop import ON_LOOP_MAX_CHARS, on_loop
from service.roles import Role
from tests.service_fixtures import fresh_database, make_service

SEARCH_BOX = "gaffer with own lights near Leek"
PASTED = "We are looking for a gaffer. " * (ON_LOOP_MAX_CHARS // 20)

# (text, role, database is a SQLite file, on the loop?)
RULES = [
    pytest.param(SEARCH_BOX, Role.public, True, True, id="a search-box query"),
    pytest.param(SEARCH_BOX, Role.member, False, True, id="a member's on a database server: no database read"),
    pytest.param(SEARCH_BOX, Role.staff, True, True, id="staff's contacts from a SQLite file"),
    pytest.param(SEARCH_BOX, Role.admin, False, False, id="staff's contacts from a database server: the pool"),
    pytest.param("x" * ON_LOOP_MAX_CHARS, Role.public, True, True, id="at the length cap"),
    pytest.param(PASTED, Role.public, True, False, id="a pasted description ranks long: the pool"),
]


@pytest.mark.parametrize(("text", "role", "database_file", "expected"), RULES)
def test_which_searches_run_on_the_event_loop(text, role, database_file, expected):
    assert on_loop(text, role, database_file) is expected


def test_a_read_that_may_not_wait_is_refused_while_a_change_is_under_way_or_waiting():
    lock = ReadWriteLock()
    with lock.reading(wait=False):  # nothing changing: read at once
        pass
    with lock.writing(), pytest.raises(Busy), lock.reading(wait=False):  # a change under way
        pass
    writer_waiting, done = threading.Event(), threading.Event()

    def change() -> None:
        with lock.writing():
            done.set()

    with lock.reading():  # a search in progress holds a change back...
        writer = threading.Thread(target=change)
        writer.start()
        while not lock._writers_waiting:  # the writer is queued: the state under test
            writer_waiting.wait(0.01)
        with pytest.raises(Busy), lock.reading(wait=False):  # ...and a new read may not jump the queued change
            pass
    writer.join()
    assert done.is_set()
    with lock.reading(wait=False):  # the change done, reads go on at once
        pass


def _send_part_of_a_search(port: int) -> tuple[socket.socket, bytes]:
    body = b'{"text": "camera operator", "top_k": 3}'
    slow = socket.create_connection(("127.0.0.1", port), timeout=30)
    slow.sendall(b"POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body[:10])
    return slow, body[10:]


def test_a_client_still_sending_its_search_holds_up_no_one_elses(service):
    port = int(service.base_url.rsplit(":", 1)[1])
    slow, rest = _send_part_of_a_search(port)
    try:
        for role in ("public", "member", "staff"):  # answered meanwhile, each as its role sees it
            found = service.client(role).post("/api/search", json={"text": "camera operator", "top_k": 3})
            assert found.status_code == 200 and len(found.json()["matches"]) == 3
        slow.setblocking(False)
        with pytest.raises(BlockingIOError):  # the slow one has had no answer: it has not finished asking
            slow.recv(1)
        slow.setblocking(True)
        slow.sendall(rest)
        answer = b""
        while b"\r\n\r\n" not in answer:
            answer += slow.recv(65536)
        assert answer.startswith(b"HTTP/1.1 200")  # and once it has, it is answered as anyone else
    finally:
        slow.close()


@pytest.mark.slow
def test_a_search_answers_the_same_on_the_loop_and_in_the_pool(tmp_path, demo_slice_profiles, demo_slice_index):
    """The same data served twice, once with every search sent to the thread pool as before."""
    servers = [make_service(tmp_path / name, fresh_database("sqlite"), demo_slice_profiles, demo_slice_index,
                            env=env) for name, env in (("loop", {}), ("pool", {"MATCHER_SEARCH_ON_LOOP": "false"}))]
    try:
        for role in ("public", "member", "staff"):
            for body in ({"text": "carpenter for set builds", "kinds": ["freelancer"]},
                         {"text": "Rhys Morgan carpenter", "top_k": 5},  # a name the public may not see
                         {"text": "camera operator", "place": "Leek", "radius_km": 25, "strict": True}):
                answers = [s.client(role).post("/api/search", json=body).json() for s in servers]
                for answer in answers:
                    answer.pop("took_ms")
                assert answers[0] == answers[1], (role, body)
    finally:
        for running in servers:
            running.close()
            running.server.stop()
