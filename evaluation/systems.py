"""What the evaluation ranks with: a system answers searches and briefs with ranked profile ids.

``EngineSystem`` is the product: an ``Engine`` (store + index) asked exactly as the API asks
it, ``Engine.search`` and ``Engine.match_brief``. Baselines (``evaluation.baselines``)
implement the same two methods over the same index's documents, so every system sees the
same queries, filters and briefs.
"""

from __future__ import annotations

from typing import Protocol

from matcher.briefs.sheet import flatten
from matcher.engine import Engine
from matcher.search import Query
from models.brief import Brief

__all__ = ["EngineSystem", "System"]


class System(Protocol):
    name: str

    def search(self, queries: list[Query]) -> list[list[str]]:
        """Profile ids per query, best first."""

    def match_brief(self, brief: Brief, shortlist_size: int) -> list[str]:
        """The crew sheet's profile ids, flattened round-robin across needs."""


class EngineSystem:
    def __init__(self, name: str, engine: Engine) -> None:
        self.name = name
        self.engine = engine

    @property
    def index(self):
        return self.engine.index

    def search(self, queries: list[Query]) -> list[list[str]]:
        return [[m.id for m in matches] for matches in self.engine.search(queries)]

    def match_brief(self, brief: Brief, shortlist_size: int) -> list[str]:
        return flatten(self.engine.match_brief(brief, shortlist_size=shortlist_size))
