"""Companies worth meeting for an interest: the one search path, then criteria fit.

An interest becomes one ``matcher.search.Query`` (``build_query``): its own words (what the
companies should do, matched against what each company says it does), companies only, as the
caller's role may see them, to a candidate depth (``depth``, 100). The search ranks by
text relevance, exactly as any search; each company it returns is then judged criterion by
criterion (``matcher.investors.fit``) and the two are combined:

    score = w_text * text relevance + w_fit * criteria fit

Text relevance is the search's score over the best one among the companies (0-1); criteria fit
is the fit's weighted mean (0-1). The match says how much each part added (``text_part``,
``fit_part``). ``strict`` criteria drop a company that does not meet or partly meet them.

Why a pool and not every company: fit is computed in Python per company, so it is computed for
the search's top ``depth`` companies (100 by default; the demo has 172). A company beyond that
depth is one whose text is far from the interest; fit alone never brings it in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from matcher.explain import Match
from matcher.filters import Filters
from matcher.index import ProfileIndex
from matcher.investors.facts import company_investment_facts
from matcher.investors.fit import FitResult, fit_company
from matcher.investors.geography import company_place
from matcher.investors.sectors import SECTORS
from matcher.search import Query, search_many
from models.investor import InterestCriteria, InvestmentCriteria
from models.investor_match import InterestReading, InvestorMatch
from models.profile import Profile

__all__ = ["Lookup", "RankWeights", "build_query", "combine", "rank_companies"]

Lookup = Callable[[list[str]], Mapping[str, Profile]]


@dataclass(frozen=True)
class RankWeights:
    # Set on the investors judged set's dev split (text weights 0.2-0.6 tried; 0.2-0.3 best, 0.4 close).
    text: float = 0.3
    fit: float = 0.7
    # Companies judged per interest: the search's top 100 (at least ``top``); deeper costs more than
    # the bench's budget (an investor match at most 1.5x one search) for companies far from the words.
    depth: int = 100


DEFAULT_WEIGHTS = RankWeights()


def query_text(reading: InterestReading) -> str:
    """The interest's own words, with the sectors it names (a structured interest has no words)."""
    criteria = reading.criteria
    named = [s for s in criteria.sectors if s.lower() not in reading.text.lower()]
    words = [reading.text, *(f"{s} {SECTORS[s][0] if s in SECTORS else ''}".strip() for s in named)]
    return " ".join(w for w in words if w).strip() or "company"


def build_query(reading: InterestReading, audience: str | None, depth: int) -> Query:
    return Query(text=query_text(reading), filters=Filters(kinds=("company",), audience=audience), top_k=depth)


def text_relevance(match: Match, best: float) -> float:
    return max(0.0, min(1.0, match.score / best)) if best > 0 else 0.0


def combined(match: Match, best: float, fit: FitResult, weights: RankWeights) -> float:
    return weights.text * text_relevance(match, best) + weights.fit * fit.score


def combine(match: Match, best: float, fit: FitResult, weights: RankWeights, rank: int = 0) -> InvestorMatch:
    """The match as shown: its score, the two parts and the breakdown (built for the shown few)."""
    text = text_relevance(match, best)
    text_part, fit_part = weights.text * text, weights.fit * fit.score
    score = text_part + fit_part
    share = text_part / score if score > 0 else 0.0
    criteria = fit.criteria
    met = [c.criterion for c in criteria if c.status == "met"]
    reasons = [f"text relevance {text_part:.2f} ({share:.0%} of the score), criteria fit {fit_part:.2f} "
               f"({1 - share:.0%})"]
    if met:
        reasons.append("meets " + ", ".join(met))
    verify = [c.criterion for c in criteria if c.source == "to verify" and c.status in ("met", "partly")]
    if verify:
        reasons.append("to verify: " + ", ".join(verify))
    return InvestorMatch(id=match.id, kind=match.kind, name=match.name, headline=match.headline, place=match.place,
                         rank=rank, score=round(score, 4), text_relevance=round(text, 4), fit=round(fit.score, 4),
                         text_part=round(text_part, 4), fit_part=round(fit_part, 4), criteria=criteria,
                         reasons=reasons)


def judge(index: ProfileIndex, criteria: InvestmentCriteria, profile: Profile, strict: frozenset[str],
          base: tuple[float, float] | None, today: dt.date | None) -> FitResult:
    doc = index.document(profile.id) if profile.id in index else None
    place = company_place(profile.location, doc.lat if doc else None, doc.lon if doc else None)
    return fit_company(criteria, company_investment_facts(profile, today), place, strict, base)


def searched(index: ProfileIndex, query: Query, lookup: Lookup) -> tuple[list[Match], float, Mapping[str, Profile]]:
    """One search's matches, the best score among them (what text relevance is measured
    against) and their stored profiles; ``([], 0.0, {})`` when nothing matched."""
    matches = search_many(index, [query])[0]
    if not matches:
        return [], 0.0, {}
    return matches, max(m.score for m in matches), lookup([m.id for m in matches])


def rank_companies(index: ProfileIndex, reading: InterestReading, lookup: Lookup, *, top: int = 10,
                   audience: str | None = None, weights: RankWeights = DEFAULT_WEIGHTS,
                   today: dt.date | None = None) -> list[InvestorMatch]:
    """The ``top`` companies for an interest, best first, each with its fit breakdown."""
    criteria: InterestCriteria = reading.criteria
    strict = criteria.strict_names()
    matches, best, profiles = searched(index, build_query(reading, audience, max(weights.depth, top)), lookup)
    if not matches:
        return []
    scored: list[tuple[float, str, Match, FitResult]] = []
    for match in matches:
        profile = profiles.get(match.id)
        if profile is None:
            continue
        fit = judge(index, criteria, profile, strict, None, today)
        if fit.excluded_by is None:
            scored.append((round(combined(match, best, fit, weights), 4), match.id, match, fit))
    scored.sort(key=lambda row: (-row[0], row[1]))
    return [combine(match, best, fit, weights, rank) for rank, (_, _, match, fit) in enumerate(scored[:top], start=1)]
