"""Fusing the dense, lexical and taxonomy evidence of one query into one score.

Convex (the default) mixes cosine similarity with BM25 normalised by the best BM25 score
among the profiles that pass the filters, so the fused score of a profile does not depend
on which other profiles happened to be candidates, and a threshold bound can prove a top-k
exact. Reciprocal-rank fusion is kept for comparison in the ablations.

The weights depend on the query (``QueryWeights``): its length in words picks a band of
``config.fusion_bands`` (a two-word title leans on words and roles, a long description on
meaning), and each role the query names gets a boost scale from how sure its reading is
(``role_scale``). The numbers come from ``matcher/data/ranking/fusion.json``, chosen by
cross-validation on the real-language development set (``evaluation/tune_fusion.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matcher.config import MatcherConfig
from matcher.taxonomy import load_taxonomy

__all__ = ["QueryWeights", "convex", "fusion_weights", "query_roles", "query_weights", "role_scale", "rrf",
           "word_count"]


@dataclass(frozen=True)
class QueryWeights:
    dense: float
    lexical: float
    boost_scale: float  # multiplies every taxonomy boost of this query


def word_count(text: str) -> int:
    return len(text.split())


def fusion_weights(config: MatcherConfig, words: int | None = None) -> tuple[float, float]:
    """(dense, lexical) weights for a query of ``words`` words (None: the configuration's plain
    weights), renormalised when one side is switched off."""
    weights = query_weights(config, words)
    return weights.dense, weights.lexical


def query_weights(config: MatcherConfig, words: int | None = None) -> QueryWeights:
    dense, lexical, scale = config.dense_weight, config.lexical_weight, 1.0
    if config.fusion_bands and words is not None:
        band = next(b for b in config.fusion_bands if b.max_words is None or words <= b.max_words)
        dense, lexical, scale = 1.0 - band.lexical_weight, band.lexical_weight, band.boost_scale
    dense = dense if config.use_dense else 0.0
    lexical = lexical if config.use_lexical else 0.0
    total = dense + lexical
    if total == 0:
        raise ValueError("the configuration switches off both dense and lexical evidence")
    return QueryWeights(dense / total, lexical / total, scale)


def role_scale(config: MatcherConfig, confidence: float, order: int) -> float:
    """How much of the taxonomy boost a role read with ``confidence`` gets, ``order`` being its
    place among the query's roles (0: the first). Nothing at or below the confidence floor (a
    more specific job than the taxonomy knows must not pull up the general one), full at 1."""
    floor = config.confidence_floor
    sure = min(max((confidence - floor) / (1.0 - floor), 0.0), 1.0) if config.use_confidence else 1.0
    return sure * (1.0 if order == 0 else config.later_role_scale)


def query_roles(text: str) -> tuple[tuple[str, float], ...]:
    """The roles a query's words name, in order of first mention, each with the best confidence
    any of its mentions was read with."""
    best: dict[str, float] = {}
    for mention in load_taxonomy().mentions(text):
        best[mention.role.id] = max(best.get(mention.role.id, 0.0), mention.confidence)
    return tuple(best.items())


def convex(dense: np.ndarray, lexical_normalised: np.ndarray, weights: QueryWeights) -> np.ndarray:
    return weights.dense * dense + weights.lexical * lexical_normalised


def rrf(dense_rank: np.ndarray, lexical_rank: np.ndarray, weights: QueryWeights, k: int) -> np.ndarray:
    """Ranks are 1-based; 0 means absent from that list."""
    dense_part = np.where(dense_rank > 0, 1.0 / (k + np.maximum(dense_rank, 1)), 0.0)
    lexical_part = np.where(lexical_rank > 0, 1.0 / (k + np.maximum(lexical_rank, 1)), 0.0)
    # Scaled so a profile first in both lists scores 1, comparable with the convex scale.
    return (k + 1) * (weights.dense * dense_part + weights.lexical * lexical_part)
