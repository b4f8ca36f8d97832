"""Writing into a diary: mark a stretch of days available or booked, or clear it.

A diary is a list of windows ``{start, end, status}``. Marking ``[start, end]`` replaces
whatever the diary said about those days and keeps everything it said about other days:
a window reaching into the stretch is cut short, one spanning it is split in two, one inside
it goes. Windows come back sorted by start; neighbouring windows of one status are joined,
so repeated answers never pile up overlapping windows. A diary holds at most ``MAX_WINDOWS``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from matcher.errors import InvalidInput
from models.profile import Availability

__all__ = ["MAX_WINDOWS", "mark"]

MAX_WINDOWS = 200
_DAY = dt.timedelta(days=1)


def mark(diary: list[Availability], start: dt.date, end: dt.date,
         status: Literal["available", "booked", "clear"]) -> list[Availability]:
    """The diary with [start, end] set to ``status`` ("clear": nothing known about those days)."""
    if end < start:
        raise InvalidInput(f"the days end ({end}) before they start ({start})")
    kept: list[Availability] = []
    for window in diary:
        if window.end < start or window.start > end:
            kept.append(window)
            continue
        if window.start < start:
            kept.append(Availability(start=window.start, end=start - _DAY, status=window.status))
        if window.end > end:
            kept.append(Availability(start=end + _DAY, end=window.end, status=window.status))
    if status != "clear":
        kept.append(Availability(start=start, end=end, status=status))
    joined = _join(sorted(kept, key=lambda w: (w.start, w.end)))
    if len(joined) > MAX_WINDOWS:
        raise InvalidInput(f"a diary holds at most {MAX_WINDOWS} separate stretches of days")
    return joined


def _join(windows: list[Availability]) -> list[Availability]:
    out: list[Availability] = []
    for window in windows:
        last = out[-1] if out else None
        if last is not None and last.status == window.status and window.start <= last.end + _DAY:
            out[-1] = Availability(start=last.start, end=max(last.end, window.end), status=last.status)
        else:
            out.append(window)
    return out
