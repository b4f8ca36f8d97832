"""An answer's head and its body's first piece written to the socket together, in one write.

uvicorn writes a response's status line and headers as soon as the app sends
``http.response.start``, and the body when the app sends ``http.response.body``: two writes, two
system calls and two TCP segments on loopback or a LAN, each waking the client. Every answer of
this API is a head and a body sent one straight after the other (FastAPI and Starlette send them
back to back), so the second write buys nothing. Under 16 clients a search's head write was ~4% of
a server process's CPU (py-spy) and its body's ~1%: the first write of an answer pays for waking
the client, the second finds it awake.

``OneWrite`` is the transport a request's cycle writes through (``service.slow_clients`` hands it
over as each request's headers arrive, ``OneWrite.install``): it keeps the head and writes it with
the body's first piece. A head whose body is never written (a HEAD request's answer, or the app
failed after starting its answer) is written as the answer completes or the connection closes.
Writes before the answer starts ("100 Continue") and the body's later pieces go straight through,
so a streamed answer's first piece carries the head and the rest stream as before.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import RequestResponseCycle

__all__ = ["OneWrite"]


class OneWrite:
    """A cycle's transport: the first write after its answer started (the head) waits for the next."""

    def __init__(self, transport: asyncio.Transport, cycle: RequestResponseCycle) -> None:
        self._transport = transport
        self._cycle = cycle
        self._head: bytes | None = None
        self._head_seen = False

    @classmethod
    def install(cls, cycle: RequestResponseCycle) -> None:
        """Make ``cycle`` write through one of these, a head kept being written as its answer completes."""
        one = cls(cycle.transport, cycle)
        answered = cycle.on_response

        def on_response() -> None:
            one.flush()
            answered()

        cycle.transport = one  # type: ignore[assignment]
        cycle.on_response = on_response

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Keep the answer's head; write it with the next piece; write anything else at once."""
        if not self._head_seen and self._cycle.response_started:
            self._head_seen = True
            self._head = bytes(data)
            return
        if self._head is not None:
            data, self._head = self._head + data, None
        self._transport.write(data)

    def flush(self) -> None:
        """Write a head still kept (its answer is complete with no body written: HEAD)."""
        if self._head is not None:
            self._transport.write(self._head)
            self._head = None

    def close(self) -> None:
        """Close the connection, writing a head still kept first (its body never came)."""
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)  # is_closing, get_extra_info...
