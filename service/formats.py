"""How the film office writes dates, distances and money on paper and in files.

- Dates in UK form, day first, month in words: "3 March 2027"; a range names a shared month
  or year once: "3–13 March 2027", "3 March – 13 April 2027".
- Distances in kilometres and miles, both, since productions use either: "12.4 km (7.7 miles)".
- Day rates in pounds as a range: "£350–£420", "from £300", "up to £500".
"""

from __future__ import annotations

import datetime as dt

from models.profile import GbpRange

__all__ = ["KM_PER_MILE", "MONTHS", "day_rate", "distance_text", "km_text", "miles", "miles_text", "uk_date",
           "uk_range"]

KM_PER_MILE = 1.609344
# Month names written out here, not by strftime, so a server's locale never changes them.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def uk_date(day: dt.date) -> str:
    """3 March 2027."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def uk_range(start: dt.date, end: dt.date) -> str:
    """3–13 March 2027; 3 March – 13 April 2027; 28 December 2026 – 9 January 2027."""
    if start == end:
        return uk_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{uk_date(end)}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {uk_date(end)}"
    return f"{uk_date(start)} – {uk_date(end)}"


def miles(km: float) -> float:
    return km / KM_PER_MILE


def _one_decimal_below_ten(value: float) -> str:
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


def km_text(km: float) -> str:
    return f"{_one_decimal_below_ten(km)} km"


def miles_text(km: float) -> str:
    value = miles(km)
    return f"{_one_decimal_below_ten(value)} mile{'' if round(value, 1) == 1 else 's'}"


def distance_text(km: float | None) -> str:
    """12.4 km (7.7 miles); empty when unknown."""
    return "" if km is None else f"{km_text(km)} ({miles_text(km)})"


def day_rate(rate: GbpRange | None) -> str:
    if rate is None or (rate.min is None and rate.max is None):
        return ""
    if rate.min is not None and rate.max is not None:
        return f"£{rate.min:g}" if rate.min == rate.max else f"£{rate.min:g}–£{rate.max:g}"
    return f"from £{rate.min:g}" if rate.min is not None else f"up to £{rate.max:g}"
