"""Criteria fit: each criterion an investor stated, against one company, as met, partly met, not
met or unknown, with the company's fact marked stated or "to verify".

The rules, criterion by criterion:

- **sectors**: met when the company is in a wanted sector (umbrellas opened up); partly when in an
  adjacent one (animation for VFX); not met otherwise; unknown when nothing says its sector.
- **exclude_sectors**: not met when every sector of the company is excluded, partly when some are.
- **stage**: met when the company's stage is asked for, partly one step away, else not met.
- **ticket** against the raise: met when the cheque fits inside the round's range; **partly** when
  the round is bigger than the ticket but at most ``SYNDICATE_MULTIPLE`` times its top (a raise of
  £60k-150k against £10-25k tickets is a syndicate fit, not a miss); partly too when the raise is
  a little below the ticket (at least half of its bottom); else not met. No raise stated: unknown.
- **round**: the round sizes they join against the raise: overlap met, within a factor two partly.
- **tax_relief** (SEIS / EIS; either when both are asked): met when the company qualifies.
- **own_ip**, **employees**, **age**: met, within a factor of one and a half partly, else not met.
- **geography**: ``matcher.investors.geography``.

Scoring (``FitResult.score``, 0-1): the weighted mean of met 1, met but to verify 0.75, partly 0.5,
unknown 0.2 (never as much as met: a profile that does not say has not shown it) and not met 0.
``strict`` criteria are hard: a company not meeting or partly meeting one (unknown included) is
left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from matcher.investors.facts import CompanyInvestmentFacts, Fact
from matcher.investors.geography import CompanyPlace, targets, within
from matcher.investors.sectors import adjacent, expand
from models.investor import CRITERIA, CriterionName, InvestmentCriteria
from models.investor_match import CriterionFit, FactSource, FitStatus
from models.profile import GbpRange

__all__ = ["STATUS_VALUE", "WEIGHTS", "FitResult", "Judged", "fit_company", "row_value"]

STAGES = ("pre-seed", "seed", "series-a", "series-b", "growth", "established")
WEIGHTS = {"sectors": 2.0, "exclude_sectors": 1.0, "stage": 1.0, "ticket": 1.5, "round": 1.0, "tax_relief": 1.0,
           "own_ip": 1.0, "geography": 1.5, "employees": 0.5, "age": 0.5}
STATUS_VALUE = {"met": 1.0, "partly": 0.5, "unknown": 0.2, "not met": 0.0}
TO_VERIFY_VALUE = 0.75
SYNDICATE_MULTIPLE = 10.0


# criterion, status, source, wanted, found, strict
Judged = tuple[CriterionName, FitStatus, FactSource | None, str, str, bool]


@dataclass(frozen=True)
class FitResult:
    rows: tuple[Judged, ...]
    score: float
    excluded_by: str | None  # the strict criterion that leaves the company out

    @property
    def criteria(self) -> list[CriterionFit]:
        """The breakdown as records; built only for what is shown (the rows are kept as tuples, since
        an interest judges a hundred candidates and shows ten)."""
        return [CriterionFit.model_construct(criterion=c, status=st, source=src, wanted=w, found=f, strict=strict)
                for c, st, src, w, f, strict in self.rows]


def fit_company(criteria: InvestmentCriteria, facts: CompanyInvestmentFacts, place: CompanyPlace,
                strict: frozenset[str] = frozenset(), base: tuple[float, float] | None = None) -> FitResult:
    """Every criterion the investor stated, judged against the company's facts."""
    rows: list[Judged] = []
    for name in CRITERIA:
        row = _JUDGES[name](criteria, facts, place, base)
        if row is not None:
            rows.append((name, row[0], row[1], row[2], row[3], name in strict))
    total = sum(WEIGHTS[r[0]] for r in rows)
    gained = sum(WEIGHTS[r[0]] * row_value(r[1], r[2]) for r in rows)
    excluded = next((r[0] for r in rows if r[5] and r[1] in ("not met", "unknown")), None)
    return FitResult(tuple(rows), gained / total if total else 0.0, excluded)


def row_value(status: str, source: str | None) -> float:
    """What one verdict adds: met 1 (0.75 when to verify), partly 0.5, unknown 0.2, not met 0."""
    if status == "met" and source == "to verify":
        return TO_VERIFY_VALUE
    return STATUS_VALUE[status]


Row = tuple[FitStatus, FactSource | None, str, str] | None
Point = tuple[float, float] | None


def _found(fact: Fact[Any], text: str) -> str:
    return f"{text} (to verify: {fact.how})" if not fact.stated and fact.how else text


def _sectors(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    if not c.sectors:
        return None
    wanted = expand(c.sectors)
    words = ", ".join(c.sectors)
    if f.sectors is None:
        return "unknown", None, words, "the profile names no sector"
    have = set(f.sectors.value)
    shown = _found(f.sectors, ", ".join(sorted(have)))
    if have & wanted:
        return "met", f.sectors.source, words, shown
    if any(adjacent(s) & have for s in wanted):
        return "partly", f.sectors.source, words, shown + " (a neighbouring sector)"
    return "not met", f.sectors.source, words, shown


def _exclude(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    if not c.exclude_sectors:
        return None
    words = "not " + ", ".join(c.exclude_sectors)
    if f.sectors is None:
        return "unknown", None, words, "the profile names no sector"
    have, banned = set(f.sectors.value), expand(c.exclude_sectors)
    shown = ", ".join(sorted(have))
    if have <= banned:
        return "not met", f.sectors.source, words, shown
    return ("partly" if have & banned else "met"), f.sectors.source, words, shown


def _stage(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    if not c.stages:
        return None
    words = ", ".join(c.stages)
    if f.stage is None:
        return "unknown", None, words, "stage not stated, founding year unknown"
    shown = _found(f.stage, f.stage.value)
    if f.stage.value in c.stages:
        return "met", f.stage.source, words, shown
    step = min(abs(STAGES.index(f.stage.value) - STAGES.index(s)) for s in c.stages)
    return ("partly" if step == 1 else "not met"), f.stage.source, words, shown


def _gbp(r: GbpRange | None) -> str:
    if r is None:
        return "not stated"

    def one(x: float) -> str:
        return f"£{x / 1e6:g}m" if x >= 1e6 else f"£{x / 1e3:g}k"

    if r.min is not None and r.max is not None:
        return f"{one(r.min)}-{one(r.max)}"
    return f"from {one(r.min)}" if r.min is not None else f"up to {one(r.max or 0)}"


def _ticket(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    if c.ticket_gbp is None:
        return None
    wanted = _gbp(c.ticket_gbp)
    if f.raising is None:
        return "unknown", None, wanted, "not stated as raising"
    t_lo, t_hi = c.ticket_gbp.min or 0.0, c.ticket_gbp.max
    r_lo = f.raising.min if f.raising.min is not None else 0.0
    r_hi = f.raising.max
    found = f"raising {_gbp(f.raising)}"
    if r_hi is not None and r_hi < t_lo:  # the round is smaller than one cheque
        return ("partly" if r_hi >= t_lo / 2 else "not met"), "stated", wanted, found + " (below your ticket)"
    if t_hi is None or r_lo <= t_hi:
        return "met", "stated", wanted, found
    if r_lo <= SYNDICATE_MULTIPLE * t_hi:
        return "partly", "stated", wanted, found + " (syndicate fit: your ticket is a share of the round)"
    return "not met", "stated", wanted, found + " (far bigger than your ticket)"


def _round(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    if c.round_gbp is None:
        return None
    wanted = _gbp(c.round_gbp)
    if f.raising is None:
        return "unknown", None, wanted, "not stated as raising"
    w_lo, w_hi = c.round_gbp.min or 0.0, c.round_gbp.max or float("inf")
    r_lo = f.raising.min or 0.0
    r_hi = f.raising.max if f.raising.max is not None else r_lo
    found = f"raising {_gbp(f.raising)}"
    if r_lo <= w_hi and r_hi >= w_lo:
        return "met", "stated", wanted, found
    if r_lo <= 2 * w_hi and r_hi >= w_lo / 2:
        return "partly", "stated", wanted, found
    return "not met", "stated", wanted, found


def _tax(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    schemes = [name for name, on in (("SEIS", c.seis), ("EIS", c.eis)) if on]
    if not schemes:
        return None
    facts = [(name, fact) for name, fact in (("SEIS", f.seis), ("EIS", f.eis)) if name in schemes]
    wanted = " or ".join(schemes)
    yes = [(n, fact) for n, fact in facts if fact is not None and fact.value]
    if yes:
        best = min(yes, key=lambda pair: not pair[1].stated)  # a stated yes over an inferred one
        return "met", best[1].source, wanted, _found(best[1], f"{best[0]} eligible")
    if all(fact is not None for _, fact in facts):
        first = facts[0][1]
        assert first is not None
        return "not met", first.source, wanted, _found(first, "not " + wanted + " eligible")
    return "unknown", None, wanted, "eligibility not stated, founding year or headcount unknown"


def _own_ip(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    if not c.own_ip:
        return None
    if f.own_ip is None:
        return "unknown", None, "owns its IP", "not stated"
    return ("met" if f.own_ip.value else "not met"), f.own_ip.source, "owns its IP", \
        _found(f.own_ip, "owns its IP" if f.own_ip.value else "does not own its IP")


def _counted(bounds: GbpRange | None, value: float | None, unit: str, source: FactSource | None) -> Row:
    if bounds is None:
        return None
    lo, hi = bounds.min, bounds.max
    wanted = f"{lo or 0:g}-{hi:g} {unit}" if hi is not None else f"at least {lo or 0:g} {unit}"
    if value is None:
        return "unknown", None, wanted, "not stated"
    inside = (lo is None or value >= lo) and (hi is None or value <= hi)
    near = (lo is None or value >= lo / 1.5) and (hi is None or value <= hi * 1.5)
    return ("met" if inside else "partly" if near else "not met"), source, wanted, f"{value:g} {unit}"


def _employees(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    return _counted(c.employees, f.employees, "staff", "stated")


def _age(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    return _counted(c.age_years, f.age_years.value if f.age_years else None, "years", "stated")


def _geography(c: InvestmentCriteria, f: CompanyInvestmentFacts, p: CompanyPlace, b: Point) -> Row:
    if not c.places and not (c.radius_km and b):
        return None
    found, unknown = targets(c.places)
    if c.places and not found:
        return "unknown", None, ", ".join(unknown), "places not recognised"
    radius = f" within {c.radius_km:.0f} km" if c.radius_km else ""
    wanted = (", ".join(c.places) or "your base") + radius
    status, text = within(p, found, c.radius_km, b)
    return status, None if status == "unknown" else "stated", wanted, text


_JUDGES = {"sectors": _sectors, "exclude_sectors": _exclude, "stage": _stage, "ticket": _ticket, "round": _round,
           "tax_relief": _tax, "own_ip": _own_ip, "geography": _geography, "employees": _employees, "age": _age}
