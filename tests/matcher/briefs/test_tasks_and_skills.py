"""Round 4 of issue 12: a task asked for is the one role whose skill it restates ("someone to steam
the gowns": a costume standby), and nothing when the verb is light or several roles share the skill.
Sentences written here, none taken from a judged set; read with the product's encoder."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.indirect import skilled_for
from matcher.taxonomy import load_taxonomy

TODAY = dt.date(2027, 2, 3)

@pytest.mark.parametrize(("task", "role"), [
    ("steam the wedding gowns before each scene", "costume-standby"),  # the verb opens the skill
    ("advise on consent forms and release paperwork", "media-legal"),  # two words of the skill
    ("stream the panel talk to our website", "livestream-technician"),
    ("keep the kids busy between scenes", None),  # a light verb says nothing of the job
    ("drive the minibus each morning", None),  # two roles drive: no one of them is meant
    ("film the speeches", None),  # "film scanning" opens with a noun, not the verb
    ("iron out the schedule", None),  # no role has this skill
])
def test_a_task_is_the_one_role_whose_skill_it_restates(task: str, role: str | None) -> None:
    found = skilled_for(task, load_taxonomy())
    assert (found.id if found else None) == role


def test_a_brief_asking_for_a_task_gets_the_role(read) -> None:
    b = read("Fashion shoot in Leek on Friday: a hair stylist, and someone to steam the gowns between changes.")
    assert [n.role for n in b.needs] == ["hair-stylist", "costume-standby"]
