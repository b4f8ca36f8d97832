"""What a member lacks: the capabilities its work needs that none of its own roles provide.

A gap is a named capability with a weight (how routinely the member's work needs it, from
``work``). What the member already does is never a gap (more of the same is not a partner),
and needs so occasional that they fall under ``MIN_WEIGHT`` are not offered: a caterer is no
gap for a composer. At most ``MAX_GAPS`` are searched, the heaviest, so the cost of finding
partners stays a small multiple of one search.
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.partners.capabilities import Capability, load_capabilities
from matcher.partners.work import MemberWork

__all__ = ["MAX_GAPS", "MIN_WEIGHT", "Gap", "find_gaps"]

MIN_WEIGHT = 0.2
MAX_GAPS = 8


@dataclass(frozen=True)
class Gap:
    capability: Capability
    weight: float  # 0-1: how routinely the member's work needs it

    @property
    def id(self) -> str:
        return self.capability.id


def find_gaps(work: MemberWork, *, min_weight: float = MIN_WEIGHT, limit: int = MAX_GAPS) -> list[Gap]:
    """The member's gaps, heaviest first (ties by capability id, so the order is stable).

    Returns an empty list when the member's work is unknown (no sectors, credits or roles say
    what it does); callers then say so rather than guess."""
    table = load_capabilities()
    own = set(work.capabilities)
    wanted = sorted(((c, w) for c, w in work.needs.items() if c not in own and w >= min_weight),
                    key=lambda item: (-item[1], item[0]))
    return [Gap(table[c], w) for c, w in wanted[:limit]]
