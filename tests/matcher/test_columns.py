"""Per-position facts: writing many profiles at once (an index loaded from its files, a batch of
imports) leaves exactly what writing them one at a time leaves, over earlier facts too."""

from __future__ import annotations

import numpy as np

from matcher.columns import Columns
from matcher.documents import to_document


def _state(columns: Columns) -> dict[str, object]:
    arrays = {name: getattr(columns, name) for name in ("live", "kind", "visibility", "lat", "lon", "xyz",
                                                         "travel_radius", "rate_min", "has_sectors",
                                                         "has_availability")}
    return {**arrays, "sectors": dict(columns.sectors), "windows": columns.windows()}


def _same(a: dict[str, object], b: dict[str, object]) -> bool:
    def equal(x: object, y: object) -> bool:
        if isinstance(x, np.ndarray):
            return isinstance(y, np.ndarray) and np.array_equal(x, y, equal_nan=x.dtype.kind == "f")
        if isinstance(x, dict):
            return isinstance(y, dict) and x.keys() == y.keys() and all(equal(x[k], y[k]) for k in x)
        if isinstance(x, tuple) and x and hasattr(x[0], "starts"):
            return all(equal(vars(w)[f], vars(v)[f]) for w, v in zip(x, y, strict=True) for f in vars(w))
        return x == y
    return a.keys() == b.keys() and all(equal(a[k], b[k]) for k in a)


def test_many_at_once_equals_one_at_a_time_over_earlier_facts(demo_profiles):
    documents = [to_document(p) for p in demo_profiles[:300]]
    first, second = documents[:200], documents[100:300]  # the second write covers half the first's positions
    one, many = Columns(capacity=16), Columns(capacity=16)
    for position, doc in enumerate(first):
        one.set(position, doc)
    many.set_many(list(range(len(first))), first)
    assert _same(_state(one), _state(many))
    later = list(range(100, 300))[::-1]
    for position, doc in zip(later, second, strict=True):
        one.set(position, doc)
    many.set_many(later, second)
    assert _same(_state(one), _state(many))


def test_a_position_written_twice_in_one_batch_keeps_the_later_document(demo_profiles):
    a, b = (to_document(p) for p in demo_profiles[:2])
    one, many = Columns(), Columns()
    one.set(5, a)
    one.set(5, b)
    many.set_many([5, 5], [a, b])
    assert _same(_state(one), _state(many))
