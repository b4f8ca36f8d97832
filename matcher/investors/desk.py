"""Investor matching over a running ``Engine``: what the CLI and the API call.

Each call reads the index under the engine's read lock and the profiles from the database (the
truth), so the CLI, the service and a second process answer alike. ``audience`` is who is looking
(``Filters.audience``): investor profiles are member data, so the public role is refused by the
search itself; the routes also require a member key.
"""

from __future__ import annotations

import datetime as dt

from matcher.engine import Engine
from matcher.errors import InvalidInput, NotFound
from matcher.investors.interest import read_interest
from matcher.investors.ranking import rank_companies
from matcher.investors.reverse import rank_investors
from matcher.investors.session import Limits
from matcher.investors.session_plan import plan_session
from models.investor import InterestCriteria
from models.investor_match import InterestReading, InvestorMatch, SessionPlan
from models.profile import Profile

__all__ = ["attendees", "companies_for", "investors_for", "session_plan"]


def companies_for(engine: Engine, text: str, given: InterestCriteria | None = None, *, top: int = 10,
                  audience: str | None = None, today: dt.date | None = None
                  ) -> tuple[InterestReading, list[InvestorMatch]]:
    """The interest as read (``text`` and any ``given`` criteria) and the companies for it."""
    if not text.strip() and (given is None or given.is_empty()):
        raise InvalidInput("text: say what you invest in, or give criteria")
    reading = read_interest(text, given)
    with engine.lock.reading():
        matches = rank_companies(engine.index, reading, engine.store.get_many, top=top, audience=audience,
                                 today=today)
    return reading, matches


def investors_for(engine: Engine, company_id: str, *, top: int = 10, audience: str | None = None,
                  today: dt.date | None = None) -> tuple[Profile, list[InvestorMatch]]:
    company = engine.profile(company_id)  # NotFound: "no profile with id ..."
    if company.kind != "company":
        raise InvalidInput(f"{company_id}: investors are matched to companies, and this is a {company.kind}")
    with engine.lock.reading():
        matches = rank_investors(engine.index, company, engine.store.get_many, top=top, audience=audience,
                                 today=today)
    return company, matches


def attendees(engine: Engine, ids: list[str] | None, kind: str) -> list[Profile]:
    """The profiles named (every one of ``kind`` when none or 'all' is named), in the order given."""
    if not ids or ids == ["all"]:
        with engine.lock.reading():
            wanted = sorted(doc.id for doc in engine.index.documents if doc is not None and doc.kind == kind)
    else:
        wanted = list(dict.fromkeys(ids))
    found = engine.store.get_many(wanted)
    for profile_id in wanted:
        if profile_id not in found:
            raise NotFound(f"no profile with id '{profile_id}'")
        if found[profile_id].kind != kind:
            raise InvalidInput(f"{profile_id}: a {found[profile_id].kind}, not an {kind}" if kind == "investor"
                               else f"{profile_id}: a {found[profile_id].kind}, not a {kind}")
    return [found[i] for i in wanted]


def session_plan(engine: Engine, investor_ids: list[str] | None, company_ids: list[str] | None, limits: Limits,
                 today: dt.date | None = None) -> SessionPlan:
    investors = attendees(engine, investor_ids, "investor")
    companies = attendees(engine, company_ids, "company")
    if not investors or not companies:
        raise InvalidInput("a session needs at least one investor and one company")
    with engine.lock.reading():
        return plan_session(engine.index, investors, companies, limits, today)
