"""Companies that cover several needs of a brief at once, offered as packages.

A lighting-hire firm that also supplies a generator and its operator, or a facilities
company with unit base, catering and honeywagons, saves a production several contracts.
"""

from __future__ import annotations

import math
from collections import defaultdict

from matcher.columns import KINDS, VISIBILITIES
from matcher.geo import haversine_km
from matcher.index import ProfileIndex
from matcher.taxonomy import load_taxonomy
from models.brief import Brief, Package

__all__ = ["packages_for"]

_LIMIT = 5


def packages_for(index: ProfileIndex, brief: Brief, limit: int = _LIMIT,
                 audience: str | None = None) -> list[Package]:
    """``audience`` as in ``Filters``: a staff-visibility company is offered to staff only."""
    taxonomy = load_taxonomy()
    columns = index.columns
    firm = columns.kind != KINDS.index("freelancer")
    if audience is not None and audience != "staff":
        firm &= columns.visibility != VISIBILITIES.index("staff")
    covers: dict[int, set[int]] = defaultdict(set)
    for i, need in enumerate(brief.needs):
        if not need.role or need.role not in taxonomy.roles:
            continue
        # Exact roles only: a caterer is related to a unit base but does not provide one.
        positions = index.positions_with_roles([need.role])
        for position in positions[firm[positions]].tolist():
            covers[position].add(i)
    packages = []
    for position, needs in covers.items():
        if len(needs) < 2:
            continue
        doc = index.documents[position]
        assert doc is not None, "a ranked position is a live profile's"
        distance = None
        if brief.locations and doc.lat is not None:
            distance = round(min(float(haversine_km(place.lat, place.lon, doc.lat, doc.lon))
                                 for place in brief.locations), 1)
            if distance > brief.radius_km:
                continue
        packages.append(Package(id=doc.id, name=doc.name, kind=doc.kind, needs=sorted(needs),
                                labels=[brief.needs[i].label for i in sorted(needs)], distance_km=distance))
    packages.sort(key=lambda p: (-len(p.needs), math.inf if p.distance_km is None else p.distance_km, p.id))
    return packages[:limit]
