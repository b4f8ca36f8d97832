"""Facility profiles (studios, unit bases, suites, venues, vehicles) from the curated facility list."""

from __future__ import annotations

import random
from typing import Any

from matcher.demo import availability, people, places
from matcher.demo.wording import slug

__all__ = ["facility", "facility_id"]

TYPE_SECTORS = {
    "studio": ("film", "tv", "commercials", "music videos"),
    "green_screen": ("vfx", "corporate", "commercials"),
    "unit_base": ("film", "tv", "locations"),
    "grading": ("post-production",),
    "edit": ("post-production",),
    "dubbing": ("post-production", "sound"),
    "screening": ("exhibition", "film"),
    "rehearsal": ("film", "tv", "theatre"),
    "catering": ("catering", "film", "tv"),
    "vehicles": ("facilities vehicles", "film", "tv"),
    "location": ("locations", "film", "tv"),
    "costume_store": ("costume", "film", "tv"),
    "props_store": ("props", "film", "tv"),
    "workshop": ("construction", "film", "tv"),
}
MOBILE = {"catering": 150, "vehicles": 200}


def facility_id(row: dict[str, Any]) -> str:
    return f"fa-{slug(row['name'])}"


def _rate_and_extras(row: dict[str, Any]) -> tuple[dict[str, Any] | None, list[str]]:
    """The day rate, unless the facility prices per head (then it becomes a facility line instead)."""
    low, high = row["rate"]
    note = row.get("rate_note", "")
    if "per head" in note:
        return None, [f"priced per head: £{low}-£{high} a day"]
    extras = ["per-item hire on top of the day rate"] if "per-item" in note else []
    return {"min": low, "max": high}, extras


def facility(rng: random.Random, row: dict[str, Any], env: dict[str, Any]) -> dict[str, Any]:
    """One facility profile as a plain dict in the import format."""
    town = places.town_named(row["town"])
    rate, extras = _rate_and_extras(row)
    booked = 0.6 if row["type"] in ("studio", "dubbing", "grading") else 0.45
    diary = availability.windows(rng, rng.randint(2, 5), booked_share=booked, short=True) if rng.random() < 0.88 else []
    located = row["type"] in ("location", "studio", "unit_base") or rng.random() > 0.03
    return {
        "id": facility_id(row),
        "kind": "facility",
        "name": row["name"],
        "headline": row["headline"],
        "summary": row["summary"],
        "roles": row.get("services", []),
        "equipment": row.get("equipment", []),
        "facilities": row.get("facilities", []) + extras,
        "sectors": list(TYPE_SECTORS[row["type"]]),
        "location": places.locate(rng, town, env["centroids"]) if located else None,
        "travel_radius_km": MOBILE.get(row["type"]),
        "availability": diary,
        "day_rate_gbp": rate,
        "contact": people.company_contact(rng, slug(row["name"]), env["phones"]),
        "visibility": "public" if rng.random() < 0.95 else "members",
    }
