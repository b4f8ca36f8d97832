"""Query modes: how a judged query becomes a ranking, one registry entry per mode.

A mode *prepares* a query once (parse a brief, build a ``Query``) and then *ranks* it with
each system. ``brief`` (the default) ranks the crew sheet flattened round-robin across needs,
with shortlists long enough to fill the depth; ``search`` is one query with its filters.
Modes to come (``investor``, ``collaborator``) register themselves with ``register_mode``
and are then accepted in queries.jsonl and reported under ``by_mode``.
"""

from __future__ import annotations

import datetime as dt
import math

from evaluation.eval_query import EvalQuery
from evaluation.mode_registry import MODES, Mode, register_mode
from evaluation.systems import System
from matcher.briefs.parser import parse_brief
from matcher.search import Query
from models.brief import Brief

__all__ = ["MODES", "Mode", "register_mode", "shortlist_size_for"]


def shortlist_size_for(brief: Brief, depth: int) -> int:
    """Each need's shortlist size so that the flattened sheet can fill ``depth``."""
    return max(1, math.ceil(depth / max(1, len(brief.needs))))


def _prepare_brief(query: EvalQuery, today: dt.date) -> Brief:
    return parse_brief(query.text, today=query.today or today)


def _rank_brief(system: System, brief: Brief, depth: int) -> list[str]:
    return system.match_brief(brief, shortlist_size_for(brief, depth))[:depth]


def _prepare_search(query: EvalQuery, today: dt.date) -> Query:
    return Query(text=query.text, filters=query.filters)


def _rank_search(system: System, query: Query, depth: int) -> list[str]:
    return system.search([Query(text=query.text, filters=query.filters, top_k=depth)])[0][:depth]


register_mode(Mode("brief", _prepare_brief, _rank_brief, accepts_filters=False,
                   describe="a pasted brief; the crew sheet flattened round-robin across needs"))
register_mode(Mode("search", _prepare_search, _rank_search, accepts_filters=True,
                   describe="one search with optional filters"))


# Modes defined elsewhere register themselves on import.
from evaluation import collaborators as _collaborators  # noqa: E402,F401
from evaluation import investor_mode as _investor_mode  # noqa: E402,F401
