"""UK regions from the postcode table's region column are places a brief can shoot in; a last word two
regions share names their union ("the Midlands"); compass-only names need a place context."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.briefs.parser import parse_brief
from matcher.geo import load_gazetteer

TODAY = dt.date(2027, 2, 1)

REGIONS = [
    pytest.param("Drone op wanted for a shoot somewhere in the Midlands on 3 March.", "Midlands", id="union"),
    pytest.param("Filming a road movie across the East Midlands in May, need a driver.", "East Midlands",
                 id="region"),
    pytest.param("Grip needed: we're shooting in the North West on the 9th.", "North West", id="compass-in-context"),
]
NOT_REGIONS = [
    pytest.param("Meet at the north west corner of the square at 8am.", id="lower-case-direction"),
    pytest.param("The North West of the site is out of bounds.", id="compass-no-context"),
]


@pytest.mark.parametrize(("text", "region"), REGIONS)
def test_a_region_is_a_shoot_place(text: str, region: str) -> None:
    assert region in [p.name for p in parse_brief(text, today=TODAY).locations if p.shoot]


@pytest.mark.parametrize("text", NOT_REGIONS)
def test_a_compass_phrase_is_no_region(text: str) -> None:
    assert not [m for m in load_gazetteer().find(text) if m.place.kind == "region"]


def test_the_midlands_lies_between_its_two_regions() -> None:
    gazetteer = load_gazetteer()
    [mid] = gazetteer.find("the Midlands")
    [west] = gazetteer.find("the West Midlands")
    [east] = gazetteer.find("the East Midlands")
    assert min(west.place.lon, east.place.lon) < mid.place.lon < max(west.place.lon, east.place.lon)
