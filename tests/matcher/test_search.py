"""The ranking path over the demo cluster with the real model: exact filtered top-k,
filters, tiers for unknowns, and what an explanation carries."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pytest

from matcher.errors import InvalidInput
from matcher.filters import Filters, evaluate
from matcher.fusion import query_roles, query_weights, word_count
from matcher.geo import haversine_km, load_gazetteer
from matcher.lexical import analyse
from matcher.scoring import QueryEvidence, score_positions
from matcher.search import Query, search
from tests.matcher.search_oracle import oracle_scores

LEEK = load_gazetteer().resolve("Leek")
TAMWORTH = load_gazetteer().resolve("Tamworth")


def brute_force(index, query: Query) -> list[str]:
    """Score every profile that passes, with the same scoring, and take the top-k."""
    vector = index.encoder.encode_queries([query.text])[0]
    read = query_roles(query.text)
    terms = analyse([query.text])[0]
    lexical = index.lexical.scores(terms, index.capacity)
    evidence = QueryEvidence.build(index, query.text, vector, terms, lexical, tuple(r for r, _ in read),
                                   confidences=tuple(c for _, c in read))
    verdict = evaluate(index.columns, query.filters)
    mask = verdict.passing(query.filters.include_unknown)[: index.capacity]
    positions = np.flatnonzero(mask)
    lexical_max = float(lexical[mask].max(initial=0)) or 1.0
    scores = score_positions(index, evidence, verdict, positions, lexical_max,
                             positions[:0], positions[:0], index.config)
    return [index.ids[p] for p in scores.top(query.top_k).positions]


FILTER_CASES = {
    "no filter": Filters(),
    "freelancers": Filters(kinds=("freelancer",)),
    "facilities near Leek": Filters(kinds=("facility",), near=(LEEK.lat, LEEK.lon), radius_km=15),
    "a handful pass": Filters(kinds=("facility",), near=(LEEK.lat, LEEK.lon), radius_km=6),
    "sector": Filters(sectors=("games",)),
    "available in March": Filters(available=(dt.date(2027, 3, 1), dt.date(2027, 3, 21))),
    "rate ceiling": Filters(max_rate=300, kinds=("freelancer",)),
    "strict": Filters(near=(LEEK.lat, LEEK.lon), radius_km=30, include_unknown=False),
    "near Leek or Tamworth": Filters(near=(LEEK.lat, LEEK.lon), also_near=((TAMWORTH.lat, TAMWORTH.lon),),
                                     radius_km=12),
}


@pytest.fixture(scope="module")
def candidate_index(encoder, demo_profiles):
    """The same corpus searched through candidate lists and the exactness bound, as corpora
    past ``exhaustive_limit`` are (encodings come from the encoder's cache)."""
    from matcher.config import DEFAULT_CONFIG
    from matcher.index import ProfileIndex

    return ProfileIndex.build(demo_profiles, encoder, DEFAULT_CONFIG.with_(exhaustive_limit=0))


@pytest.mark.parametrize("path", ["exhaustive", "candidates"])
@pytest.mark.parametrize("name", FILTER_CASES)
@pytest.mark.parametrize("text", ["gaffer with period drama experience", "unit base with parking for trucks",
                                  "3D animator who knows Blender"])
def test_filtered_top_k_equals_brute_force(demo_index, candidate_index, path, name, text):
    index = demo_index if path == "exhaustive" else candidate_index
    query = Query(text=text, filters=FILTER_CASES[name], top_k=10)
    got = [m.id for m in search(index, query)]
    assert got == brute_force(index, query)


@pytest.mark.parametrize("name", FILTER_CASES)
@pytest.mark.parametrize("text", ["gaffer with period drama experience", "unit base with parking for trucks",
                                  "3D animator who knows Blender"])
def test_search_agrees_with_an_independent_oracle(demo_index, candidate_index, name, text):
    """The oracle (tests/matcher/search_oracle.py) shares no scoring code with the product: its
    top-k scores are the product's, on both paths, and every returned profile scores as it says."""
    query = Query(text=text, filters=FILTER_CASES[name], top_k=10)
    expected = oracle_scores(demo_index, query)
    best = sorted(expected.values(), reverse=True)[:10]
    for index in (demo_index, candidate_index):
        matches = search(index, query)
        assert [m.score for m in matches] == pytest.approx(best, abs=2e-4)
        for match in matches:
            assert match.score == pytest.approx(expected[match.id], abs=2e-4), match.id


def test_filter_that_passes_few_still_returns_all_of_them(demo_index):
    filters = Filters(kinds=("facility",), near=(LEEK.lat, LEEK.lon), radius_km=6)
    verdict = evaluate(demo_index.columns, filters)
    passing = int((verdict.known | verdict.unknown).sum())
    assert 0 < passing < 10
    matches = search(demo_index, Query("film studio", filters=filters, top_k=10))
    assert len(matches) == passing


def test_distance_from_several_places_is_to_the_nearest(demo_index):
    towns = [LEEK, TAMWORTH]  # 60 km apart: a 12 km radius round each finds two separate crowds
    filters = Filters(near=(LEEK.lat, LEEK.lon), also_near=((TAMWORTH.lat, TAMWORTH.lon),), radius_km=12,
                      include_unknown=False)
    verdict = evaluate(demo_index.columns, filters)
    expected = {doc.id for doc in demo_index.documents if doc is not None and doc.lat is not None
                and doc.kind != "investor"  # a search finds investors only when its kinds name them
                and min(haversine_km(t.lat, t.lon, doc.lat, doc.lon) for t in towns) <= 12}
    passing = np.flatnonzero(verdict.passing(False)[: demo_index.capacity])
    assert {demo_index.ids[p] for p in passing} == expected
    nearest = {demo_index.ids[p]: float(verdict.distance_km[p]) for p in passing}
    for doc_id, km in nearest.items():
        doc = demo_index.document(doc_id)
        assert km == pytest.approx(min(haversine_km(t.lat, t.lon, doc.lat, doc.lon) for t in towns), abs=0.01)
    near_each = [{i for i in expected if haversine_km(t.lat, t.lon, *_point(demo_index, i)) <= 12} for t in towns]
    assert all(near_each) and not near_each[0] & near_each[1]


def _point(index, profile_id):
    doc = index.document(profile_id)
    return doc.lat, doc.lon


def test_more_places_need_a_first_one():
    with pytest.raises(InvalidInput, match="need a first one"):
        Filters(also_near=((TAMWORTH.lat, TAMWORTH.lon),))


def test_each_filter_holds_on_every_result(demo_index):
    start, end = dt.date(2027, 3, 1), dt.date(2027, 3, 21)
    filters = Filters(kinds=("freelancer",), near=(LEEK.lat, LEEK.lon), radius_km=40,
                      available=(start, end), max_rate=400, include_unknown=False)
    matches = search(demo_index, Query("camera operator", filters=filters, top_k=25))
    assert matches
    for match in matches:
        doc = demo_index.document(match.id)
        assert doc.kind == "freelancer"
        assert haversine_km(LEEK.lat, LEEK.lon, doc.lat, doc.lon) <= 40
        assert doc.rate_min <= 400
        assert match.explanation.availability == "available"
        booked = [w for w in doc.availability if w[2] == "booked" and w[0] <= end and w[1] >= start]
        assert not booked


def test_unknown_is_kept_marked_and_ranked_just_below_the_same_profile_known(encoder, demo_profiles):
    """Unknown is not no: the same gaffer with no recorded place or diary stays on the list,
    marked, right below its known-good twin; strict filtering drops it."""
    from matcher.index import ProfileIndex

    known = next(p for p in demo_profiles if "Gaffer" in p.roles and p.location and p.location.lat
                 and any(w.status == "available" for w in p.availability))
    twin = known.model_copy(update={"id": "fl-twin", "location": None, "availability": []})
    index = ProfileIndex.build([*demo_profiles[:300], known, twin], encoder)
    window = next(w for w in known.availability if w.status == "available")
    filters = Filters(near=(known.location.lat, known.location.lon), radius_km=30,
                      available=(window.start, window.start))
    ranked = [m for m in search(index, Query("gaffer", filters=filters, top_k=50))]
    ids = [m.id for m in ranked]
    assert ids.index(known.id) < ids.index("fl-twin")
    assert ranked[ids.index(known.id)].explanation.tier == 0
    twin_match = ranked[ids.index("fl-twin")]
    assert set(twin_match.explanation.unknown) == {"location", "availability"}
    assert twin_match.explanation.tier == 1
    assert twin_match.explanation.role_evidence == "exact role"
    strict = replace(filters, include_unknown=False)
    assert "fl-twin" not in [m.id for m in search(index, Query("gaffer", filters=strict, top_k=50))]


def test_explanation_carries_scores_roles_terms_and_distance(demo_index):
    matches = search(demo_index, Query("gaffer for a period drama", filters=Filters(near=(LEEK.lat, LEEK.lon)),
                                       top_k=5))
    top = matches[0].explanation
    assert matches[0].score == pytest.approx(top.score)
    weights = query_weights(demo_index.config, word_count("gaffer for a period drama"))
    assert top.score == pytest.approx(weights.dense * top.dense + weights.lexical * top.lexical
                                      + top.taxonomy_boost + top.context_penalty, abs=1e-5)
    assert top.role_evidence == "exact role" and "affer" in top.matched_role
    assert "gaffer" in top.matched_terms.get("roles", [])
    assert top.distance_km is not None and top.distance_km >= 0
    assert any("km away" in reason for reason in top.reasons)


def test_jargon_finds_the_canonical_role(demo_index):
    """'sparks' is how briefs say electrician: the top results must hold that role."""
    matches = search(demo_index, Query("two sparks", filters=Filters(kinds=("freelancer",)), top_k=5))
    assert all("electrician" in demo_index.document(m.id).role_ids for m in matches)


def test_a_freelancers_name_is_kept_out_of_the_index(demo_index, demo_profiles):
    """Names are personal data: searching one must not single its owner out."""
    person = next(p for p in demo_profiles if p.kind == "freelancer" and p.summary and p.name.split()[0] in p.summary)
    doc = demo_index.document(person.id)
    assert person.name.split()[0].lower() not in doc.lexical_text().lower()
    assert person.name.split()[0].lower() not in doc.embedding_text().lower()
    matches = search(demo_index, Query(person.name, top_k=5))
    assert person.id not in [m.id for m in matches]
    company = next(p for p in demo_profiles if p.kind == "company")
    assert search(demo_index, Query(company.name, top_k=3))[0].id == company.id


@pytest.fixture(scope="module")
def ivf_index(encoder, demo_profiles):
    """The demo behind a trained IVF (16 cells: ten vectors a cell are enough to train)."""
    from matcher.config import DEFAULT_CONFIG
    from matcher.index import ProfileIndex

    index = ProfileIndex(encoder, DEFAULT_CONFIG.with_(dense_index="ivf", ivf_nprobe=16), expected_size=1)
    index.upsert(demo_profiles)
    index.lexical.compact()
    assert index.dense.kind == "ivf" and index.dense.trained and not index.dense.exact
    return index


@pytest.mark.parametrize("name", ["no filter", "facilities near Leek", "available in March", "strict"])
def test_the_approximate_path_scans_every_cell_it_is_told_to_and_then_agrees_with_the_oracle(ivf_index, name):
    """One pass over candidates (no widening): with every cell probed and a depth past the
    corpus it must give exactly the oracle's top 10."""
    query = Query(text="gaffer with period drama experience", filters=FILTER_CASES[name], top_k=10)
    expected = oracle_scores(ivf_index, query)
    matches = search(ivf_index, query)
    assert [m.score for m in matches] == pytest.approx(sorted(expected.values(), reverse=True)[:10], abs=2e-4)


def test_the_approximate_path_with_one_cell_and_a_shallow_pass_stays_valid_and_close(ivf_index):
    """Few cells probed and a shallow pass: approximate, but every match passes the filters,
    scores as the oracle says, and most of the exact top 10 is still found."""
    from dataclasses import replace as replaced

    shallow = replaced(ivf_index.config, approximate_depth=20)
    original, ivf_index.config = ivf_index.config, shallow
    ivf_index.dense.nprobe = 1
    try:
        overlaps = []
        for name in ("freelancers", "facilities near Leek", "rate ceiling"):
            query = Query(text="sound recordist with own kit", filters=FILTER_CASES[name], top_k=10)
            expected = oracle_scores(ivf_index, query)
            matches = search(ivf_index, query)
            assert all(m.id in expected and m.score == pytest.approx(expected[m.id], abs=2e-4) for m in matches)
            best = set(sorted(expected, key=expected.get, reverse=True)[:10])
            overlaps.append(len(best & {m.id for m in matches}) / len(best))
        assert np.mean(overlaps) >= 0.7
    finally:
        ivf_index.config = original
        ivf_index.dense.nprobe = 16
