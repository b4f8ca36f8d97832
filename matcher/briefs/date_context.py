"""What the words around a date say about it: a message's own date in a forwarded header, a date the
speaker corrects ("the ninth, no, the tenth"; a later "update: now its Fri 12th") or rules out ("not
the 8th"), and a day or week counted from the date before ("the next day", "the following week").
Rules: ``DATES.header_date``, ``DATES.header_line``, ``DATES.corrected``, ``DATES.not_date``,
``DATES.correction``, ``DATES.next_day`` (``matcher.briefs.rules.dates``); ``dates`` uses them.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import namedtuple

from matcher.briefs.rules.dates import DATES

__all__ = ["Span", "corrected", "header_date", "said_from_before", "sentence_of"]

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


def said_from_before(text: str, found: list[Span]) -> list[Span]:
    """'the next morning', 'the following week': a day or working week after the date before it."""
    added = []
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
    """Drop a date the speaker corrects ('the 14th, no, the 15th') or says it is not ('not the 8th')."""
    dropped = {a for a, b in itertools.pairwise(found) if DATES.corrected.fullmatch(text, a.end, b.start)}
    dropped |= {s for s in found if DATES.not_date.search(text, max(0, s.start - 16), s.start)}
    fixed = [s for s in found if DATES.correction.search(sentence_of(text, s.start))
             and not DATES.correction.search(text, s.end, s.end + 1)]
    if fixed:  # "tues 8th ... correction its Weds 9th": the earlier dates are replaced
        dropped |= {s for s in found
                    if s.end <= fixed[0].start and not DATES.correction.search(sentence_of(text, s.start))}
    for s in sorted(dropped, key=lambda s: s.start):
        notes.append(f"'{text[s.start:s.end].strip()}' read as corrected or ruled out, not a shoot date.")
    return [s for s in found if s not in dropped]
