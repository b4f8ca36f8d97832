"""Which of a brief's dates are the shoot's, as one span.

Every date read (``dates``) is a ``Span`` with a kind and what it dates. Here: a vaguer period around a
precise span or a shorter period adds nothing; dates of other work (prep, edit, rehearsals, a release, a
mix...) are left out, and so is the same day named again after such work, but not a work on a day named
before it ("live on 4 March. Rehearsals on the morning of the 4th": the 4th is the show's); when a
shoot word names some dates, or some are in sentences about the shoot, only those; a length said with a
date is that date's ("from 3 March for six weeks"); several spans give the overall span, noted.
"""

from __future__ import annotations

import itertools
import re

from matcher.briefs.date_context import Span, sentence_of
from matcher.briefs.durations import Duration, end_after, find_durations
from matcher.briefs.rules.dates import DATES
from models.brief import BriefDates

__all__ = ["shoot_span"]

_PHASE = DATES.phase


def shoot_span(text: str, spans: list[Span], notes: list[str]) -> tuple[BriefDates | None, list[str]]:
    """The shoot's dates as one span from every date found (in text order), and notes on what was left out.

    Args:
        text: the brief, its foreign and spelled-out dates rewritten in place.
        spans: every date expression read, with its kind and what it dates (``Span.phase``).
        notes: the notes so far, added to.
    Returns:
        The shoot's dates (None when no date is the shoot's) and the notes.
    """
    written = spans
    precise = [s for s in spans if s.kind in ("range", "day")]
    # A vaguer period around a precise span ("in March: 3rd to 21st") adds nothing; nor does one around a
    # shorter period ("in the spring term, probably February").
    spans = [s for s in spans if s in precise or not any(s.lo <= p.lo and p.hi <= s.hi for p in precise)]
    spans = [s for s in spans if s.kind != "period" or not any(
        p is not s and p.kind in ("period", "week") and not p.opens and s.lo <= p.lo and p.hi <= s.hi
        and (p.lo, p.hi) != (s.lo, s.hi) for p in spans)]
    if any(s.phase for s in spans):  # prep, edit, TX...: not the shoot, even when no other date is given
        notes.append("Left out as not shoot dates: " + ", ".join(
            f"'{text[s.start:s.end].strip()}' ({s.phase})" for s in spans if s.phase) + ".")
        # the same day named again ("rig day Friday 8th ... security overnight on the 8th") is that work's too;
        # a work on a day named before ("live on 4 March. Rehearsals on the morning of the 4th") is not, but a
        # period is ("pick-ups in the new year ... the edit from January")
        work = [s for s in spans if s.phase and s.phase not in ("message", "availability")]
        spans = [s for s in spans if s.phase is None
                 and not any((w.lo, w.hi) == (s.lo, s.hi) and (w.start < s.start or s.kind != "day") for w in work)]
    named = [s for s in spans if DATES.shoot_before.search(text, max(0, s.start - 20), s.start)]
    for before, after in itertools.pairwise(spans):  # "filming 5th March, 6th March and 12th March"
        if before in named and after not in named and DATES.list_glue.fullmatch(text, before.end, after.start):
            named.append(after)
    if named and len(named) < len(spans):  # "Start mid-January, filming Feb-May": the dates the shoot names
        notes.append("Left out as not shoot dates: " + ", ".join(
            f"'{text[s.start:s.end].strip()}'" for s in spans if s not in named) + ".")
        spans = named
    at_shoot = [s for s in spans if DATES.shoot_sentence.search(sentence_of(text, s.start))]
    if at_shoot and len(at_shoot) < len(spans):  # "office space from 1 May. Shooting 7 June - 2 July."
        notes.append("Left out as not shoot dates, in sentences about no shoot: " + ", ".join(
            f"'{text[s.start:s.end].strip()}'" for s in spans if s not in at_shoot) + ".")
        spans = at_shoot
    # A length said with a date that is not the shoot's ("a coordinator from 11 Jan for 8 weeks") is that date's;
    # one inside a date's words ("a week from Monday", "a week on Friday") is part of that date.
    durations = [d for d in find_durations(text) if not any(s.start < d.end and d.start < s.end for s in written)
                 and min(written, key=lambda s: min(abs(d.start - s.end), abs(s.start - d.end))) in spans] \
        if written else find_durations(text)
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


def _single(text: str, span: Span, dur: Duration | None, notes: list[str]) -> BriefDates:
    """One span, stretched or placed by the duration that goes with it."""
    written = text[span.start:span.end].strip()
    if span.kind == "range" or dur is None:
        open_end = span.opens and (span.kind == "day" or (span.kind == "period" and (span.hi - span.lo).days <= 31))
        # "from 3 May", "runs from March": no end; "from February to November" has one
        if span.opens and span.kind != "range":
            notes.append(f"Only a start is given ('{written}'); the end of the shoot is not known.")
        return BriefDates(start=span.lo, end=span.hi, text=written, approximate=span.kind in ("week", "period")
                          or (span.opens and span.kind != "range"), open_end=open_end)
    (a, b), vague = sorted([(span.start, span.end), (dur.start, dur.end)]), span.kind != "day"
    near = b[0] - a[1] <= 40 and not re.search(r"[.\n;]", text[a[1]:b[0]])
    written = text[a[0]:max(a[1], b[1])].strip() if near else f"{written} ({dur.text})"  # as written, if together
    end = end_after(span.lo, dur)
    if span.opens or not vague:  # "from 3 March for six weeks"; a vague window keeps its bounds
        return BriefDates(start=span.lo, end=end, text=written, approximate=vague)
    notes.append(f"'{dur.text}' read as falling somewhere between {span.lo:%-d %B %Y} and {span.hi:%-d %B %Y}.")
    return BriefDates(start=span.lo, end=span.hi, text=written, approximate=True)
