"""The map's county outline and points, from the shipped postcode geography alone."""

from __future__ import annotations

import pytest
from matplotlib.path import Path

from matcher.geo import load_gazetteer
from models.profile import Location, Profile
from service.maps import county_outline, map_point


def _inside(feature: dict, lat: float, lon: float) -> bool:
    geometry = feature["geometry"]
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    return any(Path(polygon[0]).contains_point((lon, lat)) for polygon in polygons)


@pytest.mark.parametrize("place", ["Stoke-on-Trent", "Leek", "Stafford", "Tamworth", "Lichfield", "Burton upon Trent",
                                   "Uttoxeter", "Cannock", "Stone"])
def test_the_outline_holds_the_towns_of_staffordshire(place):
    point = load_gazetteer().resolve(place)
    assert _inside(county_outline("Staffordshire"), point.lat, point.lon), place


@pytest.mark.parametrize("place", ["Crewe", "Derby", "Birmingham", "Wolverhampton", "Macclesfield", "Telford",
                                   "Walsall"])
def test_the_outline_leaves_out_the_towns_around_it(place):
    point = load_gazetteer().resolve(place)
    assert not _inside(county_outline("Staffordshire"), point.lat, point.lon), place


def test_the_outline_is_geojson_with_closed_rings():
    feature = county_outline("Staffordshire")
    assert feature["type"] == "Feature" and feature["properties"]["name"] == "Staffordshire"
    geometry = feature["geometry"]
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for polygon in polygons:
        ring = polygon[0]
        assert ring[0] == ring[-1] and len(ring) >= 4
        assert all(-3.5 < lon < -1.0 and 52.2 < lat < 53.5 for lon, lat in ring)


def test_a_profile_is_drawn_at_its_district_never_finer():
    exact = Profile(id="fl-x", kind="freelancer", name="X",
                    location=Location(town="Leek", postcode="ST13 5AB", lat=53.1059, lon=-2.0231))
    lat, lon, place = map_point(exact)
    district = load_gazetteer().district("ST13")
    assert (lat, lon, place) == (district.lat, district.lon, "ST13")


def test_a_profile_with_a_town_only_is_drawn_at_the_town_and_one_without_a_place_is_not_drawn():
    town = map_point(Profile(id="co-y", kind="company", name="Y", location=Location(town="Tamworth")))
    assert town is not None and town[2] == "Tamworth"
    assert map_point(Profile(id="co-z", kind="company", name="Z")) is None
    assert map_point(Profile(id="co-w", kind="company", name="W", location=Location(town="Atlantis"))) is None
