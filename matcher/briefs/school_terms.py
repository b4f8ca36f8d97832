"""School terms and half terms as briefs say them: "over feb half term", "in the spring term".

Schools, youth groups and families plan shoots around the school year, and say so in its words rather
than in dates. English schools' terms are set by each council or academy trust, so no date is exact;
the weeks below are what most of them share, and a brief's dates read from them are approximate
(noted as a period, so a day the brief also gives wins, as a day inside any vaguer period does):

- February half term: the Monday to Friday of the week whose Monday falls between 12 and 18 February
  (Staffordshire and most English councils, 2024-2028);
- May (or Whitsun, summer) half term: the week of the late May bank holiday, its last Monday;
- October (or autumn) half term: the week of October's last Monday;
- a bare "half term": the next of these three that has not ended;
- terms: autumn is September to December, spring January to March, summer April to July (whole months,
  approximate); "spring term" is not spring the season, which starts in March.

Rules: ``DATE_KINDS.half_term`` and ``DATE_KINDS.school_term`` (``matcher.briefs.rules.date_kinds``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["half_term", "school_term"]

_TERMS = {"autumn": (9, 12), "spring": (1, 3), "summer": (4, 7)}
_WHICH = {"feb": 2, "spr": 2, "may": 5, "whi": 5, "sum": 5, "oct": 10, "aut": 10}


def _last_monday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=last.weekday())


def _monday(year: int, month: int) -> dt.date:
    if month == 2:
        return next(dt.date(year, 2, d) for d in range(12, 19) if dt.date(year, 2, d).weekday() == 0)
    return _last_monday(year, month)


def half_term(m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The half-term week (Monday to Friday) named, or the next one, that has not ended."""
    which = (m.group("which") or "").lower()[:3]
    months = [_WHICH[which]] if which in _WHICH else [2, 5, 10] if not which else []
    if not months:
        return None  # "December half term": no such week
    weeks = sorted((_monday(year, month), _monday(year, month) + dt.timedelta(days=4))
                   for year in (today.year, today.year + 1) for month in months)
    return next(w for w in weeks if w[1] >= today)


def school_term(m: re.Match[str], today: dt.date) -> tuple[dt.date, dt.date]:
    """The autumn, spring or summer term (whole months) that has not ended."""
    first, last = _TERMS[m.group("term").lower()]
    for year in (today.year, today.year + 1):
        end = dt.date(year, last, calendar.monthrange(year, last)[1])
        if end >= today:
            return dt.date(year, first, 1), end
    raise AssertionError("a term ends within two years")
