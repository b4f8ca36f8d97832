"""A query's ``filters`` object in queries.jsonl, mapped to ``matcher.filters.Filters``.

Keys (all optional): ``kinds`` and ``sectors`` (lists of strings), ``near`` ({"lat", "lon"}
or a postcode/town string) or ``place`` (a postcode or town), ``radius_km``, ``available``
({"start", "end"} ISO dates), ``max_rate`` (GBP a day) and ``strict`` (true drops profiles
that are unknown on a filter, as ``matcher search --strict`` does). Problems are raised as
``ValueError(field, message)`` so the reader can add the line number.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from matcher.errors import InvalidInput
from matcher.filters import Filters
from matcher.geo import load_gazetteer

__all__ = ["FILTER_KEYS", "filters_from_json", "filters_to_json"]

FILTER_KEYS = ("kinds", "sectors", "near", "place", "radius_km", "available", "max_rate", "strict")


def filters_from_json(data: Any) -> Filters:
    if not isinstance(data, dict):
        raise ValueError("filters", "must be a JSON object")
    unknown = sorted(set(data) - set(FILTER_KEYS))
    if unknown:
        raise ValueError(f"filters.{unknown[0]}", f"unknown filter (known: {', '.join(FILTER_KEYS)})")
    if "near" in data and "place" in data:
        raise ValueError("filters.place", "give either near or place, not both")
    strict = data.get("strict", False)
    if not isinstance(strict, bool):
        raise ValueError("filters.strict", "must be true or false")
    try:
        return Filters(
            kinds=_strings(data, "kinds"), sectors=tuple(s.lower() for s in _strings(data, "sectors")),
            near=_point(data), radius_km=_number(data, "radius_km"),
            available=_range(data.get("available")), max_rate=_number(data, "max_rate"),
            include_unknown=not strict)
    except InvalidInput as error:
        raise ValueError("filters", str(error)) from None


def filters_to_json(filters: Filters) -> dict[str, Any]:
    """The inverse, for writing example files (``place`` becomes ``near``)."""
    out: dict[str, Any] = {}
    if filters.kinds:
        out["kinds"] = list(filters.kinds)
    if filters.sectors:
        out["sectors"] = list(filters.sectors)
    if filters.near is not None:
        out["near"] = {"lat": filters.near[0], "lon": filters.near[1]}
    if filters.radius_km is not None:
        out["radius_km"] = filters.radius_km
    if filters.available is not None:
        out["available"] = {"start": filters.available[0].isoformat(), "end": filters.available[1].isoformat()}
    if filters.max_rate is not None:
        out["max_rate"] = filters.max_rate
    if not filters.include_unknown:
        out["strict"] = True
    return out


def _strings(data: dict, key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"filters.{key}", "must be a list of strings")
    return tuple(v.strip() for v in value)


def _number(data: dict, key: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"filters.{key}", "must be a number")
    return float(value)


def _point(data: dict) -> tuple[float, float] | None:
    value = data.get("near", data.get("place"))
    key = "filters.near" if "near" in data else "filters.place"
    if value is None:
        return None
    if isinstance(value, dict):
        lat, lon = value.get("lat"), value.get("lon")
        if set(value) != {"lat", "lon"} or not all(isinstance(v, (int, float)) for v in (lat, lon)):
            raise ValueError(key, 'must be {"lat": number, "lon": number} or a postcode or town')
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(key, f"({lat}, {lon}) is not a point on Earth")
        return float(lat), float(lon)
    if isinstance(value, str) and value.strip():
        place = load_gazetteer().resolve(value.strip())
        if place is None:
            raise ValueError(key, f"'{value}' is not a UK postcode or town the gazetteer knows")
        return place.lat, place.lon
    raise ValueError(key, 'must be {"lat": number, "lon": number} or a postcode or town')


def _range(value: Any) -> tuple[dt.date, dt.date] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"start", "end"}:
        raise ValueError("filters.available", 'must be {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}')
    try:
        return dt.date.fromisoformat(value["start"]), dt.date.fromisoformat(value["end"])
    except (TypeError, ValueError):
        raise ValueError("filters.available", "start and end must be ISO dates (YYYY-MM-DD)") from None
