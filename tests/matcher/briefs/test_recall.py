"""Needs a person reads that a narrow vocabulary misses, by general kind (issue 12): real occupation
labels (ESCO), kit named by make or model, a task naming its doer, a place "we can use", and a
facility that comes with its operator. Sentences written here, none taken from a judged set."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.taxonomy import load_taxonomy
from models.brief import Brief

TODAY = dt.date(2027, 2, 3)


def roles(brief: Brief) -> list[str | None]:
    return [n.role for n in brief.needs]


@pytest.mark.parametrize(("text", "expected"), [
    # ESCO occupation labels, kept with their source
    ("We need a photographer for the launch at the Potteries Museum.", ["stills-photographer"]),
    ("Looking for a theatre technician and a followspot operator for the live show.",
     ["stagehand", "lighting-desk-operator"]),
    ("Could you recommend a vlogger to front our tourism series?", ["presenter"]),
    # trade shorthand
    ("Crew: 2 x cam ops and a digi tech for the lookbook.", ["camera-operator", "digital-imaging-technician"]),
    # kit by make or model is hire
    ("Anyone got a couple of Aputures and a SkyPanel spare this weekend?", ["lighting-hire"]),
    ("Need an FX6 with cine lenses and a gimbal for Monday.", ["camera-hire"]),
    ("Any skypanels or astera tubes going spare on Friday?", ["lighting-hire"]),
    ("We need two camera people and someone on sound.", ["camera-operator", "production-sound-mixer"]),
    ("Could do with a doorway dolly and some curved track.", ["grip-hire"]),
    # a list item before a dash is still asked for
    ("Student film needs a DoP, a gaffer and sound - expenses paid.",
     ["director-of-photography", "gaffer", "production-sound-mixer"]),
    # a task names its doer
    ("Need someone to edit as we go, evenings only.", ["editor"]),
    ("We need someone to operate a boom on Saturday.", ["boom-operator"]),
    # a place we can use, or wanted under a heading
    ("Does anyone know a derelict factory we can hire near Longton?", ["filming-location"]),
    ("Locations sought: a working men's club, a canal lock", ["filming-location"]),
    ("Does anyone know a drone we can use?", ["drone-filming"]),  # not a place: no location
    # a vacancy however it is said
    ("We've just lost our focus puller for the Leek block.", ["first-assistant-camera"]),
    ("Our colourist has gone on paternity leave, so we need cover.", ["colourist"]),
    # everyday words for hire, asked for
    ("Need hot meals for 30 on Sunday and a van.", ["catering", "vehicle-hire"]),
    # a place noun asked for is a filming location
    ("Looking for a farmhouse kitchen for a breakfast scene near Cheadle.", ["filming-location"]),
    # a facility with its operator is one need
    ("Camera car w driver and 1 x cam op please.", ["tracking-vehicle-hire", "camera-operator"]),
])
def test_needs_a_person_reads_are_found(read, text: str, expected: list[str]) -> None:
    assert roles(read(text)) == expected


def test_every_added_esco_alias_is_a_real_esco_occupation_label_filed_as_esco() -> None:
    taxonomy = load_taxonomy()
    filed = [(alias, role.id) for role in taxonomy.roles.values() for alias, source in role.provenance
             if source == "esco"]
    assert ("photographer", "stills-photographer") in filed
    assert ("followspot operator", "lighting-desk-operator") in filed
    for alias, role_id in filed:
        assert taxonomy.resolve(alias).id == role_id
