"""What a member lacks: the capabilities its work needs that none of its own roles provide.

A gap is a named capability with a weight (how routinely the member's work needs it, from
``work``). What the member already does is never a gap (more of the same is not a partner),
and needs so occasional that they fall under ``MIN_WEIGHT`` are not offered: a caterer is no
gap for a composer. At most ``MAX_GAPS`` are searched, the heaviest, so the cost of finding
partners stays a small multiple of one search.

One gap is not a craft but the member's clients: a supplier (a hire house, a post house, a
freelancer) is complemented first by the companies that make its kind of work and hire it
(``work`` "serves" it as ``production``). Those are production companies and, for the member's
kinds of work, the companies that make that work (a games studio hires a freelance game
programmer; an animation studio hires a composer), so the gap's roles are production's and those
makers', only companies fill it, and it stays a gap even when the member holds one of those roles
itself (a freelance producer still needs the companies that hire producers). For a freelancer
the companies that hire it are the first need whatever its craft (weight 1).

Sharing a capability is not always more of the same across kinds of profile. A freelancer works
in, or books, the facilities and hire houses of its own craft (a composer records at a studio, a
camera operator books a camera hire house, a post house hires a freelance editor): its own
capability is a gap filled by companies and facilities, as central as its clients (``KIT_AND_ROOMS``
1: on the three freelancer dev cases 0.6 gave 0.534 / 0.210 / 0.457 and 1 gave 0.567 / 0.527 / 0.719;
its own department's crew beside it, by the taxonomy's related roles, lowered the first).
A hire house's kit is booked by the freelancers of its craft (a
camera hire house by owner-operators and DoPs): its capability is a gap filled by freelancers
(``BOOKERS``). An edit house and a freelance editor, though, offer the same service: that stays
more of the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.partners.capabilities import HIRE_ROLES, Capability, load_capabilities
from matcher.partners.work import MAKERS, MemberWork, load_work_kinds

__all__ = ["CLIENTS", "MAX_GAPS", "MIN_WEIGHT", "Gap", "find_gaps"]

MIN_WEIGHT = 0.2
MAX_GAPS = 8
CLIENTS = "production"  # the capability a supplier's clients are read under
KIT_AND_ROOMS = 1.0      # a freelancer's need of its own craft's facilities, hire and houses (central, as its clients)
BOOKERS = 1.0            # a hire house's need of the freelancers who book its kit


@dataclass(frozen=True)
class Gap:
    capability: Capability
    weight: float  # 0-1: how routinely the member's work needs it
    roles: tuple[str, ...] = ()  # who fills it (default: the capability's roles)
    kinds: tuple[str, ...] = ()  # which kinds of profile fill it (default: any)
    need: str = ""               # how the need is said when it is not a missing capability
    query: str = ""              # the words a search for it uses (default: the capability's)

    @property
    def said(self) -> str:
        """"you have no sound post", or the need as said ("you need companies that hire your work")."""
        return self.need or f"you have no {self.capability.gap}"

    @property
    def id(self) -> str:
        return self.capability.id

    @property
    def filled_by(self) -> tuple[str, ...]:
        return self.roles or self.capability.roles


def find_gaps(work: MemberWork, *, min_weight: float = MIN_WEIGHT, limit: int = MAX_GAPS) -> list[Gap]:
    """The member's gaps, heaviest first (ties by capability id, so the order is stable).

    Returns an empty list when the member's work is unknown (no sectors, credits or roles say
    what it does); callers then say so rather than guess."""
    table = load_capabilities()
    own = set(work.capabilities)
    clients = not work.maker
    needs = dict(work.needs)
    if clients and work.kind == "freelancer":
        needs[CLIENTS] = 1.0
    wanted = sorted(((c, w) for c, w in needs.items()
                     if (c not in own or (clients and c == CLIENTS)) and w >= min_weight),
                    key=lambda item: (-item[1], item[0]))
    gaps = [_clients_gap(table[c], w, work) if clients and c == CLIENTS else Gap(table[c], w) for c, w in wanted]
    main = work.main
    if main is not None and main != CLIENTS and not work.maker:
        if work.kind == "freelancer":
            gaps.append(Gap(table[main], KIT_AND_ROOMS, kinds=("company", "facility"),
                            need=f"you need {table[main].label.lower()} facilities and hire to work with"))
        elif work.hire:
            crew = tuple(r for r in table[main].roles if r not in HIRE_ROLES)
            gaps.append(Gap(table[main], BOOKERS, roles=crew, kinds=("freelancer",),
                            need=f"you need {table[main].label.lower()} crews to hire your kit"))
    gaps.sort(key=lambda g: (-g.weight, g.id))
    return gaps[:limit]


def _clients_gap(production: Capability, weight: float, work: MemberWork) -> Gap:
    table = load_capabilities()
    makers = dict.fromkeys(m for k in load_work_kinds() if k.id in work.kinds for m in sorted(k.makers))
    roles = dict.fromkeys([*production.roles, *(r for m in makers if m != CLIENTS for r in table[m].roles)])
    studios = [table[m].query for m in makers if m not in MAKERS]  # an animation studio, a games studio
    query = "; ".join([production.query, *studios])
    return Gap(production, weight, roles=tuple(roles), kinds=("company",), query=query,
               need="you need the companies that make your kind of work and hire it")
