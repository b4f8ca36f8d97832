"""What a member does: the kinds of work it makes or serves, and the capabilities it has.

Its kinds of work are read from its sectors and the types of its credits (``work.json``:
"film" and "tv" sectors or "feature" credits are drama; "games" is games); credits count as much
as sectors, because a credit is evidence and a sector is a claim. Its capabilities are the
capabilities (``capabilities``) of its taxonomy roles as the index read them (roles, and a
firm's listed facilities and services), in order, so the first is its main business.

A member that makes its work (its main business is production, direction or writing, or a
company's main business is what its kind of work is made of: an animation studio's animation,
``makers`` in ``work.json``) needs what its work needs. A supplier (a hire house, a stage, a post
house, a freelancer) is complemented first by the productions that hire it and the crafts it works beside
(``work.json`` "serves"), and then, at half weight, by what its clients' work needs.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from matcher.documents import Document
from matcher.partners.capabilities import DATA_DIR, HIRE_ROLES, load_capabilities
from models.profile import Profile

__all__ = ["MAKERS", "MemberWork", "WorkKind", "document_kinds", "kind_overlap", "load_work_kinds", "read_work"]

# Capabilities that make the work rather than service it.
MAKERS = frozenset({"production", "direction", "writing"})
SUPPLIER_SHARE = 0.5  # a supplier needs what its clients' work needs, at this share
IN_HOUSE_SHARE = 0.5  # a company making this much of its work in a kind does what that kind's makers do


@dataclass(frozen=True)
class WorkKind:
    id: str
    label: str
    sectors: frozenset[str]
    credit_types: frozenset[str]
    needs: dict[str, float]  # capability id -> how routinely this work needs it (0-1)
    makers: frozenset[str]   # a company whose main capability is one of these makes this work
    in_house: frozenset[str] = frozenset()  # what a company making this work does itself


@dataclass(frozen=True)
class MemberWork:
    """``kinds``: work kind id -> share (sums to 1; empty when nothing says); ``capabilities``: what it
    has, main business first; ``needs``: capability id -> weight of the need, before what it has."""

    profile_id: str
    kinds: dict[str, float]
    capabilities: tuple[str, ...]
    needs: dict[str, float]

    @property
    def main(self) -> str | None:
        return self.capabilities[0] if self.capabilities else None

    maker: bool = True  # makes its work (needs what the work needs) rather than serving others'
    kind: str = "company"  # the profile's kind (company, facility, freelancer)
    hire: bool = False     # its main business is lending kit (a camera or lighting hire house)

    def kind_labels(self) -> list[str]:
        labels = {k.id: k.label for k in load_work_kinds()}
        return [labels[k] for k in sorted(self.kinds, key=lambda k: -self.kinds[k])]


@lru_cache(maxsize=1)
def load_work_kinds() -> tuple[WorkKind, ...]:
    data = json.loads((DATA_DIR / "work.json").read_text(encoding="utf-8"))
    return tuple(WorkKind(id=k["id"], label=k["label"], sectors=frozenset(k["sectors"]),
                          credit_types=frozenset(k["credit_types"]), needs=dict(k["needs"]),
                          makers=frozenset(k["makers"]), in_house=frozenset(k.get("in_house", ())))
                 for k in data["kinds"])


@lru_cache(maxsize=1)
def _serves() -> dict[str, dict[str, float]]:
    data: dict[str, dict[str, float]] = json.loads((DATA_DIR / "work.json").read_text(encoding="utf-8"))["serves"]
    return data


def read_work(profile: Profile, document: Document) -> MemberWork:
    """``document`` is the profile's indexed document (its taxonomy roles)."""
    kinds = _kinds(profile.sectors, (c.type for c in profile.credits))
    capabilities = tuple(load_capabilities().of_roles(document.role_ids))
    needs: dict[str, float] = {}
    for kind_id, share in kinds.items():
        kind = next(k for k in load_work_kinds() if k.id == kind_id)
        for capability, weight in kind.needs.items():
            needs[capability] = needs.get(capability, 0.0) + share * weight
    main = capabilities[0] if capabilities else None
    maker = main is None or main in MAKERS or (profile.kind == "company" and any(
        main in k.makers for k in load_work_kinds() if k.id in kinds))
    if not maker:
        needs = {c: SUPPLIER_SHARE * w for c, w in needs.items()}
        for capability, weight in _serves().get(main or "", {"production": 1.0}).items():
            needs[capability] = max(needs.get(capability, 0.0), weight)
    elif profile.kind == "company":
        in_house = [c for k in load_work_kinds() if kinds.get(k.id, 0.0) >= IN_HOUSE_SHARE for c in sorted(k.in_house)]
        capabilities = tuple(dict.fromkeys([*capabilities, *in_house]))
    hire = profile.kind != "freelancer" and main is not None and any(
        r in HIRE_ROLES and load_capabilities().of_role.get(r) == main for r in document.role_ids)
    return MemberWork(profile.id, kinds, capabilities, {c: round(w, 4) for c, w in needs.items() if w > 0}, maker,
                      profile.kind, hire)


def document_kinds(document: Document) -> dict[str, float]:
    """A candidate's kinds of work as the index holds it (sectors, and the type ending each credit
    in the credits field: "Mothertown (2023), Camera equipment, tv drama"), read as a member's are."""
    return dict(_document_kinds(tuple(document.sectors), document.fields.get("credits", "")))


@lru_cache(maxsize=65536)
def _document_kinds(sectors: tuple[str, ...], credits: str) -> tuple[tuple[str, float], ...]:
    """Kept per (sectors, credits): a synthetic or a real corpus repeats them, and a member's
    partners are read again at every request."""
    types = [c.rsplit(", ", 1)[-1] for c in credits.split("; ")] if credits else []
    return tuple(_kinds(sectors, types).items())


def kind_overlap(a: dict[str, float], b: dict[str, float]) -> float | None:
    """How far two profiles work in the same kinds (histogram intersection, 0-1); None when
    either says nothing about its work."""
    if not a or not b:
        return None
    return sum(min(share, b.get(kind, 0.0)) for kind, share in a.items())


def _kinds(sectors: Iterable[str], credit_types: Iterable[str | None]) -> dict[str, float]:
    """Sectors and credits vote for work kinds, each source with weight 1 shared among its votes."""
    votes: dict[str, float] = {}
    for source in (_by_sector(sectors), _by_credit(credit_types)):
        count_all = sum(source.values())
        for kind, count in source.items():
            votes[kind] = votes.get(kind, 0.0) + count / count_all
    weight = sum(votes.values())
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    return {kind: round(v / weight, 4) for kind, v in ranked} if weight else {}


def _by_sector(sectors: Iterable[str]) -> Counter[str]:
    return Counter(k.id for s in sectors for k in load_work_kinds() if s.lower() in k.sectors)


def _by_credit(credit_types: Iterable[str | None]) -> Counter[str]:
    return Counter(k.id for t in credit_types for k in load_work_kinds() if t and t.lower() in k.credit_types)
