"""Shoot dates and durations in a brief, in the ways producers write them.

Expressions are found with regexes and each candidate resolved on its own: dateparser's
search_dates is slow and reads dates into "1st AC". Rules (documented for the film office):
- no year: the next occurrence whose end is not before `today`; in a range the end decides.
- a month, season, quarter or week is approximate; seasons are meteorological (spring
  Mar-May ... winter Dec-Feb), early/mid/late split a month into 1-10/11-20/21-end and a longer
  period into thirds (of a year: quarters, so "early next year" is January-March); "in the new year"
  is January; "ASAP", "TBC" give no dates;
- "w/c 12 April" and "next week" are the working week, Monday to Friday; "this week" today to Friday;
  holidays: panto season 1 December-10 January, over Christmas 24-26 December, between Christmas
  and New Year 27-31, Easter weekend Good Friday-Easter Monday; a bare weekday is the next one;
- days of a month named relative to today: "between the 10th and 14th of next month"; days with no
  month ("the 12th-16th", "Sunday 14th") are the next such days; "the first week of June" is 1-7 June,
  "the last week of March" its last seven days, "the end of the month" its 21st to last day;
- "from 3 May" with no length is an open end (``BriefDates.open_end``).
- a date the speaker corrects ("the ninth, no, the tenth"; a later "update: now its Fri 12th") or rules
  out ("not the 8th") is dropped; "the next day" and "the following week" count from the date before; a
  chat's timestamp and a forwarded header's "Date:" are the message's; "next Tues" is in the next
  calendar week; one-day holidays (Boxing Day, New Year's Eve) are that day.
- two weekdays are a span ("sat and sun", "Monday to Wednesday next week", "sat 20th & sun 21st"); "16 or
  17 January" is both days (the guidelines' several days: earliest to latest); "March/April" both months;
  "mid to late March" 11-31; "the weekend of the 20th" that weekend; "a week on Friday" that Friday seven
  days on; "the first two weeks of May" 1-14; the early May, spring and August bank holidays (their
  weekend: Saturday to Monday); "shoot is 9/3" after a date word is day and month; "on the twenty-ninth"
  and a clause-final "6th" are days of a month; "every other Tuesday" is no one Tuesday; "3 Thursdays
  in March" is March; a list of dates after a shoot word is all the shoot's ("filming 5, 6 and 12 March").
- a start and a duration: end = start + duration - 1 (calendar days, weeks of 7).
- a period and a shorter duration ("18 days in March"): the period, noting the days fall in it.
- several spans: the overall span, noted; a vaguer period around a precise span is dropped; when some
  spans are in sentences about the shoot and others not ("office space from 1 May"), only the former.
- the sender's own availability ("I'm a gaffer ... free from March"), a job's start ("full-time, starting
  March"), a set build (also said right after the date: "Fri for the set build", ``DATES.phase_after``),
  and "the next year" (the coming twelve months, vaguely) date no shoot;
- dates after "by", "deadline", "delivery"... are no shoot dates: the brief's deadline (delivery of the
  finished work first, else a quote or application date; a period's last day), noted; so are
  dates said to be prep, wrap, edit... when the brief also gives dates that are not.
- round 7 (``DATE_KINDS``, ``foreign_dates``, ``school_terms``): dates in other languages next to a day
  number ("5-6 grudnia", "sábado 28", "26 a 27 Ionawr"); "every Thursday in Jan"; school terms and half
  terms; a season naming a product ("the spring collection") is no date; a quoted reply's "On 3 May, Jo
  wrote:"; "on the Thursday" and "later in the month" from the date before; a day with no month takes
  the month before it; a crew call, fittings, rig days, screenings, a studio that opens date no shoot, nor
  a day named again that is a prep day; "from March" is an open end (a month, not a span of months); a
  vaguer period around a shorter one is dropped ("spring term, probably February"); a length said with
  another date is that date's; a stated or year-less date in the past (a past event) is no shoot date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from matcher.briefs.date_context import (
    Span,
    corrected,
    drop_restated,
    header_date,
    month_from_before,
    quoted_reply,
    said_from_before,
    said_of_the_past,
    sentence_of,
)
from matcher.briefs.durations import within_reach
from matcher.briefs.foreign_dates import english_dates
from matcher.briefs.periods import (
    bank_holiday,
    holiday,
    month_number,
    next_day_of_month,
    period,
    relative,
    upcoming,
    week_on,
    weekday_span,
)
from matcher.briefs.quantities import number_value
from matcher.briefs.rules.date_kinds import DATE_KINDS
from matcher.briefs.rules.dates import DATES, ORDINALS
from matcher.briefs.rules.places import PLACES
from matcher.briefs.school_terms import half_term, school_term
from matcher.briefs.shoot_dates import shoot_span
from models.brief import BriefDates

__all__ = ["find_dates"]

_RANGE, _MRANGE, _WEEK, _SINGLE = DATES.range, DATES.month_range, DATES.week, DATES.single
_MDAYS, _DOM, _WEEK_OF, _MONTH_END = DATES.month_days, DATES.dom_days, DATES.week_of, DATES.month_end
_MONTHS, _PERIOD, _HOLIDAY, _RELATIVE = DATES.months, DATES.period, DATES.holiday, DATES.relative
_OPENER, _DEADLINE, _DELIVERY, _PHASE = DATES.opener, DATES.deadline, DATES.delivery, DATES.phase
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_NEXT_WEEK = re.compile(r"\bnext\s+(?:week|wk)\b", re.I)
_DP_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future", "PREFER_DAY_OF_MONTH": "first"}

_Span = Span


def _int(s: str | None) -> int | None:
    return int(re.sub(r"\D", "", s)) if s else None


@lru_cache(maxsize=512)
def _numeric(s: str) -> dt.date | None:
    # dateparser earns its keep here: day-first order, two-digit years, impossible dates rejected.
    # Imported here: it (and the regex module under it) costs ~0.1 s, and most briefs write no numeric date.
    import dateparser

    d = dateparser.parse(s, languages=["en"], settings=_DP_SETTINGS)
    return d.date() if d else None


# (day, month, year or None) as written, or a whole numeric date; the patterns never leave the day out.
_Parts = tuple[int | None, int, int | None] | dt.date


def _parts(m: re.Match[str], p: str) -> _Parts | None:
    """(day, month, year or None) of a _day(p) match, or a full date for a numeric one."""
    if m.group(p + "n"):
        return _numeric(m.group(p + "n"))
    if m.group(p + "m"):
        return _int(m.group(p + "d")), month_number(m.group(p + "m")), _int(m.group(p + "y"))
    return _int(m.group(p + "d2")), month_number(m.group(p + "m2")), _int(m.group(p + "y2"))


def _resolve(parts: _Parts, today: dt.date, year: int | None = None) -> dt.date:
    """A date from parts; with no year, `year` if given, else the next occurrence from today."""
    if isinstance(parts, dt.date):
        return parts
    d, m, y = parts
    assert d is not None, "every day pattern captures the day"
    first = dt.date(y or year or today.year, m, d)
    return first if y or year or first >= today else first.replace(year=today.year + 1)


def _pair(a: _Parts, b: _Parts, today: dt.date) -> tuple[dt.date, dt.date]:
    """A range's two ends, the year carried across and the end deciding the next occurrence."""
    if isinstance(a, tuple) and a[2] is None:
        hi = _resolve(b, today)
        lo = _resolve(a, today, hi.year)
        return (lo.replace(year=lo.year - 1) if lo > hi else lo), hi
    lo = _resolve(a, today)
    hi = _resolve(b, today, lo.year)
    return lo, (hi.replace(year=hi.year + 1) if hi < lo and not (isinstance(b, tuple) and b[2]) else hi)


def _bounds(rx: re.Pattern[str], m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date] | None:
    if rx is _RANGE:
        b = _parts(m, "b")
        if DATES.moved.search(m.string, max(0, m.start() - 30), m.start()) and b:  # "moved from 3rd to 10th March"
            hi = _resolve(b, today)
            return hi, hi
        a = _parts(m, "a") if m.group("bare") is None else (  # "3-21 March": the 3 borrows month and year
            (_int(m.group("bare")), *((b.month, b.year) if isinstance(b, dt.date) else b[1:])) if b else None)
        return _pair(a, b, today) if a and b else None
    if rx is _DOM:  # "the 12th-16th", "Sunday 14th": the next such days
        lo = next_day_of_month(_int(m.group("d1") or m.group("d3") or m.group("d5")), today)
        d2 = _int(m.group("d2") or m.group("d6"))
        return (lo, lo.replace(day=d2) if d2 and d2 >= lo.day else lo) if lo else None
    if rx is DATES.weekend_of:  # "the weekend of the 20th": that day's Saturday and Sunday
        d = _int(m.group("d"))
        day = _resolve((d, month_number(m.group("m")), None), today) if m.group("m") else next_day_of_month(d, today)
        if day is None:
            return None
        ahead = -1 if day.weekday() == 6 else (5 - day.weekday()) % 7
        saturday = day + dt.timedelta(days=ahead)
        return saturday, saturday + dt.timedelta(days=1)
    if rx is DATES.week_on:  # "a week on Friday": that Friday seven days later
        return week_on(m, today)
    if rx is DATES.short_numeric:  # "shoot is 9/3": UK order, the next such day
        day_, month = (int(x) for x in m.group("dm").split("/"))
        if m.group("dm2"):  # "14/2-16/2": a range, the end deciding the year
            day2, month2 = (int(x) for x in m.group("dm2").split("/"))
            return _pair((day_, month, None), (day2, month2, None), today)
        one = _resolve((day_, month, None), today)
        return one, one
    if rx is DATES.bank_holiday:
        return bank_holiday(m, today)
    if rx is DATE_KINDS.half_term:
        return half_term(m, today)
    if rx is DATE_KINDS.school_term:
        return school_term(m, today)
    if rx is DATES.weekday_range:  # "sat and sun", "Monday to Wednesday next week"
        return weekday_span(m, today, bool(_NEXT_WEEK.search(sentence_of(m.string, m.start()))))
    if rx is DATES.weekdays_in:  # "Saturdays in March": the first to the last Saturday of that month
        first, last = upcoming(month_number(m.group("m")), 1, _int(m.group("y")), today, False)
        if DATES.counted.search(m.string, max(0, m.start() - 20), m.start()):  # "3 Thursdays in March": March
            return first, last
        target = _WEEKDAYS.index((m.group("wd") or m.group("wd2"))[:3].lower())
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        hits = [d for d in days if d.weekday() == target]
        return hits[0], hits[-1]
    if rx is _WEEK_OF:  # "the first week of June": 1-7; "the last week of March": its last seven days
        month = month_number(m.group("m")) if m.group("m") else \
            (today.month + (m.group("rel").lower() != "this") - 1) % 12 + 1  # "the first week of next month"
        first, last = upcoming(month, 1, _int(m.group("y")), today, False)
        nth = m.group("nth").lower()
        unit = m.group("unit").lower()
        if unit not in ("week", "weeks"):  # a weekend: the nth (or last) Saturday and its Sunday
            saturdays = [d for d in (first + dt.timedelta(days=i) for i in range((last - first).days + 1))
                         if d.weekday() == 5 and d + dt.timedelta(days=1) <= last]
            k = -1 if nth in ("last", "final") else {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2,
                                                    "3rd": 2, "fourth": 3, "4th": 3}[nth]
            return saturdays[k], saturdays[k] + dt.timedelta(days=1)
        weeks = number_value(m.group("count")) or 1 if m.group("count") else 1
        if nth in ("last", "final"):
            return last - dt.timedelta(days=7 * weeks - 1), last
        if weeks > 1 and nth in ("first", "1st"):
            return first, first + dt.timedelta(days=7 * weeks - 1)
        k = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}[nth]
        return first + dt.timedelta(days=7 * k), first + dt.timedelta(days=7 * k + 6)
    if rx is _MONTH_END:  # "the end of the month": 21st to the last day
        first = today.replace(day=1)
        if m.group("next"):
            first = (first + dt.timedelta(days=32)).replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=21), last
    if rx is _MDAYS:  # "between the 10th and 14th of next month"
        ahead = 0 if m.group("rel").lower() == "this" else 1
        year, month = today.year + (today.month + ahead - 1) // 12, (today.month + ahead - 1) % 12 + 1
        d1 = _int(m.group("d1"))
        assert d1 is not None, "the pattern captures the first day"
        return dt.date(year, month, d1), dt.date(year, month, _int(m.group("d2")) or d1)
    if rx is _MRANGE:
        mon, y = month_number(m.group("m")), _int(m.group("y"))
        return _pair((_int(m.group("d1")), mon, y), (_int(m.group("d2")), mon, y), today)
    if rx is _MONTHS or rx is DATE_KINDS.month_pair:
        m1, m2 = month_number(m.group("m1")), month_number(m.group("m2"))
        _, hi = upcoming(m2, 1, _int(m.group("y2")), today, False)
        return dt.date(_int(m.group("y1")) or (hi.year - 1 if m1 > m2 else hi.year), m1, 1), hi
    if rx is _PERIOD:
        return period(m, today)
    if rx is _HOLIDAY:
        return holiday(m, today)
    if rx is _RELATIVE:
        return relative(m, today)
    if rx is _WEEK and m.group("wdm"):  # "w/c 8/3": day and month, UK order
        day_, month = (int(x) for x in m.group("wdm").split("/"))
        first = _resolve((day_, month, None), today)
        return first, first + dt.timedelta(days=4)
    parts = _parts(m, "w" if rx is _WEEK else "s")
    day = _resolve(parts, today) if parts else None
    return (day, day + dt.timedelta(days=4 if rx is _WEEK else 0)) if day else None


def _spans(text: str, today: dt.date) -> tuple[list[_Span], list[tuple[bool, int, dt.date]], list[str]]:
    """Every date expression in text order, and the deadlines (delivery?, where, day); a claimed
    stretch of text blocks vaguer readings of it."""
    found: list[_Span] = []
    notes: list[str] = []
    taken: list[tuple[int, int]] = []
    deadlines: list[tuple[bool, int, dt.date]] = []
    monthless: dict[int, tuple[int, int | None]] = {}  # where a day is written with no month: its day numbers
    for rx, kind in ((DATE_KINDS.half_term, "period"), (DATE_KINDS.school_term, "period"),
                     (DATES.weekdays_in, "range"), (DATES.weekend_of, "range"), (DATES.week_on, "day"),
                     (DATES.bank_holiday, "range"), (DATES.weekday_range, "range"), (_MDAYS, "range"),
                     (_WEEK_OF, "week"), (_MONTH_END, "period"), (_RANGE, "range"), (_MRANGE, "range"),
                     (_DOM, "range"), (_WEEK, "week"), (_SINGLE, "day"), (_HOLIDAY, "period"),
                     (_MONTHS, "period"), (DATE_KINDS.month_pair, "period"), (_PERIOD, "period"), (_RELATIVE, "day"),
                     (DATES.short_numeric, "day")):
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            bounds: tuple[dt.date, dt.date] | tuple[()] | None  # (): claimed, but no date
            try:
                bounds = _bounds(rx, m, today)
            except ValueError:  # "31 April": no such day, and no month to fall back on either
                bounds = ()
                notes.append(f"Ignored '{m.group().strip()}': there is no such date.")
            if bounds and bounds[1] < today:  # "in 2026 we supported ...", "we shot the pilot on 3 May 2026": past
                bounds = ()
                notes.append(f"Ignored '{m.group().strip()}': it is in the past.")
            if bounds and bounds[1] < bounds[0]:  # "10/05/2027 - 02/03/2027"
                bounds = ()
                notes.append(f"Ignored '{m.group().strip()}': it ends before it starts.")
            if bounds is not None:
                taken.append((m.start(), m.end()))
            at = m.start("dm") if rx is DATES.short_numeric else m.start()  # "deadline 12/2": its word is in it
            before = text[max(0, at - 40):at]
            if bounds and rx is _HOLIDAY and m.group("before") and not _DEADLINE.search(before):
                bounds = ()  # "before Christmas" dates a deadline, never a shoot
            if bounds and _DEADLINE.search(before):
                notes.append(f"'{m.group().strip()}' read as a deadline, not a shoot date.")
                delivery = _DELIVERY.search(text, max(0, m.start() - 80), m.start())
                deadlines.append((bool(delivery), m.start(), bounds[1]))
            elif bounds:
                sentence = re.split(r"[.!?\n]", text[max(0, m.start() - 60):m.start()])[-1]
                phase = "message" if DATES.message_date.search(text, max(0, m.start() - 45), m.start()) \
                    or header_date(text, m.start()) or quoted_reply(text, m.start(), m.end()) \
                    else "availability" if DATES.own_availability.search(text, max(0, m.start() - 120), m.start()) \
                    else "past" if said_of_the_past(text, m.start(), bounds[0], today) \
                    else _phase_of(sentence) or _phase_after(text, m.end())
                kind = "day" if rx is _PERIOD and m.group("tomorrow") else kind
                found.append(_Span(m.start(), m.end(), *bounds, kind, bool(_OPENER.search(before)),
                                   phase and phase.lower()))
                if numbered := _day_numbers(rx, m):
                    monthless[m.start()] = numbered
    found = month_from_before(text, sorted(found, key=lambda s: s.start), monthless)
    found = said_from_before(text, drop_restated(text, found))
    return corrected(text, found, notes), deadlines, notes


def _day_numbers(rx: re.Pattern[str], m: re.Match[str]) -> tuple[int, int | None] | None:
    """The day numbers of a day written with no month ("Sunday 21st", "the 12th-16th", "on the 6th")."""
    groups = ("d1", "d3", "d5", "d2", "d6") if rx is _DOM else ("dom", "dom2", "dom3") if rx is _RELATIVE else ()
    first = next((_int(m.group(g)) for g in groups[:3] if m.group(g)), None)
    return (first, next((_int(m.group(g)) for g in groups[3:] if m.group(g)), None)) if first else None


def _phase_after(text: str, end: int) -> str | None:
    """'tomorrow + Fri for a set build': what the dates are for, said right after them."""
    after = DATES.phase_after.match(text, end)
    return after.group("phase").lower() if after else None


def _phase_of(sentence: str) -> str | None:
    """The last phase word before a date, unless joined to a shoot word ("filming and editing")."""
    sentence = DATE_KINDS.crew_call.sub(lambda c: " " * len(c.group()), sentence)  # an appeal, not a call time
    found = list(_PHASE.finditer(sentence))
    if not found or not found[-1].group("phase"):
        return None
    last = found[-1]
    joined = any(p.group("shoot") and 0 <= last.start() - p.end() <= 6 for p in found)
    return None if joined else last.group("phase").lower()


_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def _spelled_days(text: str) -> str:
    """Days spelled out as numbers ("the eleventh of January" -> "the 11th of January"), padded with
    spaces so every position in the text stays where it was."""
    def number(m: re.Match[str]) -> str:
        group = next(g for g in ("w", "w2", "w3") if m.group(g))
        word = re.sub(r"^the\s+", "", m.group(group).lower())
        n = ORDINALS[re.sub(r"\s+", "-", word)]
        digits = f"{n}{_SUFFIX.get(n % 10, 'th') if n not in (11, 12, 13) else 'th'}"
        lo, hi = m.span(group)
        whole = m.group()
        return whole[:lo - m.start()] + digits.ljust(hi - lo) + whole[hi - m.start():]
    return DATES.spelled_day.sub(number, text)


def find_dates(text: str, today: dt.date) -> tuple[BriefDates | None, dt.date | None, list[str]]:
    """The shoot's dates as one span, the deadline, and notes on what was assumed."""
    written = text
    for _ in range(2):  # spoken fillers and stutters, blanked: "from, er, next month"
        text = PLACES.filler.sub(lambda f: " " * len(f.group()), text)
    text = english_dates(_spelled_days(text))  # "sábado 28", "5-6 grudnia": in English, in place
    text = DATE_KINDS.product_season.sub(lambda p: " " * len(p.group()), text)  # "the spring collection"
    spans, deadlines, notes = _spans(text, today)
    deadline = min(deadlines, key=lambda d: (not d[0], d[1]))[2] if deadlines else None
    if re.search(r"\b(?:asap|as\s+soon\s+as\s+possible|tbc|tba)\b", text, re.I) and not spans:
        notes.append("The dates are not fixed yet (ASAP / TBC): availability is not filtered.")
    dates, date_notes = shoot_span(text, spans, notes)
    weekly = DATES.every_week.search(text)
    if dates is not None and weekly is not None and dates.start.weekday() == _WEEKDAYS.index(
            weekly.group("wd")[:3].lower()):  # "each Thursday for 6 weeks from 4 March"
        weeks = number_value(weekly.group("n")) or 1
        weeks = weeks if within_reach(weeks, "week") else 1
        dates = dates.model_copy(update={"end": dates.start + dt.timedelta(weeks=weeks - 1), "open_end": False})
    if dates is not None and (at := text.find(dates.text)) >= 0:  # as written: "the eleventh of January"
        end = at + len(dates.text)
        while end < len(text) and text[end] == " " and not written[end].isspace():  # the padding
            end += 1
        dates = dates.model_copy(update={"text": written[at:end]})
    elif dates is not None:  # several spans: their words, with a blanked filler's spaces closed up
        dates = dates.model_copy(update={"text": re.sub(r"[ \t]{2,}", " ", dates.text)})
    return dates, deadline, date_notes
