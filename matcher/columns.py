"""Per-position facts used by filters and context ranking, held as numpy arrays.

Arrays are indexed by index position, grow by doubling, and are evaluated vectorised, so a
filter over 100k profiles costs well under a millisecond instead of a Python loop.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from matcher.documents import Document

__all__ = ["KINDS", "VISIBILITIES", "Columns"]

KINDS = ("company", "freelancer", "facility")
VISIBILITIES = ("public", "members", "staff")


class Columns:
    def __init__(self, capacity: int = 1024) -> None:
        capacity = max(capacity, 16)
        self.live = np.zeros(capacity, dtype=bool)
        self.kind = np.full(capacity, -1, dtype=np.int8)
        self.visibility = np.full(capacity, -1, dtype=np.int8)
        self.lat = np.full(capacity, np.nan)
        self.lon = np.full(capacity, np.nan)
        self.travel_radius = np.full(capacity, np.nan)
        self.rate_min = np.full(capacity, np.nan)
        self.sectors: dict[str, np.ndarray] = {}
        self.has_sectors = np.zeros(capacity, dtype=bool)
        self.has_availability = np.zeros(capacity, dtype=bool)
        self._windows: dict[int, tuple[tuple[dt.date, dt.date, str], ...]] = {}
        self._window_arrays: tuple[np.ndarray, ...] | None = None

    @property
    def capacity(self) -> int:
        return self.live.size

    def set(self, position: int, doc: Document) -> None:
        self._ensure(position + 1)
        self.clear(position)
        self.live[position] = True
        self.kind[position] = KINDS.index(doc.kind)
        self.visibility[position] = VISIBILITIES.index(doc.visibility)
        self.lat[position] = np.nan if doc.lat is None else doc.lat
        self.lon[position] = np.nan if doc.lon is None else doc.lon
        self.travel_radius[position] = np.nan if doc.travel_radius_km is None else doc.travel_radius_km
        self.rate_min[position] = np.nan if doc.rate_min is None else doc.rate_min
        for sector in doc.sectors:
            self._sector(sector)[position] = True
        self.has_sectors[position] = bool(doc.sectors)
        if doc.availability:
            self._windows[position] = doc.availability
            self.has_availability[position] = True
            self._window_arrays = None

    def clear(self, position: int) -> None:
        if position >= self.capacity:
            return
        self.live[position] = False
        self.kind[position] = -1
        self.visibility[position] = -1
        for array in (self.lat, self.lon, self.travel_radius, self.rate_min):
            array[position] = np.nan
        for array in self.sectors.values():
            array[position] = False
        self.has_sectors[position] = False
        self.has_availability[position] = False
        if self._windows.pop(position, None) is not None:
            self._window_arrays = None

    def windows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(position, start ordinal, end ordinal, booked?) for every availability window."""
        if self._window_arrays is None:
            rows = [(p, s.toordinal(), e.toordinal(), status == "booked")
                    for p, windows in self._windows.items() for s, e, status in windows]
            columns = list(zip(*rows)) if rows else [(), (), (), ()]
            self._window_arrays = (
                np.array(columns[0], dtype=np.int64), np.array(columns[1], dtype=np.int64),
                np.array(columns[2], dtype=np.int64), np.array(columns[3], dtype=bool),
            )
        return self._window_arrays

    def sector_mask(self, sector: str) -> np.ndarray:
        array = self.sectors.get(sector.lower())
        return np.zeros(self.capacity, dtype=bool) if array is None else array

    def _sector(self, sector: str) -> np.ndarray:
        key = sector.lower()
        if key not in self.sectors:
            self.sectors[key] = np.zeros(self.capacity, dtype=bool)
        return self.sectors[key]

    def _ensure(self, size: int) -> None:
        if size <= self.capacity:
            return
        new = max(size, 2 * self.capacity)
        for name in ("live", "kind", "visibility", "lat", "lon", "travel_radius", "rate_min",
                     "has_sectors", "has_availability"):
            setattr(self, name, _grown(getattr(self, name), new))
        self.sectors = {key: _grown(array, new) for key, array in self.sectors.items()}


def _grown(array: np.ndarray, size: int) -> np.ndarray:
    fill = np.nan if array.dtype.kind == "f" else (-1 if array.dtype == np.int8 else False)
    out = np.full(size, fill, dtype=array.dtype)
    out[: array.size] = array
    return out
