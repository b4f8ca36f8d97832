"""Periods of the calendar a brief names: seasons, months, quarters, parts of them ("early May"),
holidays (panto season, Christmas, Easter) and days said relative to today ("Saturday", "this
weekend", "in 3 weeks", "on the 3rd"). Each function reads one match of a rule of
``matcher.briefs.rules.dates`` against ``today``; ``dates`` puts them together.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.easter import easter

from matcher.briefs.durations import add_months, within_reach
from matcher.briefs.quantities import number_value

__all__ = ["bank_holiday", "holiday", "next_day_of_month", "period", "relative", "upcoming", "week_on", "weekday_span"]

_SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "winter": (12, 3)}
_DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ONE_DAY_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
                     "new year s eve": (12, 31), "new years eve": (12, 31), "hogmanay": (12, 31),
                     "new year s day": (1, 1), "new years day": (1, 1), "valentine": (2, 14), "hallowe": (10, 31),
                     "bonfire night": (11, 5), "guy fawkes": (11, 5), "st david": (3, 1), "st george": (4, 23),
                     "st patrick": (3, 17), "burns night": (1, 25)}
# Days counted from Easter Sunday: Good Friday, Easter Saturday/Sunday/Monday, Mothering Sunday (three weeks before).
_EASTER_DAYS = {"good": -2, "easter saturday": -1, "easter sunday": 0, "easter monday": 1, "mothering": -21,
                "mother": -21}
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def month_number(name: str) -> int:
    return _MONTH_KEYS.index(name[:3].lower()) + 1


def _int(s: str | None) -> int | None:
    return int(re.sub(r"\D", "", s)) if s else None


def _months_span(first: int, n: int, year: int) -> tuple[dt.date, dt.date]:
    lo, last = dt.date(year, first, 1), add_months(dt.date(year, first, 1), n - 1)
    return lo, last.replace(day=calendar.monthrange(last.year, last.month)[1])


def upcoming(first: int, n: int, year: int | None, today: dt.date, strictly_next: bool) -> tuple[dt.date, dt.date]:
    """n months from month `first`: of `year`, else the current or next such period ("next": not current)."""
    spans = [_months_span(first, n, y) for y in ([year] if year else range(today.year - 1, today.year + 3))]
    return spans[0] if year else next(s for s in spans if (s[0] > today if strictly_next else s[1] >= today))


def _part(lo: dt.date, hi: dt.date, n: int, part: str | None) -> tuple[dt.date, dt.date]:
    """early / mid / late of a period: thirds of its days (one month) or of its months; its first or second half."""
    if not part:
        return lo, hi
    if "half" in part.lower():  # "the first half of April": 1-15; "the second half of May": 16 to its end
        second = not part.lower().startswith(("first", "1st"))
        if n == 1:
            return (lo.replace(day=16), hi) if second else (lo, lo.replace(day=15))
        start = add_months(lo, n // 2 if second else 0)
        return _months_span(start.month, n - n // 2 if second else n // 2, start.year)
    third = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "late": 2, "end": 2}[part.split()[0].lower()]
    if n == 1:
        return lo.replace(day=1 + 10 * third), (hi if third == 2 else lo.replace(day=10 + 10 * third))
    size = 3 if n == 12 and third != 1 else max(n // 3, 1)  # a year's early/late: its first/last quarter
    start = add_months(lo, {0: 0, 1: max(n // 3, 1), 2: n - size}[third])
    return _months_span(start.month, size, start.year)


def period(m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date] | None:
    g, year = m.groupdict(), _int(m.group("y"))
    if g.get("ny") and (g["season"] or g["month"] or g["q"]):  # "spring next year", "March this year"
        year = today.year + (g["ny"].lower() == "next")
    nxt, unit = (g["rel"] or "").lower() == "next", (g["unit"] or "").lower().replace("wk", "week")
    if g["asap"]:
        return None  # ASAP, TBC: no dates (noted by find_dates)
    if g["tomorrow"]:
        return (today + dt.timedelta(days=1),) * 2
    if unit and not g["rel"]:
        return None  # "a week", "the year"
    if unit == "week":  # the working week: next week Monday to Friday, this week today to Friday
        lo = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=int(nxt))
        return (lo if nxt else today), lo + dt.timedelta(days=4)
    if unit:
        first, n = ((today.month + int(nxt) - 1) % 12 + 1, 1) if unit == "month" else (1, 12)
    elif g["year"]:
        if not g["part"] and not re.search(r"\b(?:in|during|through(?:out)?)\s+$", m.string[:m.start()], re.I):
            return None  # a bare year is too often a credit or a model year
        first, n, year = 1, 12, int(g["year"])
    elif g["season"] or g["q"] or g["new"]:
        first, n = _SEASONS[g["season"].lower()] if g["season"] else (3 * int(g["q"]) - 2, 3) if g["q"] else (1, 1)
        year = year or (today.year + (today.month > 1) if g["new"] else None)
    else:
        first, n = month_number(g["month"]), 1
    lo, hi = upcoming(first, n, year, today, nxt)
    if g.get("part0"):  # "mid to late March": from the first part's start to the second's end
        return _part(lo, hi, n, g["part0"])[0], _part(lo, hi, n, g["part"])[1]
    return _part(lo, hi, n, g["part"])


def holiday(m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date]:
    """Panto season, Christmas, Easter, one-day holidays (Boxing Day, New Year's Eve): the next one that has not
    ended."""
    year = today.year
    if m.group("panto"):
        first = int(m.group("py")) if m.group("py") else (today.year if today.month >= 6 else today.year - 1)
        return dt.date(first, 12, 1), dt.date(first + 1, 1, 10)
    if m.group("easter"):
        sunday = easter(_int(m.group("ey")) or year)
        if sunday + dt.timedelta(days=1) < today and not m.group("ey"):
            sunday = easter(year + 1)
        return sunday - dt.timedelta(days=2), sunday + dt.timedelta(days=1)
    if m.group("eday"):  # "Easter Monday", "Good Friday": counted from Easter Sunday, the next one to come
        offset = next(v for k, v in _EASTER_DAYS.items() if m.group("eday").lower().startswith(k))
        one = easter(year) + dt.timedelta(days=offset)
        one = one if one >= today else easter(year + 1) + dt.timedelta(days=offset)
        return one, one
    if m.group("day"):  # one day: "New Year's Eve", "Boxing Day"
        name = re.sub(r"\W+", " ", m.group("day").lower())
        month, day_ = next(v for k, v in _ONE_DAY_HOLIDAYS.items() if name.startswith(k))
        one = dt.date(year, month, day_)
        one = one if one >= today else one.replace(year=year + 1)
        return one, one
    lo, hi = ((12, 27), (12, 31)) if m.group("between") else ((12, 24), (12, 24)) if m.group("before") \
        else ((12, 24), (12, 26))
    if dt.date(year, *hi) < today:
        year += 1
    return dt.date(year, *lo), dt.date(year, *hi)


def next_day_of_month(wanted: int | None, today: dt.date) -> dt.date | None:
    """The next day numbered ``wanted`` on or after today, this month or a following one."""
    if not wanted:
        return None
    first = today.replace(day=1)
    for months in range(3):
        try:
            day = add_months(first, months).replace(day=wanted)
        except ValueError:  # no 31st this month
            continue
        if day >= today:
            return day
    return None


def relative(m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date] | None:
    """'Saturday' (the next one), 'this weekend', 'next weekend', 'today', 'in a fortnight', 'in 3 weeks'
    (one day, today + 7N), 'this week', 'on the 3rd' (the next 3rd, this month or the next)."""
    if m.group("today"):
        return today, today
    if m.group("this_week"):
        return today, today + dt.timedelta(days=max(0, 4 - today.weekday()))
    if m.group("weekday"):
        target = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(m.group("weekday")[:3].lower())
        if (m.group("wd_rel") or "").lower() == "next":  # "next Tues": that day of the next calendar week
            day = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=1, days=target)
        else:
            day = today + dt.timedelta(days=(target - today.weekday()) % 7 or 7)
        return day, day
    if m.group("wk_rel"):
        saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7)
        if today.weekday() == 6:
            return today, today
        start = saturday + dt.timedelta(weeks=int(m.group("wk_rel").lower() == "next"))
        return (today if today.weekday() == 5 and m.group("wk_rel").lower() == "this" else start), \
            start + dt.timedelta(days=1)
    if m.group("dom") or m.group("dom2") or m.group("dom3"):
        dom = next_day_of_month(int(m.group("dom") or m.group("dom2") or m.group("dom3")), today)
        return (dom, dom) if dom else None
    weeks = 2 if m.group("fortnight") or "couple" in (m.group("nw") or "") else (number_value(m.group("nw")) or 0)
    if not within_reach(weeks, "week"):
        return None
    day = today + dt.timedelta(days=7 * weeks)
    return day, day


def weekday_span(m: re.Match[str], today: dt.date, next_week: bool) -> tuple[dt.date, dt.date]:
    """'sat and sun', 'Monday to Wednesday': the next first weekday, to the next second one on or after it;
    with 'next week' (after the pair or elsewhere in its sentence), those days of the next calendar week."""
    first, second = (_DAY_KEYS.index(m.group(g)[:3].lower()) for g in ("wd1", "wd2"))
    if next_week or (m.group("rel") or m.group("rel1") or "").lower() == "next":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=1)
        lo = monday + dt.timedelta(days=first)
    else:
        lo = today + dt.timedelta(days=(first - today.weekday()) % 7 or 7)
    return lo, lo + dt.timedelta(days=(second - first) % 7)


def week_on(m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date]:
    """'a week on Friday': the next Friday, seven days on; 'a week today', 'a week tomorrow'."""
    word = m.group("wd").lower()
    if word in ("today", "tomorrow"):
        day = today + dt.timedelta(days=7 + (word == "tomorrow"))
    else:
        target = _DAY_KEYS.index(word[:3])
        day = today + dt.timedelta(days=((target - today.weekday()) % 7 or 7) + 7)
    return day, day


def bank_holiday(m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date]:
    """Early May (first Monday of May), spring (last Monday of May), August (last Monday of August): the
    next one that has not passed; its weekend is the Saturday before to the Monday."""
    which = m.group("which").lower().removesuffix(" day").split()[-1]  # "May Day bank holiday": early May
    month, first = {"may": (5, True), "spring": (5, False), "whitsun": (5, False), "august": (8, False),
                    "summer": (8, False)}[which]
    if m.group("which").lower().startswith("late"):
        first = False

    def monday(year: int) -> dt.date:
        days = [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
        mondays = [d for d in days if d.weekday() == 0]
        return mondays[0] if first else mondays[-1]

    day = monday(today.year) if monday(today.year) >= today else monday(today.year + 1)
    if (m.group("weekend") or "").lower() == "weekend":
        return day - dt.timedelta(days=2), day
    return day, day
