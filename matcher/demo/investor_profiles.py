"""Investor profiles from the curated, hand-written investor list: angels, syndicates, funds and
public funds, each with a thesis in its own voice and the criteria it states.

Angels are people: their contact details are personal (reserved example domains and Ofcom drama
numbers, as for freelancers); syndicates and funds have an office address. Some investors keep
their profile to members or to the film office (``visibility``).
"""

from __future__ import annotations

import random
from typing import Any

from matcher.demo import people, places
from matcher.demo.wording import slug

__all__ = ["investor", "investor_id"]


def investor_id(row: dict[str, Any]) -> str:
    return f"in-{slug(row['name'])}"


def _contact(rng: random.Random, row: dict[str, Any], env: dict[str, Any]) -> dict[str, Any]:
    if row["type"] != "angel":
        return people.company_contact(rng, slug(row["name"]), env["phones"])
    first, _, last = row["name"].partition(" ")
    person = people.Person(first, last, "x", "", ())
    return people.person_contact(rng, person, env["phones"])


def investor(rng: random.Random, row: dict[str, Any], env: dict[str, Any]) -> dict[str, Any]:
    """One investor profile as a plain dict in the import format."""
    town = places.town_named(row["town"]) if row.get("town") else None
    return {
        "id": investor_id(row),
        "kind": "investor",
        "name": row["name"],
        "headline": row["headline"],
        "summary": row["summary"],
        "location": places.locate(rng, town, env["centroids"]) if town else None,
        "contact": _contact(rng, row, env),
        "visibility": row["visibility"],
        "investor": {"type": row["type"], **row["investor"]},
    }
