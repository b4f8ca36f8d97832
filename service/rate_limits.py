"""Rate limits: per client address without a key, per key with one, and on wrong keys.

Parsed with the ``limits`` library and counted in a moving window in this process's memory
(``service.moving_window``: the rule of ``limits``' moving window, without its timer thread per
hit), checked by ``service.deps.RoleGuard`` on every route once it knows who is calling:

| who | limit (setting) | default |
|---|---|---|
| no key, any route, per client address | ``rate_limit_public`` | 300/minute |
| no key, a search, brief or sheet (``HEAVY``), per address | ``rate_limit_public_heavy`` | 30/min;300/hour |
| a key, per key | ``rate_limit_key`` | 1200/minute |
| a wrong key, per client address | ``rate_limit_failed_auth`` | 10/minute;50/hour |

Past a limit the answer is 429 with ``Retry-After`` (seconds until the window lets one more
through). A client address that has sent too many wrong keys is refused before its key is
even looked up, so guessing keys costs the guesser, not the database. The address is the
connection's peer (a proxy in front should pass the real one with uvicorn's
``--forwarded-allow-ips``). Each server process counts its own requests.
"""

from __future__ import annotations

import asyncio
import math

from limits import RateLimitItem, parse_many

from service.errors import TooManyRequests
from service.moving_window import MovingWindows
from service.settings import ServiceSettings

__all__ = ["RateLimits"]


class RateLimits:
    """The four limits of ``ServiceSettings``, counted per address or per key."""

    def __init__(self, settings: ServiceSettings) -> None:
        self._windows = MovingWindows()
        self._public = parse_many(settings.rate_limit_public)
        self._public_heavy = parse_many(settings.rate_limit_public_heavy)
        self._key = parse_many(settings.rate_limit_key)
        self._failed = parse_many(settings.rate_limit_failed_auth)
        self._pending: dict[str, int] = {}  # per address, keys being looked up (``before_authenticating``)
        self._looked_up: dict[str, asyncio.Event] = {}  # per address, set when one of them is

    def public(self, address: str, heavy: bool) -> None:
        """Count a request without a key from ``address``; raises ``TooManyRequests`` past a limit."""
        self._hit(self._public, "public", address, what="requests without an API key from your address")
        if heavy:
            self._hit(self._public_heavy, "public-heavy", address,
                      what="searches, briefs and sheets without an API key from your address")

    def key(self, key_id: int) -> None:
        """Count a request made with the key ``key_id``."""
        self._hit(self._key, "key", str(key_id), what="requests with this API key")

    async def before_authenticating(self, address: str) -> None:
        """Refuse an address that has sent too many wrong keys, before its key is looked up.

        A key being looked up takes one of the address's remaining wrong keys until
        ``after_authenticating`` gives it back: the look-up runs in the thread pool while other
        requests are taken, so without this any number of wrong keys sent at once would all be
        looked up before the first was counted. A key finding no room left but for keys still
        being looked up waits for them (a client sending many right keys at once only waits)."""
        while True:
            pending = self._pending.get(address, 0)
            full = False
            for item in self._failed:
                used = self._windows.count(item.key_for("failed", address), item.get_expiry())
                if used >= item.amount:
                    raise self._refusal(item, ("failed", address), "wrong API keys from your address")
                full = full or used + pending >= item.amount
            if not full:
                self._pending[address] = pending + 1
                return
            await self._looked_up.setdefault(address, asyncio.Event()).wait()

    def after_authenticating(self, address: str, wrong: bool) -> None:
        """The key ``before_authenticating`` let through was looked up: count it if ``wrong``."""
        pending = self._pending.pop(address, 0) - 1
        if pending > 0:
            self._pending[address] = pending
        if wrong:
            for item in self._failed:
                self._windows.hit(item.key_for("failed", address), item.get_expiry(), item.amount)
        if (waiting := self._looked_up.pop(address, None)) is not None:
            waiting.set()

    def _hit(self, items: list[RateLimitItem], *identifiers: str, what: str) -> None:
        for item in items:  # test every window first: a refused request uses none of them up
            if not self._room(item, *identifiers):
                raise self._refusal(item, identifiers, what)
        for item in items:
            self._windows.hit(item.key_for(*identifiers), item.get_expiry(), item.amount)

    def _room(self, item: RateLimitItem, *identifiers: str) -> bool:
        return self._windows.count(item.key_for(*identifiers), item.get_expiry()) < item.amount

    def _refusal(self, item: RateLimitItem, identifiers: tuple[str, ...], what: str) -> TooManyRequests:
        free_in = self._windows.seconds_until_free(item.key_for(*identifiers), item.get_expiry())
        wait = max(1, math.ceil(free_in))
        return TooManyRequests(f"too many {what}: at most {item.amount} per {_window(item)}; "
                               f"try again in {wait} s", retry_after=wait)


def _window(item: RateLimitItem) -> str:
    unit = item.GRANULARITY.name
    return unit if item.multiples == 1 else f"{item.multiples} {unit}s"
