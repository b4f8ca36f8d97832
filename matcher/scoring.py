"""The score of a profile for a query: fused evidence, taxonomy boost, context penalty.

Every part is computed for an array of positions at once; ``search`` decides which
positions, ``explain`` turns one row into words.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matcher.config import MatcherConfig
from matcher.filters import PARTIAL, UNKNOWN, Verdict
from matcher.fusion import convex, fusion_weights, rrf
from matcher.index import ProfileIndex
from matcher.taxonomy import load_taxonomy

__all__ = ["QueryEvidence", "Scores", "score_positions"]

# A department this large is cheaper to bound than to score in full.
_DEPARTMENT_CANDIDATE_LIMIT = 5000


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
    departments_are_candidates: bool
    preferred_max_rate: float | None = None

    @classmethod
    def build(cls, index: ProfileIndex, text, vector, terms, lexical, roles,
              preferred_max_rate: float | None = None) -> QueryEvidence:
        n = index.capacity
        exact, related, department = (np.zeros(n, dtype=bool) for _ in range(3))
        if roles:
            taxonomy = load_taxonomy()
            related_ids = {r for role in roles for r in taxonomy.roles[role].related} - set(roles)
            departments = {taxonomy.roles[role].department for role in roles}
            exact[index.positions_with_roles(roles)] = True
            related[index.positions_with_roles(related_ids)] = True
            department[index.positions_in_departments(departments)] = True
        small = int(department.sum()) <= _DEPARTMENT_CANDIDATE_LIMIT
        always = exact | related | (department if small else False)
        return cls(text, vector, terms, lexical, tuple(roles), exact, related, department,
                   always, small, preferred_max_rate)

    def boosts(self, positions: np.ndarray, config: MatcherConfig) -> np.ndarray:
        if not config.use_taxonomy or not self.roles:
            return np.zeros(len(positions))
        return np.maximum.reduce([
            self.exact[positions] * config.exact_role_boost,
            self.related[positions] * config.related_role_boost,
            self.department[positions] * config.same_department_boost,
        ])

    def bound(self, dense_floor: float, lexical_floor: float, config: MatcherConfig) -> float:
        """The best score a profile outside the candidates could reach."""
        w_dense, w_lexical = fusion_weights(config)
        best = w_dense * dense_floor + w_lexical * lexical_floor
        if config.use_taxonomy and self.roles and not self.departments_are_candidates:
            best += config.same_department_boost
        return best


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
        order = keep[np.lexsort((self.positions[keep], -self.final[keep]))][:k]
        return Scores(*(getattr(self, name)[order] for name in self.__dataclass_fields__))


def score_positions(index: ProfileIndex, evidence: QueryEvidence, verdict: Verdict,
                    positions: np.ndarray, lexical_max: float, dense_list: np.ndarray,
                    lexical_list: np.ndarray, config: MatcherConfig) -> Scores:
    dense = index.vectors[positions] @ evidence.vector if config.use_dense \
        else np.zeros(len(positions), dtype=np.float32)
    lexical = evidence.lexical[positions]
    lexical_normalised = lexical / lexical_max
    if config.fusion == "rrf":
        fused = rrf(_ranks(positions, dense_list), _ranks(positions, lexical_list, lexical), config)
    else:
        fused = convex(dense, lexical_normalised, config)
    boost = evidence.boosts(positions, config)
    penalty = _context_penalty(index, verdict, positions, config)
    penalty -= _rate_penalty(index, evidence.preferred_max_rate, positions, config)
    final = fused + boost + penalty
    return Scores(positions, final, dense, lexical, lexical_normalised, boost, penalty)


def _ranks(positions: np.ndarray, ranked_list: np.ndarray, by: np.ndarray | None = None) -> np.ndarray:
    """1-based rank of each position in a candidate list (0 when absent)."""
    if by is not None and len(ranked_list):
        ranked_list = ranked_list[np.argsort(-by[np.searchsorted(positions, ranked_list)])]
    rank_of = {int(p): r for r, p in enumerate(ranked_list.tolist(), start=1)}
    return np.array([rank_of.get(int(p), 0) for p in positions], dtype=np.int64)


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
