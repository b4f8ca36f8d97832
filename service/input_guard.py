"""Input refused at the door: a NUL character anywhere, and JSON nested deeper than any request needs.

PostgreSQL cannot store a NUL character in text or JSON, so a NUL in a brief, a profile field,
a CSV cell, a key name or a shortlist note reached the database and came back as a 500; on
SQLite it was stored and later broke exports. No request of this API has a use for one, so a
request carrying one (raw, as the JSON escape ``\\u0000`` or as ``%00`` in the address) is
answered 422 before the app reads it. JSON nested more than ``MAX_DEPTH`` levels (a structured
brief is five deep) is refused the same way, before a parser recurses into it.

The body was already bounded by ``service.limits.BodyLimit`` (which runs first), so this
reads at most that much.
"""

from __future__ import annotations

import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import error_response

__all__ = ["MAX_DEPTH", "InputGuard", "json_depth"]

MAX_DEPTH = 32
_NUL_ESCAPE = re.compile(rb"\\u0000", re.IGNORECASE)
_NUL_IN_URL = re.compile(rb"%00", re.IGNORECASE)
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def json_depth(body: bytes, limit: int) -> int:
    """How deeply a JSON text nests arrays and objects, counted up to ``limit + 1`` (strings skipped)."""
    depth = deepest = 0
    for token in _JSON_TOKENS.finditer(body):
        char = token.group()[:1]
        if char in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                break
        elif char in (b"]", b"}"):
            depth -= 1
    return deepest


class InputGuard:
    """ASGI middleware: 422 for a NUL anywhere in the request, or JSON nested past ``MAX_DEPTH``."""

    def __init__(self, app: ASGIApp, max_depth: int = MAX_DEPTH) -> None:
        self.app = app
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope["path"] or _NUL_IN_URL.search(scope.get("query_string", b"")) \
                or b"\x00" in scope.get("query_string", b""):
            await _refuse(scope, receive, send, "the address contains a NUL character (%00), which no field accepts")
            return
        messages: list[Message] = []
        chunks = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        if (b"\x00" in body and _is_utf8(body)) or _NUL_ESCAPE.search(body):  # not UTF-8: the app says so
            await _refuse(scope, receive, send, "the request contains a NUL character (\\u0000), which no field "
                                                "accepts")
            return
        if body.lstrip()[:1] in (b"{", b"[") and json_depth(body, self.max_depth) > self.max_depth:
            await _refuse(scope, receive, send, f"the body nests more than {self.max_depth} levels deep; "
                                                "no request needs that many")
            return
        pending = list(messages)

        async def replayed() -> Message:
            return pending.pop(0) if pending else await receive()

        await self.app(scope, replayed, send)


async def _refuse(scope: Scope, receive: Receive, send: Send, detail: str) -> None:
    await error_response(422, detail, errors=[{"field": "", "message": detail}])(scope, receive, send)


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
