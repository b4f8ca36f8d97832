"""Filters that never starve, and never treat unknown as no.

Each filter sorts every profile into pass, unknown or fail. A profile that fails any filter
is out; one that passes all is *known-good*; one that is unknown on some filter (no recorded
location, availability, day rate or sectors) or only partly available is kept and marked,
and the ranker puts it a little below an otherwise equal known-good one (``scoring``),
unless ``include_unknown`` is off, which drops it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

import numpy as np

from matcher.columns import KINDS, VISIBILITIES, Columns, unit_vector
from matcher.errors import Forbidden, InvalidInput
from matcher.geo import EARTH_RADIUS_KM

__all__ = ["AVAILABILITY_LABELS", "Filters", "Memo", "Verdict", "evaluate"]

# What the queries of one search_many call share, by key: verdicts, distances, diaries, vectors.
Memo = dict[Hashable, Any]
_T = TypeVar("_T")

# Availability codes over a date range, as evaluate() reports them.
UNKNOWN, AVAILABLE, PARTIAL, BOOKED = 0, 1, 2, 3
AVAILABILITY_LABELS = {UNKNOWN: "unknown", AVAILABLE: "available", PARTIAL: "partly available",
                       BOOKED: "booked"}


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    near: tuple[float, float] | None = None
    # More places to measure from (a brief's other shoot locations): a profile's distance is
    # to the nearest of near and these, and the radius holds around each.
    also_near: tuple[tuple[float, float], ...] = ()
    radius_km: float | None = None
    available: tuple[dt.date, dt.date] | None = None
    max_rate: float | None = None
    exclude_ids: frozenset[str] = field(default_factory=frozenset)
    include_unknown: bool = True
    # Who is looking: a profile whose visibility is "staff" is found only by staff. (A
    # "members" profile is found by the public too, but shown without its name.)
    audience: str | None = None

    def __post_init__(self) -> None:
        unknown_kinds = set(self.kinds) - set(KINDS)
        if unknown_kinds:
            raise InvalidInput(f"unknown kind {sorted(unknown_kinds)[0]!r}: use company, freelancer, facility "
                               "or investor")
        if self.also_near and self.near is None:
            raise InvalidInput("more places to measure from need a first one (near)")
        if self.radius_km is not None and (self.near is None or self.radius_km <= 0):
            raise InvalidInput("a radius needs a point to measure from (near) and must be above 0 km")
        if self.available and self.available[1] < self.available[0]:
            raise InvalidInput(f"the date range ends ({self.available[1]}) before it starts ({self.available[0]})")
        if self.audience not in (None, *VISIBILITIES):
            raise InvalidInput(f"unknown audience {self.audience!r}")
        if "investor" in self.kinds and self.audience == "public":
            raise Forbidden("investor profiles are member data: send a member key to search them")
        if self.max_rate is not None and self.max_rate < 0:
            raise InvalidInput("the day-rate ceiling cannot be negative")


@dataclass(frozen=True)
class Verdict:
    known: np.ndarray            # passes every filter on recorded facts
    unknown: np.ndarray          # kept, but unknown (or partly available) on some filter
    distance_km: Distances | None
    availability: np.ndarray | None  # codes above, per position
    filters: Filters

    def passing(self, include_unknown: bool) -> np.ndarray:
        return self.known | self.unknown if include_unknown else self.known


def evaluate(columns: Columns, filters: Filters, excluded_positions: Sequence[int] = (),
             memo: Memo | None = None) -> Verdict:
    """``memo`` (a dict kept by the caller) shares verdicts, distances and availability between
    queries with the same filters, point or dates: a brief's crew needs all filter alike."""
    memo = {} if memo is None else memo
    key = ("verdict", filters, tuple(excluded_positions))
    return _memo(memo, key, lambda: _evaluate(columns, filters, excluded_positions, memo))


def _evaluate(columns: Columns, filters: Filters, excluded_positions: Sequence[int], memo: Memo) -> Verdict:
    fail = ~columns.live
    unknown = np.zeros(columns.capacity, dtype=bool)
    if filters.kinds:
        allowed = np.zeros(len(KINDS) + 1, dtype=bool)  # the extra slot is kind -1, an empty row
        allowed[[KINDS.index(k) for k in filters.kinds]] = True
        fail |= ~allowed[columns.kind]
    else:  # investors are not crew or suppliers: found only when the kinds name them (never by the public)
        fail |= columns.kind == KINDS.index("investor")
    if filters.audience is not None and filters.audience != "staff":
        fail |= columns.visibility == VISIBILITIES.index("staff")
    if filters.sectors:
        in_sector = np.zeros(columns.capacity, dtype=bool)
        for sector in filters.sectors:
            in_sector |= columns.sector_mask(sector)
        fail |= columns.has_sectors & ~in_sector
        unknown |= ~columns.has_sectors
    distance = None
    if filters.near is not None:
        points = (filters.near, *filters.also_near)
        distance = _memo(memo, ("near", points), lambda: Distances(columns, points))
        if filters.radius_km is not None:
            fail |= distance.beyond(filters.radius_km)
        # Distance ranks profiles, so one with no recorded place cannot rank among them.
        unknown |= distance.unknown
    availability = None
    if (dates := filters.available) is not None:
        availability = _memo(memo, ("available", dates), lambda: availability_codes(columns, *dates))
        fail |= availability == BOOKED
        unknown |= (availability == UNKNOWN) | (availability == PARTIAL)
    if filters.max_rate is not None:
        fail |= columns.rate_min > filters.max_rate
        unknown |= np.isnan(columns.rate_min)
    fail[list(excluded_positions)] = True
    return Verdict(known=~fail & ~unknown, unknown=~fail & unknown,
                   distance_km=distance, availability=availability, filters=filters)


def _memo(memo: Memo, key: tuple[object, ...], compute: Callable[[], _T]) -> _T:
    if key not in memo:
        memo[key] = compute()
    value: _T = memo[key]
    return value


class Distances:
    """Great-circle km from the nearest of some points to every profile, NaN where no place is
    recorded. The radius test compares cosines; kilometres are worked out only for the
    positions read (``distances[positions]``): an arccos of a million values is most of a
    search's budget."""

    def __init__(self, columns: Columns, points: Sequence[tuple[float, float]]) -> None:
        # The nearest point has the largest cosine; NaN (no place) stays NaN. One point (a plain
        # search) costs one product and no copy.
        self.cosine: np.ndarray = functools.reduce(
            np.maximum, (columns.xyz @ unit_vector(lat, lon) for lat, lon in points))

    @property
    def unknown(self) -> np.ndarray:
        unknown: np.ndarray = np.isnan(self.cosine)
        return unknown

    def beyond(self, radius_km: float) -> np.ndarray:
        beyond: np.ndarray = self.cosine < np.cos(radius_km / EARTH_RADIUS_KM)  # NaN compares False: unknown stays
        return beyond

    @overload
    def __getitem__(self, positions: int) -> float: ...
    @overload
    def __getitem__(self, positions: np.ndarray) -> np.ndarray: ...

    def __getitem__(self, positions: int | np.ndarray) -> float | np.ndarray:
        km: float | np.ndarray = EARTH_RADIUS_KM * np.arccos(np.clip(self.cosine[positions], -1.0, 1.0))
        return km


def availability_codes(columns: Columns, start: dt.date, end: dt.date) -> np.ndarray:
    """Booked days and available days of each profile inside [start, end], vectorised."""
    first, last = start.toordinal(), end.toordinal()
    span = last - first + 1
    booked_days = np.zeros(columns.capacity)
    free_days = np.zeros(columns.capacity)
    for windows in columns.windows():
        near = windows.touching(first, last)
        positions, booked = windows.positions[near], windows.booked[near]
        overlap = np.minimum(windows.ends[near], last) - np.maximum(windows.starts[near], first) + 1
        touching = overlap > 0
        positions, overlap, booked = positions[touching], overlap[touching], booked[touching]
        booked_days += np.bincount(positions[booked], weights=overlap[booked], minlength=columns.capacity)
        free_days += np.bincount(positions[~booked], weights=overlap[~booked], minlength=columns.capacity)
    codes = np.full(columns.capacity, UNKNOWN, dtype=np.int8)
    codes[free_days > 0] = PARTIAL
    codes[(free_days >= span) & (booked_days == 0)] = AVAILABLE
    codes[booked_days > 0] = PARTIAL
    codes[booked_days >= span] = BOOKED
    return codes
