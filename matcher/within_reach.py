"""A query's exact top-k from the profiles that can reach it, without scanning every vector.

A crew sheet ranks four or more needs together. Scanning every profile's vector for each of them
is most of a sheet's cost: the scans are arithmetic-bound, so one pass over the vectors for all
needs (a matrix product, or the SIMD kernel on cache-sized blocks) still costs 2.2-2.7x one
need's pass on this two-core machine, whichever kernel does it (faiss's, OpenBLAS's, ONNX
Runtime's, all measured).

Most of a need's final score is known before any cosine: the convex fusion is
``dense_weight * cosine + lexical_weight * BM25 share``, then the taxonomy boost (the need's own
role +0.4), then context penalties that are never positive. With unit vectors the cosine is at
most the query's norm, so a profile's score is at most ``dense_weight * |q| + rest``, where
``rest`` is its lexical part and boost. The k-th best score among a few profiles with the
highest ``rest`` (the need's holders with its words, for a role) is a floor the true k-th best
reaches; every profile whose bound is below that floor cannot enter the top-k, nor tie with it.
So the cosines of the rest are computed only where the bound reaches the floor, and the top-k
is taken from them by the same scoring as a full scan: the same profiles, scores and order
(ties are broken by position, and every profile left out is strictly below the k-th).

When the bound reaches most profiles (a need with no role and few words, whose scores come
mostly from the cosine), ``None`` says so and the caller scans everything.
"""

from __future__ import annotations

import numpy as np

from matcher.ann.base import inner_products_at
from matcher.config import MatcherConfig
from matcher.filters import Verdict
from matcher.index import ProfileIndex
from matcher.scoring import QueryEvidence, Scores, score_top

__all__ = ["top_within_reach"]

# Profiles with the highest known part whose exact scores give the first floor: enough that
# their k-th best is close to the true k-th best, few enough to cost nothing.
_SEED = 256
# Beyond this share of the profiles, reading their vectors one by one costs about what the
# one pass over all of them does.
_MOST = 0.25
# Rounding of a float32 cosine of unit vectors stays far below this.
_COSINE_SLACK = 1e-3


def top_within_reach(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict, mask: np.ndarray,
                     k: int, lexical_max: float, config: MatcherConfig) -> Scores | None:
    """The exact top-k among ``mask`` (convex fusion), scoring only profiles whose bound reaches
    the k-th best of a seed; None when they are more than ``_MOST`` of the index."""
    capacity = index.capacity
    weights = evidence.weights
    known = weights.lexical * (evidence.lexical[:capacity] / lexical_max) + evidence.boosts(
        slice(0, capacity), config)
    known = np.where(mask, known, -np.inf)
    passing = int(mask.sum())
    if passing <= _SEED:
        return None
    seed = np.sort(np.argpartition(-known, _SEED)[:_SEED])
    floor_scores = _scored(index, evidence, verdict, seed, k, lexical_max, config)
    if len(floor_scores.positions) < k:
        return None
    dense_most = weights.dense * (float(np.linalg.norm(evidence.vector)) + _COSINE_SLACK)
    reach = np.flatnonzero(known + dense_most >= floor_scores.final[k - 1])
    if len(reach) > _MOST * capacity:
        return None
    return _scored(index, evidence, verdict, reach, k, lexical_max, config)


def _scored(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict, positions: np.ndarray, k: int,
            lexical_max: float, config: MatcherConfig) -> Scores:
    """The top-k of ``positions`` (ascending), their cosines read in place."""
    dense = inner_products_at(index.vectors, evidence.vector, positions, index.capacity)[positions]
    empty = np.zeros(0, dtype=np.int64)
    return score_top(index, evidence, verdict, positions, np.ones(len(positions), dtype=bool), lexical_max,
                     empty, empty, config, dense, k, lexical_only=False)
