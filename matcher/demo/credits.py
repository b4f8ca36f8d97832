"""Credits drawn from one shared pool of fictional productions, so crew and firms overlap like a real cluster."""

from __future__ import annotations

import random

from matcher.demo import curated

__all__ = ["assign_producers", "company_credits", "crew_credits"]

# Which kinds of production a company of each sector makes (first) or services (all).
MAKES = {
    "drama": ("feature", "tv drama", "short"),
    "documentary": ("documentary",),
    "corporate": ("commercial", "corporate", "music video"),
    "animation": ("animation series",),
    "games": ("game",),
}
SERVICES = {
    "post": ("Post-production", ("feature", "tv drama", "documentary", "commercial", "short")),
    "vfx": ("VFX", ("feature", "tv drama", "commercial", "music video")),
    "sound_post": ("Sound post-production", ("feature", "documentary", "short", "animation series", "game")),
    "hire_camera": ("Camera equipment", ("feature", "tv drama", "commercial", "music video", "short")),
    "hire_lighting": ("Lighting and grip equipment", ("feature", "tv drama", "commercial", "music video")),
    "locations": ("Locations", ("feature", "tv drama", "commercial")),
    "costume": ("Costume", ("feature", "tv drama", "music video")),
    "casting": ("Casting", ("feature", "tv drama", "commercial", "short")),
    "talent": ("Cast supplied", ("feature", "tv drama", "commercial", "game")),
    "drone": ("Aerial filming", ("documentary", "commercial", "tv drama", "corporate")),
    "music": ("Music", ("documentary", "short", "game", "animation series", "feature")),
    "catering": ("Location catering", ("feature", "tv drama", "commercial")),
    "photography": ("Unit stills", ("feature", "tv drama", "short")),
    "events": ("Livestream and event video", ("corporate",)),
    "animation": ("Animation", ("commercial", "music video", "short", "documentary")),
    "corporate": ("Additional crew", ("feature", "tv drama", "documentary")),
    "drama": ("Co-production", ("feature", "tv drama")),
    "documentary": ("Co-production", ("documentary",)),
    "games": ("Co-development", ("game",)),
}
MAKER_ROLE = {"drama": "Production company", "documentary": "Production company", "corporate": "Production company", "animation": "Animation studio", "games": "Developer"}


def assign_producers(rng: random.Random, companies: list[dict]) -> dict[str, str]:
    """Which company made each production: the curated owners first, then a plausible local maker."""
    owners = curated.production_owners()
    producers: dict[str, str] = {}
    for title, kind, year in curated.productions():
        if title in owners:
            producers[title] = owners[title]
            continue
        makers = [c for c in companies if kind in MAKES.get(c["sector"], ()) and c["founded"] <= year]
        if makers and rng.random() < 0.8:
            producers[title] = rng.choice(makers)["name"]
    return producers


def company_credits(rng: random.Random, company: dict, producers: dict[str, str]) -> list[dict]:
    made = [(t, k, y) for t, k, y in curated.productions() if producers.get(t) == company["name"]]
    credits = [{"title": t, "year": y, "role": MAKER_ROLE[company["sector"]], "type": k} for t, k, y in made]
    service = SERVICES.get(company["sector"])
    if service and rng.random() < (0.3 if company["sector"] in MAKES else 0.8):
        label, kinds = service
        pool = [p for p in curated.productions() if p[1] in kinds and p[2] >= company["founded"] and producers.get(p[0]) != company["name"]]
        for title, kind, year in rng.sample(pool, min(len(pool), rng.randint(1, 4))):
            credits.append({"title": title, "year": year, "role": label, "type": kind})
    credits.sort(key=lambda c: (-c["year"], c["title"]))
    return credits[:6]


def crew_credits(rng: random.Random, dept: curated.Department, titles: list[str], career_start: int) -> list[dict]:
    """0-4 credits from productions of the kinds this department works on, since the person started."""
    count = rng.choices((0, 1, 2, 3, 4), weights=(16, 20, 27, 23, 14))[0]
    kinds = list(dept.credit_types)
    chosen: list[dict] = []
    seen: set[str] = set()
    for _ in range(count * 4):
        if len(chosen) == count:
            break
        kind = rng.choices(kinds, weights=[dept.credit_types[k] for k in kinds])[0]
        pool = [p for p in curated.productions() if p[1] == kind and p[2] >= career_start and p[0] not in seen]
        if not pool:
            continue
        title, kind, year = rng.choice(pool)
        seen.add(title)
        role = titles[0] if len(titles) == 1 or rng.random() < 0.75 else rng.choice(titles[1:])
        chosen.append({"title": title, "year": year, "role": role, "type": kind})
    chosen.sort(key=lambda c: (-c["year"], c["title"]))
    return chosen
