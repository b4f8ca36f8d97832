"""An answer's head and body leave in one write (``service.one_write``), and every kind of answer
still arrives whole: a plain one, HEAD, "100 Continue" before a body, a streamed one, and an app
that fails after starting its answer.

A real uvicorn server runs the service's protocol (``service.slow_clients``) on a thread, over a
small ASGI app whose answers are the kinds above; clients talk to it over raw sockets.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from starlette.types import Receive, Scope, Send

from service.slow_clients import with_header_timeout

BODY = b"x" * 5000


async def _app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    path = scope["path"]
    if path == "/echo":  # reads the body first (a client that sent Expect: 100-continue waits for that)
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        content = b"got " + body
    else:
        content = BODY
    headers = [(b"content-type", b"text/plain")]
    if path == "/stream":
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for piece in (b"one ", b"two ", b"three"):
            await send({"type": "http.response.body", "body": piece, "more_body": True})
            await asyncio.sleep(0.01)
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        return
    headers.append((b"content-length", str(len(content)).encode()))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    if path == "/fails":
        raise RuntimeError("failed after starting its answer")
    if path == "/pause":  # the body comes a while after the head
        await asyncio.sleep(0.3)
    await send({"type": "http.response.body", "body": content})


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    config = uvicorn.Config(_app, host="127.0.0.1", port=free, http=with_header_timeout(5), log_level="critical",
                            lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield free
    server.should_exit = True
    thread.join(10)


def _read_answer(sock: socket.socket) -> bytes:
    """Everything the server sends until it has sent a whole answer or closes."""
    data = b""
    while True:
        head, _, body = data.partition(b"\r\n\r\n")
        if b"content-length:" in head.lower():
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            if len(body) >= length:
                return data
        if b"transfer-encoding: chunked" in head.lower() and body.endswith(b"0\r\n\r\n"):
            return data
        piece = sock.recv(65536)
        if not piece:
            return data
        data += piece


def _request(port: int, raw: bytes) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(raw)
    return sock


def test_an_answers_head_and_body_arrive_in_one_piece(port):
    with _request(port, b"GET /pause HTTP/1.1\r\nHost: x\r\n\r\n") as sock:
        first = sock.recv(65536)  # written at once, the head alone would arrive 0.3 s before the body
    assert first.startswith(b"HTTP/1.1 200 OK") and first.endswith(BODY), first[:200]


def test_keep_alive_answers_one_after_another_are_whole(port):
    with _request(port, b"GET /plain HTTP/1.1\r\nHost: x\r\n\r\n") as sock:
        for _ in range(3):
            answer = _read_answer(sock)
            assert answer.startswith(b"HTTP/1.1 200 OK") and answer.endswith(BODY)
            sock.sendall(b"GET /plain HTTP/1.1\r\nHost: x\r\n\r\n")


def test_a_head_request_gets_its_head(port):
    with _request(port, b"HEAD /plain HTTP/1.1\r\nHost: x\r\n\r\n") as sock:
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 200 OK") and answer.endswith(b"\r\n\r\n"), answer
    assert b"content-length: 5000" in answer.lower()


def test_100_continue_comes_before_the_body_is_sent(port):
    with _request(port, b"POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n") as sock:
        assert sock.recv(65536) == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(b"hello")
        answer = _read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 200 OK") and answer.endswith(b"got hello"), answer


def test_a_streamed_answer_arrives_whole(port):
    with _request(port, b"GET /stream HTTP/1.1\r\nHost: x\r\n\r\n") as sock:
        answer = _read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 200 OK") and b"transfer-encoding: chunked" in answer.lower()
    assert b"one " in answer and b"two " in answer and b"three" in answer and answer.endswith(b"0\r\n\r\n")


def test_an_app_failing_after_its_head_still_sends_the_head_and_closes(port):
    with _request(port, b"GET /fails HTTP/1.1\r\nHost: x\r\n\r\n") as sock:
        answer = _read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 200 OK") and answer.endswith(b"\r\n\r\n"), answer  # then closed
