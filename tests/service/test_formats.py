"""How dates, distances and money are written for the film office: UK dates, km and miles."""

from __future__ import annotations

import datetime as dt

import pytest

from models.profile import GbpRange
from service.formats import day_rate, distance_text, uk_date, uk_range

D = dt.date

# (start, end, written): a shared month or year is named once.
RANGES = [
    (D(2027, 3, 3), D(2027, 3, 3), "3 March 2027"),
    (D(2027, 3, 3), D(2027, 3, 13), "3–13 March 2027"),
    (D(2027, 3, 3), D(2027, 4, 13), "3 March – 13 April 2027"),
    (D(2026, 12, 28), D(2027, 1, 9), "28 December 2026 – 9 January 2027"),
]
DISTANCES = [
    (None, ""),
    (0.4, "0.4 km (0.2 miles)"),
    (1.609344, "1.6 km (1.0 mile)"),
    (12.4, "12 km (7.7 miles)"),
    (80.0, "80 km (50 miles)"),
]
RATES = [
    (None, ""),
    (GbpRange(min=350, max=420), "£350–£420"),
    (GbpRange(min=300, max=300), "£300"),
    (GbpRange(min=250), "from £250"),
    (GbpRange(max=500), "up to £500"),
]


def test_a_day_is_written_day_first_with_the_month_in_words():
    assert uk_date(D(2027, 3, 3)) == "3 March 2027"
    assert uk_date(D(2027, 11, 30)) == "30 November 2027"


@pytest.mark.parametrize("start,end,written", RANGES)
def test_a_range_names_a_shared_month_or_year_once(start, end, written):
    assert uk_range(start, end) == written


@pytest.mark.parametrize("km,written", DISTANCES)
def test_a_distance_is_given_in_kilometres_and_miles(km, written):
    assert distance_text(km) == written


@pytest.mark.parametrize("rate,written", RATES)
def test_a_day_rate_reads_as_a_range_in_pounds(rate, written):
    assert day_rate(rate) == written
