"""Maximal marginal relevance: a ranked list that does not stack near-duplicates at the top.

Greedy (Carbonell and Goldstein, 1998): each next item maximises
``lam * relevance - (1 - lam) * max similarity to the items already chosen`` (and to the
member itself, so near-copies of the member sink too). Relevance (never negative) is divided by the
pool's best first so ``lam`` means the same whatever the scorer's scale. Similarity is the cosine of
the profiles' embeddings (the index's vectors, unit length), so two sound post houses with the
same blurb are near-duplicates and a sound post house and a composer are not.
"""

from __future__ import annotations

import numpy as np

__all__ = ["DEFAULT_LAMBDA", "mmr_order"]

DEFAULT_LAMBDA = 0.75


def mmr_order(relevance: np.ndarray, vectors: np.ndarray, k: int, *, lam: float = DEFAULT_LAMBDA,
              avoid: np.ndarray | None = None) -> list[int]:
    """Indexes into ``relevance`` (one per pooled item), in MMR order, at most ``k``.

    ``vectors``: one unit row per item; ``avoid``: unit rows the list should not resemble (the
    member), counted like an already chosen item. ``lam=1`` is plain relevance order."""
    n = len(relevance)
    if n == 0 or k <= 0:
        return []
    rel = np.maximum(np.asarray(relevance, dtype=np.float64), 0.0)
    rel = rel / rel.max() if rel.max() > 0 else np.ones(n)
    vectors = np.asarray(vectors, dtype=np.float32)
    closest = np.full(n, -1.0)  # highest similarity to anything chosen (or avoided) so far
    if avoid is not None and len(avoid):
        closest = np.maximum(closest, (vectors @ np.asarray(avoid, dtype=np.float32).T).max(axis=1))
    chosen: list[int] = []
    free = np.ones(n, dtype=bool)
    for _ in range(min(k, n)):
        gain = lam * rel - (1 - lam) * np.maximum(closest, 0.0)
        gain[~free] = -np.inf
        best = int(np.argmax(gain))
        chosen.append(best)
        free[best] = False
        closest = np.maximum(closest, vectors @ vectors[best])
    return chosen
