"""Slow and oversized headers: a connection that does not finish sending a request's headers in
time, or sends more than ``max_header_bytes`` of them, is let go.

uvicorn closes idle keep-alive connections (``timeout_keep_alive``) and answers 503 past
``limit_concurrency`` requests, but it waits for a request's headers forever, so a thousand
connections sending a header byte a minute ("slowloris") hold a thousand sockets; and its C
parser (httptools) buffers headers without a limit. This protocol (uvicorn's httptools one,
passed as ``http=``) closes a connection whose headers are not complete ``header_timeout``
seconds after it opened or after its last answer, and answers 400 (closing it) to headers past
``max_header_bytes`` (64 KB), whether they arrive in one piece or a byte at a time. Bodies have
their own deadline and limit (``service.limits.BodyLimit``).

Why httptools and not h11 (uvicorn's pure-Python parser, which has a size limit of its own):
the event loop parses every request of a process, and h11 cost about a quarter of its CPU per
search request (parsing, header validation, writing the answer), httptools a small part of that.
"""

from __future__ import annotations

import asyncio
import os

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from service.one_write import OneWrite

__all__ = ["HEADER_TIMEOUT_ENV", "MAX_HEADER_BYTES", "EnvHeaderTimeout", "with_header_timeout"]

HEADER_TIMEOUT_ENV = "MATCHER_HEADER_TIMEOUT"
MAX_HEADER_BYTES = 64 * 1024  # the request line and headers of one request


class _HeaderBounds(HttpToolsProtocol):
    header_timeout = 10.0
    max_header_bytes = MAX_HEADER_BYTES
    _header_timer: asyncio.TimerHandle | None = None
    _unanswered = 0  # requests whose headers arrived and whose answer has not finished
    _received = 0  # bytes received since the connection last waited for a request's headers
    _header_bytes = 0  # this request's line and headers, as the parser hands them over

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._wait_for_headers()

    def data_received(self, data: bytes) -> None:
        waiting = self._header_timer is not None
        if waiting:
            self._received += len(data)
        super().data_received(data)
        # Still no complete headers after this many bytes: an endless header, read no further.
        if waiting and self._header_timer is not None and self._received > self.max_header_bytes \
                and not self.transport.is_closing():
            self.send_400_response("Request headers too large.")

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_bytes = 0

    def on_url(self, url: bytes) -> None:
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._unanswered += 1
        self._disarm()  # a request's headers arrived
        before = self.cycle
        super().on_headers_complete()
        if self.cycle is not None and self.cycle is not before:  # (an upgrade makes no cycle)
            OneWrite.install(self.cycle)  # its answer's head goes out with its body

    def on_response_complete(self) -> None:
        self._unanswered = max(0, self._unanswered - 1)
        super().on_response_complete()
        if not self._unanswered and not self.transport.is_closing():
            self._wait_for_headers()  # the next request's headers get the same time

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _count(self, size: int) -> None:
        """Headers that arrived whole in one piece are counted as the parser reads them; past the
        limit the parser stops and uvicorn answers 400 (it turns the error into one)."""
        self._header_bytes += size
        if self._header_bytes > self.max_header_bytes:
            raise httptools.HttpParserError("request headers too large")

    def _wait_for_headers(self) -> None:
        self._disarm()
        self._received = 0
        self._header_timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if not self._unanswered and not self.transport.is_closing():
            self.transport.close()


def with_header_timeout(seconds: float) -> type[HttpToolsProtocol]:
    """uvicorn's httptools protocol that closes connections whose headers take longer than
    ``seconds`` and refuses headers past ``MAX_HEADER_BYTES``."""
    return type("HttpToolsWithHeaderBounds", (_HeaderBounds,), {"header_timeout": seconds})


class EnvHeaderTimeout(_HeaderBounds):
    """The same protocol for ``--workers``: uvicorn hands each spawned worker its protocol by
    reference (pickled), so the class lives here and reads the timeout from the environment
    ``matcher serve`` set before starting them."""

    header_timeout = float(os.environ.get(HEADER_TIMEOUT_ENV, _HeaderBounds.header_timeout))
