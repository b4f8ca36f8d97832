"""The taxonomy's records and how they are read from data, with where every alias came from.

Every alias and resolve-only word in ``matcher/data/taxonomy/*_roles.json`` is filed under the
source it came from (``{"tmdb": [...], "uk-usage": [...]}``), so a reader can tell a credited job
title from a word written here, and so an alias added to fix one brief shows as such:

* ``esco``: an ESCO v1.1.1 occupation label (``esco_screen_occupations.csv``);
* ``tmdb``: a job title credited on feature films (TMDb, ``film_credit_jobs.csv``);
* ``uk-usage``: UK crew-list, call-sheet and trade usage, hand-written by the project's engineers;
* ``demo-dev``: added while reading the demo judged set's dev/ briefs (kept only where general);
* ``demo-profiles``: service words of the demo cluster's company profiles (resolve-only);
* ``briefs-dev:<id>``: added from a judged brief of ``evaluation/data/briefs/dev``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["KINDS", "SOURCES", "Department", "Mention", "Role", "TaxonomyError", "read_roles", "validate"]

KINDS = ("crew", "facility")
SOURCES = ("esco", "tmdb", "uk-usage", "demo-dev", "demo-profiles")
_SOURCE = re.compile(r"(?:esco|tmdb|uk-usage|demo-dev|demo-profiles|briefs-dev:[a-z0-9-]+)")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class Department:
    id: str
    label: str
    kind: str  # "crew" | "facility"


@dataclass(frozen=True)
class Role:
    id: str
    label: str
    department: str
    kind: str
    aliases: tuple[str, ...]
    related: tuple[str, ...]
    description: str
    esco: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    # A more specific kind of another class ("a studio with a green screen" asks for the green
    # screen studio; "a unit base with catering" asks for two things).
    kind_of: str | None = None
    # (alias, source) for every alias and resolve-only word; see the module docstring.
    provenance: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Mention:
    """A role named in text. ``confidence`` says how sure the reading is, on one scale for every
    reader (ranking scales a role's boost by it; the page shows anything below 1 as a guess):

    * 1.0 ``alias``: an alias matched as written (case, spelling variants and plurals folded);
    * 0.8 ``asked-for word``: an everyday word that names the role only when asked for ("need sound");
    * 0.6 ``head of a longer name``: an alias after a modifier the taxonomy does not know, so the
      phrase may name a more specific job ("trailer editor", "console programmer");
    * 0.4 ``modifies another job``: an alias followed by a job noun ("loop group coordinator"):
      the phrase names another job, of which this role is only the subject;
    * 0.0-0.75 ``embedding``: the nearest role by meaning (``matcher.briefs.guess``), below the
      lowest alias reading by construction: the cosine rescaled, never certain.
    """

    role: Role
    start: int
    end: int
    surface: str
    confidence: float = 1.0
    how: str = "alias"


class TaxonomyError(ValueError):
    """The taxonomy data is inconsistent: unknown ids, clashing aliases, empty departments."""


def _by_source(entry: Mapping[str, Any], key: str, where: str, problems: list[str]) -> list[tuple[str, str]]:
    """(word, source) pairs of a role's ``aliases`` or ``resolve_only``, filed by source."""
    value = entry.get(key, {})
    if not isinstance(value, Mapping):
        problems.append(f"{where}: {key} must be filed by source, e.g. {{\"uk-usage\": [...]}}")
        return []
    bad = [s for s in value if not _SOURCE.fullmatch(s)]
    problems += [f"{where}: unknown alias source {s!r} (one of {', '.join(SOURCES)}, briefs-dev:<id>)" for s in bad]
    return [(str(word), source) for source, words in value.items() for word in words]


def read_roles(data: Mapping[str, Any]) -> tuple[list[Department], list[Role], list[str]]:
    """Departments, roles and the resolve-only words, from data shaped like the JSON files."""
    problems: list[str] = []
    try:
        departments = [Department(**d) for d in data["departments"]]
        kinds = {d.id: d.kind for d in departments}
        roles, quiet = [], []
        for r in data["roles"]:
            where = f"role {r['id']!r}"
            aliases = _by_source(r, "aliases", where, problems)
            resolve_only = _by_source(r, "resolve_only", where, problems)
            quiet += [word for word, _ in resolve_only]
            roles.append(Role(id=r["id"], label=r["label"], department=r["department"],
                              kind=kinds.get(r["department"], "?"),
                              aliases=tuple(w for w, _ in aliases + resolve_only),
                              related=tuple(r.get("related", ())), description=r.get("description", ""),
                              esco=tuple(r.get("esco", ())), skills=tuple(r.get("skills", ())),
                              kind_of=r.get("kind_of"), provenance=tuple(aliases + resolve_only)))
    except (KeyError, TypeError, AttributeError) as exc:
        raise TaxonomyError(f"malformed taxonomy data: {exc!r}") from exc
    if problems:
        raise TaxonomyError("invalid taxonomy: " + "; ".join(problems))
    return departments, roles, quiet


def validate(departments: list[Department], roles: list[Role]) -> None:
    """Ids, departments, kinds, related links: every problem at once, in one error."""
    by_id = {d.id: d for d in departments}
    role_ids = {r.id for r in roles}
    problems = [f"department {d.id!r} has kind {d.kind!r}, not one of {KINDS}"
                for d in departments if d.kind not in KINDS]
    for what, ids in (("department", [d.id for d in departments]), ("role", [r.id for r in roles])):
        problems += [f"duplicate {what} id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for role in roles:
        where = f"role {role.id!r}"
        if not _SLUG.fullmatch(role.id):
            problems.append(f"{where}: id is not a lower-case slug")
        if role.department not in by_id:
            problems.append(f"{where}: unknown department {role.department!r}")
        elif role.kind != by_id[role.department].kind:
            problems.append(f"{where}: kind {role.kind!r} differs from its department's")
        if not role.aliases or not all(_WORD.search(a) for a in role.aliases):
            problems.append(f"{where}: no aliases, or a blank one")
        problems += [f"{where}: related id {rel!r} does not exist" for rel in role.related if rel not in role_ids]
        problems += [f"{where}: relates to itself" for rel in role.related if rel == role.id]
        if role.kind_of is not None and (role.kind_of == role.id or role.kind_of not in role_ids):
            problems.append(f"{where}: kind_of {role.kind_of!r} is not another role")
    used = {r.department for r in roles}
    problems += [f"department {d!r} has no roles" for d in by_id if d not in used]
    if problems:
        raise TaxonomyError("invalid taxonomy: " + "; ".join(problems))
