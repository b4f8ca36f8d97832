"""The other direction: for a company, the investors whose stated interest fits it.

The company's own words (headline, roles, sectors, summary) are searched among investor profiles
(their thesis, in their own words) through the same ``search_many``; each investor's stated
criteria (the profile's ``investor`` object) are then judged against the company with the same
fit rules, and text and fit are combined as for an interest (``ranking.combine``). An investor's
radius with no places is measured from where the investor is based.

Investor profiles are member data: the search refuses the public role (``Filters``), so this
direction is never open to it.
"""

from __future__ import annotations

import datetime as dt

from matcher.explain import Match
from matcher.filters import Filters
from matcher.index import ProfileIndex
from matcher.investors.fit import FitResult
from matcher.investors.ranking import DEFAULT_WEIGHTS, Lookup, RankWeights, combine, combined, judge, searched
from matcher.search import Query
from models.investor_match import InvestorMatch
from models.profile import Profile

__all__ = ["company_query_text", "rank_investors"]


def company_query_text(company: Profile) -> str:
    parts = [company.headline or "", "; ".join(company.roles), "; ".join(company.sectors), company.summary or ""]
    return ". ".join(p for p in parts if p) or company.name


def rank_investors(index: ProfileIndex, company: Profile, lookup: Lookup, *, top: int = 10,
                   audience: str | None = None, weights: RankWeights = DEFAULT_WEIGHTS,
                   today: dt.date | None = None) -> list[InvestorMatch]:
    """The ``top`` investors for ``company``, best first, each with the fit breakdown of the
    company against that investor's criteria."""
    query = Query(text=company_query_text(company), filters=Filters(kinds=("investor",), audience=audience),
                  top_k=max(weights.depth, top))
    matches, best, profiles = searched(index, query, lookup)
    if not matches:
        return []
    scored: list[tuple[float, str, Match, FitResult]] = []
    for match in matches:
        investor = profiles.get(match.id)
        if investor is None or investor.investor is None:
            continue
        doc = index.document(investor.id)
        base = (doc.lat, doc.lon) if doc.lat is not None and doc.lon is not None else None
        fit = judge(index, investor.investor, company, frozenset(), base, today)
        scored.append((round(combined(match, best, fit, weights), 4), match.id, match, fit))
    scored.sort(key=lambda row: (-row[0], row[1]))
    return [combine(match, best, fit, weights, rank) for rank, (_, _, match, fit) in enumerate(scored[:top], start=1)]
