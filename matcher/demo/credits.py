"""Credits drawn from one shared pool of fictional productions, so crew and firms overlap like a real cluster.

Two passes. The first (``company_credits``, ``crew_credits``) runs inside each profile's own
draw: a company's own productions and a few it serviced, a freelancer's 0-4 credits. The second
(``fill_units``) runs once every profile exists and completes each production's unit the way a
regional shoot is crewed: a local drama books a caterer, a unit base, a lighting hire firm, a
sound post house, a location, and a local gaffer and sound recordist (``units`` in
``data/productions.json`` says which suppliers and crew each kind of production brings in, and
how often). Every credit of a production carries the production's one title, year and kind, so
the same title in two profiles is the same shoot. The second pass draws from generators of its
own (label ``unit`` and the title) and only appends credits, so no other field of any profile
moves: a freelancer joins a production only within the years their own credits span (their
summary's "most recently ..." stays true), and no one is piled with credits (caps below).
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from matcher.demo import curated
from matcher.geo import haversine_km

__all__ = ["assign_producers", "company_credits", "crew_credits", "fill_units"]

FIRM_CREDIT_CAP = 10  # a firm's profile lists at most this many credits
CREW_CREDIT_CAP = 5
CREW_YEARS_BEFORE = 4  # a freelancer may join a production this many years before their oldest listed credit
LOCAL_KM = 25.0  # suppliers are drawn with weight exp(-distance / LOCAL_KM) from the production's maker
HANLEY = (53.024, -2.176)  # where a production with no known maker is based

Row = dict[str, Any]  # a curated row or a profile being built, as plain JSON-like data

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
MAKER_ROLE = {"drama": "Production company", "documentary": "Production company", "corporate": "Production company",
              "animation": "Animation studio", "games": "Developer"}


def assign_producers(rng: random.Random, companies: list[Row]) -> dict[str, str]:
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


def company_credits(rng: random.Random, company: Row, producers: dict[str, str]) -> list[Row]:
    made = [(t, k, y) for t, k, y in curated.productions() if producers.get(t) == company["name"]]
    credits: list[Row] = [{"title": t, "year": y, "role": MAKER_ROLE[company["sector"]], "type": k} for t, k, y in made]
    service = SERVICES.get(company["sector"])
    if service and rng.random() < (0.3 if company["sector"] in MAKES else 0.8):
        label, kinds = service
        pool = [p for p in curated.productions()
                if p[1] in kinds and p[2] >= company["founded"] and producers.get(p[0]) != company["name"]]
        for title, kind, year in rng.sample(pool, min(len(pool), rng.randint(1, 4))):
            credits.append({"title": title, "year": year, "role": label, "type": kind})
    credits.sort(key=lambda c: (-c["year"], c["title"]))
    return credits[:6]


def crew_credits(rng: random.Random, dept: curated.Department, titles: list[str], career_start: int) -> list[Row]:
    """0-4 credits from productions of the kinds this department works on, since the person started."""
    count = rng.choices((0, 1, 2, 3, 4), weights=(16, 20, 27, 23, 14))[0]
    kinds = list(dept.credit_types)
    chosen: list[Row] = []
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


@lru_cache(maxsize=1)
def _units() -> Row:
    units: Row = json.loads((curated.DATA_DIR / "productions.json").read_text(encoding="utf-8"))["units"]
    return units


@lru_cache(maxsize=1)
def _role_of_title() -> dict[str, str]:
    """Crew title -> curated role key (the first role that uses the title)."""
    keys: dict[str, str] = {}
    for role in curated.role_by_key().values():
        for title in role.titles:
            keys.setdefault(title, role.key)
    return keys


def _km(profile: Row, origin: tuple[float, float]) -> float:
    place = profile.get("location")
    if not place:
        return 40.0  # unknown place: neither favoured nor ruled out
    return float(haversine_km(place["lat"], place["lon"], *origin))


def _pick(rng: random.Random, candidates: list[Row], origin: tuple[float, float]) -> Row | None:
    if not candidates:
        return None
    return rng.choices(candidates, weights=[math.exp(-_km(c, origin) / LOCAL_KM) for c in candidates])[0]


def _credit(profile: Row, production: tuple[str, str, int], role: str) -> None:
    title, kind, year = production
    profile.setdefault("credits", []).append({"title": title, "year": year, "role": role, "type": kind})


def _crew_can_join(person: Row, production: tuple[str, str, int]) -> bool:
    years = [c["year"] for c in person.get("credits", [])]
    title, _, year = production
    return (bool(years) and len(years) < CREW_CREDIT_CAP and min(years) - CREW_YEARS_BEFORE <= year <= max(years)
            and all(c["title"] != title for c in person["credits"]))


def fill_units(rng_for: Callable[[str], random.Random], profiles: list[Row], producers: dict[str, str]) -> None:
    """Complete every production's unit with local suppliers and crew, appending credits in place.

    ``rng_for(title)`` gives the generator for one production; ``producers`` maps a title to the
    name of the company that made it (``assign_producers``). Firms are found by their curated
    sector or facility type; freelancers by the curated role their titles name.
    """
    from matcher.demo.companies import company_id  # here, not at the top: companies imports this module
    from matcher.demo.facilities import facility_id

    by_id = {p["id"]: p for p in profiles}
    firms: dict[str, list[tuple[Row, int]]] = {}  # sector or facility type -> (profile, founded)
    for row in curated.companies():
        if company_id(row) in by_id:
            firms.setdefault(row["sector"], []).append((by_id[company_id(row)], row["founded"]))
    for row in curated.facilities():
        if facility_id(row) in by_id:
            firms.setdefault(row["type"], []).append((by_id[facility_id(row)], 0))
    makers = {row["name"]: by_id.get(company_id(row)) for row in curated.companies()}
    crew: dict[str, list[tuple[Row, str]]] = {}  # role key -> (freelancer, the title they use for it)
    for person in profiles:
        if person["kind"] == "freelancer":
            for title in person.get("roles", []):
                if title in _role_of_title():
                    crew.setdefault(_role_of_title()[title], []).append((person, title))
    units = _units()
    touched: dict[str, Row] = {}
    for production in curated.productions():
        title, kind, year = production
        plan = units["by_kind"].get(kind)
        if plan is None:
            continue
        rng = rng_for(title)
        maker = makers.get(producers.get(title, ""))
        origin = (maker["location"]["lat"], maker["location"]["lon"]) if maker and maker.get("location") else HANLEY
        on_it = [p for p in profiles if any(c["title"] == title for c in p.get("credits", []))]
        roles_on_it = {c["role"] for p in on_it for c in p["credits"] if c["title"] == title}
        for slot, share in plan["suppliers"].items():
            supplier = units["suppliers"][slot]
            if rng.random() >= share or supplier["role"] in roles_on_it:
                continue
            groups = supplier.get("companies", []) + supplier.get("facilities", [])
            pool = [p for group in groups for p, founded in firms.get(group, [])
                    if founded <= year and p is not maker and p not in on_it
                    and len(p.get("credits", [])) < FIRM_CREDIT_CAP]
            chosen = _pick(rng, pool, origin)
            if chosen is not None:
                _credit(chosen, production, supplier["role"])
                on_it.append(chosen)
                touched[chosen["id"]] = chosen
        for role_key, share in plan["crew"].items():
            if rng.random() >= share or any(_role_of_title().get(r) == role_key for r in roles_on_it):
                continue
            titled = [(p, t) for p, t in crew.get(role_key, []) if p not in on_it and _crew_can_join(p, production)]
            chosen = _pick(rng, [p for p, _ in titled], origin)
            if chosen is not None:
                _credit(chosen, production, next(t for p, t in titled if p is chosen))
                on_it.append(chosen)
                touched[chosen["id"]] = chosen
    for profile in touched.values():
        profile["credits"].sort(key=lambda c: (-c["year"], c["title"]))
