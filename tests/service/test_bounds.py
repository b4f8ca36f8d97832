"""Bounded work for every request: caps on a brief, a time budget, slow clients let go, rate
limits per address, per key and on wrong keys, and recorded briefs that expire.

The caps run on the session's servers; the rest on a server of this module with tight limits
(the session's servers are started unthrottled, ``tests.service_fixtures.UNTHROTTLED``).
"""

from __future__ import annotations

import datetime as dt
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from matcher.taxonomy import load_taxonomy
from tests.service_fixtures import Service, fresh_database, make_service

EVERY_ROLE_FIFTY_TIMES = "Shooting in Leek 3-14 March 2027. We need " + ", ".join(
    f"50 {role.label.lower()}s" for role in list(load_taxonomy().roles.values())[:150])


def _need(i: int, quantity: int = 1) -> dict:
    return {"label": f"Need {i}", "role": "gaffer", "quantity": quantity}


def test_a_brief_naming_every_role_fifty_times_is_refused_naming_the_cap(service):
    started = time.monotonic()
    response = service.client("public").post("/api/briefs/match", json={"text": EVERY_ROLE_FIFTY_TIMES})
    assert response.status_code == 422, response.text[:300]
    assert "at most 40 are matched at once" in response.json()["detail"]
    assert time.monotonic() - started < 60  # read, never matched (matching it took minutes and gigabytes)


@pytest.mark.parametrize(("needs", "shortlist_size", "cap"), [
    ([_need(i) for i in range(41)], 5, "at most 40 are matched at once"),           # needs per brief
    ([_need(i, quantity=50) for i in range(7)], 5, "at most 300 are matched at once"),  # quantities
    ([_need(i) for i in range(16)], 20, "at most 300 are matched at once"),         # shortlist size
])
def test_a_structured_brief_past_a_cap_is_422(service, needs, shortlist_size, cap):
    body = {"brief": {"text": "", "needs": needs}, "shortlist_size": shortlist_size}
    for path in ("/api/briefs/match", "/api/sheets/export.xlsx"):
        response = service.client("public").post(path, json=body)
        assert response.status_code == 422 and cap in response.json()["detail"], (path, response.text[:300])


def test_a_brief_within_the_caps_is_matched(service):
    body = {"brief": {"text": "", "needs": [_need(i) for i in range(3)]}, "shortlist_size": 5}
    assert service.client("public").post("/api/briefs/match", json=body).status_code == 200


# -- a server with tight limits ------------------------------------------------------------
TIGHT = {"MATCHER_RATE_LIMIT_PUBLIC": "40/minute", "MATCHER_RATE_LIMIT_PUBLIC_HEAVY": "3/minute",
         "MATCHER_RATE_LIMIT_KEY": "1000/minute", "MATCHER_RATE_LIMIT_FAILED_AUTH": "3/minute",
         "MATCHER_HEADER_TIMEOUT": "1", "MATCHER_BODY_TIMEOUT": "1", "MATCHER_REQUEST_BUDGET": "600"}


# The tests of tight limits start servers of their own: slow (make test runs them).
@pytest.fixture(scope="module")
def tight(tmp_path_factory, demo_slice_profiles, demo_slice_index) -> Iterator[Service]:
    database = fresh_database("sqlite")
    running = make_service(tmp_path_factory.mktemp("tight"), database, demo_slice_profiles, demo_slice_index,
                           env=TIGHT)
    yield running
    running.close()
    running.server.stop()


@pytest.mark.slow
def test_anonymous_searches_past_the_limit_get_429_with_retry_after_but_a_key_goes_on(tight):
    public = tight.client("public")
    answers = [public.post("/api/search", json={"text": "gaffer"}) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert 1 <= int(answers[-1].headers["Retry-After"]) <= 60
    assert "at most 3 per minute" in answers[-1].json()["detail"]
    assert tight.client("staff").post("/api/search", json={"text": "gaffer"}).status_code == 200


@pytest.mark.slow
def test_wrong_keys_are_throttled_per_address_before_the_key_is_looked_up(tight):
    wrong = httpx.Client(base_url=tight.base_url, headers={"X-API-Key": "smic_not-a-key"})
    statuses = [wrong.get("/api/me").status_code for _ in range(5)]
    assert statuses == [401, 401, 401, 429, 429]
    refused = wrong.get("/api/me")
    assert "Retry-After" in refused.headers and "wrong API keys" in refused.json()["detail"]


@pytest.mark.slow
def test_headers_sent_too_slowly_lose_the_connection(tight):
    port = int(tight.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
        slow.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
        started = time.monotonic()
        assert slow.recv(1024) == b""  # closed by the server, not by our 10 s timeout
        assert time.monotonic() - started < 5


def _answer(port: int, request: bytes) -> bytes:
    """What the server sends back to ``request`` before it closes the connection or goes quiet."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
        client.sendall(request)
        answer = b""
        while chunk := client.recv(65536):
            answer += chunk
            if b"\r\n\r\n" in answer and b"200 OK" in answer:
                break
        return answer


@pytest.mark.slow
@pytest.mark.parametrize(("request_bytes", "status"), [
    (b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Note: " + b"n" * 60_000 + b"\r\n\r\n", b"200"),
    (b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Note: " + b"n" * 70_000 + b"\r\n\r\n", b"400"),
    (b"GET /api/health HTTP/1.1\r\nHost: x\r\n" + b"X-Note: nnnnnnnnnn\r\n" * 3_500 + b"\r\n", b"400"),
    (b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Note: " + b"n" * 66_000, b"400"),  # and it never ends
], ids=["60 KB", "70 KB in one header", "70 KB in many", "a header that never ends"])
def test_headers_past_64_kb_are_refused(tight, request_bytes, status):
    answer = _answer(int(tight.base_url.rsplit(":", 1)[1]), request_bytes)
    assert answer.startswith(b"HTTP/1.1 " + status), answer[:200]


@pytest.mark.slow
def test_a_body_sent_too_slowly_is_408(tight):
    port = int(tight.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
        slow.sendall(b"POST /api/briefs/parse HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100\r\n\r\n{\"text\": ")
        answer = slow.recv(4096)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]


@pytest.mark.slow
def test_a_request_over_its_time_budget_is_503_with_retry_after(tmp_path, demo_slice_profiles, demo_slice_index):
    database = fresh_database("sqlite")
    running = make_service(tmp_path, database, demo_slice_profiles, demo_slice_index,
                           env={"MATCHER_REQUEST_BUDGET": "0.01"})
    try:
        response = running.client("public").post("/api/briefs/match", json={"text": "We need a gaffer in Leek."})
        assert response.status_code == 503 and "budget of 0.01 seconds" in response.json()["detail"]
        assert int(response.headers["Retry-After"]) >= 1
        assert running.client("public").get("/api/health").status_code == 200  # the rest is not held up
    finally:
        running.close()
        running.server.stop()


def test_recorded_briefs_expire_and_are_bounded(tmp_path):
    from matcher.store import Store
    from models.brief import Brief, CrewSheet
    from service.retention import BriefRetention
    from service.settings import ServiceSettings

    store = Store(f"sqlite:///{tmp_path / 'briefs.db'}")
    sheet = CrewSheet(brief=Brief(text="We need a gaffer"), needs=[])
    demo = store.record_brief(sheet, label="demo")
    ids = [store.record_brief(sheet) for _ in range(5)]
    settings = ServiceSettings(home=tmp_path, max_recorded_briefs=3, brief_retention=dt.timedelta(days=1))
    assert BriefRetention(store, settings).prune() == 2
    kept = {b.id for b in store.recorded_briefs()}
    assert kept == {demo, *ids[2:]}  # the oldest two went; the demo's stays
    later = ServiceSettings(home=tmp_path, brief_retention=dt.timedelta(seconds=1e-6))
    assert BriefRetention(store, later).prune() == 3
    assert {b.id for b in store.recorded_briefs()} == {demo}
