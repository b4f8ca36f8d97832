"""Rate limits: per client address without a key, per key with one, and on wrong keys.

Counted with the ``limits`` library (a moving window in this process's memory), checked by
``service.deps.RoleGuard`` on every route once it knows who is calling:

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

import math
import time

from limits import RateLimitItem, parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from service.errors import TooManyRequests
from service.settings import ServiceSettings

__all__ = ["RateLimits"]


class RateLimits:
    """The four limits of ``ServiceSettings``, counted per address or per key."""

    def __init__(self, settings: ServiceSettings) -> None:
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._public = parse_many(settings.rate_limit_public)
        self._public_heavy = parse_many(settings.rate_limit_public_heavy)
        self._key = parse_many(settings.rate_limit_key)
        self._failed = parse_many(settings.rate_limit_failed_auth)

    def public(self, address: str, heavy: bool) -> None:
        """Count a request without a key from ``address``; raises ``TooManyRequests`` past a limit."""
        self._hit(self._public, "public", address, what="requests without an API key from your address")
        if heavy:
            self._hit(self._public_heavy, "public-heavy", address,
                      what="searches, briefs and sheets without an API key from your address")

    def key(self, key_id: int) -> None:
        """Count a request made with the key ``key_id``."""
        self._hit(self._key, "key", str(key_id), what="requests with this API key")

    def before_authenticating(self, address: str) -> None:
        """Refuse an address that has sent too many wrong keys, before its key is looked up."""
        for item in self._failed:
            if not self._limiter.test(item, "failed", address):
                raise _refusal(self._limiter, item, ("failed", address), "wrong API keys from your address")

    def failed(self, address: str) -> None:
        """Count a wrong key sent from ``address``."""
        for item in self._failed:
            self._limiter.hit(item, "failed", address)

    def _hit(self, items: list[RateLimitItem], *identifiers: str, what: str) -> None:
        for item in items:  # test every window first: a refused request uses none of them up
            if not self._limiter.test(item, *identifiers):
                raise _refusal(self._limiter, item, identifiers, what)
        for item in items:
            self._limiter.hit(item, *identifiers)


def _refusal(limiter: MovingWindowRateLimiter, item: RateLimitItem, identifiers: tuple[str, ...],
             what: str) -> TooManyRequests:
    reset = limiter.get_window_stats(item, *identifiers).reset_time
    wait = max(1, math.ceil(reset - time.time()))
    return TooManyRequests(f"too many {what}: at most {item.amount} per {_window(item)}; "
                           f"try again in {wait} s", retry_after=wait)


def _window(item: RateLimitItem) -> str:
    unit = item.GRANULARITY.name
    return unit if item.multiples == 1 else f"{item.multiples} {unit}s"
