"""Tests for matcher.geo: postcodes, towns, distance and place-finding in briefs."""

from __future__ import annotations

import csv
import dataclasses
import itertools
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from matcher import geo
from matcher.geo import Gazetteer, Place, haversine_km, load_gazetteer, parse_lat_lon

# Known town-centre coordinates (OS / Wikipedia town-centre points).
LEEK = (53.105, -2.023)
STAFFORD = (52.806, -2.117)
HANLEY = (53.024, -2.177)
LONDON = (51.5074, -0.1278)      # Charing Cross
MANCHESTER = (53.4808, -2.2426)  # Albert Square
UK_BOX = (49.0, 61.0, -8.7, 2.0)  # lat min/max, lon min/max, Channel Islands to Shetland


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def km_to(place: Place, point: tuple[float, float]) -> float:
    return haversine_km(place.lat, place.lon, *point)


def spans(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.place.name) for m in gaz.find(text)]


# --- postcodes and districts ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ST13 6AB", "st136ab", "ST136AB", " st13  6ab ", "St13 6aB"])
def test_full_postcode_resolves_through_its_district(gaz, text):
    p = gaz.resolve(text)
    assert (p.kind, p.name, p.district) == ("postcode", "ST13 6AB", "ST13")
    assert km_to(p, LEEK) < 3


@pytest.mark.parametrize("text", ["ST13", "st13", " ST13 "])
def test_outward_code_resolves_to_district(gaz, text):
    p = gaz.resolve(text)
    assert (p.kind, p.name, p.district, p.county, p.region) == (
        "district", "ST13", "ST13", "Staffordshire", "West Midlands")
    assert gaz.district("st 13") == p


@pytest.mark.parametrize("text", ["ZZ99 9ZZ", "ST99", "ST99 1AA", "ST13 6A", "", "   ", "12345", "Atlantis"])
def test_unknown_postcodes_and_names_return_none(gaz, text):
    assert gaz.resolve(text) is None


def test_district_lookup(gaz):
    assert gaz.district("ST4").lat == pytest.approx(52.9978, abs=1e-4)
    assert gaz.district("QQ1") is None


# --- towns, areas, counties -------------------------------------------------------------------

STAFFS_TOWNS = {
    "Leek": (LEEK, 2), "Stafford": (STAFFORD, 2), "Lichfield": ((52.683, -1.826), 2),
    "Tamworth": ((52.633, -1.695), 3), "Burton upon Trent": ((52.80, -1.64), 2),
    "Burton-on-Trent": ((52.80, -1.64), 2), "Burton": ((52.80, -1.64), 2),
    "Stoke": ((53.004, -2.185), 2), "Hanley": (HANLEY, 2), "Stoke-upon-Trent": ((53.004, -2.185), 2),
    "Burslem": ((53.045, -2.197), 3), "Tunstall": ((53.059, -2.212), 3),
    "Longton": ((52.989, -2.136), 3), "Fenton": ((53.000, -2.163), 3),
    "Newcastle-under-Lyme": ((53.01, -2.23), 2), "Newcastle under Lyme": ((53.01, -2.23), 2),
    "Cannock": ((52.69, -2.03), 2), "Uttoxeter": ((52.90, -1.86), 2), "Stone": ((52.903, -2.147), 2),
    "Rugeley": ((52.759, -1.937), 3), "Kidsgrove": ((53.087, -2.237), 3),
    "Cheadle": ((52.985, -1.991), 3), "Biddulph": ((53.118, -2.175), 2),
}


@pytest.mark.parametrize("name", sorted(STAFFS_TOWNS))
def test_staffordshire_towns_land_near_their_centres(gaz, name):
    point, tolerance_km = STAFFS_TOWNS[name]
    p = gaz.resolve(name)
    assert p is not None and p.kind in ("town", "area")
    assert p.region == "West Midlands"
    assert km_to(p, point) < tolerance_km, (name, p)


def test_stoke_on_trent_is_the_city_not_the_whole_post_town(gaz):
    p = gaz.resolve("Stoke-on-Trent")
    assert km_to(p, HANLEY) < 5
    assert gaz.resolve("stoke on trent") == p
    assert gaz.resolve("The Potteries").lat == p.lat


@pytest.mark.parametrize("name, point", [
    ("Manchester", MANCHESTER), ("Birmingham", (52.4797, -1.9027)), ("London", LONDON),
    ("Cardiff", (51.4816, -3.1791)), ("Glasgow", (55.8609, -4.2514)), ("Edinburgh", (55.9533, -3.1883)),
    ("Liverpool", (53.4084, -2.9916)), ("Newcastle upon Tyne", (54.9783, -1.6178)),
])
def test_cities_across_the_uk(gaz, name, point):
    assert km_to(gaz.resolve(name), point) < 5


def test_counties_resolve(gaz):
    moorlands = gaz.resolve("Staffordshire Moorlands")
    assert moorlands.kind == "county" and km_to(moorlands, LEEK) < 15
    staffs = gaz.resolve("Staffordshire")
    assert staffs.kind == "county" and 52.4 < staffs.lat < 53.2 and -2.5 < staffs.lon < -1.6
    assert gaz.resolve("Staffs") == staffs


def test_ambiguous_names_prefer_the_west_midlands(gaz):
    assert gaz.resolve("Newcastle").district == "ST5"
    assert gaz.resolve("Cheadle").district == "ST10"
    assert gaz.resolve("Stone").district == "ST15"
    anywhere = Gazetteer(prefer_region=None)
    assert anywhere.resolve("Newcastle").region == "North East"   # the big one
    assert anywhere.resolve("Cheadle").region == "North West"     # Cheadle, Stockport
    assert gaz.resolve("Newcastle upon Tyne").region == "North East"


def test_a_county_after_the_name_overrides_the_preference(gaz):
    assert gaz.resolve("Cheadle, Cheshire").region == "North West"
    assert gaz.resolve("Stone, Kent").region == "South East"
    assert gaz.resolve("Newport, Gwent").region == "Wales"
    assert gaz.resolve("Leek, Staffordshire") == gaz.resolve("Leek")


def test_towns_list(gaz):
    towns = gaz.towns()
    assert towns == sorted(set(towns))
    assert {"Leek", "Stoke-on-Trent", "Burslem", "Hanley", "Manchester"} <= set(towns)
    assert "Staffordshire" not in towns and len(towns) > 5000


def test_load_gazetteer_is_cached_and_place_is_frozen():
    g = load_gazetteer()
    assert load_gazetteer() is g
    with pytest.raises(dataclasses.FrozenInstanceError):
        g.resolve("Leek").lat = 0.0


# --- distance -----------------------------------------------------------------------------------

def test_haversine_known_distances():
    assert haversine_km(*LEEK, *STAFFORD) == pytest.approx(34, abs=2)
    assert haversine_km(*LONDON, *MANCHESTER) == pytest.approx(262, abs=3)
    assert haversine_km(*LEEK, *LEEK) == 0.0
    assert haversine_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(np.pi * geo.EARTH_RADIUS_KM)
    assert isinstance(haversine_km(*LEEK, *STAFFORD), float)


def test_haversine_arrays_broadcast_and_keep_nan():
    lats = np.array([LEEK[0], LONDON[0], np.nan])
    lons = np.array([LEEK[1], LONDON[1], -2.0])
    d = haversine_km(lats, lons, *MANCHESTER)
    assert d.shape == (3,)
    assert d[1] == pytest.approx(262, abs=3) and np.isnan(d[2]) and np.isfinite(d[:2]).all()
    grid = haversine_km(lats[:2, None], lons[:2, None], lats[None, :2], lons[None, :2])
    assert grid.shape == (2, 2) and np.allclose(np.diag(grid), 0) and np.allclose(grid, grid.T)
    assert np.isnan(haversine_km(float("nan"), 0.0, 0.0, 0.0))


def test_parse_lat_lon():
    assert parse_lat_lon("53.106,-2.023") == (53.106, -2.023)
    assert parse_lat_lon(" (53.106, -2.023) ") == (53.106, -2.023)
    assert parse_lat_lon("53 -2") == (53.0, -2.0)
    for bad in ["", "Leek", "53.106", "53.106,", "95,0", "53,-200", "53.1,-2.0,4"]:
        with pytest.raises(ValueError, match="lat"):
            parse_lat_lon(bad)


# --- find() -------------------------------------------------------------------------------------

BRIEF = ("Six weeks in Leek from 3 March, with a unit base near Stone and two days in "
         "Stoke-on-Trent (ST4 4DB).")


def test_find_reads_the_example_brief(gaz):
    found = gaz.find(BRIEF)
    assert [(m.surface, m.place.name, m.place.kind) for m in found] == [
        ("Leek", "Leek", "town"), ("Stone", "Stone", "town"),
        ("Stoke-on-Trent", "Stoke-on-Trent", "town"), ("ST4 4DB", "ST4 4DB", "postcode")]
    for m in found:
        assert BRIEF[m.start:m.end] == m.surface
    assert found[1].place.district == "ST15"


@pytest.mark.parametrize("text", [
    "18 days in March.", "We start in March 2026 and wrap in May.", "From 3 March to 4 April.",
    "A stone floor and stone walls.", "Stone floors throughout the studio.",
    "Ben said the call is at six.", "Sale starts on Monday.", "Reading the script is paid prep.",
    "Deal with it.", "Hope to see you there.", "Street casting needed.", "Tim Burton style lighting.",
    "Ashley will produce; Stanley is the DoP.", "Unit base on London Road.", "Shoot on a Lumix S5.",
    "Just off the M6 near J15.", "Junction 15 (M6).", "Cut CO2 on set.", "leek and potato soup for lunch",
    "email st4 for details", "Mr Stafford will direct.", "Bath time for the baby scene.",
    "A Hollywood-style Churchill biopic.", "Shot like a Broadway show in New York.",
])
def test_find_stays_silent_on_everyday_words(gaz, text):
    assert gaz.find(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Second unit in March, Cambridgeshire.", [("March", "March")]),
    ("Two days in Sale, then Bath; one in Bath.", [("Sale", "Sale"), ("Bath", "Bath")]),
    ("We shoot in Reading and Leek.", [("Reading", "Reading"), ("Leek", "Leek")]),
    ("Locations: Leek, Stone and Stafford.", [("Leek", "Leek"), ("Stone", "Stone"), ("Stafford", "Stafford")]),
    ("Stone-based grip wanted.", [("Stone", "Stone")]),
    ("Crew from Newcastle-under-Lyme and Newcastle under Lyme.",
     [("Newcastle-under-Lyme", "Newcastle-under-Lyme"), ("Newcastle under Lyme", "Newcastle-under-Lyme")]),
    ("Burton-on-Trent or Burton upon Trent.",
     [("Burton-on-Trent", "Burton upon Trent"), ("Burton upon Trent", "Burton upon Trent")]),
    ("Day trip to Cheadle, Staffordshire.", [("Cheadle", "Cheadle")]),
    ("Office at st4 4db; kit store in ST13.", [("st4 4db", "ST4 4DB"), ("ST13", "ST13")]),
    ("Post in Manchester (M4) or Birmingham B5, kit from (E1).",
     [("Manchester", "Manchester"), ("M4", "M4"), ("Birmingham", "Birmingham"), ("B5", "B5"), ("E1", "E1")]),
    ("Off the M6: Stoke-on-Trent (M6), in Reading (M4).",
     [("Stoke-on-Trent", "Stoke-on-Trent"), ("Reading", "Reading")]),
    ("Leek's market and King's Lynn.", [("Leek", "Leek"), ("King's Lynn", "King's Lynn")]),
    ("Hanley, Burslem and Tunstall.", [("Hanley", "Hanley"), ("Burslem", "Burslem"), ("Tunstall", "Tunstall")]),
])
def test_find_picks_up_places_in_context(gaz, text, expected):
    assert spans(gaz, text) == expected


def test_find_county_qualifier_picks_the_place(gaz):
    (cheadle,) = gaz.find("Day trip to Cheadle, Cheshire.")
    assert cheadle.place.region == "North West"
    (stone,) = gaz.find("Second unit at Stone, Kent.")
    assert stone.place.region == "South East"


def test_find_spans_are_ordered_and_disjoint(gaz):
    text = ("Shoot in Stoke-on-Trent (ST4 4DB), Leek and Newcastle-under-Lyme; post in London "
            "and Cardiff; travel from Glasgow, Stafford or Lichfield. ") * 3
    found = gaz.find(text)
    assert len(found) == 27
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    assert all(text[m.start:m.end] == m.surface for m in found)


def test_every_shipped_district_is_in_the_uk_box():
    with (geo.DATA_DIR / "districts.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 3000 and len({r["district"] for r in rows}) == len(rows)
    lat0, lat1, lon0, lon1 = UK_BOX
    for r in rows:
        assert lat0 < float(r["lat"]) < lat1 and lon0 < float(r["lon"]) < lon1, r


def test_every_shipped_place_points_at_a_district_in_the_uk_box():
    data = json.loads((geo.DATA_DIR / "places.json").read_text(encoding="utf-8"))
    gaz = load_gazetteer()
    lat0, lat1, lon0, lon1 = UK_BOX
    for cands in data["places"].values():
        for name, lat, lon, kind, district, *_ in cands:
            assert lat0 < lat < lat1 and lon0 < lon < lon1, name
            assert kind in ("town", "area", "county") and gaz.district(district) is not None


def test_runtime_does_not_read_shared_reference():
    assert "/work/shared" not in Path(geo.__file__).read_text(encoding="utf-8")
    source = (geo.DATA_DIR / "SOURCE.md").read_text(encoding="utf-8")
    assert "Contains OS data © Crown copyright and database right" in source
    assert "Open Government Licence v3.0" in source and "doogal.co.uk" in source


def test_shipped_data_is_reproducible(tmp_path):
    reference = Path(__file__).resolve().parents[1] / "data" / "reference" / "uk_postcode_districts.csv"
    words = Path("/usr/share/dict/british-english-small")
    assert words.exists(), "Debian's wbritish-small is missing: scripts/ensure-wordlist installs it"
    subprocess.run([sys.executable, str(geo.DATA_DIR / "build.py"), "--reference", str(reference),
                    "--words", str(words), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("districts.csv", "places.json"):
        assert (tmp_path / name).read_bytes() == (geo.DATA_DIR / name).read_bytes(), name


@pytest.mark.parametrize(("typed", "name", "town"), [
    ("Kiln Yard, Burslem", "Kiln Yard", "Burslem"),
    ("the Old Forge in Cheddleton", "the Old Forge", "Cheddleton"),
])
def test_a_venue_typed_with_its_town_is_placed_at_the_town(gaz, typed, name, town):
    """Issue 12: a venue typed into the locations field is accepted, at its town's point."""
    place, at = gaz.resolve_typed(typed), gaz.resolve(town)
    assert place is not None and place.name == name and place.kind == "venue"
    assert (place.lat, place.lon) == (at.lat, at.lon)
    assert gaz.resolve_typed("Chatterley Whitfield").kind == "landmark"  # a known landmark as itself
    assert gaz.resolve_typed("Kiln Yard, Atlantis") is None


def test_villages_the_postcode_table_lacks_are_found(gaz):
    """Issue 12: villages near the cluster (GeoNames, villages.json) are places of their own."""
    ipstones = gaz.resolve("Ipstones")
    assert ipstones is not None and ipstones.kind == "village" and ipstones.district == "ST10"
    assert [m.place.name for m in gaz.find("A night shoot in Ipstones on Friday")] == ["Ipstones"]
    assert gaz.resolve("Basford").district == "ST5"  # of two Basfords, the one in Stoke, not Nottingham's
    assert gaz.find("Heather will call you back") == []  # a village that is also a given name needs context
    assert [m.place.name for m in gaz.find("filming in Heather")] == ["Heather"]


def test_village_selection_rules(tmp_path):
    """build_villages keeps places near the cluster that are not yet known, the nearer of two names."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_villages", geo.DATA_DIR / "build_villages.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    def entry(i, name, lat, lon, cc="GB"):
        return {"geonameid": i, "name": name, "latitude": lat, "longitude": lon, "countrycode": cc, "population": 600}
    table = tmp_path / "cities500.json"
    table.write_text(json.dumps({str(i): e for i, e in enumerate([
        entry(1, "Brackenlow", 53.05, -2.0), entry(2, "Brackenlow", 51.5, -0.1),  # the far one is dropped
        entry(3, "Leek", 53.1, -2.02),  # known already
        entry(4, "Farholm", 57.0, -3.0),  # beyond 100 km
        entry(5, "Marsh, Stoke-on-Trent", 53.0, -2.2),  # a suffix naming its city
        entry(6, "Nearby", 53.0, -2.2, cc="FR"),
    ])}))
    districts = [{"district": "ST13", "lat": 53.1, "lon": -2.02}, {"district": "SW1", "lat": 51.5, "lon": -0.1}]
    rows = build.read_villages(table, {"leek"}, districts, words={"marsh"}, given=set())
    assert rows == [["Brackenlow", 53.05, -2.0, "ST13", 600, False], ["Marsh", 53.0, -2.2, "ST13", 600, True]]
