"""Shoot dates and durations in a brief, in the ways producers write them.

Expressions are found with regexes and each candidate resolved on its own: dateparser's
search_dates is slow and reads dates into "1st AC". Rules (documented for the film office):
- no year: the next occurrence whose end is not before `today`; in a range the end decides.
- a month, season, quarter or week is approximate; seasons are meteorological (spring
  Mar-May ... winter Dec-Feb), early/mid/late split a month into 1-10/11-20/21-end and a longer
  period into thirds; "in the new year" is January-March; "ASAP" is today, approximately.
- a start and a duration: end = start + duration - 1 (calendar days, weeks of 7).
- a period and a shorter duration ("18 days in March"): the period, noting the days fall in it.
- several spans: the overall span, noted; a vaguer period around a precise span is dropped.
- dates after "by", "deadline", "delivery"... are no shoot dates and are ignored, noted; so are
  dates said to be prep, wrap, edit... when the brief also gives dates that are not.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import namedtuple
from functools import lru_cache

import dateparser

from matcher.briefs.durations import Duration, add_months, end_after, find_durations
from models.brief import BriefDates

__all__ = ["find_dates"]

_MON = (r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
        r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?)")
# Alone, a month is also a verb or a name ("may", "march", "Jan"): only a capitalised full name
# counts, or a capitalised abbreviation ("late Feb", "Sept"); "Jan" and "Mar" only before a year.
_BARE_MON = (r"(?-i:January|February|March|April|May(?!\s+(?:I|we|you|be|have|need|not|also)\b)|June|July"
             r"|August|September|October|November|December"
             r"|(?:Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|(?:Jan|Mar)\b\.?(?=\s+20\d\d))(?!\w)")
_D = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
_Y = r"20\d\d\b"
_TO = r"\s*(?:-|–|—|to|until|till|til|through|thru|and)\s*(?:the\s+)?"
_START = r"(?<![\w£$.,/:])\b"


def _day(p: str) -> str:
    """One calendar day, groups prefixed by p: '3rd (of) March 2027', 'March 3rd', '10/05/2027'."""
    md_end = rf"(?:(?<=st|nd|rd|th)|(?=\s*(?:[,.;)\-–]|to\b|until\b|and\b|$|\s{_Y})))"  # "June 3 sparks" is no date
    return (rf"(?:(?P<{p}d>{_D})(?:\s+of)?\s+(?P<{p}m>{_MON})(?:,?\s+(?P<{p}y>{_Y}))?"
            rf"|(?P<{p}m2>{_MON})\s+(?P<{p}d2>{_D}){md_end}(?:,?\s+(?P<{p}y2>{_Y}))?"
            rf"|(?P<{p}n>\d{{1,2}}(?P<{p}sep>[/.])\d{{1,2}}(?P={p}sep)(?:\d{{4}}|\d{{2}})\b|\d{{4}}-\d\d-\d\d\b))")


_RANGE = re.compile(rf"(?:\bbetween\s+(?:the\s+)?)?{_START}(?:{_day('a')}|(?P<bare>{_D})){_TO}{_day('b')}", re.I)
_MRANGE = re.compile(rf"\b(?P<m>{_MON})\s+(?P<d1>{_D}){_TO}(?P<d2>{_D})(?!\s+(?:of\s+)?{_MON})(?:,?\s+(?P<y>{_Y}))?",
                     re.I)
_WEEK = re.compile(rf"\b(?:w/?c|w\.c\.?|w/b|week\s+(?:commencing|beginning|starting|of))\s*:?\s*"
                   rf"(?:mon(?:day)?\s+)?(?:the\s+)?{_day('w')}", re.I)
_SINGLE = re.compile(rf"{_START}{_day('s')}", re.I)
_MONTHS = re.compile(rf"(?P<m1>{_BARE_MON})(?:\s+(?P<y1>{_Y}))?{_TO}(?P<m2>{_BARE_MON})(?:\s+(?P<y2>{_Y}))?", re.I)
_PERIOD = re.compile(
    r"\b(?:(?P<part>early|mid|late|end\s+of|beginning\s+of|start\s+of)[\s-]+(?:the\s+)?)?"
    r"(?:(?P<rel>next|this|coming)\s+)?(?:(?P<season>spring|summer|autumn|winter)"
    rf"|(?P<month>{_BARE_MON})|q(?P<q>[1-4])|(?P<new>the\s+new\s+year)|(?P<unit>week|month|year)|(?P<year>{_Y})"
    rf"|(?P<asap>asap|as\s+soon\s+as\s+possible|immediately)|(?P<tomorrow>tomorrow|tmrw|tmw|tomoz))\b(?:\s+(?P<y>{_Y}))?", re.I)
_OPENER = re.compile(r"(?:\bfrom|\bstart(?:s|ing)?(?:\s+on)?|\bstart\s+date|\bcommencing|\bbeginning"
                     r"|\bkick(?:s|ing)?\s+off(?:\s+on)?|\bbegins?)\s*:?\s*(?:on\s+)?(?:the\s+)?"
                     r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.I)
_DEADLINE = re.compile(r"(?:\bby|\bdeadline|\bdeliver\w*|\bdue|\breply|\brespond|\bapply|\bapplications?|\btx"
                       r"|\btransmission|\brelease\w*|\bpremiere\w*|\bsubmi\w+)\b[^.\n;,]{0,20}$", re.I)
# The last of these before a date says what it dates: "prep from w/c 15 Feb, shoot dates 1-19 March".
_PHASE = re.compile(r"\b(?:(?P<shoot>shoot\w*|film(?:ing)?|principal|pick-?ups?)|(?P<phase>prep\w*|recces?"
                    r"|wrap\w*|post|post-production|edit\w*|grad(?:e|ing)|rehears\w*))\b", re.I)
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "winter": (12, 3)}
_DP_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future", "PREFER_DAY_OF_MONTH": "first"}

# kind "range" | "day" | "week" | "period"; opens: "from 3 March", a start rather than the whole shoot;
# phase "prep", "edit"...: the dates of something other than the shoot.
_Span = namedtuple("_Span", "start end lo hi kind opens phase")


def _month(name: str) -> int:
    return "jan feb mar apr may jun jul aug sep oct nov dec".split().index(name[:3].lower()) + 1


def _int(s: str | None) -> int | None:
    return int(re.sub(r"\D", "", s)) if s else None


@lru_cache(maxsize=512)
def _numeric(s: str) -> dt.date | None:
    # dateparser earns its keep here: day-first order, two-digit years, impossible dates rejected.
    d = dateparser.parse(s, languages=["en"], settings=_DP_SETTINGS)
    return d.date() if d else None


def _parts(m: re.Match, p: str) -> tuple[int, int, int | None] | dt.date | None:
    """(day, month, year or None) of a _day(p) match, or a full date for a numeric one."""
    if m.group(p + "n"):
        return _numeric(m.group(p + "n"))
    if m.group(p + "m"):
        return _int(m.group(p + "d")), _month(m.group(p + "m")), _int(m.group(p + "y"))
    return _int(m.group(p + "d2")), _month(m.group(p + "m2")), _int(m.group(p + "y2"))


def _resolve(parts, today: dt.date, year: int | None = None) -> dt.date:
    """A date from parts; with no year, `year` if given, else the next occurrence from today."""
    if isinstance(parts, dt.date):
        return parts
    d, m, y = parts
    first = dt.date(y or year or today.year, m, d)
    return first if y or year or first >= today else first.replace(year=today.year + 1)


def _pair(a, b, today: dt.date) -> tuple[dt.date, dt.date]:
    """A range's two ends, the year carried across and the end deciding the next occurrence."""
    if isinstance(a, tuple) and a[2] is None:
        hi = _resolve(b, today)
        lo = _resolve(a, today, hi.year)
        return (lo.replace(year=lo.year - 1) if lo > hi else lo), hi
    lo = _resolve(a, today)
    hi = _resolve(b, today, lo.year)
    return lo, (hi.replace(year=hi.year + 1) if hi < lo and not (isinstance(b, tuple) and b[2]) else hi)


def _months_span(first: int, n: int, year: int) -> tuple[dt.date, dt.date]:
    lo, last = dt.date(year, first, 1), add_months(dt.date(year, first, 1), n - 1)
    return lo, last.replace(day=calendar.monthrange(last.year, last.month)[1])


def _upcoming(first: int, n: int, year: int | None, today: dt.date, strictly_next: bool) -> tuple[dt.date, dt.date]:
    """n months from month `first`: of `year`, else the current or next such period ("next": not current)."""
    spans = [_months_span(first, n, y) for y in ([year] if year else range(today.year - 1, today.year + 3))]
    return spans[0] if year else next(s for s in spans if (s[0] > today if strictly_next else s[1] >= today))


def _part(lo: dt.date, hi: dt.date, n: int, part: str | None) -> tuple[dt.date, dt.date]:
    """early / mid / late of a period: thirds of its days (one month) or of its months."""
    if not part:
        return lo, hi
    third = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "late": 2, "end": 2}[part.split()[0].lower()]
    if n == 1:
        return lo.replace(day=1 + 10 * third), (hi if third == 2 else lo.replace(day=10 + 10 * third))
    start = add_months(lo, third * max(n // 3, 1))
    return _months_span(start.month, max(n // 3, 1), start.year)


def _period(m: re.Match, today: dt.date) -> tuple[dt.date, dt.date] | None:
    g, year = m.groupdict(), _int(m.group("y"))
    nxt, unit = (g["rel"] or "").lower() == "next", (g["unit"] or "").lower()
    if g["asap"] or g["tomorrow"]:
        return (today + dt.timedelta(days=1),) * 2 if g["tomorrow"] else (today, today)
    if unit and not g["rel"]:
        return None  # "a week", "the year"
    if unit == "week":  # Monday to Sunday
        lo = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=int(nxt))
        return lo, lo + dt.timedelta(days=6)
    if unit:
        first, n = ((today.month + int(nxt) - 1) % 12 + 1, 1) if unit == "month" else (1, 12)
    elif g["year"]:
        if not g["part"] and not re.search(r"\b(?:in|during|through(?:out)?)\s+$", m.string[:m.start()], re.I):
            return None  # a bare year is too often a credit or a model year
        first, n, year = 1, 12, int(g["year"])
    elif g["season"] or g["q"] or g["new"]:
        first, n = _SEASONS[g["season"].lower()] if g["season"] else (3 * int(g["q"]) - 2, 3) if g["q"] else (1, 3)
        year = year or (today.year + (today.month > 1) if g["new"] else None)
    else:
        first, n = _month(g["month"]), 1
    lo, hi = _upcoming(first, n, year, today, nxt)
    return _part(lo, hi, n, g["part"])


def _bounds(rx: re.Pattern, m: re.Match, today: dt.date) -> tuple[dt.date, dt.date] | None:
    if rx is _RANGE:
        b = _parts(m, "b")
        a = _parts(m, "a") if m.group("bare") is None else (  # "3-21 March": the 3 borrows month and year
            (_int(m.group("bare")), *((b.month, b.year) if isinstance(b, dt.date) else b[1:])) if b else None)
        return _pair(a, b, today) if a and b else None
    if rx is _MRANGE:
        mon, y = _month(m.group("m")), _int(m.group("y"))
        return _pair((_int(m.group("d1")), mon, y), (_int(m.group("d2")), mon, y), today)
    if rx is _MONTHS:
        m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
        _, hi = _upcoming(m2, 1, _int(m.group("y2")), today, False)
        return dt.date(_int(m.group("y1")) or (hi.year - 1 if m1 > m2 else hi.year), m1, 1), hi
    if rx is _PERIOD:
        return _period(m, today)
    parts = _parts(m, "w" if rx is _WEEK else "s")
    day = _resolve(parts, today) if parts else None
    return (day, day + dt.timedelta(days=6 if rx is _WEEK else 0)) if day else None


def _spans(text: str, today: dt.date) -> tuple[list[_Span], list[str]]:
    """Every date expression in text order; a claimed stretch of text blocks vaguer readings of it."""
    found, notes, taken = [], [], []
    for rx, kind in ((_RANGE, "range"), (_MRANGE, "range"), (_WEEK, "week"), (_SINGLE, "day"), (_MONTHS, "period"),
                     (_PERIOD, "period")):
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            try:
                bounds = _bounds(rx, m, today)
            except ValueError:  # "31 April": no such day, and no month to fall back on either
                bounds = ()
                notes.append(f"Ignored '{m.group().strip()}': there is no such date.")
            if bounds and bounds[1] < bounds[0]:  # "10/05/2027 - 02/03/2027"
                bounds = ()
                notes.append(f"Ignored '{m.group().strip()}': it ends before it starts.")
            if bounds is not None:
                taken.append((m.start(), m.end()))
            before = text[max(0, m.start() - 40):m.start()]
            if bounds and _DEADLINE.search(before):
                notes.append(f"Ignored '{m.group().strip()}': it reads as a deadline, not a shoot date.")
            elif bounds:
                sentence = re.split(r"[.!?\n]", text[max(0, m.start() - 60):m.start()])[-1]
                phase = ([p.group("phase") for p in _PHASE.finditer(sentence)] or [None])[-1]
                kind = "day" if rx is _PERIOD and m.group("tomorrow") else kind
                found.append(_Span(m.start(), m.end(), *bounds, kind, bool(_OPENER.search(before)),
                                   phase and phase.lower()))
    return sorted(found, key=lambda s: s.start), notes


def _single(text: str, span: _Span, dur: Duration | None, notes: list[str]) -> BriefDates:
    """One span, stretched or placed by the duration that goes with it."""
    written = text[span.start:span.end].strip()
    if span.kind == "range" or dur is None:
        if span.opens and span.kind != "range":
            notes.append(f"Only a start is given ('{written}'); the end of the shoot is not known.")
        return BriefDates(start=span.lo, end=span.hi, text=written, approximate=span.kind in ("week", "period")
                          or (span.opens and span.kind != "range"))
    (a, b), vague = sorted([(span.start, span.end), (dur.start, dur.end)]), span.kind != "day"
    near = b[0] - a[1] <= 40 and not re.search(r"[.\n;]", text[a[1]:b[0]])
    written = text[a[0]:max(a[1], b[1])].strip() if near else f"{written} ({dur.text})"  # as written, if together
    end = end_after(span.lo, dur)
    if span.opens or not vague or end > span.hi:
        return BriefDates(start=span.lo, end=end, text=written, approximate=vague)
    notes.append(f"'{dur.text}' read as falling somewhere between {span.lo:%-d %B %Y} and {span.hi:%-d %B %Y}.")
    return BriefDates(start=span.lo, end=span.hi, text=written, approximate=True)


def find_dates(text: str, today: dt.date) -> tuple[BriefDates | None, list[str]]:
    """The shoot's dates as one span, and notes on what was assumed."""
    spans, notes = _spans(text, today)
    precise = [s for s in spans if s.kind in ("range", "day")]
    # A vaguer period around a precise span ("in March: 3rd to 21st") adds nothing.
    spans = [s for s in spans if s in precise or not any(s.lo <= p.lo and p.hi <= s.hi for p in precise)]
    if any(s.phase is None for s in spans) and any(s.phase for s in spans):
        notes.append("Left out as not shoot dates: " + ", ".join(
            f"'{text[s.start:s.end].strip()}' ({s.phase})" for s in spans if s.phase) + ".")
        spans = [s for s in spans if s.phase is None]
    durations = find_durations(text)
    if not spans:
        return None, notes + ([f"A length is given ('{durations[0].text}') but no dates."] if durations else [])
    shoot = [d for d in durations if any(p.group("shoot") for p in _PHASE.finditer(text, max(0, d.start - 25),
                                                                                     d.end + 25))]
    dur = min(shoot or durations, key=lambda d: abs(d.start - spans[0].start), default=None)
    if len(spans) == 1:
        return _single(text, spans[0], dur, notes), notes
    parts = [_single(text, s, dur if s.opens else None, []) for s in spans]
    notes.append("Several dates are given (" + "; ".join(p.text for p in parts) + "); taking the overall span.")
    return BriefDates(start=min(p.start for p in parts), end=max(p.end for p in parts),
                      text="; ".join(p.text for p in parts), approximate=any(p.approximate for p in parts)), notes
