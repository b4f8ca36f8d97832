"""A company's investment facts, each marked as stated or inferred ("to verify").

Stated facts are what the company's profile says (``company.stage``, ``seis``, ``eis``,
``own_ip``, ``employees``, ``founded``, ``raising_gbp``; ``founded`` also from the register's
incorporation date). Where the profile is silent, some facts can be inferred, and are then marked
**to verify**, never passed off as known:

- **SEIS**: HMRC's broad rules: trading for up to three years and fewer than 25 employees. A
  company founded within three years with fewer than 25 staff is likely eligible; one older or
  larger is not. Needs the founding year (and, to say yes, the headcount).
- **EIS**: within seven years of first commercial sale (ten for knowledge-intensive companies: the
  IP-led games, immersive and VFX studios here) and fewer than 250 employees.
- **Own IP**: games and animation studios, and companies with credits of their own (a game, a
  series, a feature), usually own what they make; hire, events, corporate and training firms
  sell services and usually do not. Anything else stays unknown.
- **Stage**: from the founding year and headcount: up to two years old and at most five staff is
  pre-seed; up to five years old is seed; at least 12 staff and at most 15 years old is growth;
  older is established.

The raise is never inferred: a company that does not say it is raising is unknown on ticket size.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, TypeVar

from matcher.investors.sectors import company_sectors
from models.investor_match import FactSource
from models.profile import GbpRange, Profile

__all__ = ["CompanyInvestmentFacts", "Fact", "company_investment_facts"]

T = TypeVar("T")
IP_SECTORS = {"games", "animation", "immersive"}
SERVICE_SECTORS = {"equipment hire", "events", "corporate", "training", "studios", "aerial"}
KNOWLEDGE_INTENSIVE = {"games", "immersive", "vfx"}
OWN_WORK_CREDITS = {"game", "feature", "series", "short", "documentary", "tv", "app", "experience"}


@dataclass(frozen=True)
class Fact(Generic[T]):
    value: T
    stated: bool  # False: inferred, to verify
    how: str = ""  # for an inferred fact, how it was inferred

    @property
    def source(self) -> FactSource:
        return "stated" if self.stated else "to verify"


@dataclass(frozen=True)
class CompanyInvestmentFacts:
    sectors: Fact[frozenset[str]] | None
    stage: Fact[str] | None
    raising: GbpRange | None
    seis: Fact[bool] | None
    eis: Fact[bool] | None
    own_ip: Fact[bool] | None
    employees: int | None
    age_years: Fact[float] | None


def company_investment_facts(profile: Profile, today: dt.date | None = None) -> CompanyInvestmentFacts:
    year = (today or dt.date.today()).year
    company = profile.company
    sectors, sectors_stated = company_sectors(profile)
    sector_fact = Fact(frozenset(sectors), sectors_stated, "from its SIC codes") if sectors else None
    founded = company.founded if company else None
    register = company.companies_house if company else None
    if founded is None and register is not None and register.incorporated is not None:
        founded = register.incorporated.year
    age = Fact(float(year - founded), True) if founded is not None else None
    employees = company.employees if company else None
    return CompanyInvestmentFacts(
        sectors=sector_fact,
        stage=_stage(company.stage if company else None, age, employees),
        raising=company.raising_gbp if company else None,
        seis=_seis(company.seis if company else None, age, employees),
        eis=_eis(company.eis if company else None, age, employees, sectors),
        own_ip=_own_ip(company.own_ip if company else None, profile, sectors),
        employees=employees,
        age_years=age,
    )


def _stage(stated: str | None, age: Fact[float] | None, employees: int | None) -> Fact[str] | None:
    if stated is not None:
        return Fact(stated, True)
    if age is None:
        return None
    staff = employees if employees is not None else 0
    if age.value <= 2 and staff <= 5:
        value = "pre-seed"
    elif age.value <= 5:
        value = "seed"
    elif staff >= 12 and age.value <= 15:
        value = "growth"
    else:
        value = "established"
    return Fact(value, False, f"from its age ({age.value:g} years) and size ({_staff(employees)})")


def _seis(stated: bool | None, age: Fact[float] | None, employees: int | None) -> Fact[bool] | None:
    if stated is not None:
        return Fact(stated, True)
    if age is None:
        return None
    if age.value > 3 or (employees is not None and employees >= 25):
        return Fact(False, False, f"{age.value:g} years old, {_staff(employees)}: outside SEIS's limits")
    if employees is None:
        return None
    return Fact(True, False, f"{age.value:g} years old, {employees} staff: within SEIS's limits")


def _eis(stated: bool | None, age: Fact[float] | None, employees: int | None, sectors: set[str]) -> Fact[bool] | None:
    if stated is not None:
        return Fact(stated, True)
    if age is None:
        return None
    limit = 10 if sectors & KNOWLEDGE_INTENSIVE else 7
    if age.value > limit or (employees is not None and employees >= 250):
        return Fact(False, False, f"{age.value:g} years old: outside EIS's {limit}-year limit")
    return Fact(True, False, f"{age.value:g} years old, {_staff(employees)}: within EIS's limits")


def _own_ip(stated: bool | None, profile: Profile, sectors: set[str]) -> Fact[bool] | None:
    if stated is not None:
        return Fact(stated, True)
    own_credits = [c for c in profile.credits if (c.type or "").lower() in OWN_WORK_CREDITS
                   and (c.role or "").lower() not in ("service company", "facilities", "hire")]
    if sectors & IP_SECTORS or own_credits:
        why = f"credits of its own ({own_credits[0].title})" if own_credits else "an IP-led sector"
        return Fact(True, False, why)
    if sectors and sectors <= SERVICE_SECTORS | {"commercials"}:
        return Fact(False, False, "a service business")
    return None


def _staff(employees: int | None) -> str:
    return "headcount unknown" if employees is None else f"{employees} staff"
