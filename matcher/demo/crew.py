"""Freelancers: department and roles, experience, skills, kit, rates, reach and diary, then their own words."""

from __future__ import annotations

import random
from typing import Any

from matcher.demo import availability, credits, curated, people, places
from matcher.demo.crew_context import CrewFacts, context
from matcher.demo.crew_headlines import headline
from matcher.demo.crew_writer import summary
from matcher.demo.wording import slug

__all__ = ["freelancer", "pick_department"]

SECTOR_WORDS = {
    "feature": "film", "tv drama": "tv", "documentary": "documentary", "commercial": "commercials",
    "corporate": "corporate",
    "music video": "music videos", "short": "film", "game": "games", "animation series": "animation",
}
TRADE_WORDS = {"camera": "films", "lighting_grip": "lighting", "sound": "sound", "post": "post",
               "vfx_animation": "studio", "unit": "services"}


def pick_department(rng: random.Random) -> curated.Department:
    depts = curated.departments()
    return rng.choices(depts, weights=[d.weight for d in depts])[0]


def _titles(rng: random.Random, role: curated.Role) -> tuple[list[str], list[curated.Role]]:
    weights = [3, 2, 1, 1, 1][: len(role.titles)]
    titles = [rng.choices(role.titles, weights=weights)[0]]
    roles = [role]
    count = rng.choices((1, 2, 3), weights=(40, 45, 15))[0]
    steps = list(role.steps)
    rng.shuffle(steps)
    for key in steps[: count - 1]:
        other = curated.role_by_key()[key]
        title = other.titles[0] if rng.random() < 0.7 else rng.choice(other.titles)
        if title not in titles:
            titles.append(title)
            roles.append(other)
    return titles, roles


def _years(rng: random.Random, role: curated.Role) -> int:
    low, high = role.rate
    if high <= 200:
        return rng.randint(1, 5)
    if low >= 350:
        return rng.randint(7, 30)
    return rng.randint(3, 20)


def _rate(rng: random.Random, role: curated.Role) -> dict[str, Any] | None:
    low, high = role.rate
    spread = high - low
    start = low + spread * rng.uniform(0, 0.6)
    rounding = 5 if high < 300 else 10 if high < 600 else 25
    lo = int(round(start / rounding) * rounding)
    if rng.random() < 0.2:
        return {"min": lo, "max": lo}
    hi = int(round((start + spread * rng.uniform(0.15, 0.45)) / rounding) * rounding)
    return {"min": lo, "max": max(hi, lo)}


def _kit(rng: random.Random, dept: curated.Department, role: curated.Role) -> list[str]:
    share = dept.kit_share * (1.25 if role.key in ("dop", "camera_op", "drone_pilot", "steadicam", "gaffer",
                                                   "sound_recordist") else 0.8)
    if rng.random() >= share:
        return []
    pool = list(dept.special_kit.get(role.key, dept.equipment))
    return rng.sample(pool, min(len(pool), rng.randint(1, 4)))


def _skills(rng: random.Random, dept: curated.Department, role: curated.Role) -> list[str]:
    own = list(dept.role_skills.get(role.key, ()))
    chosen = rng.sample(own, min(len(own), rng.randint(1, 3))) if own else []
    rest = [s for s in dept.skills if s not in chosen]
    return chosen + rng.sample(rest, min(len(rest), rng.randint(1, 5)))


def _languages(rng: random.Random, person: people.Person) -> tuple[list[str], list[str]]:
    keep = 0.6 if person.heritage == "polish" else 0.35
    others = [lang for lang in person.heritage_languages if rng.random() < keep]
    if rng.random() < 0.025:
        others.append("BSL")
    if rng.random() < 0.04:
        others.append(rng.choice(("French", "Spanish", "German")))
    others = list(dict.fromkeys(others))
    listed = (["English"] if rng.random() < 0.75 else []) + others
    return listed, others


def _radius(rng: random.Random) -> int | None:
    roll = rng.random()
    if roll < 0.08:
        return None
    if roll < 0.2:
        return rng.choice((300, 400, 500, 800))
    return rng.choice((30, 40, 50, 60, 80, 100, 120, 150))


def freelancer(rng: random.Random, index: int, dept: curated.Department, ctx_env: dict[str, Any]) -> dict[str, Any]:
    """One freelancer profile as a plain dict in the import format."""
    role = rng.choices(dept.roles, weights=[r.weight for r in dept.roles])[0]
    person = people.pick_person(rng, ctx_env["taken_names"])
    titles, _roles = _titles(rng, role)
    years = _years(rng, role)
    town = places.pick_town(rng) if rng.random() > 0.05 else None
    location = places.locate(rng, town, ctx_env["centroids"]) if town else None
    diary = availability.windows(rng, rng.randint(1, 5)) if rng.random() > 0.1 else []
    equipment = _kit(rng, dept, role)
    trades = equipment and dept.key in TRADE_WORDS and rng.random() < 0.25
    trading = f"{slug(person.last)}-{TRADE_WORDS[dept.key]}" if trades else None
    languages, other_languages = _languages(rng, person)
    facts = CrewFacts(
        person=person, dept=dept, role_key=role.key, titles=titles, town=town,
        district=location["postcode"] if location else None,
        years=years, credits=credits.crew_credits(rng, dept, titles, max(2008, 2026 - years)), equipment=equipment,
        skills=_skills(rng, dept, role), other_languages=other_languages, radius_km=_radius(rng),
        first_available=availability.first_available(diary), trading=trading.replace("-",
                                                                                     " ").title() if trading else None,
    )
    words = context(rng, facts)
    rate = _rate(rng, role) if rng.random() > (0.35 if dept.key in ("writing", "music") else 0.05) else None
    profile = {
        "id": f"fl-{index:04d}",
        "kind": "freelancer",
        "name": person.name,
        "headline": headline(rng, words),
        "summary": summary(rng, words),
        "roles": titles,
        "skills": facts.skills,
        "equipment": equipment,
        "sectors": list(dict.fromkeys(SECTOR_WORDS[c] for c in dept.credit_types))[:4],
        "languages": languages,
        "credits": facts.credits,
        "location": location,
        "travel_radius_km": facts.radius_km,
        "availability": diary,
        "day_rate_gbp": rate,
        "contact": people.person_contact(rng, person, ctx_env["phones"], trading),
        "visibility": rng.choices(("public", "members", "staff"), weights=(50, 45, 5))[0],
    }
    return profile
