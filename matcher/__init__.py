"""The matcher: profiles in, ranked and explained matches out.

The public API, importable from here (loaded on first use, so ``import matcher`` stays cheap:
the command line imports only what a command needs)::

    from matcher import Engine, Filters, Query, parse_brief, search_many

- ``Engine(settings)``: the database, the index following its change log, and the encoder;
  ``engine.search([Query(...)])``, ``engine.match_brief(text)``, ``engine.import_parsed(...)``.
- ``Query(text, Filters(...), top_k=10)`` and ``search_many(index, queries)``: the one ranking path.
- ``parse_brief(text, today=...)``: a production brief read into needs, places and dates.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matcher.briefs.parser import parse_brief
    from matcher.engine import Engine
    from matcher.filters import Filters
    from matcher.search import Query, search_many

__all__ = ["Engine", "Filters", "Query", "parse_brief", "search_many"]

_HOME = {"Engine": "matcher.engine", "Filters": "matcher.filters", "Query": "matcher.search",
         "parse_brief": "matcher.briefs.parser", "search_many": "matcher.search"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'matcher' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value  # the next access is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
