"""Where an investor wants companies to be, and whether a company is there.

A place is one of:

- a **region** investors name and the gazetteer does not hold as a point (``REGIONS``: West
  Midlands, East Midlands, Midlands, North West, Cheshire) or the county of **Staffordshire**
  (the cluster's postcode districts, ``matcher.companies_house.area.DEFAULT_DISTRICTS``, since
  Lichfield, Tamworth and Burton are filed under their districts, not the county): a company is
  in it or not, by its postcode district;
- anything else the gazetteer resolves (town, area, district): a company within the radius (the
  interest's, else 25 km) meets it, one within one and a half times the radius partly meets it.

With a radius and no place, distance is measured from the investor's own location (an investor
profile's "within 60 km of me"). A company with no known place is unknown, never met.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from matcher.companies_house.area import DEFAULT_DISTRICTS, outward_code
from matcher.geo import EARTH_RADIUS_KM, Place, load_gazetteer
from models.investor_match import FitStatus
from models.profile import Location

__all__ = ["REGIONS", "CompanyPlace", "GeoTarget", "company_place", "targets", "within"]

_STAFFS = frozenset(DEFAULT_DISTRICTS)
# name -> (how investors write it, who is in it by the company's district place)
REGIONS: dict[str, tuple[str, Callable[[Place], bool]]] = {
    "West Midlands": (r"\bwest\s+mid(?:lands|s)\b", lambda p: p.region == "West Midlands"),
    "East Midlands": (r"\beast\s+mid(?:lands|s)\b", lambda p: p.region == "East Midlands"),
    "Midlands": (r"(?<!west\s)(?<!east\s)\bmidlands\b", lambda p: p.region in ("West Midlands", "East Midlands")),
    "North West": (r"\bnorth[\s-]+west\b", lambda p: p.region == "North West"),
    "Cheshire": (r"\bcheshire\b", lambda p: (p.county or "").startswith("Cheshire")),
}
DEFAULT_RADIUS_KM = 25.0
PARTLY_FACTOR = 1.5


@dataclass(frozen=True)
class CompanyPlace:
    label: str
    lat: float | None
    lon: float | None
    district: Place | None  # the postcode district (region, county), when known


@dataclass(frozen=True)
class GeoTarget:
    name: str
    point: tuple[float, float] | None          # measured by distance
    member: Callable[[Place], bool] | None     # or by membership
    district_set: frozenset[str] | None = None


@lru_cache(maxsize=512)
def _target(name: str) -> GeoTarget | None:
    if name in REGIONS:
        return GeoTarget(name, None, REGIONS[name][1])
    place = load_gazetteer().resolve(name)
    if place is None:
        return None
    if place.kind == "county" and place.name == "Staffordshire":
        return GeoTarget(name, None, None, _STAFFS)
    return GeoTarget(name, (place.lat, place.lon), None)


def targets(places: list[str]) -> tuple[list[GeoTarget], list[str]]:
    """The places that can be tested, and the names no gazetteer entry or region holds."""
    found, unknown = [], []
    for name in places:
        target = _target(name)
        (found.append(target) if target else unknown.append(name))
    return found, unknown


def company_place(location: Location | None, lat: float | None = None, lon: float | None = None) -> CompanyPlace:
    """A company's place from its location (postcode district first) and the index's point."""
    if location is None and lat is None:
        return CompanyPlace("", None, None, None)
    return _place(location.postcode if location else None, location.town if location else None, lat, lon)


@lru_cache(maxsize=65536)
def _place(postcode: str | None, town: str | None, lat: float | None, lon: float | None) -> CompanyPlace:
    gazetteer = load_gazetteer()
    district = None
    code = outward_code(postcode) if postcode else None
    if code:
        district = gazetteer.district(code)
    if district is None and town:
        resolved = gazetteer.resolve(town)
        district = gazetteer.district(resolved.district) if resolved and resolved.district else resolved
    if lat is None and district is not None:
        lat, lon = district.lat, district.lon
    return CompanyPlace(town or postcode or "", lat, lon, district)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance for two points (the scalar form of ``matcher.geo.haversine_km``)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def within(place: CompanyPlace, wanted: list[GeoTarget], radius_km: float | None,
           base: tuple[float, float] | None) -> tuple[FitStatus, str]:
    """(status, what was found): met / partly / not met / unknown."""
    if place.lat is None and place.district is None:
        return "unknown", "no location on the profile"
    radius = radius_km or DEFAULT_RADIUS_KM
    points = [t for t in wanted if t.point is not None]
    if not wanted and base is not None and radius_km:
        points = [GeoTarget("the investor's base", base, None)]
    for target in wanted:
        if target.district_set is not None and place.district is not None:
            if place.district.district in target.district_set:
                return "met", f"{place.label or place.district.name}: in {target.name}"
        elif target.member is not None and place.district is not None and target.member(place.district):
            return "met", f"{place.label or place.district.name}: in {target.name}"
    best: tuple[float, str] | None = None
    if place.lat is not None and place.lon is not None:
        for target in points:
            assert target.point is not None
            km = _km(place.lat, place.lon, *target.point)
            if best is None or km < best[0]:
                best = (km, target.name)
    if best is not None and best[0] <= radius:
        return "met", f"{place.label}: {best[0]:.0f} km from {best[1]}"
    if best is not None and best[0] <= radius * PARTLY_FACTOR:
        return "partly", f"{place.label}: {best[0]:.0f} km from {best[1]} (asked within {radius:.0f} km)"
    where = f"{best[0]:.0f} km from {best[1]}" if best else "outside " + ", ".join(t.name for t in wanted)
    return "not met", f"{place.label}: {where}"
