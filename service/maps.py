"""What the crew sheet's map draws, from the shipped postcode geography alone (no tile server
needs to be reachable).

- A profile is drawn at the centroid of its postcode district (else of its town): the
  same coarse point for everyone in a district, never a home address, and only for profiles
  the caller may find at all.
- The county is drawn as an outline built from the district centroids: each district owns the
  land nearer its centroid than any other's (a Voronoi diagram, in a local flat projection),
  and the outline is where a district of the county meets one outside it. It follows the real
  boundary to within a district's width, which is what a map of "who is local" needs.
- Which districts make up the county is data (``COUNTIES``): the ceremonial county of
  Staffordshire is its county districts and Stoke-on-Trent, as named in the gazetteer.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache

import numpy as np
from scipy.spatial import Voronoi

from matcher.geo import load_gazetteer
from models.profile import Profile

__all__ = ["COUNTIES", "DEFAULT_COUNTY", "county_outline", "map_point"]

DEFAULT_COUNTY = "Staffordshire"
COUNTIES: dict[str, frozenset[str]] = {
    "Staffordshire": frozenset({"Staffordshire", "Stoke-on-Trent", "Cannock Chase", "East Staffordshire", "Lichfield",
                                "Newcastle-under-Lyme", "South Staffordshire", "Stafford", "Staffordshire Moorlands",
                                "Tamworth"}),
}


def map_point(profile: Profile) -> tuple[float, float, str] | None:
    """(lat, lon, what the point stands for) from the profile's postcode district or town."""
    location = profile.location
    if location is None:
        return None
    gazetteer = load_gazetteer()
    for text in (location.postcode, location.town):
        place = gazetteer.resolve(text) if text else None
        if place is not None:
            if place.kind == "postcode" and place.district:  # a full postcode: its district, no finer
                district = gazetteer.district(place.district)
                if district is not None:
                    return district.lat, district.lon, district.name
            return place.lat, place.lon, place.name
    return None


@lru_cache(maxsize=4)
def county_outline(county: str = DEFAULT_COUNTY) -> dict:
    """The county as a GeoJSON Feature (a Polygon or MultiPolygon of [lon, lat] rings)."""
    members = COUNTIES.get(county)
    if members is None:
        raise KeyError(county)
    # The gazetteer's own districts (matcher.geo has no public accessor for all of them yet).
    districts = list(load_gazetteer()._districts.values())
    points: dict[tuple[float, float], bool] = {}
    for district in districts:  # one site per distinct centroid (non-geographic codes repeat one)
        key = (round(district.lat, 5), round(district.lon, 5))
        points[key] = points.get(key, False) or district.county in members
    coords = np.array(list(points), dtype=float)
    inside = np.array(list(points.values()))
    mid_lat = math.radians(float(coords[inside, 0].mean()))
    flat = np.column_stack([coords[:, 1] * math.cos(mid_lat), coords[:, 0]])  # x = lon squeezed, y = lat
    diagram = Voronoi(flat)
    edges: list[tuple[int, int]] = []
    for (a, b), ridge in zip(diagram.ridge_points, diagram.ridge_vertices, strict=True):
        if inside[a] != inside[b] and -1 not in ridge:
            edges.append((ridge[0], ridge[1]))
    rings = _rings(edges)
    vertices = diagram.vertices

    def lon_lat(i: int) -> list[float]:
        x, y = vertices[i]
        return [round(float(x / math.cos(mid_lat)), 5), round(float(y), 5)]

    polygons = [[[lon_lat(i) for i in ring]] for ring in rings if len(ring) >= 4]
    geometry = ({"type": "Polygon", "coordinates": polygons[0]} if len(polygons) == 1
                else {"type": "MultiPolygon", "coordinates": polygons})
    return {"type": "Feature", "properties": {"name": county, "districts": int(inside.sum())}, "geometry": geometry}


def _rings(edges: list[tuple[int, int]]) -> list[list[int]]:
    """Chain boundary edges into closed rings (each vertex on the boundary joins two edges)."""
    neighbours: dict[int, list[int]] = defaultdict(list)
    for a, b in edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    unused = {tuple(sorted(edge)) for edge in edges}
    rings = []
    while unused:
        a, b = unused.pop()
        ring = [a, b]
        while ring[-1] != ring[0]:
            step = next((n for n in neighbours[ring[-1]] if tuple(sorted((ring[-1], n))) in unused), None)
            if step is None:
                break
            unused.discard(tuple(sorted((ring[-1], step))))
            ring.append(step)
        rings.append(ring)
    return rings
