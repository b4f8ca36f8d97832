"""What the words around a date say about it: a message's own date in a forwarded header, a date the
speaker corrects ("the ninth, no, the tenth"; a later "update: now its Fri 12th") or rules out ("not
the 8th"), a day or week counted from the date before ("the next day", "the following week", "a second
day on the Thursday": the first such weekday after it, "later in the month": from it to its month's end),
a quoted reply's "On 3 May, Jo wrote:" (the quoted message's date), a day with no month after a date
(its month), and a year-less date in a sentence about what is over that only reads as future by rolling
on a year ("our last shoot (12 Jan) went well": a past event; ``SHOOT.past_only``, ``SHOOT.to_come``).
Rules: ``DATES.header_date``, ``DATES.header_line``, ``DATES.corrected``, ``DATES.not_date``,
``DATES.correction``, ``DATES.next_day`` (``matcher.briefs.rules.dates``), ``DATE_KINDS.quoted_reply``,
``DATE_KINDS.weekday_after``, ``DATE_KINDS.later_in`` (``matcher.briefs.rules.date_kinds``); ``dates`` uses them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections import namedtuple

from matcher.briefs.periods import next_day_of_month
from matcher.briefs.rules.date_kinds import DATE_KINDS
from matcher.briefs.rules.dates import DATES
from matcher.briefs.rules.shoot import SHOOT

__all__ = ["Span", "corrected", "drop_restated", "header_date", "month_from_before", "quoted_reply",
           "said_from_before",
           "said_of_the_past", "sentence_of"]
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# kind "range" | "day" | "week" | "period"; opens: "from 3 March", a start rather than the whole shoot;
# phase "prep", "edit"...: the dates of something other than the shoot.
Span = namedtuple("Span", "start end lo hi kind opens phase")


def sentence_of(text: str, pos: int) -> str:
    lo = max(text.rfind(c, 0, pos) for c in ".!?\n") + 1
    hi = min((i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0), default=len(text))
    return text[lo:hi]


def header_date(text: str, at: int) -> bool:
    """A 'Date:' line of a forwarded e-mail's header, another header line next to it."""
    if not DATES.header_date.search(text, max(0, at - 30), at):
        return False
    line_start = text.rfind("\n", 0, at) + 1
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text.find("\n", at) + 1
    return bool((line_start and DATES.header_line.match(text, before))
                or (after and DATES.header_line.match(text, after)))


def quoted_reply(text: str, start: int, end: int) -> bool:
    """'On 3 May, Jo Bloggs wrote:': the date a quoted message was sent."""
    return bool(DATE_KINDS.quoted_reply.search(text, max(0, start - 20), start)
                and DATE_KINDS.quoted_wrote.match(text, end))


def month_from_before(text: str, found: list[Span], monthless: dict[int, tuple[int, int | None]]) -> list[Span]:
    """A day written with no month takes the month of the date before it ('Sat 20th March, reserve day Sunday
    21st': the 21st of March, not the next 21st from today); spans in text order, ``monthless`` their day numbers
    by where they start. Days right after a month, in its clause or a bracket ('Late March, the 9th to the 11th',
    'in May (2nd-20th)'), are those days of that month, and say more than it: the month is dropped."""
    out: list[Span] = []
    for s in found:
        before = [p for p in out if p.start not in monthless and p.kind in ("day", "range") and p.phase != "message"]
        month = out[-1] if out and out[-1].kind == "period" and s.start in monthless else None
        if month is not None and (month.lo.year, month.lo.month) == (month.hi.year, month.hi.month) \
                and DATES.days_of_month.match(text[month.end:s.start]):
            first, last = monthless[s.start]
            days = calendar.monthrange(month.lo.year, month.lo.month)[1]
            if first <= days and (last or first) <= days and (last or first) >= first:
                out[-1] = s._replace(lo=month.lo.replace(day=first), hi=month.lo.replace(day=last or first),
                                     start=month.start)
                continue
        if s.start in monthless and before:
            first, last = monthless[s.start]
            lo = next_day_of_month(first, before[-1].lo)
            if lo is not None and lo != s.lo:
                hi = lo.replace(day=last) if last and last >= first else lo
                s = s._replace(lo=lo, hi=hi)
        out.append(s)
    return out


def _from_before(text: str, found: list[Span]) -> list[Span]:
    """'a second day on the Thursday' (that weekday nearest the date before, ``_nearest``), 'later in the month'
    (from the date before to its month's end, or its week's Friday)."""
    added = []
    for m in itertools.chain(DATE_KINDS.weekday_after.finditer(text), DATE_KINDS.later_in.finditer(text)):
        before = [s for s in found if s.end <= m.start() and s.kind in ("day", "range")]
        if not before or any(s.start < m.end() and m.start() < s.end for s in found):
            continue
        prev = before[-1]
        if "wd" in m.re.groupindex and restated(text, prev, m.start(), m.group("wd")):
            continue  # "the 5th, the Monday": that date's own weekday
        if "wd" in m.re.groupindex:
            lo = hi = _nearest(_WEEKDAYS.index(m.group("wd")[:3].lower()), prev)
        elif (m.group("unit") or m.group("unit2")).lower() == "week":
            lo, hi = prev.hi, prev.hi + dt.timedelta(days=max(0, 4 - prev.hi.weekday()))
        else:
            lo, hi = prev.hi, prev.hi.replace(day=calendar.monthrange(prev.hi.year, prev.hi.month)[1])
        work = DATES.phase.match(text, m.end() + 1)  # "the Friday get-in": the day of other work
        phase = work.group("phase").lower() if work and work.group("phase") else prev.phase
        added.append(Span(m.start(), m.end(), lo, hi, "day" if lo == hi else "range", False, phase))
    return added


def restated(text: str, prev: Span, at: int, weekday: str) -> bool:
    """A weekday right after a one-day date that names that date's own weekday ("on the ninth, that's a
    Friday"): it says nothing more (``DATE_KINDS.weekday_restated``)."""
    return prev.lo == prev.hi and prev.lo.weekday() == _WEEKDAYS.index(weekday[:3].lower()) \
        and DATE_KINDS.weekday_restated.match(text[prev.end:at]) is not None


def drop_restated(text: str, found: list[Span]) -> list[Span]:
    """Spans in text order without a weekday that only restates the date before it."""
    out: list[Span] = []
    for s in found:
        word = text[s.start:s.end].strip()
        if out and s.kind == "day" and word[:3].lower() in _WEEKDAYS and word.isalpha() \
                and restated(text, out[-1], s.start, word):
            continue
        out.append(s)
    return out


def _nearest(weekday: int, prev: Span) -> dt.date:
    """That weekday inside the span before, else the nearest one to it (after it on a tie): 'Wed 20 Jan, and
    maybe the Thursday' is the 21st; 'the match on Sat 30th ... the Friday get-in' the 29th."""
    lo: dt.date = prev.lo
    hi: dt.date = prev.hi
    inside = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
    if (day := next((d for d in inside if d.weekday() == weekday and d != prev.lo), None)) is not None:
        return day
    after = hi + dt.timedelta(days=(weekday - hi.weekday()) % 7 or 7)
    before = lo - dt.timedelta(days=(lo.weekday() - weekday) % 7 or 7)
    return after if (after - hi) <= (lo - before) else before


def said_from_before(text: str, found: list[Span]) -> list[Span]:
    """'the next morning', 'the following week': a day or working week after the date before it."""
    added = _from_before(text, found)
    for m in DATES.next_day.finditer(text):
        before = [s for s in found if s.end <= m.start()]
        if not before or any(s.start < m.end() and m.start() < s.end for s in found):
            continue
        prev = before[-1]
        if m.group("unit") and m.group("unit").lower() == "week":
            lo = prev.hi - dt.timedelta(days=prev.hi.weekday()) + dt.timedelta(weeks=1)
            hi = lo + dt.timedelta(days=4)
        else:
            lo = hi = prev.hi + dt.timedelta(days=1)
        added.append(Span(m.start(), m.end(), lo, hi, "day" if lo == hi else "week", False, prev.phase))
    return sorted(found + added, key=lambda s: s.start)


def corrected(text: str, found: list[Span], notes: list[str]) -> list[Span]:
    """Drop a date the speaker corrects ('the 14th, no, the 15th'), says it is not ('not the 8th') or moves from
    ('moved from this weekend to next weekend')."""
    dropped = {a for a, b in itertools.pairwise(found) if DATES.corrected.fullmatch(text, a.end, b.start)}
    dropped |= {s for s in found if DATES.not_date.search(text, max(0, s.start - 16), s.start)}
    starts = {s.start for s in found}  # "moved from this weekend to next weekend": only the new date
    dropped |= {s for s in found if DATES.moved.search(text, max(0, s.start - 30), s.start)
                and (to := re.match(r"\s*(?:to|until|till)\s+", text[s.end:])) is not None
                and s.end + to.end() in starts}
    fixed = [s for s in found if DATES.correction.search(sentence_of(text, s.start))
             and not DATES.correction.search(text, s.end, s.end + 1)]
    if fixed:  # "tues 8th ... correction its Weds 9th": the earlier dates are replaced
        dropped |= {s for s in found
                    if s.end <= fixed[0].start and not DATES.correction.search(sentence_of(text, s.start))}
    for s in sorted(dropped, key=lambda s: s.start):
        notes.append(f"'{text[s.start:s.end].strip()}' read as corrected or ruled out, not a shoot date.")
    return [s for s in found if s not in dropped]


def said_of_the_past(text: str, at: int, lo: dt.date, today: dt.date) -> bool:
    """'We filmed the first block in January', 'our last shoot (12 Jan) went well': a date with no year that only
    reads as a future one by rolling on to next year (most of a year away), in a sentence about what is over."""
    if (lo - today).days < 270:
        return False
    sentence = sentence_of(text, at)
    return bool(SHOOT.past_only.search(sentence)) and not SHOOT.to_come.search(sentence)
