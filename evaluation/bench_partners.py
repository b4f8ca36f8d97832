"""Partners and consortia against one search, at the largest synthetic size (``matcher bench``).

The unit is the product's own single search (``matcher.search.search``) asked in the same run:
for partners, the member's first gap asked as one search (same filters, top 10); for a
consortium, one of its needs asked as the crew sheet asks it. Partners for a member runs one
query per gap in one ``search_many`` call, then scores and diversifies (target <= 2x one search);
a six-need consortium runs its needs' queries together and solves the team ILP (target <= 3x),
timed on the parsed opportunity as the brief benchmark times a parsed brief (parsing is
reported apart). The member is a synthetic copy of a demo drama producer (eight gaps, the most
any member has).
"""

from __future__ import annotations

import datetime as dt

from evaluation.bench_timing import interleaved, ratio
from matcher.briefs.parser import parse_brief
from matcher.briefs.sheet import need_queries
from matcher.demo import load_demo
from matcher.filters import Filters
from matcher.index import ProfileIndex
from matcher.partners.complementary import complementary
from matcher.partners.consortium import consortium
from matcher.partners.gaps import find_gaps
from matcher.partners.work import read_work
from matcher.search import Query, search
from models.profile import Profile

__all__ = ["CONSORTIUM_TARGET", "OPPORTUNITY", "PARTNERS_TARGET", "measure_partners"]

PARTNERS_TARGET = 2.0
CONSORTIUM_TARGET = 3.0
MEMBER = "co-saggar-house-pictures"
OPPORTUNITY = ("Regional drama commission, shooting in Stoke-on-Trent from 3 May 2027: we need a gaffer, a sound "
               "recordist, an editor, a colourist, a costume designer and a location caterer.")


def measure_partners(index: ProfileIndex, rounds: int) -> dict[str, object]:
    member_id, base = _member(index)
    member = base.model_copy(update={"id": member_id})
    doc = index.document(member_id)
    gap = find_gaps(read_work(member, doc))[0]
    near = (doc.lat, doc.lon) if doc.lat is not None and doc.lon is not None else None
    single = Query(text=f"{gap.capability.label}: {gap.capability.query}",  # as a person would ask it
                   filters=Filters(near=near, exclude_ids=frozenset({member_id})), top_k=10, roles=gap.capability.roles)
    brief = parse_brief(OPPORTUNITY, today=dt.date(2026, 12, 1))
    if len(brief.needs) != 6:  # the parser changed: say so rather than mis-measure
        raise RuntimeError(f"the benchmark opportunity parsed into {len(brief.needs)} needs, not 6: "
                           f"{[n.label for n in brief.needs]}")
    need = need_queries(brief)[0][0]
    timings = interleaved({"search": lambda _: search(index, single),
                           "partners": lambda _: complementary(index, member),
                           "need_search": lambda _: search(index, need),
                           "consortium": lambda _: consortium(index, brief)}, [None] * 5, rounds)
    stats = {name: timings.summary(name) for name in ("search", "partners", "need_search", "consortium")}
    partners_ratio = ratio(stats["partners"]["p50"], stats["search"]["p50"])
    consortium_ratio = ratio(stats["consortium"]["p50"], stats["need_search"]["p50"])
    return {"profiles": len(index), "member": base.id, "gaps": len(find_gaps(read_work(member, doc))),
            "needs": [n.label for n in brief.needs], "ms": stats,
            "partners_ratio_p50": partners_ratio, "partners_met": (partners_ratio or 99) <= PARTNERS_TARGET,
            "consortium_ratio_p50": consortium_ratio,
            "consortium_met": (consortium_ratio or 99) <= CONSORTIUM_TARGET}


def _member(index: ProfileIndex) -> tuple[str, Profile]:
    """A synthetic copy of the drama producer, or (in a small index without one) of the company
    with the most gaps."""
    demo = {p.id: p for p in load_demo()}
    copies = {i.split("-", 1)[1]: i for i in index.ids if i and i.startswith("syn")}
    if MEMBER in copies:
        return copies[MEMBER], demo[MEMBER]
    companies = [b for b in copies if b in demo and demo[b].kind == "company"]
    if not companies:
        raise RuntimeError("no synthetic company in the index to find partners for")
    best = max(companies, key=lambda b: (len(find_gaps(read_work(demo[b], index.document(copies[b])))), b))
    return copies[best], demo[best]
