"""Security headers on every answer: a content security policy, no framing, no sniffing.

- ``Content-Security-Policy``: scripts, styles, images and requests from the app itself only, so
  a script injected into a profile or a brief can neither run nor send data anywhere;
- ``frame-ancestors 'none'`` and ``X-Frame-Options: DENY``: the pages are never framed (no
  clickjacking of their buttons);
- ``X-Content-Type-Options: nosniff``: a type is what it says (an uploaded CSV is never a script);
- ``Referrer-Policy: no-referrer``: an answer link's token never leaves in a Referer.

The policy's exceptions, each as narrow as it can be: the inline start-up script FastAPI writes
into ``/docs`` is allowed by its hash (worked out from the page as sent); the evidence pages
(``/sector``, ``/gaps``) allow ``'unsafe-eval'`` because Vega compiles chart expressions with the
Function constructor; styles may be inline (Leaflet, ReDoc and Swagger UI set them); images may
also come from the map tile server when one is configured (``MATCHER_MAP_TILE_URL``).
"""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["SecurityHeaders", "policy"]

_EVAL_PATHS = ("/sector", "/gaps")  # Vega-Lite charts
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)
_FIXED = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def policy(tile_url: str | None = None, scripts: tuple[str, ...] = (), allow_eval: bool = False) -> str:
    """The Content-Security-Policy: ``scripts`` are extra sources (hashes) for script-src."""
    tiles = ""
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tile_url else parts.netloc
        tiles = f" {parts.scheme}://{host}"
    script = " ".join(("'self'", *scripts, *(("'unsafe-eval'",) if allow_eval else ())))
    return (f"default-src 'self'; script-src {script}; style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data: blob:{tiles}; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


class SecurityHeaders:
    """ASGI middleware: the headers above on every HTTP answer (HTML pages are read for inline scripts)."""

    def __init__(self, app: ASGIApp, tile_url: str | None = None) -> None:
        self.app = app
        self.tile_url = tile_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        allow_eval = scope["path"].rstrip("/") in _EVAL_PATHS
        start: Message | None = None
        body: list[bytes] = []

        async def sending(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _FIXED.items():
                    headers.setdefault(name, value)
                if not headers.get("content-type", "").startswith("text/html"):
                    headers["Content-Security-Policy"] = policy(self.tile_url, allow_eval=allow_eval)
                    await send(message)
                    return
                start = message  # an HTML page: held until its body is read for inline scripts
                return
            if start is None:
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            page = b"".join(body)
            hashes = tuple(f"'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
                           for script in _INLINE_SCRIPT.findall(page))
            MutableHeaders(scope=start)["Content-Security-Policy"] = policy(self.tile_url, hashes, allow_eval)
            await send(start)
            await send({"type": "http.response.body", "body": page, "more_body": False})

        await self.app(scope, receive, sending)
