"""The evidence the ranker fuses, per judged query and profile, as arrays for tuning the fusion.

For every search query of a judged split this computes, over every profile of the corpus, what
``matcher.search`` computes before it fuses: the cosine of the query and profile vectors, BM25
over the best BM25, the reciprocal-rank inputs (rank in the dense and the lexical list), and for
each role the query names (``fusion.query_roles``, in order, with the confidence of its
reading) whether the profile holds it, a related role or one in its department. With no filters
the context penalty is zero, so ``score`` below reproduces the product's ranking for any
fusion parameters without running the product again: ``evaluation.tune_fusion`` evaluates
thousands of parameter sets on these arrays and the harness then checks the chosen one end to end.

Briefs are not included: a crew sheet's needs are ranked by the same scoring, and the harness
measures the brief family with the chosen fusion.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from evaluation.breakdown import family_of
from evaluation.datasets import EvalQuery
from matcher.fusion import query_roles, word_count
from matcher.index import ProfileIndex
from matcher.lexical import analyse
from matcher.taxonomy import load_taxonomy

__all__ = ["Features", "Params", "extract", "ndcg_at_10", "score"]


@dataclass
class Features:
    """Q queries x N profiles (M: the most roles any query names)."""

    ids: list[str]
    families: list[str]
    words: np.ndarray        # (Q,) query length in words
    dense: np.ndarray        # (Q, N) cosine
    lexical: np.ndarray      # (Q, N) BM25 / best BM25 of the query
    dense_rank: np.ndarray   # (Q, N) 1-based rank by cosine
    lexical_rank: np.ndarray  # (Q, N) 1-based rank by BM25, 0 without a matching word
    tiers: np.ndarray        # (Q, M, 3, N) holds the m-th role / a related role / one in its department
    confidence: np.ndarray   # (Q, M) confidence of the m-th role's reading; 0 where absent
    grades: np.ndarray       # (Q, N) judged grade, 0 when not listed
    ideal: np.ndarray        # (Q,) ideal DCG@10

    def subset(self, rows: np.ndarray) -> Features:
        return Features([self.ids[i] for i in rows], [self.families[i] for i in rows],
                        *(getattr(self, name)[rows] for name in ("words", "dense", "lexical", "dense_rank",
                                                                 "lexical_rank", "tiers", "confidence",
                                                                 "grades", "ideal")))


@dataclass(frozen=True)
class Params:
    method: str                          # "convex" | "rrf"
    edges: tuple[int, ...]               # band upper bounds in words; the last band takes the rest
    lexical: tuple[float, ...]           # lexical weight per band
    boost_scale: tuple[float, ...]       # taxonomy boost scale per band
    exact: float
    related: float
    department: float
    later: float
    floor: float = 0.6
    rrf_k: int = 60


def extract(index: ProfileIndex, queries: list[EvalQuery], grades: dict[str, dict[str, int]]) -> Features:
    """The arrays for the judged search queries (``grades``: query id -> profile id -> grade)."""
    searches = [q for q in queries if q.mode == "search" and q.id in grades]
    n, taxonomy = index.capacity, load_taxonomy()
    vectors = index.encoder.encode_queries([q.text for q in searches])
    dense = vectors @ index.vectors[:n].T
    roles = [query_roles(q.text) for q in searches]
    width = max((len(r) for r in roles), default=0) or 1
    tiers = np.zeros((len(searches), width, 3, n), dtype=bool)
    confidence = np.zeros((len(searches), width))
    lexical, lexical_rank = np.zeros((len(searches), n)), np.zeros((len(searches), n), dtype=np.int64)
    judged = np.zeros((len(searches), n))
    for row, query in enumerate(searches):
        bm25 = index.lexical.scores(analyse([query.text])[0], n).astype(float)
        lexical[row] = bm25 / (bm25.max() or 1.0)
        hits = np.flatnonzero(bm25 > 0)
        lexical_rank[row, hits[np.argsort(-bm25[hits], kind="stable")]] = np.arange(1, len(hits) + 1)
        named = {role for role, _ in roles[row]}
        for m, (role, sure) in enumerate(roles[row]):
            confidence[row, m] = sure
            tiers[row, m, 0, index.positions_with_roles([role])] = True
            tiers[row, m, 1, index.positions_with_roles(set(taxonomy.roles[role].related) - named)] = True
            tiers[row, m, 2, index.positions_in_departments([taxonomy.roles[role].department])] = True
        for profile, grade in grades[query.id].items():
            judged[row, index.positions[profile]] = grade
    dense_rank = np.empty_like(lexical_rank)
    order = np.argsort(-dense, axis=1, kind="stable")
    np.put_along_axis(dense_rank, order, np.arange(1, n + 1)[None, :].repeat(len(searches), 0), axis=1)
    ideal = np.array([_dcg(np.sort(g)[::-1][:10]) for g in judged])
    return Features([q.id for q in searches], [family_of(q) for q in searches],
                    np.array([word_count(q.text) for q in searches]), dense.astype(float), lexical, dense_rank,
                    lexical_rank, tiers, confidence, judged, ideal)


def _dcg(gains: np.ndarray) -> float:
    return float((gains / np.log2(np.arange(2, len(gains) + 2))).sum())


def score(features: Features, params: Params) -> np.ndarray:
    """(Q, N) scores as ``matcher.scoring`` computes them with these parameters."""
    band = np.searchsorted(np.asarray(params.edges), features.words, side="left")
    lexical_w = np.asarray(params.lexical)[band][:, None]
    scale = np.asarray(params.boost_scale)[band][:, None]
    if params.method == "rrf":
        k = params.rrf_k
        lexical_part = np.where(features.lexical_rank > 0, 1.0 / (k + np.maximum(features.lexical_rank, 1)), 0.0)
        fused = (k + 1) * ((1 - lexical_w) / (k + features.dense_rank) + lexical_w * lexical_part)
    else:
        fused = (1 - lexical_w) * features.dense + lexical_w * features.lexical
    sure = np.clip((features.confidence - params.floor) / (1 - params.floor), 0.0, 1.0)
    sure[:, 1:] *= params.later
    tier_boost = np.asarray([params.exact, params.related, params.department])[None, None, :, None]
    boost = (features.tiers * tier_boost).max(axis=2) * sure[:, :, None]
    return fused + scale * boost.max(axis=1)


def ndcg_at_10(features: Features, scores: np.ndarray) -> np.ndarray:
    """(Q,) nDCG@10 with the grade as gain (trec_eval's ndcg_cut, as ranx computes it); ties
    broken by position, as the product breaks them."""
    order = np.argsort(-scores, axis=1, kind="stable")[:, :10]
    gains = np.take_along_axis(features.grades, order, axis=1)
    dcg = (gains / np.log2(np.arange(2, 12))[None, :]).sum(axis=1)
    return np.divide(dcg, features.ideal, out=np.zeros_like(dcg), where=features.ideal > 0)
