"""Shoot dates and durations in briefs, as producers write them, for a fixed 'today'."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.dates import find_dates
from matcher.briefs.durations import find_durations
from matcher.briefs.parser import parse_brief

TODAY = dt.date(2026, 11, 28)  # a Saturday
D = dt.date

# (written, start, end, approximate)
FORMS = [
    ("six weeks from 3 March 2027", D(2027, 3, 3), D(2027, 4, 13), False),
    ("from 3rd March for six weeks", D(2027, 3, 3), D(2027, 4, 13), False),
    ("3-21 March 2027", D(2027, 3, 3), D(2027, 3, 21), False),
    ("3 March to 21 March", D(2027, 3, 3), D(2027, 3, 21), False),
    ("between 3 and 21 March", D(2027, 3, 3), D(2027, 3, 21), False),
    ("3rd \u2013 21st March", D(2027, 3, 3), D(2027, 3, 21), False),
    ("March 3-21, 2027", D(2027, 3, 3), D(2027, 3, 21), False),
    ("w/c 12 April", D(2027, 4, 12), D(2027, 4, 16), True),  # a working week
    ("week commencing 12th April 2027", D(2027, 4, 12), D(2027, 4, 16), True),
    ("18 days in March", D(2027, 3, 1), D(2027, 3, 31), True),
    ("next spring", D(2027, 3, 1), D(2027, 5, 31), True),
    ("spring 2027", D(2027, 3, 1), D(2027, 5, 31), True),
    ("summer", D(2027, 6, 1), D(2027, 8, 31), True),
    ("winter", D(2026, 12, 1), D(2027, 2, 28), True),
    ("early May", D(2027, 5, 1), D(2027, 5, 10), True),
    ("mid May", D(2027, 5, 11), D(2027, 5, 20), True),
    ("mid-May", D(2027, 5, 11), D(2027, 5, 20), True),
    ("late May", D(2027, 5, 21), D(2027, 5, 31), True),
    ("end of June", D(2027, 6, 21), D(2027, 6, 30), True),
    ("late summer 2027", D(2027, 8, 1), D(2027, 8, 31), True),
    ("March 2027", D(2027, 3, 1), D(2027, 3, 31), True),
    ("in the new year", D(2027, 1, 1), D(2027, 1, 31), True),
    ("Q2 2027", D(2027, 4, 1), D(2027, 6, 30), True),
    ("Q1", D(2027, 1, 1), D(2027, 3, 31), True),
    ("January", D(2027, 1, 1), D(2027, 1, 31), True),
    ("December", D(2026, 12, 1), D(2026, 12, 31), True),
    ("March to May", D(2027, 3, 1), D(2027, 5, 31), True),
    ("5th-9th Jan", D(2027, 1, 5), D(2027, 1, 9), False),
    ("28 Dec - 5 Jan", D(2026, 12, 28), D(2027, 1, 5), False),
    ("a two-week shoot starting 10/05/2027", D(2027, 5, 10), D(2027, 5, 23), False),
    ("shoot dates: 14/06/27 - 02/07/27", D(2027, 6, 14), D(2027, 7, 2), False),
    ("a 4-week shoot in Stoke in June", D(2027, 6, 1), D(2027, 6, 30), True),
    ("a 10-day shoot from Monday 8th February", D(2027, 2, 8), D(2027, 2, 17), False),
    ("a fortnight from 1 June", D(2027, 6, 1), D(2027, 6, 14), False),
    ("3 months from 1 June", D(2027, 6, 1), D(2027, 8, 31), False),
    ("6 wks from 1 June", D(2027, 6, 1), D(2027, 7, 12), False),
    ("one day on 2 December", D(2026, 12, 2), D(2026, 12, 2), False),
    ("next week", D(2026, 11, 30), D(2026, 12, 4), True),
    ("next month", D(2026, 12, 1), D(2026, 12, 31), True),
    ("early next year", D(2027, 1, 1), D(2027, 3, 31), True),
    ("needed tomorrow, 1 day", D(2026, 11, 29), D(2026, 11, 29), False),
    ("on the fourteenth of February", D(2027, 2, 14), D(2027, 2, 14), False),  # days spelled out, as said
    ("April the twenty-third", D(2027, 4, 23), D(2027, 4, 23), False),
    ("from the second to the fifth of March", D(2027, 3, 2), D(2027, 3, 5), False),
]


@pytest.mark.parametrize("written,start,end,approximate", FORMS, ids=[f[0] for f in FORMS])
def test_each_written_form_gives_the_exact_span(written, start, end, approximate):
    dates, _, _ = find_dates(written, TODAY)
    assert dates is not None, written
    assert (dates.start, dates.end, dates.approximate) == (start, end, approximate)


@pytest.mark.parametrize("written,start,end,approximate", FORMS[:12], ids=[f[0] for f in FORMS[:12]])
def test_forms_inside_a_brief(written, start, end, approximate):
    brief = parse_brief(f"Hi, drama short, need a gaffer and two sparks. Shooting {written}, around Leek.", today=TODAY)
    assert (brief.dates.start, brief.dates.end, brief.dates.approximate) == (start, end, approximate)


def test_a_day_spelled_out_keeps_its_words():
    dates, _, _ = find_dates("We'd film on, um, the thirtieth of January if that works.", TODAY)
    assert dates is not None and dates.start == D(2027, 1, 30) and dates.text.startswith("thirtieth of January")
    assert find_dates("our second shoot in May", TODAY)[0].start == D(2027, 5, 1)  # no day of May is named


def test_a_lower_case_weekday_in_a_text_is_read_only_where_it_can_be_a_day():
    wednesday = D(2026, 11, 25)
    assert find_dates("runner needed fri for a promo in Leek", wednesday)[0].start == D(2026, 11, 27)
    assert find_dates("got one sat for the leek shoot?", wednesday)[0].start == D(2026, 11, 28)
    assert find_dates("no one sat down with us, filming in Leek", wednesday)[0] is None


def test_a_date_that_has_passed_this_year_means_next_year():
    assert find_dates("shooting 3 November", TODAY)[0].start == D(2027, 11, 3)
    assert find_dates("shooting 28 November", TODAY)[0].start == D(2026, 11, 28)  # today still counts
    assert find_dates("shooting 3 November 2027", TODAY)[0].start == D(2027, 11, 3)  # a stated year stands
    past, _, notes = find_dates("shooting 3 November 2026", TODAY)  # and a day it puts in the past was a past event
    assert past is None and any("in the past" in n for n in notes)


def test_numeric_dates_are_day_first():
    dates, _, _ = find_dates("shoot on 02/03/2027", TODAY)
    assert dates.start == D(2027, 3, 2)


def test_text_is_as_written():
    dates, _, _ = find_dates("Six weeks in Leek from 3 March 2027, need a gaffer.", TODAY)
    assert dates.text == "Six weeks in Leek from 3 March 2027"


def test_duration_inside_a_period_is_noted():
    _, _, notes = find_dates("shooting 18 days in March", TODAY)
    assert any("18 days" in n and "March 2027" in n for n in notes)


def test_several_ranges_give_the_overall_span_and_a_note():
    dates, _, notes = find_dates("Block one 1-5 March 2027, block two 22-26 March 2027.", TODAY)
    assert (dates.start, dates.end) == (D(2027, 3, 1), D(2027, 3, 26))
    assert any("overall span" in n for n in notes)


def test_prep_and_edit_dates_are_not_the_shoot():
    text = ("Prep from w/c 15 February, shoot dates 1st-19th March 2027. An editor to start in April.")
    dates, _, notes = find_dates(text, TODAY)
    assert (dates.start, dates.end, dates.approximate) == (D(2027, 3, 1), D(2027, 3, 19), False)
    assert any("prep" in n for n in notes)


def test_deadlines_are_not_shoot_dates():
    dates, _, notes = find_dates("Shoot 1-2 February; please reply by 3 January.", TODAY)
    assert (dates.start, dates.end) == (D(2027, 2, 1), D(2027, 2, 2))
    assert any("3 January" in n for n in notes)


def test_only_a_start_is_approximate_and_noted():
    dates, _, notes = find_dates("from 3 March", TODAY)
    assert (dates.start, dates.end, dates.approximate) == (D(2027, 3, 3), D(2027, 3, 3), True)
    assert any("Only a start" in n for n in notes)


def test_a_length_without_dates_gives_no_dates_but_a_note():
    dates, _, notes = find_dates("a 10-day shoot in Leek", TODAY)
    assert dates is None and any("10-day" in n for n in notes)


@pytest.mark.parametrize("text", [
    "need a 1st AC and a 2nd AC",          # ordinals that are roles
    "May I ask for your rates?",            # a modal, not a month
    "we march on",                          # a verb
    "Rates capped at £300/day, 2 x sparks",
    "an impossible 31 February 2027 and nothing else",
])
def test_no_false_dates(text):
    dates, _, _ = find_dates(text, TODAY)
    assert dates is None, dates


def test_a_range_that_ends_before_it_starts_is_ignored_and_noted():
    dates, _, notes = find_dates("shoot 3 March 2028 - 1 March 2027", TODAY)
    assert dates is None and any("ends before it starts" in n for n in notes)


@pytest.mark.parametrize("text,n,unit", [
    ("six weeks", 6, "week"), ("6 wks", 6, "week"), ("18 days", 18, "day"), ("a fortnight", 2, "week"),
    ("3 months", 3, "month"), ("a 10-day shoot", 10, "day"), ("a two-week shoot", 2, "week"),
    ("18 shoot days", 18, "day"), ("3-4 weeks", 4, "week"), ("a couple of weeks", 2, "week"),
])
def test_durations(text, n, unit):
    (d,) = find_durations(text)
    assert (d.n, d.unit) == (n, unit)


@pytest.mark.parametrize("text", [
    "an editor to turn it round in a week", "£250 a day", "2 days a week", "two weeks' notice",
])
def test_lengths_that_are_not_the_shoot(text):
    assert find_durations(text) == []


def test_the_shoot_length_is_chosen_over_other_lengths():
    dates, _, _ = find_dates("prep 2 weeks, shooting 6 weeks from 1 June", TODAY)
    assert dates.end == D(2027, 7, 12)


# Lengths no shoot lasts (past the calendar's year 9999 from today): not read, never an error.
BEYOND_REACH = [
    ("in 99999999 weeks' time", None),
    ("shoot in 2 weeks for 99999999 weeks", (D(2026, 12, 12), D(2026, 12, 12))),
    ("shoot for 9999999999 days from 1 March", (D(2027, 3, 1), D(2027, 3, 1))),
    ("shoot for 99999 months from May", (D(2027, 5, 1), D(2027, 5, 31))),
    ("each Thursday for 99999999 weeks from 4 March", (D(2027, 3, 4), D(2027, 3, 4))),
]


@pytest.mark.parametrize(("written", "span"), BEYOND_REACH)
def test_a_length_beyond_any_shoot_is_not_read(written, span):
    dates, _, _ = find_dates(written, TODAY)
    assert (None if dates is None else (dates.start, dates.end)) == span


def test_a_ten_year_length_is_still_read():
    dates, _, _ = find_dates("shoot for 520 weeks from 1 March 2027", TODAY)
    assert dates is not None and (dates.start, dates.end) == (D(2027, 3, 1), D(2037, 2, 15))
