"""Wrong API keys sent all at once from one address: at most the limit of them is looked up (each
look-up runs in the thread pool while the event loop takes the next request, so counting only
after it would let every one through); right keys sent at once are all served."""

from __future__ import annotations

import asyncio

from service.errors import TooManyRequests
from service.rate_limits import RateLimits
from service.settings import ServiceSettings


async def _request(limits: RateLimits, wrong: bool) -> str:
    try:
        await limits.before_authenticating("203.0.113.7")
    except TooManyRequests:
        return "429"
    await asyncio.sleep(0.01)  # the key's look-up in the thread pool
    limits.after_authenticating("203.0.113.7", wrong=wrong)
    return "401" if wrong else "200"


async def _at_once(limits: RateLimits, wrong: bool, count: int) -> list[str]:
    return await asyncio.gather(*(_request(limits, wrong) for _ in range(count)))


def test_wrong_keys_sent_at_once_are_looked_up_at_most_the_limit_of_times():
    limits = RateLimits(ServiceSettings(rate_limit_failed_auth="3/minute"))
    statuses = asyncio.run(_at_once(limits, wrong=True, count=20))
    assert sorted(statuses) == ["401"] * 3 + ["429"] * 17


def test_right_keys_sent_at_once_beyond_the_wrong_key_limit_are_all_served():
    limits = RateLimits(ServiceSettings(rate_limit_failed_auth="3/minute"))
    assert asyncio.run(_at_once(limits, wrong=False, count=20)) == ["200"] * 20
    assert asyncio.run(_at_once(limits, wrong=True, count=5)).count("401") == 3  # nothing was used up
