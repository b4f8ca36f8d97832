"""Fusing the dense and lexical evidence into one score.

Convex (the default) mixes cosine similarity with BM25 normalised by the best BM25 score
among the profiles that pass the filters, so the fused score of a profile does not depend
on which other profiles happened to be candidates, and a threshold bound can prove a top-k
exact. Reciprocal-rank fusion is kept for comparison in the ablations.
"""

from __future__ import annotations

import numpy as np

from matcher.config import MatcherConfig

__all__ = ["convex", "fusion_weights", "rrf"]


def fusion_weights(config: MatcherConfig) -> tuple[float, float]:
    """(dense, lexical) weights, renormalised when one side is switched off."""
    dense = config.dense_weight if config.use_dense else 0.0
    lexical = config.lexical_weight if config.use_lexical else 0.0
    total = dense + lexical
    if total == 0:
        raise ValueError("the configuration switches off both dense and lexical evidence")
    return dense / total, lexical / total


def convex(dense: np.ndarray, lexical_normalised: np.ndarray, config: MatcherConfig) -> np.ndarray:
    w_dense, w_lexical = fusion_weights(config)
    return w_dense * dense + w_lexical * lexical_normalised


def rrf(dense_rank: np.ndarray, lexical_rank: np.ndarray, config: MatcherConfig) -> np.ndarray:
    """Ranks are 1-based; 0 means absent from that list."""
    w_dense, w_lexical = fusion_weights(config)
    k = config.rrf_k
    dense_part = np.where(dense_rank > 0, 1.0 / (k + np.maximum(dense_rank, 1)), 0.0)
    lexical_part = np.where(lexical_rank > 0, 1.0 / (k + np.maximum(lexical_rank, 1)), 0.0)
    # Scaled so a profile first in both lists scores 1, comparable with the convex scale.
    return (k + 1) * (w_dense * dense_part + w_lexical * lexical_part)
