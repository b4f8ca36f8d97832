"""Loading the demo's curated content: departments, names, productions, companies and facilities.

The files live in ``matcher/demo/data``; they are written by hand and read only by the generator.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["Department", "Role", "companies", "departments", "facilities", "investors", "names", "production_owners",
           "productions", "role_by_key"]

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Role:
    key: str
    titles: tuple[str, ...]
    weight: float
    rate: tuple[int, int]
    steps: tuple[str, ...]
    department: str


@dataclass(frozen=True)
class Department:
    key: str
    label: str
    weight: float
    kit_share: float
    credit_types: dict[str, float]
    roles: tuple[Role, ...]
    skills: tuple[str, ...]
    equipment: tuple[str, ...]
    work: tuple[str, ...]
    good_at: tuple[str, ...]
    habits: tuple[str, ...]
    places: tuple[str, ...]
    special_kit: dict[str, tuple[str, ...]] = field(default_factory=dict)
    role_skills: dict[str, tuple[str, ...]] = field(default_factory=dict)
    role_work: dict[str, tuple[str, ...]] = field(default_factory=dict)
    role_good_at: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _read_json(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    return data


def _read_jsonl(name: str) -> list[dict[str, Any]]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _department(raw: dict[str, Any]) -> Department:
    roles = tuple(
        Role(r["key"], tuple(r["titles"]), r["weight"], tuple(r["rate"]), tuple(r["steps"]), raw["key"])
        for r in raw["roles"]
    )
    return Department(
        key=raw["key"],
        label=raw["label"],
        weight=raw["weight"],
        kit_share=raw["kit_share"],
        credit_types=dict(raw["credit_types"]),
        roles=roles,
        skills=tuple(raw["skills"]),
        equipment=tuple(raw["equipment"]),
        work=tuple(raw["work"]),
        good_at=tuple(raw["good_at"]),
        habits=tuple(raw["habits"]),
        places=tuple(raw["places"]),
        special_kit={k: tuple(v) for k, v in raw.get("special_kit", {}).items()},
        role_skills={k: tuple(v) for k, v in raw.get("role_skills", {}).items()},
        role_work={k: tuple(v) for k, v in raw.get("role_work", {}).items()},
        role_good_at={k: tuple(v) for k, v in raw.get("role_good_at", {}).items()},
    )


@lru_cache(maxsize=1)
def departments() -> tuple[Department, ...]:
    return tuple(_department(raw) for raw in _read_json("departments.json")["departments"])


@lru_cache(maxsize=1)
def role_by_key() -> dict[str, Role]:
    return {role.key: role for dept in departments() for role in dept.roles}


@lru_cache(maxsize=1)
def names() -> dict[str, Any]:
    return _read_json("names.json")


@lru_cache(maxsize=1)
def productions() -> tuple[tuple[str, str, int], ...]:
    return tuple((title, kind, year) for title, kind, year in _read_json("productions.json")["productions"])


@lru_cache(maxsize=1)
def production_owners() -> dict[str, str]:
    """Which curated company made which production, where that is fixed by the companies' own stories."""
    return dict(_read_json("productions.json")["owners"])


@lru_cache(maxsize=1)
def companies() -> tuple[dict[str, Any], ...]:
    return tuple(_read_jsonl("companies.jsonl"))


@lru_cache(maxsize=1)
def facilities() -> tuple[dict[str, Any], ...]:
    return tuple(_read_jsonl("facilities.jsonl"))


@lru_cache(maxsize=1)
def investors() -> tuple[dict[str, Any], ...]:
    return tuple(_read_jsonl("investors.jsonl"))
