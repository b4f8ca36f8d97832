"""Tuning the fusion on arrays (``evaluation.fusion_features``, ``evaluation.tune_fusion``): the
arrays rank exactly as the product ranks, folds are stratified by family, and fitting never
lowers the training figure it starts from."""

from __future__ import annotations

import numpy as np
import pytest

from evaluation.datasets import EvalQuery
from evaluation.fusion_features import Params, extract, ndcg_at_10, score
from evaluation.tune_fusion import CANDIDATES, _folds, fit
from matcher.search import Query, search

TEXTS = ["gaffer", "subtitle editor", "someone to rig lights and run cable for a night shoot",
         "Production designers are responsible for the look of a film. They work with the director "
         "and the director of photography.", "drone camera operator"]


def _params(config) -> Params:
    bands = config.fusion_bands
    return Params(config.fusion, tuple(b.max_words for b in bands[:-1]), tuple(b.lexical_weight for b in bands),
                  tuple(b.boost_scale for b in bands), config.exact_role_boost, config.related_role_boost,
                  config.same_department_boost, config.later_role_scale, config.confidence_floor, config.rrf_k)


@pytest.fixture(scope="module")
def features(demo_index):
    queries = [EvalQuery(f"q{i}", text, mode="search", family="task") for i, text in enumerate(TEXTS)]
    some_id = next(i for i in demo_index.ids if i)
    return extract(demo_index, queries, {q.id: {some_id: 1} for q in queries})


def test_the_arrays_rank_as_the_product_ranks(demo_index, features):
    scores = score(features, _params(demo_index.config))
    for row, text in enumerate(TEXTS):
        expected = [m.id for m in search(demo_index, Query(text, top_k=10))]
        top = np.argsort(-scores[row], kind="stable")[:10]
        assert [demo_index.ids[p] for p in top] == expected, text


def test_folds_are_stratified_by_family():
    families = ["title"] * 10 + ["task"] * 5 + ["description"] * 7
    folds = _folds(families, seed=1)
    for family in set(families):
        counts = np.bincount(folds[np.asarray(families) == family], minlength=5)
        assert counts.max() - counts.min() <= 1


def test_fitting_never_lowers_the_training_figure(features):
    start = CANDIDATES["convex, by length"]
    before = ndcg_at_10(features, score(features, start)).mean()
    after = ndcg_at_10(features, score(features, fit(features, start))).mean()
    assert after >= before
