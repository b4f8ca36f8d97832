"""Size limits, enforced before anything is parsed.

The body of a request is read here, up to its limit, before the app sees it: a declared
Content-Length above the limit is refused without reading, and a body that grows past it
while streaming is refused as soon as it does. Imports get a larger limit than the rest.
A client that sends its body slower than ``timeout`` seconds in all is answered 408 and let go,
so slow senders cannot hold connections and worker memory open (uvicorn's own keep-alive
timeout and connection limit, set by ``matcher serve``, cover idle and excess connections).
"""

from __future__ import annotations

import asyncio

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from matcher.errors import TextTooLong
from service.errors import error_response

__all__ = ["CAPPED_TEXTS", "BodyLimit", "check_text_length", "megabytes"]

# The request fields checked with ``check_text_length`` (schema name, field): published with the cap as maxLength.
CAPPED_TEXTS = (("SearchRequest", "text"), ("BriefText", "text"), ("BriefMatchRequest", "text"), ("Brief", "text"),
                ("ConsortiumRequest", "text"), ("InterestRequest", "text"))


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:g} MB" if size >= 100_000 else f"{size:,} bytes"


def check_text_length(text: str, limit: int, what: str = "text") -> None:
    """A search text or brief past ``max_text_chars``: 422 naming the field and the cap (the published
    schema gives the same ``maxLength``, ``service.openapi_doc``)."""
    if len(text) > limit:
        raise TextTooLong(what, len(text), limit)


class BodyLimit:
    """ASGI middleware: ``limits`` maps exact paths to their own limit; others get ``default``."""

    def __init__(self, app: ASGIApp, default: int, limits: dict[str, int] | None = None,
                 timeout: float | None = None) -> None:
        self.app = app
        self.default = default
        self.limits = limits or {}
        self.timeout = timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limits.get(scope["path"].rstrip("/"), self.default)
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, receive, send, limit)
            return
        loop = asyncio.get_running_loop()
        try:  # one deadline for the whole body (a timer per message, or a task as wait_for makes, cost more)
            async with asyncio.timeout_at(None if self.timeout is None else loop.time() + self.timeout):
                messages = await _read_up_to(receive, limit)
        except TimeoutError:
            response = error_response(408, f"the request body did not arrive within {self.timeout:g} seconds")
            response.headers["Connection"] = "close"
            await response(scope, receive, send)
            return
        if messages is None:
            await self._refuse(scope, receive, send, limit)
            return
        await self.app(scope, _replay(messages, receive), send)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = error_response(413, f"the request body is larger than the {megabytes(limit)} "
                                       f"accepted by {scope['path']}")
        await response(scope, receive, send)


async def _read_up_to(receive: Receive, limit: int) -> list[Message] | None:
    """The request's messages up to the end of its body, or None as soon as the body passes ``limit``."""
    body, messages = 0, []
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            return messages
        body += len(message.get("body", b""))
        if body > limit:
            return None
        if not message.get("more_body", False):
            return messages


def _replay(messages: list[Message], receive: Receive) -> Receive:
    pending = list(messages)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()

    return replayed
