"""Freelancer headlines: the one line under a name, written the many ways crew write them."""

from __future__ import annotations

import random
from typing import Any

from matcher.demo.wording import fill, usable

__all__ = ["headline"]

PATTERNS = (
    ("{Role} | {genres_short} | {town}", 3),
    ("{Role} based in {town}", 2),
    ("{Role} & {Role2} — {area}", 2),
    ("Freelance {role} with own {kit1_raw}", 2),
    ("{Role}. {years} years. {district}.", 1),
    ("{Role} for {genres}", 2),
    ("{Role} / {Role2}", 3),
    ("Experienced {role} ({area})", 2),
    ("{town} {role}, credits on {credit}", 1),
    ("{Role} — available from {month}", 1),
    ("{Role}, {genres_short}, will travel", 1),
    ("Self-employed {role} covering {area}", 1),
    ("{Role} | {skill_a} | {skill_b}", 2),
    ("{Role} with {years} years in {genre}", 1),
    ("{Role} & occasional {role2}", 1),
    ("{Role} · {Role2} · {Role3}", 1),
    ("{Role}", 1),
    ("{Role} ({genres_short})", 2),
    ("{Role} — {good_at}", 1),
    ("North Staffs {role}", 1),
    ("{Role} in {area}, {since} onwards", 1),
    ("{trading} — {role} services", 1),
    ("{Role} | {lang} speaker", 1),
    ("Trainee-friendly {role}, {years} years in", 1),
    ("{Role} (ex-{former})", 1),
    ("{Role} — kit: {kit_raw}", 1),
    ("{Role} available for {genres}", 1),
    ("{Role}, {town}. {Skill_a}.", 1),
    ("{Role} · {town}", 1),
    ("{Role} — {town} & beyond", 1),
    ("{Role} | {years} yrs | {genres_short}", 1),
    ("{town}-based {role}", 1),
    ("{Role} who knows {area}", 1),
    ("{Role}, {Role2}", 1),
    ("{Role} ({town})", 1),
    ("{Role}: {genres_short}", 1),
    ("Freelance {role}", 1),
    ("{Role} with {kit1_raw}", 1),
    ("{Role} — {years} years, {credit}", 1),
)


def headline(rng: random.Random, ctx: dict[str, Any]) -> str:
    bracketed = "(" in ctx["Role"]
    patterns = [(p, w) for p, w in PATTERNS if usable(p, ctx) and not (bracketed and "({" in p)]
    pattern = rng.choices([p for p, _ in patterns], weights=[w for _, w in patterns])[0]
    text = fill(pattern, ctx)
    return text[:1].upper() + text[1:]
