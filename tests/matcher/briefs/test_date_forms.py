"""Date forms of spoken and informal briefs: days that say which days of a month, a weekday that
restates its date, a call's own header, work on the shoot day, release and mix dates, a list's number.

Examples are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.dates import find_dates

TODAY = dt.date(2027, 1, 4)
D = dt.date


@pytest.mark.parametrize(("text", "start", "end"), [
    ("We're thinking late March, the 15th to the 17th, at the mill.", D(2027, 3, 15), D(2027, 3, 17)),
    ("Shooting in May (3rd-7th), crew from Leek.", D(2027, 5, 3), D(2027, 5, 7)),
    ("Filming in June: the 8th and 9th.", D(2027, 6, 8), D(2027, 6, 9)),
])
def test_days_right_after_a_month_are_those_days_of_it(text: str, start: dt.date, end: dt.date) -> None:
    dates = find_dates(text, TODAY)[0]
    assert dates is not None and (dates.start, dates.end) == (start, end) and not dates.approximate


@pytest.mark.parametrize("text", [
    "We film on the 12th of June, that's a Saturday, in Stone.",
    "We film on the 12th of June, the Saturday, in Stone.",
])
def test_a_weekday_that_names_its_dates_own_weekday_is_no_second_day(text: str) -> None:
    dates = find_dates(text, TODAY)[0]
    assert dates is not None and (dates.start, dates.end) == (D(2027, 6, 12), D(2027, 6, 12))


def test_a_weekday_after_a_date_that_is_another_day_still_counts() -> None:
    dates = find_dates("We film on Saturday 12 June and maybe the Sunday.", TODAY)[0]
    assert dates is not None and (dates.start, dates.end) == (D(2027, 6, 12), D(2027, 6, 13))


def test_a_transcripts_header_date_is_the_calls_own() -> None:
    text = "Voicemail transcription (automatic) - Mon 4 Jan 09:10\n\"Hi, we're filming on the 16th, at the Regent.\""
    dates = find_dates(text, TODAY)[0]
    assert dates is not None and (dates.start, dates.end) == (D(2027, 1, 16), D(2027, 1, 16))


def test_rehearsals_on_the_shoot_day_leave_the_shoot_day_alone() -> None:
    text = "The live broadcast is on 20 February from the park. Rehearsals on the morning of the 20th."
    dates = find_dates(text, TODAY)[0]
    assert dates is not None and (dates.start, dates.end) == (D(2027, 2, 20), D(2027, 2, 20))


def test_a_release_or_a_mix_dates_no_shoot() -> None:
    dates = find_dates("Filming the play on 6 March, for release on a platform in the autumn.", TODAY)[0]
    assert dates is not None and (dates.start, dates.end) == (D(2027, 3, 6), D(2027, 3, 6))
    assert find_dates("Our short has its final mix booked for April, in Derby.", TODAY)[0] is None


def test_a_list_number_on_the_next_line_is_no_day_of_the_month_before() -> None:
    dates = find_dates("1. a foley artist for two weeks in March\n2. a model maker for three days in April", TODAY)[0]
    assert dates is not None and dates.start == D(2027, 3, 1) and dates.end == D(2027, 4, 30)


def test_a_date_the_shoot_moved_from_is_no_shoot_date() -> None:
    dates = find_dates("Quick update, the shoot has moved from this weekend to next weekend, same farm.",
                       D(2027, 1, 6))[0]
    assert dates is not None and (dates.start, dates.end) == (D(2027, 1, 16), D(2027, 1, 17))


def test_pick_ups_on_a_period_the_edit_takes_are_no_shoot_dates() -> None:
    text = ("Block A: Mon 8 - Fri 12 March.\nAny pick-up days would fall in the new year.\n"
            "The edit runs in Derby from January.")
    dates = find_dates(text, D(2027, 2, 1))[0]
    assert dates is not None and (dates.start, dates.end) == (D(2027, 3, 8), D(2027, 3, 12))
