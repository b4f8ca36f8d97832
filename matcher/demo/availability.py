"""Availability windows on fixed dates (December 2026 to December 2027), never relative to today."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

__all__ = ["FIRST_DAY", "LAST_DAY", "windows"]

FIRST_DAY = dt.date(2026, 12, 1)
LAST_DAY = dt.date(2027, 12, 31)
_SPAN = (LAST_DAY - FIRST_DAY).days


def _window(rng: random.Random, start: dt.date, status: str, short: bool) -> dict[str, Any]:
    length = rng.randint(2, 12) if short else rng.choice((rng.randint(5, 25), rng.randint(20, 70)))
    end = min(start + dt.timedelta(days=length - 1), LAST_DAY)
    return {"start": start.isoformat(), "end": end.isoformat(), "status": status}


def windows(rng: random.Random, count: int, booked_share: float = 0.45, short: bool = False) -> list[dict[str, Any]]:
    """Up to ``count`` non-overlapping windows in date order, a mix of available and booked."""
    starts = sorted(FIRST_DAY + dt.timedelta(days=rng.randrange(_SPAN - 1)) for _ in range(count))
    result: list[dict[str, Any]] = []
    last_end = FIRST_DAY - dt.timedelta(days=1)
    for start in starts:
        if start <= last_end:
            start = last_end + dt.timedelta(days=rng.randint(1, 10))
        if start > LAST_DAY:
            break
        status = "booked" if rng.random() < booked_share else "available"
        window = _window(rng, start, status, short)
        result.append(window)
        last_end = dt.date.fromisoformat(window["end"])
    if result and all(w["status"] == "booked" for w in result) and rng.random() < 0.7:
        result[-1]["status"] = "available"
    return result


def first_available(windows_: list[dict[str, Any]]) -> dt.date | None:
    for window in windows_:
        if window["status"] == "available":
            return dt.date.fromisoformat(window["start"])
    return None
