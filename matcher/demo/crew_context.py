"""The facts about one freelancer, turned into the words their headline and summary are written from."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from matcher.demo import crew_colour
from matcher.demo.curated import Department
from matcher.demo.people import Person
from matcher.demo.places import TOWNS, Town
from matcher.demo.wording import article, join_list, miles, number_word, role_phrase

__all__ = ["CrewFacts", "context"]

PLURAL = {
    "feature": "features", "tv drama": "TV drama", "documentary": "documentary", "commercial": "commercials",
    "corporate": "corporate work", "music video": "music videos", "short": "short films", "game": "games",
    "animation series": "animated series",
}
SHORT = {
    "feature": "features", "tv drama": "HETV", "documentary": "docs", "commercial": "commercials",
    "corporate": "corporate",
    "music video": "music videos", "short": "shorts", "game": "games", "animation series": "animation",
}
ONE = {
    "feature": "a feature", "tv drama": "a TV drama", "documentary": "a documentary", "commercial": "a commercial",
    "corporate": "a corporate film", "music video": "a music video", "short": "a short film", "game": "a game",
    "animation series": "an animated series",
}
EXTRA_GENRES = {
    "games": ("indie games", "PC and console", "mobile games", "VR projects", "serious games", "game jams"),
    "vfx_animation": ("explainers", "children's TV", "pre-school animation", "title sequences", "branded content"),
    "production": ("branded content", "factual", "live events"),
    "music": ("podcasts", "theatre"),
    "post": ("branded content", "factual", "social content"),
}
_NO_ARTICLE = {"Native Instruments Komplete"}
WIDE_AREAS = ("the Midlands and the North West", "the Midlands", "the West Midlands and Cheshire",
              "Staffordshire and beyond", "the whole of the Midlands")
OFF_SET = {"writing", "games", "post", "vfx_animation", "music"}
# Skills that are tickets, licences or paperwork rather than specialisms.
TICKET_WORDS = (
    "licence", "IPAF", "PASMA", "CSCS", "first aid", "DBS", "GVC", "CofC", "Authorisation", "food hygiene", "JISC",
    "insurance", "18th Edition", "CPC", "HGV", "certificate", "passport", "IOSH", "IRATA",
)
_SAY_A = {"RED"}


@dataclass
class CrewFacts:
    person: Person
    dept: Department
    role_key: str
    titles: list[str]
    town: Town | None
    district: str | None
    years: int
    credits: list[dict[str, Any]]
    equipment: list[str]
    skills: list[str]
    other_languages: list[str]
    radius_km: float | None
    first_available: dt.date | None
    trading: str | None


def kit_phrase(item: str) -> str:
    last = item.split()[-1]
    if item in _NO_ARTICLE or (last.endswith("s") and not last.endswith(("us", "ss", "is"))):
        return item
    first = item.split()[0]
    return f"{'a' if first in _SAY_A else article(item)} {item}"


def _plural(role: str) -> str | None:
    if role.endswith((")", "props")) or "/" in role:
        return None
    if role.endswith("y") and role[-2:-1] not in "aeiou":
        return role[:-1] + "ies"
    return role + "s"


def _genres(rng: random.Random, facts: CrewFacts) -> list[str]:
    kinds = [c["type"] for c in facts.credits] + list(facts.dept.credit_types)
    words = list(dict.fromkeys(PLURAL[k] for k in kinds))
    words += list(EXTRA_GENRES.get(facts.dept.key, ()))
    rng.shuffle(words)
    return list(dict.fromkeys(words))


def _roles(ctx: dict[str, Any], titles: list[str]) -> None:
    phrases = [role_phrase(t) for t in titles]
    for i, (title, phrase) in enumerate(zip(titles, phrases, strict=False), start=1):
        suffix = "" if i == 1 else str(i)
        ctx[f"role{suffix}"] = phrase
        ctx[f"Role{suffix}"] = title
        ctx[f"a_role{suffix}"] = f"{article(phrase)} {phrase}"
    ctx["role_plural"] = _plural(phrases[0])


def _credits(ctx: dict[str, Any], credits: list[dict[str, Any]]) -> None:
    if not credits:
        return
    top, old = credits[0], credits[-1]
    ctx.update(credit=top["title"], credit_year=top["year"],
               credit_kind=PLURAL[top["type"]] if top["type"] == "tv drama" else top["type"])
    ctx["credit_kind_one"] = ONE[top["type"]]
    role = role_phrase(top["role"])
    ctx["credit_role_a"] = f"{article(role)} {role}"
    ctx["credit_list"] = join_list([f"{c['title']} ({c['year']})" for c in credits[:3]])
    if len(credits) > 1:
        ctx.update(credit_old=old["title"], credit_old_year=old["year"])


def _place(rng: random.Random, ctx: dict[str, Any], facts: CrewFacts) -> None:
    if facts.town is None:
        return
    short = facts.town.name == "Newcastle-under-Lyme" and rng.random() >= 0.6
    ctx.update(town="Newcastle" if short else facts.town.name, district=facts.district)
    ctx["area"] = rng.choice([a for a in facts.town.areas if a not in (facts.town.name, ctx["town"])])
    ctx["wide"] = rng.choice(WIDE_AREAS)
    others = [t.name for t in TOWNS if t.local and t.name != facts.town.name]
    ctx["town2"] = rng.choice(others)


def _voice_words(ctx: dict[str, Any], person: Person) -> None:
    they, them, their = {"f": ("she", "her", "her"), "m": ("he", "him", "his")}.get(person.gender, ("they", "them",
                                                                                                    "their"))
    ctx.update(first=person.first, name=person.name, they=they, them=them, their=their, their_cap=their.capitalize())
    ctx["lad"] = {"f": "lass", "m": "lad"}.get(person.gender, "local")


def _own_or_department(rng: random.Random, own: tuple[str, ...], general: tuple[str, ...]) -> str:
    """A phrase about this role if there is one (usually), else one true of the whole department."""
    return rng.choice(own) if own and rng.random() < 0.75 else rng.choice(general)


def _experience(rng: random.Random, ctx: dict[str, Any], years: int) -> None:
    since = 2026 - years
    ctx.update(years=years, years_w=number_word(years, rng), since=since, mid_year=since + years // 2)
    if years >= 6:
        ctx["staff_years"] = number_word(rng.randint(2, min(8, years - 2)), rng)


def _genre_words(rng: random.Random, ctx: dict[str, Any], facts: CrewFacts) -> None:
    genres = _genres(rng, facts)
    ctx.update(genre=genres[0], genre_b=genres[1] if len(genres) > 1 else None,
               genres=join_list(genres[: rng.choice((2, 2, 3))]))
    kinds = list(facts.dept.credit_types)
    others = [k for k in kinds if ONE[k].split()[-1] not in genres[0]]
    ctx["genre_one"] = ONE[rng.choice(others)] if others else None
    shorts = dict.fromkeys(SHORT[k] for k in rng.sample(kinds, min(2, len(kinds))))
    ctx["genres_short"] = rng.choice((" & ", ", ", " / ")).join(shorts)


def _craft(rng: random.Random, ctx: dict[str, Any], facts: CrewFacts) -> None:
    dept = facts.dept
    ctx["work"] = _own_or_department(rng, dept.role_work.get(facts.role_key, ()), dept.work)
    ctx["good_at"] = _own_or_department(rng, dept.role_good_at.get(facts.role_key, ()), dept.good_at)
    habit = rng.choice(dept.habits)
    ctx["habit"], ctx["habit_third"] = habit.replace("{my}", "my"), habit.replace("{my}", ctx["their"])
    ctx["place"] = rng.choice(dept.places)
    ctx["on_set"] = dept.key not in OFF_SET


def _kit_and_skills(rng: random.Random, ctx: dict[str, Any], facts: CrewFacts) -> None:
    if facts.equipment:
        items = facts.equipment[:3]
        ctx.update(kit=join_list([kit_phrase(i) for i in items]), kit1=kit_phrase(items[0]), kit_raw=", ".join(items),
                   kit1_raw=items[0])
    tickets = [s for s in facts.skills if any(word in s for word in TICKET_WORDS)]
    specialisms = [s for s in facts.skills if s not in tickets]
    if tickets:
        ctx["tickets"] = join_list(tickets[:4])
    if specialisms:
        picked = rng.sample(specialisms, min(len(specialisms), 3))
        ctx.update(skills=join_list(picked), skill=picked[0], skill_a=picked[0],
                   skill_b=picked[1] if len(picked) > 1 else None)
        ctx["Skill_a"] = picked[0][:1].upper() + picked[0][1:]


def _reach(rng: random.Random, ctx: dict[str, Any], facts: CrewFacts) -> None:
    if facts.other_languages:
        ctx["lang"] = join_list(facts.other_languages)
    if facts.radius_km:
        ctx["miles"] = miles(facts.radius_km)
    if facts.first_available:
        ctx["month"] = facts.first_available.strftime("%B %Y" if rng.random() < 0.4 else "%B")
    ctx["trading"] = facts.trading


def _colour(rng: random.Random, ctx: dict[str, Any], facts: CrewFacts) -> None:
    ctx["background"] = rng.choice(crew_colour.BACKGROUNDS)
    ctx["former"] = rng.choice(crew_colour.FORMER)
    ctx["start_story"] = rng.choice(crew_colour.START_STORIES)
    origin = rng.choice(crew_colour.ORIGINS[facts.person.heritage])
    ctx["origin"] = origin if origin != ctx.get("town") else None
    ctx["moved"] = rng.randint(max(ctx["since"] - 8, 1995), 2024)
    personal = rng.choice(crew_colour.PERSONAL)
    ctx["personal"], ctx["personal_third"] = (p.format_map(ctx) if "{town}" not in p or ctx.get("town") else None
                                              for p in personal)


def context(rng: random.Random, facts: CrewFacts) -> dict[str, Any]:
    """Every word a template may ask for; a fact the profile lacks is simply absent."""
    ctx: dict[str, Any] = {}
    _roles(ctx, facts.titles)
    _voice_words(ctx, facts.person)
    _place(rng, ctx, facts)
    _credits(ctx, facts.credits)
    _experience(rng, ctx, facts.years)
    _genre_words(rng, ctx, facts)
    _craft(rng, ctx, facts)
    _kit_and_skills(rng, ctx, facts)
    _reach(rng, ctx, facts)
    _colour(rng, ctx, facts)
    return ctx
