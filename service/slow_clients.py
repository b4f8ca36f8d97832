"""Slow clients: a connection that does not finish sending a request's headers in time is closed.

uvicorn closes idle keep-alive connections (``timeout_keep_alive``) and answers 503 past
``limit_concurrency`` requests, but it waits for a request's headers forever, so a thousand
connections sending a header byte a minute ("slowloris") hold a thousand sockets. This
protocol (uvicorn's h11 one, passed as ``http=``) closes a connection whose headers are not
complete ``header_timeout`` seconds after it opened or after its last answer. Bodies have their
own deadline (``service.limits.BodyLimit``).
"""

from __future__ import annotations

import asyncio
import os

from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["HEADER_TIMEOUT_ENV", "EnvHeaderTimeout", "with_header_timeout"]

HEADER_TIMEOUT_ENV = "MATCHER_HEADER_TIMEOUT"


class _HeaderTimeout(H11Protocol):
    header_timeout = 10.0
    _header_timer: asyncio.TimerHandle | None = None
    _waiting_since_cycle: object = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def handle_events(self) -> None:
        super().handle_events()
        if self.cycle is not self._waiting_since_cycle:  # a request's headers arrived
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()  # the next request's headers get the same time

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._waiting_since_cycle = self.cycle
        self._header_timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is self._waiting_since_cycle and not self.transport.is_closing():
            self.transport.close()


def with_header_timeout(seconds: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol that closes connections whose headers take longer than ``seconds``."""
    return type("H11WithHeaderTimeout", (_HeaderTimeout,), {"header_timeout": seconds})


class EnvHeaderTimeout(_HeaderTimeout):
    """The same protocol for ``--workers``: uvicorn hands each spawned worker its protocol by
    reference (pickled), so the class lives here and reads the timeout from the environment
    ``matcher serve`` set before starting them."""

    header_timeout = float(os.environ.get(HEADER_TIMEOUT_ENV, _HeaderTimeout.header_timeout))
