"""Venues, landmarks, areas and roads near the cluster, and villages, added to the gazetteer.

``matcher/data/geo/venues.json`` holds the places film briefs name that no postcode table does
(stadiums, museums, country parks, reservoirs, estates, "North Staffs", the A50), each with a kind,
an approximate point, the postcode district it lies in and other names it goes by. Hand-entered
(its ``_source`` says how); a name the postcode table already knows keeps its entry there.

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

__all__ = ["VENUE_KINDS", "add_venues", "add_villages", "read_venues"]

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
