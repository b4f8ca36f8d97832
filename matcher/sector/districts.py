"""Shapes for the county map, drawn from the shipped postcode-district centroids alone.

No boundary data and no tile server are reachable, so each district is drawn as its Voronoi
cell among the centroids of every UK district (the area nearer its centroid than any other
district's), clipped to ``RADIUS_KM`` around its centroid so an edge district does not run off
into the next county. The cells of the area's districts together approximate its outline. The
shapes are an approximation and the page says so; the points (centroids) are the data's own.
"""

from __future__ import annotations

import csv
import math
from functools import lru_cache
from typing import Any

import numpy as np
from scipy.spatial import Voronoi

from matcher.geo import DATA_DIR as GEO_DIR

__all__ = ["RADIUS_KM", "centroids", "district_shapes"]

RADIUS_KM = 12.0
_KM_PER_DEGREE = 111.32


@lru_cache(maxsize=1)
def centroids() -> dict[str, tuple[float, float]]:
    """District -> (lat, lon), as shipped in ``matcher/data/geo/districts.csv``."""
    with (GEO_DIR / "districts.csv").open(encoding="utf-8", newline="") as handle:
        return {r["district"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def _voronoi() -> tuple[list[str], Voronoi, float]:
    names = sorted(centroids())
    lat0 = float(np.mean([centroids()[n][0] for n in names]))
    scale = math.cos(math.radians(lat0))
    points = np.array([[centroids()[n][1] * scale, centroids()[n][0]] for n in names])  # x = lon * cos(lat0)
    return names, Voronoi(points), scale


def district_shapes(districts: list[str]) -> list[dict[str, Any]]:
    """A GeoJSON Polygon (lon, lat rings) per district that has a centroid, in ``districts`` order."""
    names, voronoi, scale = _voronoi()
    where = {n: i for i, n in enumerate(names)}
    out = []
    for district in districts:
        if district not in where:
            continue
        lat, lon = centroids()[district]
        circle = _circle(lon * scale, lat, RADIUS_KM / _KM_PER_DEGREE, 32)
        region = voronoi.regions[voronoi.point_region[where[district]]]
        bounded = bool(region) and -1 not in region
        polygon = _clip([tuple(voronoi.vertices[v]) for v in region], circle) if bounded else circle
        if len(polygon) < 3:
            continue
        ring = [[round(x / scale, 5), round(y, 5)] for x, y in _clockwise(polygon)]
        out.append({"type": "Polygon", "coordinates": [[*ring, ring[0]]]})
    return out


def _circle(x: float, y: float, r: float, n: int) -> list[tuple[float, float]]:
    return [(x + r * math.cos(2 * math.pi * k / n), y + r * math.sin(2 * math.pi * k / n)) for k in range(n)]


def _clockwise(polygon: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Vertices in one order: Vega's spherical projections read a clockwise ring as 'all the world but this'."""
    cx = sum(p[0] for p in polygon) / len(polygon)
    cy = sum(p[1] for p in polygon) / len(polygon)
    ordered = sorted(polygon, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
    return ordered[::-1]  # clockwise in (lon, lat) on the plane is what d3-geo takes as the inside


def _clip(subject: list[tuple[float, float]], clip: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sutherland-Hodgman: ``subject`` (convex, as Voronoi cells are) inside the convex ``clip``."""
    def inside(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> bool:
        return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0

    def cross(p: tuple[float, float], q: tuple[float, float], a: tuple[float, float],
              b: tuple[float, float]) -> tuple[float, float]:
        dx, dy = q[0] - p[0], q[1] - p[1]
        ex, ey = b[0] - a[0], b[1] - a[1]
        denominator = dx * ey - dy * ex
        t = ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / denominator if denominator else 0.0
        return p[0] + t * dx, p[1] + t * dy

    subject = _counter_clockwise_plane(subject)
    output = subject
    for i in range(len(clip)):
        a, b = clip[i], clip[(i + 1) % len(clip)]
        points, output = output, []
        for j in range(len(points)):
            p, q = points[j - 1], points[j]
            if inside(q, a, b):
                if not inside(p, a, b):
                    output.append(cross(p, q, a, b))
                output.append(q)
            elif inside(p, a, b):
                output.append(cross(p, q, a, b))
        if not output:
            break
    return output


def _counter_clockwise_plane(polygon: list[tuple[float, float]]) -> list[tuple[float, float]]:
    cx = sum(p[0] for p in polygon) / len(polygon)
    cy = sum(p[1] for p in polygon) / len(polygon)
    return sorted(polygon, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
