"""The score of a profile for a query: fused evidence, taxonomy boost, context penalty.

Every part is computed for an array of positions at once; ``search`` decides which
positions, ``explain`` turns one row into words.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

import numpy as np

from matcher.ann import inner_products
from matcher.config import MatcherConfig
from matcher.filters import PARTIAL, UNKNOWN, Verdict
from matcher.fusion import QueryWeights, convex, query_weights, role_scale, rrf, word_count
from matcher.index import ProfileIndex
from matcher.taxonomy import load_taxonomy

__all__ = ["QueryEvidence", "Scores", "score_positions", "score_top"]

# Profiles with a taxonomy boost are scored in full while there are few of them; past this
# many, a tier (exact role, related role, same department) is cheaper to bound than to score.
_BOOSTED_CANDIDATE_LIMIT = 3000
_EVEN = QueryWeights(0.5, 0.5, 1.0)


@dataclass(frozen=True)
class QueryEvidence:
    text: str
    vector: np.ndarray
    terms: list[str]
    lexical: np.ndarray          # BM25 per position
    roles: tuple[str, ...]       # taxonomy role ids the query asks for
    exact: np.ndarray            # per position: holds one of those roles
    related: np.ndarray          # holds a closely related role
    department: np.ndarray       # holds a role in the same department
    always_candidates: np.ndarray
    tiers_scored: int            # how many boost tiers, best first, are always candidates
    preferred_max_rate: float | None = None
    # How much of each tier's boost a position gets (0-1): the best ``fusion.role_scale`` of the
    # roles that put it in the tier (how sure the reading of the role is, first role or later).
    scales: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    weights: QueryWeights = _EVEN  # this query's fusion weights (``fusion.query_weights``)

    @classmethod
    def build(cls, index: ProfileIndex, text: str, vector: np.ndarray, terms: list[str], lexical: np.ndarray,
              roles: tuple[str, ...],
              preferred_max_rate: float | None = None,
              confidences: tuple[float, ...] | None = None, roles_given: bool = False,
              roles_alike: bool = False) -> QueryEvidence:
        """``confidences``: how sure the reading of each role is (default: sure). ``roles_given``:
        the roles come with the query (a crew sheet's need, read by the brief parser), not read from
        its words, so its length says nothing about how far they can be trusted: the shortest
        queries' band applies. ``roles_alike``: the roles are equal alternatives (``Query.roles_alike``),
        so none is a later role."""
        n, config = index.capacity, index.config
        roles = tuple(roles)
        confidences = tuple(confidences) if confidences is not None else (1.0,) * len(roles)
        exact, related, department = (np.zeros(n, dtype=bool) for _ in range(3))
        scales = tuple(np.zeros(n, dtype=np.float32) for _ in range(3))
        if roles:
            taxonomy = load_taxonomy()
            # Roles of one scale are marked together (a partners gap's dozen alike roles in one pass):
            # each tier keeps the highest scale that reached a position, whatever the order.
            by_scale: dict[float, list[str]] = {}
            for order, (role, confidence) in enumerate(zip(roles, confidences, strict=True)):
                by_scale.setdefault(role_scale(config, confidence, 0 if roles_alike else order), []).append(role)
            department_scale: dict[str, float] = {}  # departments already marked, at the best scale so far
            for scale, members in by_scale.items():
                others = {r for role in members for r in taxonomy.roles[role].related} - set(roles)
                homes = [h for h in dict.fromkeys(taxonomy.roles[role].department for role in members)
                         if department_scale.get(h, -1.0) < scale]  # else marking it again changes nothing
                department_scale.update(dict.fromkeys(homes, scale))
                tiers = [(exact, scales[0], index.positions_with_roles(members)),
                         (related, scales[1], index.positions_with_roles(others))]
                if homes:
                    tiers.append((department, scales[2], index.positions_in_departments(homes)))
                for flags, tier_scale, positions in tiers:
                    flags[positions] = True
                    # One scalar per role: a gather-max-scatter gives what np.maximum.at gives (a
                    # repeated position gets the same value twice) at a fraction of its cost.
                    tier_scale[positions] = np.maximum(tier_scale[positions], scale)
        always, tiers_scored = np.zeros(n, dtype=bool), 0
        for tier in (exact, related, department):
            widened = always | tier
            if int(widened.sum()) > _BOOSTED_CANDIDATE_LIMIT:
                break
            always, tiers_scored = widened, tiers_scored + 1
        # A crew sheet's need is its role's label plus the brief's own words for it (kit, software,
        # style): a title with attributes, weighted as the shortest queries are, at full boost.
        weights = query_weights(config, 0 if roles_given else word_count(text))
        if roles_given:
            weights = replace(weights, boost_scale=1.0)
        return cls(text, vector, terms, lexical, roles, exact, related,
                   department, always, tiers_scored, preferred_max_rate, scales,  # type: ignore[arg-type]
                   weights)

    @functools.cached_property
    def lexical_hits(self) -> np.ndarray:
        """Positions with a BM25 score above 0, found when first read (a search of few passing
        profiles, such as the partners mode's holders of a role, never reads them)."""
        return np.flatnonzero(self.lexical)

    def boosts(self, positions: np.ndarray | slice, config: MatcherConfig) -> np.ndarray:
        exact = self.exact[positions]
        if not config.use_taxonomy or not self.roles or self.scales is None:
            return np.zeros(exact.shape)
        exact_scale, related_scale, department_scale = (scale[positions] for scale in self.scales)
        best = np.maximum(config.exact_role_boost * exact_scale,
                          np.maximum(config.related_role_boost * related_scale,
                                     config.same_department_boost * department_scale))
        return self.weights.boost_scale * best.astype(np.float64)

    def unscored_tiers(self, config: MatcherConfig) -> list[tuple[np.ndarray, float]]:
        """Boost tiers too large to score in full, with the most boost any of their profiles can
        get: ``search`` takes each one's own dense top-N and bounds the rest of it separately."""
        if not config.use_taxonomy or not self.roles or self.scales is None:
            return []
        boosts = (config.exact_role_boost, config.related_role_boost, config.same_department_boost)
        tiers = [(tier, self.weights.boost_scale * boost * float(scale.max(initial=0.0)))
                 for tier, boost, scale in zip((self.exact, self.related, self.department), boosts, self.scales,
                                               strict=True)]
        return tiers[self.tiers_scored:]


@dataclass(frozen=True)
class Scores:
    positions: np.ndarray
    final: np.ndarray
    dense: np.ndarray
    lexical: np.ndarray            # raw BM25
    lexical_normalised: np.ndarray
    boost: np.ndarray
    penalty: np.ndarray

    def top(self, k: int, lexical_only: bool = False) -> Scores:
        keep = np.arange(len(self.positions))
        if lexical_only:  # with no dense evidence, a profile sharing no word is no match
            keep = keep[(self.lexical[keep] > 0) | (self.boost[keep] > 0)]
        if len(keep) > 4 * k:  # narrow to the k best (and ties) before sorting
            kth = np.partition(self.final[keep], len(keep) - k)[len(keep) - k]
            keep = keep[self.final[keep] >= kth]
        order = keep[np.lexsort((self.positions[keep], -self.final[keep]))][:k]
        return Scores(*(getattr(self, name)[order] for name in self.__dataclass_fields__))


def score_positions(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict,
                    positions: np.ndarray, lexical_max: float, dense_list: np.ndarray,
                    lexical_list: np.ndarray, config: MatcherConfig,
                    dense: np.ndarray | None = None) -> Scores:
    """``dense``: the cosine of each position when already known (an exhaustive scan)."""
    parts = _evidence_parts(index, evidence, positions, lexical_max, dense_list, lexical_list, config, dense)
    return _with_penalties(index, evidence, verdict, parts, config)


def score_top(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict, positions: np.ndarray,
              mask: np.ndarray, lexical_max: float, dense_list: np.ndarray, lexical_list: np.ndarray,
              config: MatcherConfig, dense: np.ndarray | None, k: int, lexical_only: bool) -> Scores:
    """The top-k among ``positions[mask]`` of ``score_positions``, exactly, with the context
    penalties (distance, diary, rate) worked out only where they can change the top: they
    are never positive, so a profile whose score before them is below the k-th score after
    them cannot enter."""
    whole = len(positions) == index.capacity  # every position, in order: read arrays as views
    parts = _evidence_parts(index, evidence, positions, lexical_max, dense_list, lexical_list, config, dense,
                            slice(0, index.capacity) if whole else positions)
    upper = np.where(mask, parts[4] + parts[5], -np.inf)
    shortlist_size = max(64 * k, 2048)
    if int(mask.sum()) > 2 * shortlist_size:
        shortlist, rest_bound = _shortlist(upper, shortlist_size)
        top = _with_penalties(index, evidence, verdict, [part[shortlist] for part in parts], config)
        top = top.top(k, lexical_only)
        # Everything left out scores below ``rest_bound`` before its penalties, so below the k-th
        # after them, ties included (``rest_bound`` is strict or the best left out).
        if len(top.positions) >= k and top.final[k - 1] > rest_bound:
            return top
    passing = np.flatnonzero(mask)
    return _with_penalties(index, evidence, verdict, [part[passing] for part in parts], config).top(k, lexical_only)


def _shortlist(upper: np.ndarray, size: int) -> tuple[np.ndarray, float]:
    """About ``size`` positions with the highest ``upper``, and a bound no position left out
    reaches: everything at or above a threshold read from an even sample of ``upper`` (a
    comparison and a sort of the sample, against a selection over every position), or, when
    ties make that far too many, the exact ``size`` best and the best left out."""
    step = max(1, len(upper) // (8 * size))
    sample = upper[::step]
    rank = min(len(sample) - 1, size // step)
    threshold = float(np.partition(sample, len(sample) - 1 - rank)[len(sample) - 1 - rank])
    if threshold > -np.inf:
        shortlist = np.flatnonzero(upper >= threshold)
        if len(shortlist) <= 4 * size:
            return shortlist, np.nextafter(threshold, -np.inf)
    order = np.argpartition(-upper, size)
    return order[:size], float(upper[order[size]])


def _evidence_parts(index: ProfileIndex, evidence: QueryEvidence, positions: np.ndarray, lexical_max: float,
                    dense_list: np.ndarray, lexical_list: np.ndarray, config: MatcherConfig,
                    dense: np.ndarray | None, rows: np.ndarray | slice | None = None) -> list[np.ndarray]:
    """(positions, dense, lexical, normalised lexical, fused, taxonomy boost); ``rows`` reads
    the per-position arrays (a slice when ``positions`` is all of them)."""
    rows = positions if rows is None else rows
    if dense is None:
        dense = inner_products(index.vectors[positions], evidence.vector) if config.use_dense \
            else np.zeros(len(positions), dtype=np.float32)
    lexical = evidence.lexical[rows]
    lexical_normalised = lexical / lexical_max
    if config.fusion == "rrf":
        fused = rrf(_ranks(positions, dense_list), _ranks(positions, lexical_list, lexical), evidence.weights,
                    config.rrf_k)
    else:
        fused = convex(dense, lexical_normalised, evidence.weights)
    return [positions, dense, lexical, lexical_normalised, fused, evidence.boosts(rows, config)]


def _with_penalties(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict, parts: list[np.ndarray],
                    config: MatcherConfig) -> Scores:
    positions, dense, lexical, lexical_normalised, fused, boost = parts
    penalty = _context_penalty(index, verdict, positions, config)
    penalty -= _rate_penalty(index, evidence.preferred_max_rate, positions, config)
    return Scores(positions, fused + boost + penalty, dense, lexical, lexical_normalised, boost, penalty)


def _ranks(positions: np.ndarray, ranked_list: np.ndarray, by: np.ndarray | None = None) -> np.ndarray:
    """1-based rank of each position in a candidate list (0 when absent)."""
    if by is not None and len(ranked_list):
        ranked_list = ranked_list[np.argsort(-by[np.searchsorted(positions, ranked_list)])]
    size = int(max(positions.max(initial=-1), ranked_list.max(initial=-1))) + 1
    rank_of = np.zeros(size, dtype=np.int64)
    rank_of[ranked_list] = np.arange(1, len(ranked_list) + 1)
    ranks: np.ndarray = rank_of[positions]
    return ranks


def _rate_penalty(index: ProfileIndex, cap: float | None, positions: np.ndarray,
                  config: MatcherConfig) -> np.ndarray:
    """How far a profile's lowest day rate is above a preferred cap, as a share of the cap."""
    if cap is None or not config.use_context:
        return np.zeros(len(positions))
    rate = index.columns.rate_min[positions]
    over = np.clip((rate - cap) / max(cap, 1.0), 0.0, 1.0)
    return np.where(np.isnan(rate), config.unknown_fact_penalty, config.over_rate_penalty * over)


def _context_penalty(index: ProfileIndex, verdict: Verdict, positions: np.ndarray,
                     config: MatcherConfig) -> np.ndarray:
    """Never positive, so it cannot lift a profile past the exactness bound."""
    penalty = np.zeros(len(positions))
    if not config.use_context:
        return penalty
    if verdict.distance_km is not None:
        distance = verdict.distance_km[positions]
        travel = index.columns.travel_radius[positions]
        far = np.minimum(distance / config.distance_scale_km, 1.0)
        beyond = (distance > travel).astype(float)  # NaN compares False
        penalty -= np.where(np.isnan(distance), config.unknown_location_penalty,
                            config.distance_penalty * far + config.beyond_travel_radius_penalty * beyond)
    if verdict.availability is not None:
        codes = verdict.availability[positions]
        penalty -= np.select([codes == UNKNOWN, codes == PARTIAL],
                             [config.unknown_availability_penalty, config.partial_availability_penalty], 0.0)
    filters = verdict.filters
    if filters.max_rate is not None:
        penalty -= config.unknown_fact_penalty * np.isnan(index.columns.rate_min[positions])
    if filters.sectors:
        penalty -= config.unknown_fact_penalty * ~index.columns.has_sectors[positions]
    return penalty
