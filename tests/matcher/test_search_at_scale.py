"""The exact top-k where thousands of profiles pass: the product scores every passing profile's
evidence, works out the context penalties only for a shortlist, and must still return exactly
the top-k that scoring every passing profile in full gives (``scoring.score_top``)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from evaluation.bench_synthetic import Synthesiser, synthetic_index
from matcher.filters import Filters
from matcher.geo import load_gazetteer
from matcher.scoring import _shortlist
from matcher.search import Query, search
from tests.matcher.test_search import brute_force

LEEK = load_gazetteer().resolve("Leek")
_MAY = (dt.date(2027, 5, 3), dt.date(2027, 5, 14))


@pytest.fixture(scope="module")
def large_index(encoder, demo_index):
    """12,000 profiles grown from the demo's (``evaluation.bench_synthetic``): past the 4,096
    passing profiles from which a shortlist is taken."""
    documents = [d for d in demo_index.documents if d is not None]
    vectors = demo_index.vectors[[demo_index.positions[d.id] for d in documents]].copy()
    return synthetic_index(Synthesiser(documents, vectors, seed=7), 12_000, encoder)


@pytest.mark.parametrize("text", ["gaffer", "sound recordist with own kit", "studio with a green screen",
                                  "period drama costume"])
@pytest.mark.parametrize("filters", [Filters(), Filters(kinds=("freelancer", "company"), near=(LEEK.lat, LEEK.lon),
                                                        radius_km=60, available=_MAY)], ids=["none", "sheet-like"])
def test_top_k_over_thousands_passing_equals_brute_force(large_index, text, filters):
    query = Query(text, filters, top_k=20)
    assert [m.id for m in search(large_index, query)] == brute_force(large_index, query)


SHORTLIST_CASES = {
    "spread": np.random.default_rng(1).random(50_000),
    "ties everywhere": np.round(np.random.default_rng(2).random(50_000), 1),
    "most filtered out": np.where(np.random.default_rng(3).random(50_000) < 0.9, -np.inf,
                                  np.random.default_rng(4).random(50_000)),
}


@pytest.mark.parametrize("name", SHORTLIST_CASES)
def test_a_shortlist_keeps_every_position_above_its_bound(name):
    """Whatever the values (ties, filtered -inf), nothing left out passes the bound and nothing
    kept is below it; about ``size`` are kept (never the whole array)."""
    upper = SHORTLIST_CASES[name]
    kept, bound = _shortlist(upper, 2048)
    left_out = np.setdiff1d(np.arange(len(upper)), kept)
    assert upper[left_out].max(initial=-np.inf) <= bound <= upper[kept].min()
    assert 1024 <= len(kept) <= 4 * 2048
