"""An activity noun asked for names the role that does that craft: people write the work, not the
worker ("edit and grade", "the edit and the grade", "archive research", "colour"). Sentences written
here (none from a judged set), read with the product's encoder as the service reads briefs; the
non-examples keep a thing, a facility, work said done and an everyday word as they were."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2027, 2, 3)


@pytest.mark.parametrize(("text", "expected"), [
    # examples: the craft asked for names its doer, one need per craft joined by "and"
    ("Services needed: edit and grade, original music.", ["editor", "colourist", "composer"]),
    ("We need edit and grade for a short documentary.", ["editor", "colourist"]),
    ("We need someone for the edit and the grade.", ["editor", "colourist"]),
    ("Looking for archive research and colour for a history doc.", ["archive-producer", "colourist"]),
    ("Services required: archive, edit, subtitles.", ["archive-producer", "editor", "subtitling-service"]),
    # non-examples: a facility, work done or kept in house, heritage grades, a countable thing, "sound"
    ("Need an edit suite for two weeks in Leek.", ["edit-suite"]),
    ("The edit is done; we need a colourist for two days.", ["colourist"]),
    ("We'll handle the edit ourselves but need a sound recordist.", ["production-sound-mixer"]),
    ("Filming at a grade II listed building, need a gaffer.", ["gaffer"]),
    ("Need sound for Saturday in Stone.", ["production-sound-mixer"]),
    ("We need a drive for the rushes.", []),
])
def test_an_activity_noun_asked_for_names_its_craft(read, text: str, expected: list[str]) -> None:
    assert [n.role for n in read(text).needs] == expected


def test_a_list_item_with_its_own_detail_does_not_end_the_list(read) -> None:
    needs = [n.role for n in read("Services required: a presenter with autocue, edit and grade, subtitles.").needs]
    assert {"editor", "colourist", "subtitling-service"} <= set(needs)
