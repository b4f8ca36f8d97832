"""Maximal marginal relevance: a ranked list that does not stack near-duplicates at the top.

Greedy (Carbonell and Goldstein, 1998): each next item maximises
``lam * relevance - (1 - lam) * max similarity to the items already chosen`` (and to the
member itself, so near-copies of the member sink too). Relevance (never negative) is divided by the
pool's best first so ``lam`` means the same whatever the scorer's scale. Similarity is the cosine of
the profiles' embeddings (the index's vectors, unit length), so two sound post houses with the
same blurb are near-duplicates and a sound post house and a composer are not.

Embeddings alone do not see what a member asked for: ten camera operators with different blurbs
are not near-duplicates to the encoder, yet a member with eight gaps wants more than its camera gap
filled. With ``aspects`` (an item's value for each gap) an item's relevance is its best gap's value
plus ``other_share`` of the rest, each gap's value multiplied by ``saturation`` once for every item
already chosen for that gap (its best gap when chosen), as in proportional or aspect-coverage
diversification (xQuAD, Santos et al. 2010): the second sound post house is worth a little less
than the first, the fifth much less, and an unfilled gap's best provider rises to meet them.
"""

from __future__ import annotations

import numpy as np

__all__ = ["DEFAULT_LAMBDA", "mmr_order"]

DEFAULT_LAMBDA = 0.75


def mmr_order(relevance: np.ndarray, vectors: np.ndarray, k: int, *, lam: float = DEFAULT_LAMBDA,
              avoid: np.ndarray | None = None, aspects: np.ndarray | None = None, saturation: float = 1.0,
              other_share: float = 0.0) -> list[int]:
    """Indexes into ``relevance`` (one per pooled item), in MMR order, at most ``k``.

    ``vectors``: one unit row per item; ``avoid``: unit rows the list should not resemble (the
    member), counted like an already chosen item. ``lam=1`` is plain relevance order.
    ``aspects``: items x aspects (>= 0); when given, relevance is recomputed at every step from it
    (best aspect + ``other_share`` x the rest), each aspect's column discounted by ``saturation`` per
    item already chosen for it; ``relevance`` is then unused but for its length."""
    n = len(relevance)
    if n == 0 or k <= 0:
        return []
    if aspects is not None:
        aspects = np.maximum(np.asarray(aspects, dtype=np.float64), 0.0)
        if aspects.shape[0] != n:
            raise ValueError(f"aspects has {aspects.shape[0]} rows for {n} items")
    chosen_per_aspect = np.zeros(aspects.shape[1] if aspects is not None else 0)
    scale = _aspect_relevance(aspects, chosen_per_aspect, saturation, other_share).max() if aspects is not None \
        else float(np.maximum(np.asarray(relevance, dtype=np.float64), 0.0).max())
    vectors = np.asarray(vectors, dtype=np.float32)
    closest = np.full(n, -1.0)  # highest similarity to anything chosen (or avoided) so far
    if avoid is not None and len(avoid):
        closest = np.maximum(closest, (vectors @ np.asarray(avoid, dtype=np.float32).T).max(axis=1))
    chosen: list[int] = []
    free = np.ones(n, dtype=bool)
    for _ in range(min(k, n)):
        rel = (_aspect_relevance(aspects, chosen_per_aspect, saturation, other_share) if aspects is not None
               else np.maximum(np.asarray(relevance, dtype=np.float64), 0.0))
        rel = rel / scale if scale > 0 else np.ones(n)
        gain = lam * rel - (1 - lam) * np.maximum(closest, 0.0)
        gain[~free] = -np.inf
        best = int(np.argmax(gain))
        chosen.append(best)
        free[best] = False
        closest = np.maximum(closest, vectors @ vectors[best])
        if aspects is not None and aspects[best].max() > 0:
            chosen_per_aspect[int(np.argmax(aspects[best] * saturation ** chosen_per_aspect))] += 1
    return chosen


def _aspect_relevance(aspects: np.ndarray, chosen: np.ndarray, saturation: float, other_share: float) -> np.ndarray:
    values: np.ndarray = aspects * saturation ** chosen[None, :]
    best: np.ndarray = values.max(axis=1)
    return np.asarray(best + other_share * (values.sum(axis=1) - best), dtype=np.float64)
