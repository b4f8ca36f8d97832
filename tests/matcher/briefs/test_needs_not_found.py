"""Needs that used to be found not at all: a post left empty by illness, a thing asked for with "the",
a second person asked for after one person's skills. Examples are invented.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from models.brief import Brief

TODAY = dt.date(2027, 1, 4)
Reader = Callable[[str], Brief]


@pytest.mark.parametrize("text", [
    "Help!! our gaffer has covid, need cover thurs + fri in Leek.",
    "Our sound recordist has tested positive, can anyone step in for Saturday at Trentham?",
    "Our focus puller is double-booked next week, shoot in Stone. Any ideas?",
])
def test_a_post_left_empty_by_illness_or_a_clash_is_a_need(read: Reader, text: str) -> None:
    roles = {n.role for n in read(text).needs}
    assert roles & {"gaffer", "production-sound-mixer", "first-assistant-camera"}


def test_a_thing_asked_for_with_the_and_named_nowhere_before_is_a_need(read: Reader) -> None:
    b = read("Filming at the lock on Sat. We still need the dolly, and a runner please.")
    assert {"grip-hire", "runner"} <= {n.role for n in b.needs}


def test_the_thing_named_before_is_still_the_same_need(read: Reader) -> None:
    b = read("Are there any foley stages near Leek? We'd need the stage and two foley artists for a week.")
    assert sorted(n.role or "" for n in b.needs) == ["foley-artist", "foley-stage"]


def test_what_someone_else_will_book_is_no_need(read: Reader) -> None:
    b = read("We invite composers to apply for a new score. The Trust will book the musicians and the studio.")
    assert "musician" not in {n.role for n in b.needs}


def test_someone_asked_for_after_a_persons_skills_is_a_second_hire(read: Reader) -> None:
    b = read("We need a recording engineer who can do a brass band, and maybe someone to film it on one camera.")
    assert {"camera-operator"} <= {n.role for n in b.needs}


def test_a_verb_that_is_its_own_agent_noun_names_the_doer(read: Reader) -> None:
    b = read("Looking for somebody to engineer sound for a panel of six, plus a camera op.")
    assert {"production-sound-mixer", "camera-operator"} <= {n.role for n in b.needs}


def test_someone_on_a_craft_is_that_crafts_doer(read: Reader) -> None:
    b = read("filming the bike race sun, we need someone on the grade after each stage")
    assert "colourist" in {n.role for n in b.needs}


def test_someone_for_a_role_is_that_role_not_whom_the_need_before_serves(read: Reader) -> None:
    b = read("Need a spark and somebody for costume on the Leek shoot on Friday.")
    assert {"electrician", "costume-assistant"} <= {n.role for n in b.needs}


def test_a_head_shared_by_two_joined_phrases_names_the_first(read: Reader) -> None:
    b = read("For the build we need a workshop or barn space near Hanley, 8 weeks from March.")
    assert [n.role for n in b.needs] == ["workshop-space"]


def test_a_modifier_shared_by_two_joined_phrases_names_the_second(read: Reader) -> None:
    b = read("We also need production legal and payroll for the Leek shoot.")
    assert {"media-legal", "production-payroll"} <= {n.role for n in b.needs}


def test_a_second_phrase_that_names_a_role_alone_keeps_its_own_reading(read: Reader) -> None:
    b = read("Looking for location catering and security for the night shoot in Stone.")
    assert {"catering", "security-guard"} <= {n.role for n in b.needs}


def test_a_crew_tables_bare_grade_is_its_departments_role_of_that_grade(read: Reader) -> None:
    b = read("Crew gaps below, shoot 3-9 May in Leek.\n\nDEPT | ROLE | STATUS\nSound | Boom | open\n"
             "HMU | Assistant | open\nGrip | Dolly grip | booked")
    assert sorted(n.role or "" for n in b.needs) == ["boom-operator", "make-up-assistant"]


def test_a_forms_answer_numbered_on_one_line_is_a_list_of_needs(read: Reader) -> None:
    b = read("Facility request\nWhat do you need?: 1) A recording studio for two days in Leek, with parking. "
             "2) A workshop or barn space for a prop build, min 2,000 sq ft.")
    assert sorted(n.role or "" for n in b.needs) == ["recording-studio", "workshop-space"]
