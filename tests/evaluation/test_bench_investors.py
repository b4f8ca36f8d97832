"""The investor bench's shape and sanity, never its figures."""

from __future__ import annotations

import pytest

from evaluation.bench_investors import measure_investor_match, measure_session
from evaluation.bench_synthetic import Synthesiser, synthetic_index
from matcher.demo import load_demo
from matcher.index import ProfileIndex


@pytest.fixture(scope="module")
def companies_index(encoder):
    demo = load_demo()
    profiles = [p for p in demo if p.kind == "company"][::6] + [p for p in demo if p.kind == "investor"][:3]
    return demo, ProfileIndex.build(profiles, encoder)


def test_investor_match_and_session_measurements_have_their_shape(companies_index, encoder) -> None:
    demo, index = companies_index
    documents = [d for d in index.documents if d is not None]
    synthetic = synthetic_index(Synthesiser(documents, index.vectors[: len(documents)].copy()), 200, encoder)
    match = measure_investor_match(synthetic, demo, rounds=1)
    assert match["profiles"] == 200 and match["search_ms"]["n"] == match["match_ms"]["n"] == 4
    assert match["ratio_p50"] > 0 and isinstance(match["met"], bool)
    session = measure_session(index, demo, investors=6, companies=10, slots=3, tables=2)
    assert session["meetings"] == 6 and session["solve_seconds"] > 0 and isinstance(session["met"], bool)
