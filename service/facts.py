"""What the film office needs to know of a profile for a production: where it is, how far from
the nearest shoot location, and whether its diary is free over the shoot dates.

Read from the index the matcher searches, so a profile page, a shortlist and its exports say
exactly what the crew sheet said: the place the index resolved for the profile (its own
coordinates, else its postcode district, else its town), one haversine (``matcher.geo``) and
one availability rule (``matcher.filters.availability_codes``: available, partly available,
booked or unknown over the dates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from matcher.engine import Engine
from matcher.filters import AVAILABILITY_LABELS, availability_codes
from matcher.geo import haversine_km
from models.brief import BriefPlace

__all__ = ["Facts", "facts_for"]


@dataclass(frozen=True)
class Facts:
    place: str | None
    distance_km: float | None             # to the nearest shoot location; None: unknown or no locations
    nearest: str | None                   # that location's name
    distances: tuple[tuple[str, float], ...]  # (location, km) for each shoot location
    availability: str | None              # over the dates; None when no dates were given


def facts_for(engine: Engine, profile_ids: Iterable[str], locations: Sequence[BriefPlace] = (),
              dates: tuple[dt.date, dt.date] | None = None) -> dict[str, Facts]:
    """Facts for each id the index holds (an id it does not hold is left out)."""
    ids = list(dict.fromkeys(profile_ids))
    found: dict[str, Facts] = {}
    with engine.lock.reading():
        index = engine.index
        codes = availability_codes(index.columns, *dates) if dates and ids else None
        for profile_id in ids:
            position = index.positions.get(profile_id)
            if position is None:
                continue
            doc = index.documents[position]
            distances: tuple[tuple[str, float], ...] = ()
            if doc.lat is not None and doc.lon is not None and locations:
                km = np.atleast_1d(haversine_km(doc.lat, doc.lon, np.array([p.lat for p in locations]),
                                                np.array([p.lon for p in locations])))
                distances = tuple((p.name, round(float(d), 1)) for p, d in zip(locations, km, strict=True))
            nearest = min(distances, key=lambda pair: pair[1]) if distances else None
            availability = AVAILABILITY_LABELS[int(codes[position])] if codes is not None else None
            found[profile_id] = Facts(doc.place, nearest[1] if nearest else None, nearest[0] if nearest else None,
                                      distances, availability)
    return found
