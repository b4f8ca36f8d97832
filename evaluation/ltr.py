"""A learned fusion for comparison: LightGBM's LambdaMART over the evidence the explanation
already computes (cosine, BM25 over the best BM25, whether the profile holds the first role
the query names or a related one or one in its department, each times the confidence share of
that role, the same for later roles, and the query's length in words).

``evaluation.tune_fusion`` cross-validates it on the same folds as the hand-shaped fusions, with
fixed hyperparameters (no inner search: 150 trees of 15 leaves, learning rate 0.05, at least 20
profiles a leaf, nDCG@10 as the LambdaMART target). It is a candidate of the comparison only;
the product ranks with it only if it wins there (it ships no model otherwise).
"""

from __future__ import annotations

import numpy as np

from evaluation.fusion_features import Features

__all__ = ["LTR_NAME", "cross_validate_ltr", "ltr_matrix"]

LTR_NAME = "LambdaMART (LightGBM)"
_FLOOR = 0.6


def ltr_matrix(features: Features) -> np.ndarray:
    """(Q * N, F) rows in query order, one per profile."""
    q, n = features.dense.shape
    sure = np.clip((features.confidence - _FLOOR) / (1 - _FLOOR), 0.0, 1.0)  # (Q, M)
    first = features.tiers[:, 0] * sure[:, 0, None, None]                    # (Q, 3, N)
    later = (features.tiers[:, 1:] * sure[:, 1:, None, None]).max(axis=1, initial=0.0)
    columns = [features.dense, features.lexical, (features.lexical_rank > 0).astype(float),
               *first.transpose(1, 0, 2), *later.transpose(1, 0, 2),
               np.repeat(features.words[:, None], n, axis=1).astype(float)]
    return np.stack([c.reshape(q * n) for c in columns], axis=1)


def cross_validate_ltr(features: Features, folds_by_repeat: list[np.ndarray], ndcg) -> np.ndarray:
    """(repeats, Q) test-fold nDCG@10, training LambdaMART on the other folds."""
    from lightgbm import LGBMRanker

    q, n = features.dense.shape
    matrix, labels = ltr_matrix(features), features.grades.reshape(q * n).astype(int)
    out = np.zeros((len(folds_by_repeat), q))
    for repeat, folds in enumerate(folds_by_repeat):
        for fold in np.unique(folds):
            train, test = np.flatnonzero(folds != fold), np.flatnonzero(folds == fold)
            rows = (train[:, None] * n + np.arange(n)[None, :]).reshape(-1)
            model = LGBMRanker(objective="lambdarank", n_estimators=150, num_leaves=15, learning_rate=0.05,
                               min_child_samples=20, lambdarank_truncation_level=20, verbose=-1,
                               random_state=repeat, n_jobs=1)
            model.fit(matrix[rows], labels[rows], group=[n] * len(train), eval_at=[10])
            test_rows = (test[:, None] * n + np.arange(n)[None, :]).reshape(-1)
            predicted = model.predict(matrix[test_rows]).reshape(len(test), n)
            out[repeat, test] = ndcg(features.subset(test), predicted)
    return out
