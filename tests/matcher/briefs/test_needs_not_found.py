"""Needs that used to be found not at all: a post left empty by illness, a thing asked for with "the",
a second person asked for after one person's skills. Examples are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2027, 1, 4)


@pytest.mark.parametrize("text", [
    "Help!! our gaffer has covid, need cover thurs + fri in Leek.",
    "Our sound recordist has tested positive, can anyone step in for Saturday at Trentham?",
    "Our focus puller is double-booked next week, shoot in Stone. Any ideas?",
])
def test_a_post_left_empty_by_illness_or_a_clash_is_a_need(read, text) -> None:
    roles = {n.role for n in read(text).needs}
    assert roles & {"gaffer", "production-sound-mixer", "first-assistant-camera"}


def test_a_thing_asked_for_with_the_and_named_nowhere_before_is_a_need(read) -> None:
    b = read("Shoot moved to Sat at the canal. We still need the jib, and a runner please.")
    assert {"grip-hire", "runner"} <= {n.role for n in b.needs}


def test_the_thing_named_before_is_still_the_same_need(read) -> None:
    b = read("Are there any foley stages near Leek? We'd need the stage and two foley artists for a week.")
    assert sorted(n.role for n in b.needs) == ["foley-artist", "foley-stage"]


def test_what_someone_else_will_book_is_no_need(read) -> None:
    b = read("We invite composers to apply for a new score. The Trust will book the musicians and the studio.")
    assert "musician" not in {n.role for n in b.needs}


def test_someone_asked_for_after_a_persons_skills_is_a_second_hire(read) -> None:
    b = read("We need a recording engineer who can do a brass band, and maybe someone to film it on one camera.")
    assert {"camera-operator"} <= {n.role for n in b.needs}
