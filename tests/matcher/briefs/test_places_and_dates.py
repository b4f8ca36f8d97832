"""Places and dates by general kind (issue 12), with sentences written here (none from a judged
set): the sender's base however it is said, a list sharing its first place's reading, a known
place's name with a venue word, a lower-case town as a line's last item, day ranges with weekdays
or '&', days of next month, and no shoot dates in a question or a thank-you."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import parse_brief
from models.brief import Brief

TODAY = dt.date(2027, 2, 3)  # a Wednesday
D = dt.date


def read(text: str) -> Brief:
    return parse_brief(text, today=TODAY)


def shoot_places(brief: Brief) -> list[str]:
    return [p.name for p in brief.locations if p.shoot]


@pytest.mark.parametrize(("text", "places"), [
    # the sender's base, however it is said
    ("Hello, a post house in Manchester here. We're shooting at Trentham Gardens on 4 May.", ["Trentham Gardens"]),
    ("Our office is in Derby and Nottingham; filming in Leek on 4 May.", ["Leek"]),
    ("It's Priya from Keele Uni - we're filming a short in Stone next week.", ["Stone"]),
    # an earlier shoot's place is not this one's
    ("We shot the pilot in Leek last year; the series films in Cheadle on 4 May.", ["Cheadle"]),
    # a known place's name with a venue word is that venue
    ("Filming inside Longton Baths and outside Hanley Bus Station on 3 May.", ["Longton Baths", "Hanley Bus Station"]),
    ("We'd love to film in the Cathedral Close, Lichfield in May.", ["Cathedral Close", "Lichfield"]),
    # a lower-case town as a line's last item is read
    ("need a spark sat 8th may, kidsgrove", ["Kidsgrove"]),
])
def test_shoot_places_by_kind(text: str, places: list[str]) -> None:
    assert shoot_places(read(text)) == places


def test_a_lower_case_town_is_noted_when_read() -> None:
    brief = read("one day filming 8th may, kidsgrove")
    assert any("lower case" in n and "Kidsgrove" in n for n in brief.notes)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Filming Tue 11th - Thu 13th May in Leek.", D(2027, 5, 11), D(2027, 5, 13)),
    ("Two days filming, 17th & 18th June, Stone.", D(2027, 6, 17), D(2027, 6, 18)),
    ("Shooting the weekend of 20/21 March at Biddulph.", D(2027, 3, 20), D(2027, 3, 21)),
    ("Shoot is between the 8th and 12th of next month in Fenton.", D(2027, 3, 8), D(2027, 3, 12)),
    ("Filming at Cathedral Close on 20/03/27.", D(2027, 3, 20), D(2027, 3, 20)),  # 'Close' is no closing date
    ("Filming 6th, 7th and 9th April in Alton.", D(2027, 4, 6), D(2027, 4, 9)),
    ("We shoot on the 18th and 19th in Tean.", D(2027, 2, 18), D(2027, 2, 19)),
    ("Filming Saturday 20th in Stone.", D(2027, 2, 20), D(2027, 2, 20)),
    ("Filming the second week of May in Leek.", D(2027, 5, 8), D(2027, 5, 14)),
    ("Filming the last week of April.", D(2027, 4, 24), D(2027, 4, 30)),
    ("Shoot at the end of next month.", D(2027, 3, 21), D(2027, 3, 31)),
    ("Filming Feb-Apr 2028 in Rugeley.", D(2028, 2, 1), D(2028, 4, 30)),
    ("Filming w/c 15/3 in Hanley.", D(2027, 3, 15), D(2027, 3, 19)),
])
def test_shoot_dates_by_kind(text: str, start: dt.date, end: dt.date) -> None:
    brief = read(text)
    assert (brief.dates.start, brief.dates.end) == (start, end)
    assert brief.deadline is None


@pytest.mark.parametrize("text", [
    "Will the office be open over Easter weekend?",
    "Thanks so much for all your help - we'll be in touch again in the summer.",
])
def test_a_question_or_thanks_with_no_shoot_has_no_shoot_dates(text: str) -> None:
    brief = read(text)
    assert brief.dates is None and not brief.needs
