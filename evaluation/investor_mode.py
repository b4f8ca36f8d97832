"""The ``investor`` query mode: an investor's interest (``text`` plus optional ``filters`` holding
structured criteria) ranked to companies.

- ``filters`` in an investor query are criteria, not search filters: ``sectors``,
  ``exclude_sectors``, ``stages``, ``ticket_gbp``, ``round_gbp``, ``seis``, ``eis``, ``own_ip``,
  ``near`` or ``place`` (a town, county or region; becomes ``places``), ``places``, ``radius_km``,
  ``employees``, ``age_years``, ``strict`` (the ``InterestCriteria`` fields). They win over what the
  text says, as on the page.
- The product (every engine variant that is not a single baseline) ranks with
  ``matcher.investors.ranking.rank_companies``: that variant's search for text relevance, plus
  criteria fit. The single baselines (BM25 only, dense only, TF-IDF) rank companies by the
  interest's text alone, as a plain search over companies would.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from evaluation.eval_query import EvalQuery
from evaluation.mode_registry import Mode, register_mode
from evaluation.systems import EngineSystem, System
from matcher.filters import Filters
from matcher.investors.interest import read_interest
from matcher.investors.ranking import rank_companies
from matcher.search import Query
from models.investor import InterestCriteria
from models.investor_match import InterestReading

__all__ = ["InvestorQuery", "prepare_investor", "rank_investor", "read_investor_filters"]


@dataclass(frozen=True)
class InvestorQuery:
    text: str
    reading: InterestReading
    today: dt.date


def read_investor_filters(data: Any) -> InterestCriteria:
    """A query's ``filters`` as criteria; problems as ``ValueError(field, message)``."""
    if not isinstance(data, dict):
        raise ValueError("filters", "must be a JSON object")
    values = dict(data)
    places = list(values.pop("places", []))
    for key in ("near", "place"):
        if key in values:
            if not isinstance(values[key], str):
                raise ValueError(f"filters.{key}", "must be a town, county or region")
            places.append(values.pop(key))
    if places:
        values["places"] = places
    try:
        return InterestCriteria.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        raise ValueError("filters." + ".".join(str(p) for p in first["loc"]), first["msg"]) from None


def prepare_investor(query: EvalQuery, today: dt.date) -> InvestorQuery:
    return InvestorQuery(query.text, read_interest(query.text, query.criteria), query.today or today)


def rank_investor(system: System, query: InvestorQuery, depth: int) -> list[str]:
    if isinstance(system, EngineSystem) and not getattr(system, "single_baseline", False):
        engine = system.engine
        with engine.lock.reading():
            matches = rank_companies(engine.index, query.reading, engine.store.get_many, top=depth, today=query.today)
        return [m.id for m in matches]
    plain = Query(text=query.text, filters=Filters(kinds=("company",)), top_k=depth)
    return system.search([plain])[0][:depth]


register_mode(Mode("investor", prepare_investor, rank_investor, accepts_filters=True,
                   describe="an investor's interest (text, optional criteria) ranked to companies",
                   read_filters=read_investor_filters))
