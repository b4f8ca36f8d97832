"""Venues, landmarks, areas and roads near the cluster, and villages, added to the gazetteer.

``matcher/data/geo/venues.json`` holds the places film briefs name that no postcode table does
(stadiums, museums, country parks, reservoirs, estates, "North Staffs", the A50), each with a kind,
an approximate point, the postcode district it lies in and other names it goes by. Hand-entered
(its ``_source`` says how); a name the postcode table already knows keeps its entry there.

``UK regions ("West Midlands", "North West") come from the postcode table's ``region`` column, each at
the mean of its districts' centroids; a last word two regions share names both ("the Midlands": West
and East Midlands). Compass-only names ("North West") need a place context, like "Stone".

``villages.json`` holds villages and hamlets within 100 km of the cluster that the postcode table does
not name, from GeoNames (CC BY 4.0; built by ``build_villages.py``, SOURCE.md); a name that is also an
everyday word or a given name ("Heather", "Clive") needs a place context in text, like "Stone".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matcher.geo import Place

__all__ = ["VENUE_KINDS", "add_regions", "add_venues", "add_villages", "read_venues"]

_COMPASS = {"north", "south", "east", "west"}

VENUE_KINDS = ("venue", "landmark", "area", "road")


def read_venues(data_dir: Path) -> list[dict[str, Any]]:
    """The venues file's entries: name, kind, lat, lon, district, aliases."""
    path = data_dir / "venues.json"
    if not path.is_file():
        return []
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["places"]
    bad = [e.get("name") for e in entries if e.get("kind") not in VENUE_KINDS]
    if bad:
        raise ValueError(f"venues.json: unknown kind for {bad}")
    return entries


def add_venues(places: dict[str, Any], districts: dict[str, Place], data_dir: Path) -> list[str]:
    """Add the venues to a gazetteer's places (key -> candidates) under the names not yet known, each
    as ``[(place, 0, 0)]``; returns every spelling (a known name's spellings are found either way)."""
    from matcher.geo import Place, place_key

    added = []
    for v in read_venues(data_dir):
        d = districts[v["district"]]
        place = Place(v["name"], v["lat"], v["lon"], v["kind"], v["district"], d.county, d.region)
        for name in (v["name"], *v["aliases"]):
            if place_key(name) not in places:
                places[place_key(name)] = [(place, 0, 0)]
            added.append(name)
    return added


def add_villages(places: dict[str, Any], districts: dict[str, Place], data_dir: Path, risky: set[str]) -> list[str]:
    """Add the villages under the names not yet known (kind "village", ranked as a town, with their
    population); their everyday-word names join ``risky``. Returns their names."""
    from matcher.geo import Place, place_key

    path = data_dir / "villages.json"
    if not path.is_file():
        return []
    added = []
    for name, lat, lon, code, population, is_risky in json.loads(path.read_text(encoding="utf-8"))["places"]:
        if place_key(name) in places or code not in districts:
            continue
        d = districts[code]
        places[place_key(name)] = [(Place(name, lat, lon, "village", code, d.county, d.region), 0, population)]
        if is_risky:
            risky.add(place_key(name))
        added.append(name)
    return added


def add_regions(places: dict[str, Any], districts: dict[str, Place], risky: set[str]) -> list[str]:
    """Add the UK regions of the postcode table (kind "region") under names not yet known, and a last
    word shared by several regions as their union ("Midlands"); returns their names."""
    from matcher.geo import Place, place_key

    members: dict[str, list[Place]] = {}
    for d in districts.values():
        if d.region:
            members.setdefault(d.region, []).append(d)
    by_last: dict[str, list[str]] = {}
    for region in members:
        if len(region.split()) > 1:
            by_last.setdefault(region.split()[-1], []).append(region)
    groups = {region: [region] for region in members}
    groups |= {last: regions for last, regions in by_last.items() if len(regions) > 1}
    added = []
    for name, regions in sorted(groups.items()):
        if place_key(name) in places:
            continue  # "London", "Wales": the postcode table's own entry
        points = [d for r in regions for d in members[r]]
        lat = round(sum(d.lat for d in points) / len(points), 4)
        lon = round(sum(d.lon for d in points) / len(points), 4)
        places[place_key(name)] = [(Place(name, lat, lon, "region", None, None, regions[0]), 0, 0)]
        if set(place_key(name).split()) <= _COMPASS:
            risky.add(place_key(name))
        added.append(name)
    return added
