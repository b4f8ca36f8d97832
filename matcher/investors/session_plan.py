"""From who attends to a timetable: each pair's two-way fit, the solver, and the plan with reasons.

Two-way fit of an investor and a company (0-1) is the mean of

- the **investor's side**: the company judged against the investor's stated criteria (``fit``);
- the **company's side**: what a company raising money wants of an investor: a cheque or round
  size that fits its raise, the scheme it qualifies for, its stage and its sector, the same
  verdicts read from the company's seat (criteria the investor did not state count as neutral 0.5).

Criteria alone saturate: in a room of angels and seed studios many pairs meet every stated
criterion, and a fit of 1.0 for all of them would leave the solver to choose among them at
random. So the pair's fit also carries, with weight ``TEXT_SHARE``, how close the investor's
thesis in their own words is to what the company says it does (cosine of their stored vectors,
measured against the investor's closest attending company, as investor search measures text
relevance against its best match). Criteria weigh four times as much as wording.

Each meeting carries its reason (what the pair has in common, and what is to verify).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from matcher.errors import InvalidInput
from matcher.index import ProfileIndex
from matcher.investors.fit import FitResult, row_value
from matcher.investors.ranking import judge
from matcher.investors.session import Limits, Pair, schedule, solve
from models.investor_match import Meeting, SessionPlan
from models.profile import Profile

__all__ = ["pair_fits", "plan_session"]

COMPANY_SIDE = ("ticket", "round", "tax_relief", "stage", "sectors")
TEXT_SHARE = 0.2
SOLVER = "scipy.optimize.milp (HiGHS) for which pairs meet; König edge colouring for when"


def two_way(fit: FitResult) -> float:
    side = [row_value(status, source) for name, status, source, *_ in fit.rows if name in COMPANY_SIDE]
    company = sum(side) / len(side) if side else 0.5
    return (fit.score + company) / 2


def reason(fit: FitResult) -> str:
    met = [name.replace("_", " ") for name, status, *_ in fit.rows if status == "met"]
    partly = [name.replace("_", " ") for name, status, *_ in fit.rows if status == "partly"]
    verify = [name.replace("_", " ") for name, status, source, *_ in fit.rows if source == "to verify"
              and status in ("met", "partly")]
    bits = [f"meets {', '.join(met)}" if met else "meets no stated criterion"]
    if partly:
        bits.append(f"partly {', '.join(partly)}")
    if verify:
        bits.append(f"to verify: {', '.join(verify)}")
    return "; ".join(bits)


def thesis_relevance(index: ProfileIndex, investor: Profile, companies: Sequence[Profile]) -> list[float]:
    """Per company, the investor's thesis against the company's own words (0-1, the closest
    attending company 1); zeros when either side is not indexed."""
    if investor.id not in index:
        return [0.0] * len(companies)
    mine = index.vectors[index.positions[investor.id]]
    cosines = np.array([float(index.vectors[index.positions[c.id]] @ mine) if c.id in index else 0.0
                        for c in companies])
    cosines = np.clip(cosines, 0.0, None)
    best = float(cosines.max()) if len(cosines) else 0.0
    return [float(c / best) if best > 0 else 0.0 for c in cosines]


def pair_fits(index: ProfileIndex, investors: Sequence[Profile], companies: Sequence[Profile],
              today: dt.date | None = None) -> dict[Pair, tuple[float, str]]:
    """Each pair's two-way fit (criteria, with the thesis's closeness to the company's words
    weighted ``TEXT_SHARE``) and its reason."""
    out = {}
    for investor in investors:
        assert investor.investor is not None
        doc = index.document(investor.id) if investor.id in index else None
        base = (doc.lat, doc.lon) if doc is not None and doc.lat is not None and doc.lon is not None else None
        relevance = thesis_relevance(index, investor, companies)
        for company, text in zip(companies, relevance, strict=True):
            fit = judge(index, investor.investor, company, frozenset(), base, today)
            score = (1 - TEXT_SHARE) * two_way(fit) + TEXT_SHARE * text
            why = f"{reason(fit)}; thesis and their work {text:.0%} as close as the closest"
            out[(investor.id, company.id)] = (round(score, 4), why)
    return out


def plan_session(index: ProfileIndex, investors: Sequence[Profile], companies: Sequence[Profile],
                 limits: Limits, today: dt.date | None = None) -> SessionPlan:
    """The timetable for these investors and companies under ``limits``."""
    bad = [p.id for p in investors if p.kind != "investor"] + [p.id for p in companies if p.kind != "company"]
    if bad:
        raise InvalidInput(f"{bad[0]}: investors must be investor profiles and companies company profiles")
    fits = pair_fits(index, investors, companies, today)
    chosen = solve([p.id for p in investors], [p.id for p in companies], {k: v[0] for k, v in fits.items()}, limits)
    slots = schedule(chosen, limits.slots, limits.tables)
    names = {p.id: p.name for p in (*investors, *companies)}
    meetings, tables_used = [], dict.fromkeys(range(limits.slots), 0)
    for pair in sorted(chosen, key=lambda p: (slots[p], names[p[0]], names[p[1]])):
        slot = slots[pair]
        tables_used[slot] += 1
        fit, why = fits[pair]
        meetings.append(Meeting(slot=slot + 1, table=tables_used[slot], investor_id=pair[0], investor=names[pair[0]],
                                company_id=pair[1], company=names[pair[1]], fit=fit, reason=why))
    met_i = {m.investor_id for m in meetings}
    met_c = {m.company_id for m in meetings}
    unmet = [f"{p.name}: no meeting (limits or tables full)" for p in (*investors, *companies)
             if p.id not in met_i | met_c]
    return SessionPlan(slots=limits.slots, tables=limits.tables, meetings=meetings,
                       total_fit=round(sum(m.fit for m in meetings), 4), solver=SOLVER, unmet_interest=unmet)
