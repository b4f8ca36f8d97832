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

from matcher.filters import Filters
from matcher.index import ProfileIndex
from matcher.investors.ranking import DEFAULT_WEIGHTS, Lookup, RankWeights, combine, judge
from matcher.search import Query, search_many
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
    matches = search_many(index, [query])[0]
    if not matches:
        return []
    best = max(m.score for m in matches)
    profiles = lookup([m.id for m in matches])
    ranked = []
    for match in matches:
        investor = profiles.get(match.id)
        if investor is None or investor.investor is None:
            continue
        doc = index.document(investor.id)
        base = (doc.lat, doc.lon) if doc.lat is not None and doc.lon is not None else None
        fit = judge(index, investor.investor, company, frozenset(), base, today)
        ranked.append(combine(match, best, fit, weights, investor))
    ranked.sort(key=lambda m: (-m.score, m.id))
    return [m.model_copy(update={"rank": rank}) for rank, m in enumerate(ranked[:top], start=1)]
