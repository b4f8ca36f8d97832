"""Marking days in a diary: what was said about those days is replaced, the rest is kept."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.errors import InvalidInput
from models.profile import Availability
from service.diary import MAX_WINDOWS, mark


def w(start: str, end: str, status: str = "available") -> Availability:
    return Availability(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end), status=status)


# (name, diary before, mark (start, end, status), diary after)
RULES = [
    ("an empty diary gains the window", [], ("2027-03-03", "2027-03-10", "available"),
     [w("2027-03-03", "2027-03-10")]),
    ("a window elsewhere is kept, in date order", [w("2027-05-01", "2027-05-31", "booked")],
     ("2027-03-03", "2027-03-10", "available"),
     [w("2027-03-03", "2027-03-10"), w("2027-05-01", "2027-05-31", "booked")]),
    ("a window spanning the days is split around them", [w("2027-03-01", "2027-03-31")],
     ("2027-03-10", "2027-03-12", "booked"),
     [w("2027-03-01", "2027-03-09"), w("2027-03-10", "2027-03-12", "booked"), w("2027-03-13", "2027-03-31")]),
    ("a window reaching into the days is cut short", [w("2027-03-01", "2027-03-15", "booked")],
     ("2027-03-10", "2027-03-20", "available"),
     [w("2027-03-01", "2027-03-09", "booked"), w("2027-03-10", "2027-03-20")]),
    ("a window inside the days goes", [w("2027-03-05", "2027-03-06", "booked")],
     ("2027-03-01", "2027-03-31", "available"), [w("2027-03-01", "2027-03-31")]),
    ("clear leaves nothing known about the days", [w("2027-03-01", "2027-03-31")],
     ("2027-03-10", "2027-03-20", "clear"), [w("2027-03-01", "2027-03-09"), w("2027-03-21", "2027-03-31")]),
    ("touching windows of one status join", [w("2027-03-01", "2027-03-09")],
     ("2027-03-10", "2027-03-20", "available"), [w("2027-03-01", "2027-03-20")]),
    ("the same answer twice leaves one window", [w("2027-03-03", "2027-03-10", "booked")],
     ("2027-03-03", "2027-03-10", "booked"), [w("2027-03-03", "2027-03-10", "booked")]),
]


@pytest.mark.parametrize("before,marking,after", [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_marking_days_replaces_only_those_days(before, marking, after):
    start, end, status = marking
    assert mark(before, dt.date.fromisoformat(start), dt.date.fromisoformat(end), status) == after


def test_days_that_end_before_they_start_are_refused():
    with pytest.raises(InvalidInput, match="end"):
        mark([], dt.date(2027, 3, 10), dt.date(2027, 3, 1), "booked")


def test_a_diary_holds_a_bounded_number_of_windows():
    day = dt.date(2027, 1, 1)
    diary = [Availability(start=day + dt.timedelta(days=2 * i), end=day + dt.timedelta(days=2 * i),
                          status="available" if i % 2 else "booked") for i in range(MAX_WINDOWS)]
    with pytest.raises(InvalidInput, match=str(MAX_WINDOWS)):
        mark(diary, dt.date(2030, 1, 1), dt.date(2030, 1, 1), "booked")
