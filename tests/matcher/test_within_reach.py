"""A search, and a crew sheet's needs ranked together, give exactly what a scan of every vector gives.

A query takes its top-k from the profiles within reach of a seed's k-th best
(``matcher.within_reach``) instead of scanning every vector. Over a 20,000-profile index grown from
the demo cluster as the benchmark grows it (real model; the demo's 887 profiles alone are few
enough that a need scans them all), the two must agree on every profile, score and explanation,
for searches, a brief of roles' labels and one whose needs carry their own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

import matcher.search as search_module
from evaluation.bench_synthetic import Synthesiser, synthetic_index
from matcher.briefs.parser import parse_brief
from matcher.briefs.sheet import _need_vectors, need_queries
from matcher.search import Query, search, search_many

# Invented briefs, with no place or dates: most of the cluster passes the filters, so every need
# would otherwise scan every vector.
BRIEFS = ("We need a gaffer, two sparks, a focus puller and a sound recordist for a short film.",
          "Looking for a gaffer with their own generator, a colourist who grades in DaVinci Resolve, "
          "a drone operator with a CAA licence and a costume standby for a music video.")


@pytest.fixture(scope="module")
def grown_index(demo_index, encoder):
    documents = [demo_index.documents[p] for p in range(demo_index.capacity)]
    return synthetic_index(Synthesiser(documents, demo_index.vectors[: demo_index.capacity]), 20_000, encoder)


@pytest.fixture
def within_reach_calls(monkeypatch):
    """How often a need's top-k came from the profiles within reach (not a full scan)."""
    calls = {"within": 0, "scanned": 0}
    real = search_module.top_within_reach

    def counted(*args, **kwargs):
        found = real(*args, **kwargs)
        calls["within" if found is not None else "scanned"] += 1
        return found

    monkeypatch.setattr(search_module, "top_within_reach", counted)
    return calls


@pytest.mark.slow
@pytest.mark.parametrize("text", BRIEFS)
def test_needs_ranked_together_equal_each_need_scanned_alone(grown_index, text, within_reach_calls, monkeypatch):
    brief = parse_brief(text, today=dt.date(2026, 11, 28))
    queries, _ = need_queries(brief)
    assert len(queries) >= 3
    vectors = _need_vectors(grown_index, [q.text for q in queries])
    together = search_many(grown_index, queries, vectors)
    assert within_reach_calls["within"] >= len(queries) - 1  # the path under test was taken
    monkeypatch.setattr(search_module, "top_within_reach", lambda *args, **kwargs: None)  # scan everything
    for row, query in enumerate(queries):
        alone = search_many(grown_index, [query], vectors[row : row + 1])[0]
        assert [m.id for m in together[row]] == [m.id for m in alone]
        assert [m.score for m in together[row]] == [m.score for m in alone]
        assert [m.explanation.dense for m in together[row]] == [m.explanation.dense for m in alone]
        assert [m.explanation.reasons for m in together[row]] == [m.explanation.reasons for m in alone]



# Invented searches as typed in the search box: a role alone, a role with its kit, a role with a licence.
SEARCHES = ("gaffer", "colourist who grades in DaVinci Resolve", "drone operator with a CAA licence")


@pytest.mark.slow
def test_a_search_equals_a_scan_of_every_vector(grown_index, within_reach_calls, monkeypatch):
    found = [search(grown_index, Query(text=text)) for text in SEARCHES]
    assert within_reach_calls["within"] >= 1  # the path under test was taken
    monkeypatch.setattr(search_module, "top_within_reach", lambda *args, **kwargs: None)  # scan everything
    for matches, text in zip(found, SEARCHES, strict=True):
        scanned = search(grown_index, Query(text=text))
        assert [(m.id, m.score, m.explanation.dense, m.explanation.reasons) for m in matches] == \
            [(m.id, m.score, m.explanation.dense, m.explanation.reasons) for m in scanned]
