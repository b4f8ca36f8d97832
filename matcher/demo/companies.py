"""Company profiles from the curated, hand-written company list plus sector defaults."""

from __future__ import annotations

import random
from typing import Any

from matcher.demo import availability, credits, investors, people, places
from matcher.demo.wording import slug

__all__ = ["company", "company_id"]

SECTOR_TAGS = {
    "corporate": ("corporate", "commercials"), "drama": ("film", "tv"), "documentary": ("documentary", "tv"),
    "animation": ("animation",), "games": ("games",), "locations": ("locations", "film", "tv"),
    "costume": ("costume", "film", "tv", "theatre"), "talent": ("talent",), "casting": ("casting",),
    "post": ("post-production",), "hire_camera": ("equipment hire", "camera"), "hire_lighting": ("equipment hire",
                                                                                                 "lighting"),
    "vfx": ("vfx", "post-production"), "sound_post": ("sound", "post-production"), "drone": ("aerial", "drones"),
    "training": ("training", "skills"), "events": ("events", "live"), "music": ("music", "audio"),
    "immersive": ("immersive", "xr"), "exhibition": ("exhibition", "distribution"), "catering": ("catering",),
    "photography": ("photography",),
}
# Where a day or hire rate makes sense, the usual range (GBP per day).
DAY_RATES = {
    "hire_camera": (250, 1200), "hire_lighting": (300, 1500), "drone": (450, 950), "post": (450, 900),
    "sound_post": (400, 750), "events": (850, 2500), "photography": (350, 600), "locations": (300, 450),
    "vfx": (400, 800),
}
# Firms whose diaries are worth showing, and how far they go.
BOOKABLE = {"hire_camera", "hire_lighting", "drone", "post", "sound_post", "events", "photography", "catering",
            "locations", "vfx"}
REACH_KM = {"drone": 150, "events": 120, "catering": 150, "hire_lighting": 120, "hire_camera": 100, "locations": 80,
            "photography": 100}


LANGUAGES = ("Urdu", "Punjabi", "BSL")


def _languages(row: dict[str, Any]) -> list[str]:
    spoken = [s for s in row.get("skills", []) if s in LANGUAGES]
    return ["English", *spoken] if spoken else []


def company_id(row: dict[str, Any]) -> str:
    return f"co-{slug(row['name'])}"


def _rate(rng: random.Random, sector: str) -> dict[str, Any] | None:
    if sector not in DAY_RATES or rng.random() < 0.25:
        return None
    low, high = DAY_RATES[sector]
    return {"min": int(round(low * rng.uniform(0.9, 1.15), -1)), "max": int(round(high * rng.uniform(0.85, 1.1), -1))}


def company(rng: random.Random, row: dict[str, Any], env: dict[str, Any]) -> dict[str, Any]:
    """One company profile as a plain dict in the import format."""
    sector = row["sector"]
    town = places.town_named(row["town"])
    located = rng.random() > 0.03
    diary = availability.windows(rng, rng.randint(1, 4), booked_share=0.5,
                                 short=True) if sector in BOOKABLE and rng.random() < 0.7 else []
    sectors = list(dict.fromkeys([s.lower() for s in row.get("sectors", [])] + list(SECTOR_TAGS[sector])))
    return {
        "id": company_id(row),
        "kind": "company",
        "name": row["name"],
        "headline": row["headline"],
        "summary": row["summary"],
        "roles": row.get("services", []),
        "skills": [s for s in row.get("skills", []) if s not in LANGUAGES],
        "equipment": row.get("equipment", []),
        "facilities": row.get("facilities", []),
        "sectors": sectors,
        "languages": _languages(row),
        "credits": credits.company_credits(rng, row, env["producers"]),
        "location": places.locate(rng, town, env["centroids"]) if located else None,
        "travel_radius_km": REACH_KM.get(sector),
        "availability": diary,
        "day_rate_gbp": _rate(rng, sector),
        "company": investors.company_facts(rng, row, env["numbers"]),
        "contact": people.company_contact(rng, slug(row["name"]), env["phones"]),
        "visibility": "public" if rng.random() < 0.9 else "members",
    }
