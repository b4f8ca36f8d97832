"""Where the demo's people and firms are: real towns, their postcode districts, jittered centroids.

District centroids come from the shipped district table (``matcher/data/geo``, derived from the
ONS postcode directory), read at generation time only; the demo carries the resulting points.
"""

from __future__ import annotations

import csv
import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["TOWNS", "Town", "load_centroids", "locate", "pick_town"]

DISTRICTS_CSV = Path(__file__).resolve().parents[1] / "data" / "geo" / "districts.csv"
MAX_JITTER_KM = 1.2


@dataclass(frozen=True)
class Town:
    name: str
    districts: tuple[str, ...]
    weight: float  # how many crew and firms a real cluster would have there, relatively
    areas: tuple[str, ...]  # how people round here describe where they are
    local: bool = True


TOWNS: tuple[Town, ...] = (
    Town("Hanley", ("ST1",), 14, ("Stoke", "Stoke-on-Trent", "the Potteries", "North Staffs", "Hanley")),
    Town("Stoke", ("ST4",), 7, ("Stoke", "Stoke-on-Trent", "the Potteries", "North Staffs")),
    Town("Burslem", ("ST6",), 8, ("Stoke", "the Mother Town", "the Potteries", "North Staffs", "Burslem")),
    Town("Tunstall", ("ST6",), 3, ("Stoke", "the north of the city", "North Staffs", "Tunstall")),
    Town("Fenton", ("ST4",), 3, ("Stoke", "Stoke-on-Trent", "the Potteries")),
    Town("Longton", ("ST3",), 5, ("Stoke", "the south of the city", "the Potteries", "Longton")),
    Town("Newcastle-under-Lyme", ("ST5",), 14, ("Newcastle (the Staffs one)", "Newcastle-under-Lyme", "North Staffs",
                                                "Newcastle")),
    Town("Kidsgrove", ("ST7",), 2, ("Kidsgrove", "North Staffs", "the Cheshire border")),
    Town("Biddulph", ("ST8",), 1.5, ("Biddulph", "the Moorlands", "North Staffs")),
    Town("Leek", ("ST13",), 5, ("Leek", "the Staffordshire Moorlands", "the Moorlands",
                                "the edge of the Peak District")),
    Town("Cheadle", ("ST10",), 1.5, ("Cheadle", "the Moorlands", "the Churnet Valley")),
    Town("Stone", ("ST15",), 3, ("Stone", "mid Staffs", "Staffordshire")),
    Town("Stafford", ("ST16", "ST17"), 8, ("Stafford", "mid Staffs", "Staffordshire", "the county town")),
    Town("Uttoxeter", ("ST14",), 2, ("Uttoxeter", "East Staffs", "Staffordshire")),
    Town("Rugeley", ("WS15",), 1.5, ("Rugeley", "Cannock Chase", "Staffordshire")),
    Town("Cannock", ("WS11", "WS12"), 3, ("Cannock", "Cannock Chase", "South Staffs")),
    Town("Lichfield", ("WS13", "WS14"), 4, ("Lichfield", "South Staffs", "Staffordshire")),
    Town("Tamworth", ("B77", "B78", "B79"), 3, ("Tamworth", "South Staffs", "the Midlands")),
    Town("Burton upon Trent", ("DE13", "DE14", "DE15"), 4, ("Burton", "East Staffs", "the Midlands")),
    Town("Crewe", ("CW1", "CW2"), 2, ("Crewe", "South Cheshire", "the Staffs/Cheshire border"), False),
    Town("Macclesfield", ("SK10", "SK11"), 2, ("Macclesfield", "East Cheshire", "the Peak District edge"), False),
    Town("Derby", ("DE1", "DE3"), 2, ("Derby", "the East Midlands"), False),
    Town("Wolverhampton", ("WV1", "WV2", "WV3", "WV4"), 2, ("Wolverhampton", "the Black Country",
                                                            "the West Midlands"), False),
    Town("Birmingham", ("B1", "B3", "B5"), 3, ("Birmingham", "Brum", "the West Midlands"), False),
    Town("Manchester", ("M1", "M3", "M4"), 3, ("Manchester", "the North West"), False),
)

_BY_NAME = {town.name: town for town in TOWNS}


def town_named(name: str) -> Town:
    return _BY_NAME[name]


def pick_town(rng: random.Random) -> Town:
    return rng.choices(TOWNS, weights=[town.weight for town in TOWNS])[0]


def load_centroids(path: Path | None = None) -> dict[str, tuple[float, float]]:
    """Centroids of the districts the demo uses, from the shipped district table (the same
    ONS-derived centroids as the shared reference it was built from)."""
    source = path or DISTRICTS_CSV
    wanted = {district for town in TOWNS for district in town.districts}
    found: dict[str, tuple[float, float]] = {}
    with source.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["district"] in wanted:
                found[row["district"]] = (float(row["lat"]), float(row["lon"]))
    missing = sorted(wanted - found.keys())
    if missing:
        raise ValueError(f"districts missing from {source}: {', '.join(missing)}")
    return found


def jitter(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    """A point within MAX_JITTER_KM of (lat, lon), uniformly over the disc."""
    distance = MAX_JITTER_KM * math.sqrt(rng.random())
    bearing = rng.uniform(0, 2 * math.pi)
    dlat = distance * math.cos(bearing) / 111.2
    dlon = distance * math.sin(bearing) / (111.2 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def locate(rng: random.Random, town: Town, centroids: dict[str, tuple[float, float]],
           district: str | None = None) -> dict[str, Any]:
    """A location record for somewhere in ``town``: town, district and a jittered centroid."""
    district = district or rng.choice(town.districts)
    if district not in town.districts:
        raise ValueError(f"{district} is not a district of {town.name}")
    lat, lon = jitter(rng, *centroids[district])
    return {"town": town.name, "postcode": district, "lat": lat, "lon": lon}
