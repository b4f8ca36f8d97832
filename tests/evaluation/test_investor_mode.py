"""The investor query mode: interests with criteria as filters, read from the judged set's dev file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from evaluation.datasets import read_queries
from evaluation.modes import MODES

DEV = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "investors" / "dev" / "queries.jsonl"


def test_investor_queries_read_with_their_criteria_and_prepare_once() -> None:
    queries = {q.id: q for q in read_queries(DEV)}
    assert {q.mode for q in queries.values()} == {"investor"}
    structured = [q for q in queries.values() if q.criteria is not None]
    assert structured and all(q.criteria.places or q.criteria.sectors for q in structured)
    mode = MODES["investor"]
    for query in structured:
        prepared = mode.prepare(query, dt.date(2026, 12, 5))
        given = query.criteria.model_dump(exclude_unset=True)
        assert all(getattr(prepared.reading.criteria, k) == getattr(query.criteria, k) for k in given)
