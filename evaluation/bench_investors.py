"""Investor matching in ``matcher bench``: an interest matched to companies against one search on
the same index, and a matchmaking session of 40 investors x 120 companies x 12 slots.

1. **Investor match vs one search** (target <= 1.5x at p50): the same synthetic index the search
   latency uses (demo documents copied with new ids). A match is the product's whole call:
   reading the interest, the search over companies (to its candidate depth), each candidate's
   facts and fit, and the combined ranking. Each synthetic company's profile is its demo
   original under the new id (profiles are read per call, as the engine reads them from its
   store; the store's own time is not part of either side). One search is a plain ``search`` of
   the same words, top 10. Interleaved, several rounds.
2. **Session plan** (target < 5 s): 40 investors and 120 companies drawn from the demo (investor
   profiles copied under new ids to reach 40), 12 slots, 10 tables, at most 4 meetings per
   company: every pair's two-way fit, the solver and the timetable, timed whole and the solve
   alone.
"""

from __future__ import annotations

import datetime as dt
import time

from evaluation.bench_timing import interleaved, ratio
from matcher.index import ProfileIndex
from matcher.investors.interest import parse_interest
from matcher.investors.ranking import rank_companies
from matcher.investors.session import Limits, schedule, solve
from matcher.investors.session_plan import pair_fits, plan_session
from matcher.search import Query, search
from models.profile import Profile

__all__ = ["INTERESTS", "MATCH_TARGET", "SESSION_TARGET_S", "measure_investor_match", "measure_session"]

MATCH_TARGET = 1.5
SESSION_TARGET_S = 5.0
TODAY = dt.date(2026, 12, 5)
INTERESTS = (
    "Angel, £10–25k tickets, pre-seed or seed games or animation studios with their own IP, SEIS please, "
    "within an hour of Stoke",
    "EIS fund writing £250k-£1m into series A immersive and virtual production companies in the West Midlands",
    "post-production and sound houses in Staffordshire raising up to £100k, 5-20 staff",
    "documentary and factual producers with returning commissions, growth capital, within 30 miles of Lichfield",
)


def measure_investor_match(index: ProfileIndex, demo: list[Profile], rounds: int) -> dict[str, object]:
    by_id = {p.id: p for p in demo}

    def lookup(ids: list[str]) -> dict[str, Profile]:
        out = {}
        for i in ids:
            base = by_id.get(i.split("-", 1)[1]) if i.startswith("syn") else by_id.get(i)
            if base is not None:
                out[i] = base.model_copy(update={"id": i})
        return out

    readings = {text: parse_interest(text) for text in INTERESTS}
    calls = {"search": lambda text: search(index, Query(text)),
             "match": lambda text: rank_companies(index, parse_interest(text), lookup, top=10, today=TODAY)}
    timings = interleaved(calls, list(INTERESTS), rounds)
    search_stats, match_stats = timings.summary("search"), timings.summary("match")
    value = ratio(match_stats["p50"], search_stats["p50"])
    return {"profiles": len(index), "interests": len(readings), "search_ms": search_stats, "match_ms": match_stats,
            "ratio_p50": value, "target": MATCH_TARGET, "met": (value or 99) <= MATCH_TARGET}


def measure_session(index: ProfileIndex, demo: list[Profile], investors: int = 40, companies: int = 120,
                    slots: int = 12, tables: int = 10) -> dict[str, object]:
    base_investors = [p for p in demo if p.kind == "investor"]
    people = []
    for n in range(investors):
        base = base_investors[n % len(base_investors)]
        people.append(base.model_copy(update={"id": f"{base.id}-{n}"}))
    firms = [p for p in demo if p.kind == "company"][:companies]
    limits = Limits(slots=slots, tables=tables, per_company=4)
    started = time.perf_counter()
    plan = plan_session(index, people, firms, limits, TODAY)
    whole = time.perf_counter() - started
    fits = {k: v[0] for k, v in pair_fits(index, people, firms, TODAY).items()}
    started = time.perf_counter()
    chosen = solve([p.id for p in people], [p.id for p in firms], fits, limits)
    schedule(chosen, slots, tables)
    solve_s = time.perf_counter() - started
    return {"investors": len(people), "companies": len(firms), "slots": slots, "tables": tables,
            "meetings": len(plan.meetings), "total_fit": plan.total_fit, "seconds": round(whole, 3),
            "solve_seconds": round(solve_s, 3), "target_s": SESSION_TARGET_S, "met": whole < SESSION_TARGET_S}
