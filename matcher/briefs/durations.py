"""How long a shoot lasts, as briefs say it: "six weeks", "10-day", "a fortnight", "3 months".

Lengths that are not the shoot's are skipped: "in a week" (a turnaround), "£250 a day",
"2 days a week", "two weeks' notice".

A length longer than ``LONGEST_DAYS`` (ten years) is no shoot's, and no date a brief counts from
today is that far off: such a length ("for 99999999 weeks", a typo or a joke) is not read, rather
than counted past the calendar's last year.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import namedtuple

from matcher.briefs.quantities import number_value
from matcher.briefs.rules.money import MONEY

__all__ = ["LONGEST_DAYS", "Duration", "add_months", "end_after", "find_durations", "within_reach"]

LONGEST_DAYS = 3653  # ten years
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31}

_DURATION, _DUR_SKIP_BEFORE, _DUR_SKIP_AFTER = MONEY.duration, MONEY.duration_skip_before, MONEY.duration_skip_after

Duration = namedtuple("Duration", "n unit start end text")  # unit "day" | "week" | "month"; start, end in the text


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return d.replace(year=d.year + y, month=m + 1, day=min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def end_after(start: dt.date, dur: Duration) -> dt.date:
    if dur.unit == "month":
        return add_months(start, dur.n) - dt.timedelta(days=1)
    return start + dt.timedelta(days=dur.n * (7 if dur.unit == "week" else 1) - 1)


def within_reach(n: float, unit: str) -> bool:
    """Whether ``n`` days, weeks or months are at most ``LONGEST_DAYS``."""
    return n * _UNIT_DAYS[unit] <= LONGEST_DAYS


def find_durations(text: str) -> list[Duration]:
    """Lengths of time that can be a shoot's ("six weeks", "10-day", "a fortnight"), in text order."""
    out = []
    for m in _DURATION.finditer(text):
        if _DUR_SKIP_BEFORE.search(text, max(0, m.start() - 15), m.start()) or _DUR_SKIP_AFTER.match(text, m.end()):
            continue
        n = 2 if m.group("fn") else 1 if m.group("half") else number_value(m.group("n2") or m.group("n"))
        unit = "week" if m.group("fn") else "day" if m.group("half") else {"d": "day", "w": "week", "m": "month"}[
            m.group("unit")[0].lower()]
        out += [Duration(n, unit, m.start(), m.end(), m.group())] if n and within_reach(n, unit) else []
    return out
