"""Capabilities: the taxonomy's roles and facility classes grouped as a producer thinks of a bid.

A department is how crews are organised ("sound" holds both the boom operator and the dubbing
mixer); a capability is what a partner brings to a bid ("location sound", "sound post"). Each
taxonomy role or facility class belongs to exactly one capability (checked when the table is
read, and by a test), so a member's roles say at once what it can do, and a gap is always a
named capability with the roles that would fill it.

Data: ``matcher/data/partners/capabilities.json`` (``gap``: how a missing capability is said;
``physical``: whether distance matters for it; ``query``: the words a search for providers uses).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from matcher.taxonomy import load_taxonomy

__all__ = ["DATA_DIR", "HIRE_ROLES", "Capability", "CapabilityTable", "load_capabilities"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "partners"
# Roles that lend kit rather than a service: a member whose main business is one is a hire house.
HIRE_ROLES = frozenset({"camera-hire", "lighting-hire", "grip-hire", "generator-hire", "tracking-vehicle-hire",
                        "mewp-hire", "sound-equipment-hire", "comms-hire", "prop-hire", "picture-vehicle-hire",
                        "costume-hire", "vehicle-hire", "marquee-hire"})


@dataclass(frozen=True)
class Capability:
    id: str
    label: str
    gap: str            # "sound post": said after "you have no"
    physical: bool      # a stage or a caterer must be reachable; a composer can be anywhere
    query: str          # words a search for a provider of it uses
    roles: tuple[str, ...]


class CapabilityTable:
    """Capabilities by id, and the capability of every taxonomy role id."""

    def __init__(self, capabilities: Iterable[Capability]) -> None:
        self.by_id: dict[str, Capability] = {c.id: c for c in capabilities}
        self.of_role: dict[str, str] = {}
        for capability in self.by_id.values():
            for role in capability.roles:
                if role in self.of_role:
                    raise ValueError(f"role '{role}' is in both '{self.of_role[role]}' and '{capability.id}'")
                self.of_role[role] = capability.id

    def __getitem__(self, capability_id: str) -> Capability:
        return self.by_id[capability_id]

    def __iter__(self) -> Iterator[Capability]:
        return iter(self.by_id.values())

    def of_roles(self, role_ids: Iterable[str]) -> list[str]:
        """The capabilities of ``role_ids``, in the order first met (a profile's first role is its main
        business); roles outside the table are skipped."""
        return list(dict.fromkeys(self.of_role[r] for r in role_ids if r in self.of_role))


@lru_cache(maxsize=1)
def load_capabilities() -> CapabilityTable:
    """The shipped table, checked against the taxonomy: every role in exactly one capability."""
    data = json.loads((DATA_DIR / "capabilities.json").read_text(encoding="utf-8"))
    table = CapabilityTable(Capability(id=c["id"], label=c["label"], gap=c["gap"], physical=bool(c["physical"]),
                                       query=c["query"], roles=tuple(c["roles"])) for c in data["capabilities"])
    taxonomy = set(load_taxonomy().roles)
    unknown = sorted(set(table.of_role) - taxonomy)
    missing = sorted(taxonomy - set(table.of_role))
    if unknown or missing:
        raise ValueError(f"capabilities.json: unknown roles {unknown[:5]}, roles in no capability {missing[:5]}")
    return table
