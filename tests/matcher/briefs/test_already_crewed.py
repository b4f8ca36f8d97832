"""Roles in a list the production already has, or no longer needs, are not needs; the open posts
beside them still are. Examples invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import parse_brief

TODAY = dt.date(2027, 1, 4)

CASES = [
    pytest.param("Crew call, promo in Longton 3-4 Feb.\nRoles needed: a grip, 2 sparks\nRoles filled: editor, "
                 "colourist", {"grip", "electrician"}, {"editor", "colourist"}, id="heading"),
    pytest.param("UPDATE for our short in Cheddleton: 1st AD and script supervisor now filled, thanks all! "
                 "STILL NEED: a grip and a boom op.", {"grip", "boom-operator"},
                 {"first-assistant-director", "script-supervisor"}, id="predicate-after"),
    pytest.param("Shooting a lookbook in Leek on 9 Feb, need a gaffer and a runner. We're sorted for stylist "
                 "and MUA.", {"gaffer", "runner"}, {"make-up-artist"}, id="predicate-before"),
    pytest.param("Need a spark and a grip for Sat in Stone. Everything else (editor, colourist) comes with us.",
                 {"electrician", "grip"}, {"editor", "colourist"}, id="comes-with-us"),
    pytest.param("Need 2 sparks on the 14th in Hanley. Last week we asked about a drone op - no longer needed.",
                 {"electrician"}, {"drone-pilot"}, id="no-longer-needed"),
]


@pytest.mark.parametrize(("text", "asked", "had"), CASES)
def test_posts_the_production_has_are_not_needs_and_open_posts_are(text: str, asked: set[str],
                                                                       had: set[str]) -> None:
    brief = parse_brief(text, today=TODAY)
    roles = {n.role for n in brief.needs}
    assert asked <= roles, brief.needs
    assert not had & roles, brief.needs
    assert any("add it back" in note for note in brief.notes), brief.notes


def test_own_kit_and_a_new_subject_do_not_make_a_list_had() -> None:
    brief = parse_brief("Looking for: sound recordist (must have own kit), boom op, gaffer. And a best boy, our "
                        "gaffer's sorted.", today=TODAY)
    assert {"production-sound-mixer", "boom-operator", "best-boy-electric"} <= {n.role for n in brief.needs}


TITLES = [
    pytest.param("Notes from a call with Priya Nair, gaffer on the series: they need 2 sparks and a genny op in "
                 "Cheadle on 3 March.", "gaffer", id="title-after-name"),
    pytest.param("Need a grip and a boom op for the 9th in Stone - director has decided on handheld, so no dolly.",
                 "director", id="role-acting"),
]


@pytest.mark.parametrize(("text", "role"), TITLES)
def test_a_job_title_or_a_role_acting_in_a_statement_is_not_a_need(text: str, role: str) -> None:
    brief = parse_brief(text, today=TODAY)
    assert brief.needs and role not in {n.role for n in brief.needs}, brief.needs


def test_a_role_whose_post_fell_open_is_still_a_need() -> None:
    brief = parse_brief("Our gaffer has pulled out of Friday's shoot in Leek - can anyone help?", today=TODAY)
    assert "gaffer" in {n.role for n in brief.needs}, brief.needs


def test_roles_in_praise_of_past_work_are_not_needs() -> None:
    brief = parse_brief("Our Leek shoot wrapped on Friday and the two grips you found us were superb. For the "
                        "next one in Stone on 12 March we need a gaffer.", today=TODAY)
    roles = {n.role for n in brief.needs}
    assert "gaffer" in roles and "grip" not in roles, brief.needs
