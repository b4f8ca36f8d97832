"""The one ranking path: a query and filters in, the exact top-k out, explained.

Candidates come from faiss (dense, pre-filtered) and bm25s (lexical, masked), plus every
profile holding a role the query names. The fused score of a profile does not depend on the
candidate set (see ``fusion``), taxonomy boosts reach only profiles that are always
candidates, and context adjustments are never positive, so once the k-th best candidate
beats the best score a non-candidate could reach, the top-k is exact. Otherwise the depth
grows until it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from matcher.ann import inner_products
from matcher.ann.base import inner_products_at
from matcher.config import MatcherConfig
from matcher.explain import Match, explain
from matcher.filters import Filters, Memo, Verdict, evaluate
from matcher.fusion import query_roles
from matcher.index import ProfileIndex
from matcher.lexical import analyse
from matcher.scoring import QueryEvidence, Scores, score_top
from matcher.within_reach import top_within_reach

__all__ = ["Query", "search", "search_many"]


@dataclass(frozen=True)
class Query:
    text: str
    filters: Filters = field(default_factory=Filters)
    top_k: int = 10
    # Taxonomy role ids the query asks for; None reads them from the text.
    roles: tuple[str, ...] | None = None
    # How sure the reading of each of ``roles`` is (0-1, as ``taxonomy.Mention.confidence``);
    # None: sure. The taxonomy boost scales with it (``fusion.role_scale``).
    role_confidence: tuple[float, ...] | None = None
    # A day-rate cap that ranks rather than filters (a brief's "max £250/day": producers still
    # want to see the DoP at £300); Filters.max_rate is the hard version.
    preferred_max_rate: float | None = None
    # Only profiles holding one of ``roles`` may be returned (a hard filter): the partners mode
    # keeps real holders of a gap only, and then scores only them.
    holders_only: bool = False
    # ``roles`` are alternatives of equal standing (a partners gap's capability: any of its roles
    # fills it, listed in data order), not mentions in the order a request names them: each gets
    # the first role's boost instead of ``config.later_role_scale``.
    roles_alike: bool = False


def search(index: ProfileIndex, query: Query) -> list[Match]:
    return search_many(index, [query])[0]


def search_many(index: ProfileIndex, queries: list[Query], vectors: np.ndarray | None = None) -> list[list[Match]]:
    """Several queries share one encoder call: a brief's needs are ranked together. ``vectors``:
    the queries' encodings when the caller already has them (one row per query; texts fixed in
    advance, such as the partners mode's gap queries, are encoded once)."""
    if vectors is None:
        vectors = index.encoder.encode_queries([q.text for q in queries]) if index.config.use_dense \
            else np.zeros((len(queries), index.encoder.dim), dtype=np.float32)
    # What the queries of one call share: their vectors (and one scan of the index for all of
    # them), verdicts, distances and diaries per filters, point and dates.
    memo: Memo = {"vectors": vectors}
    return [_search_one(index, query, row, memo) for row, query in enumerate(queries)]


def _search_one(index: ProfileIndex, query: Query, row: int, memo: Memo) -> list[Match]:
    """``row``: this query's row in ``memo["vectors"]``."""
    config = index.config
    evidence = _evidence(index, query, memo["vectors"][row])
    excluded = [index.positions[i] for i in query.filters.exclude_ids if i in index.positions]
    verdict = evaluate(index.columns, query.filters, excluded, memo)
    mask = verdict.passing(query.filters.include_unknown)[: index.capacity]
    if query.holders_only and evidence.roles:
        mask = mask & evidence.exact[: index.capacity]
    if not mask.any():
        return []
    scores = _top_in_mask(index, evidence, verdict, mask, query.top_k, config, memo, row)
    return [explain(index, evidence, verdict, scores, row, rank)
            for rank, row in enumerate(range(len(scores.positions)), start=1)]


def _evidence(index: ProfileIndex, query: Query, vector: np.ndarray) -> QueryEvidence:
    config = index.config
    terms = analyse([query.text])[0] if config.use_lexical else []
    roles: tuple[str, ...] = ()
    confidences: tuple[float, ...] | None = None
    if config.use_taxonomy and query.roles is not None:
        roles, confidences = query.roles, query.role_confidence
    elif config.use_taxonomy:
        read = query_roles(query.text)
        roles, confidences = tuple(r for r, _ in read), tuple(c for _, c in read)
    lexical = index.lexical.scores(terms, index.capacity) if terms else \
        np.zeros(index.capacity, dtype=np.float32)
    return QueryEvidence.build(index, query.text, vector, terms, lexical, roles, query.preferred_max_rate,
                               confidences, roles_given=query.roles is not None,
                               roles_alike=query.roles_alike)


def _top_in_mask(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict,
                 mask: np.ndarray, k: int, config: MatcherConfig, memo: Memo, row: int) -> Scores:
    passing = int(mask.sum())
    # The best BM25 among passing profiles (BM25 is never negative, so zeroing the others is their
    # masked max; numpy's max with ``where=`` costs several times more).
    lexical_max = float(np.max(np.multiply(evidence.lexical, mask), initial=0.0)) or 1.0
    if index.dense.exact and passing <= config.exhaustive_limit:
        return _every_passing(index, evidence, verdict, mask, k, lexical_max, config, memo, row)
    return _from_candidates(index, evidence, verdict, mask, k, lexical_max, passing, config)


def _every_passing(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict, mask: np.ndarray,
                   k: int, lexical_max: float, config: MatcherConfig, memo: Memo, row: int) -> Scores:
    """Exact by construction: one scan gives every profile's cosine (one scan for all the
    queries of a ``search_many`` call), and the scores are worked on whole arrays."""
    few = int(mask.sum()) * 2 <= index.capacity
    if not few and _within_reach_applies(config, memo):
        within = top_within_reach(index, evidence, verdict, mask, k, lexical_max, config)
        if within is not None:
            return within
    # Found once, used twice (not needed when many pass and the fusion is not by ranks).
    passing = np.flatnonzero(mask) if few or config.fusion == "rrf" else np.zeros(0, dtype=np.int64)
    dense = np.zeros(index.capacity, dtype=np.float32)
    if config.use_dense:
        dense = _all_cosines(index, memo, row, passing if few else None)
    dense_list = lexical_list = np.zeros(0, dtype=np.int64)
    if config.fusion == "rrf":  # ranks within everything that passes
        dense_list = passing[np.argsort(-dense[passing], kind="stable")]
        hits = passing[evidence.lexical[passing] > 0]
        lexical_list = hits[np.argsort(-evidence.lexical[hits], kind="stable")]
    if config.fusion != "rrf" and few:  # few pass: score only them
        return score_top(index, evidence, verdict, passing, np.ones(len(passing), dtype=bool), lexical_max,
                         dense_list, lexical_list, config, dense[passing], k, lexical_only=not config.use_dense)
    return score_top(index, evidence, verdict, np.arange(index.capacity), mask, lexical_max, dense_list, lexical_list,
                     config, dense, k, lexical_only=not config.use_dense)


def _within_reach_applies(config: MatcherConfig, memo: Memo) -> bool:
    """A query (one search, or each of a crew sheet's needs) whose call has not scanned every vector
    yet takes its top-k from the profiles within reach (``within_reach``; convex fusion only): the
    same profiles, scores and order as the scan, at a fraction of its arithmetic."""
    return config.fusion != "rrf" and config.use_dense and "cosines" not in memo


def _all_cosines(index: ProfileIndex, memo: Memo, row: int, few: np.ndarray | None) -> np.ndarray:
    """Cosines of every position; where at most half pass (as for holders of a role: ``few``,
    their positions), only theirs are computed, read in place by faiss (others stay 0 and are
    masked out anyway)."""
    vectors = memo["vectors"]
    if "cosines" not in memo and few is not None:
        return inner_products_at(index.vectors, vectors[row], few, index.capacity)
    if len(vectors) == 1:
        return inner_products(index.vectors[: index.capacity], vectors[row])
    if "cosines" not in memo:  # one row per query, contiguous
        memo["cosines"] = np.ascontiguousarray(inner_products(index.vectors[: index.capacity], vectors).T)
    cosines: np.ndarray = memo["cosines"][row]
    return cosines


def _from_candidates(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict, mask: np.ndarray,
                     k: int, lexical_max: float, passing: int, config: MatcherConfig) -> Scores:
    """Candidate lists, widened until no profile outside them could enter the top-k (with an
    approximate index, one pass: exactness was given up for speed)."""
    # One pass gets no second chance, so it starts deeper: near-equal profiles (a crew base
    # of many similar sparks) are then told apart by distance and diary, not left out.
    depth = max(config.candidate_depth if index.dense.exact else config.approximate_depth, 2 * k)
    always = np.flatnonzero(evidence.always_candidates[: index.capacity] & mask)
    tiers = [(tier[: index.capacity] & mask, boost) for tier, boost in evidence.unscored_tiers(config)]
    if not index.dense.exact:  # one pass: the exact role's own top-N is worth its search, the rest not
        tiers = tiers[:1] if evidence.tiers_scored == 0 else []
    w_dense, w_lexical = evidence.weights.dense, evidence.weights.lexical
    while True:
        dense_pos, dense_floor = _dense_candidates(index, evidence, mask, depth, config)
        lexical_pos, lexical_floor = _lexical_candidates(evidence, mask, depth, config)
        lexical_part = w_lexical * lexical_floor / lexical_max
        found, bounds = [dense_pos, lexical_pos, always], [w_dense * dense_floor + lexical_part]
        for tier, boost in tiers:  # a large boosted tier: its own dense top-N and its own bound
            tier_pos, tier_floor = _dense_candidates(index, evidence, tier, depth, config)
            found.append(tier_pos)
            bounds.append(w_dense * tier_floor + lexical_part + boost)
        candidates = np.unique(np.concatenate(found))
        top = score_top(index, evidence, verdict, candidates, np.ones(len(candidates), dtype=bool), lexical_max,
                        dense_pos, lexical_pos, config, None, k, lexical_only=not config.use_dense)
        if depth >= passing or config.fusion == "rrf" or not index.dense.exact or (
                len(top.positions) >= k and top.final[k - 1] >= max(bounds)):
            return top
        depth *= 4


def _dense_candidates(index: ProfileIndex, evidence: QueryEvidence, mask: np.ndarray, depth: int,
                      config: MatcherConfig) -> tuple[np.ndarray, float]:
    if not config.use_dense or len(index.dense) == 0 or not mask.any():
        return np.zeros(0, dtype=np.int64), -1.0
    allowed = None if mask.all() else mask
    scores, positions = index.dense.search(evidence.vector[None, :], depth, allowed)
    keep = positions[0] >= 0
    found = positions[0][keep]
    floor = float(scores[0][keep][-1]) if len(found) >= depth else -1.0
    return found.astype(np.int64), floor


def _lexical_candidates(evidence: QueryEvidence, mask: np.ndarray, depth: int,
                        config: MatcherConfig) -> tuple[np.ndarray, float]:
    if not config.use_lexical:
        return np.zeros(0, dtype=np.int64), 0.0
    hits = evidence.lexical_hits[mask[evidence.lexical_hits]]
    if hits.size > depth:
        hits = hits[np.argpartition(-evidence.lexical[hits], depth - 1)[:depth]]
        return hits, float(evidence.lexical[hits].min())
    return hits, 0.0
