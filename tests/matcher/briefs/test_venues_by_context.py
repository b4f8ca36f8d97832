"""Places the gazetteer lacks, placed by their context with a note: a venue named by a common noun, a
known place's name made longer in front ("Upper ..."), a named site after "between"."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import parse_brief

TODAY = dt.date(2027, 2, 1)

PLACED = [
    pytest.param("Shooting a music video in the old butter market in Leek on 6 March, need a gaffer.",
                 "the old butter market", "Leek", id="common-noun-at-the-town-in-its-sentence"),
    pytest.param("We'd like aerials above the market square in Cheadle on 6 March, need a licensed pilot.",
                 "the market square", "Cheadle", id="common-noun-square"),
    pytest.param("Filming a period scene at the old Wedgwood factory on 6 March, need a runner.",
                 "Wedgwood", None, id="known-venue-inside-a-common-noun"),
    pytest.param("The road will be shut for filming from the Upper Tean turn to Checkley on 6 March.",
                 "Upper Tean", "Tean", id="name-made-longer-in-front"),
]
NOT_PLACED = [
    pytest.param("Need a runner for the bandstand scene in Hanley Park on 6 March.", "bandstand",
                 id="part-of-a-named-site"),
    pytest.param("Need a runner on 6 March, meet in the office first.", "office", id="no-venue-noun"),
]


@pytest.mark.parametrize(("text", "name", "at"), PLACED)
def test_a_venue_named_by_context_is_a_shoot_place_with_a_note(text: str, name: str, at: str | None) -> None:
    brief = parse_brief(text, today=TODAY)
    found = [p for p in brief.locations if name.casefold() in f"{p.name} {p.text}".casefold()]
    assert found and found[0].shoot, [p.name for p in brief.locations]
    assert any(name.split()[-1] in note or (at and at in note) for note in brief.notes)


@pytest.mark.parametrize(("text", "word"), NOT_PLACED)
def test_a_common_noun_inside_a_named_site_or_no_venue_is_no_extra_place(text: str, word: str) -> None:
    assert not [p for p in parse_brief(text, today=TODAY).locations if word in p.name.casefold()]
