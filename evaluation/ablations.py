"""Ablations: the full ranker against its parts and two baselines, on the same judged queries.

Every engine variant is a ``MatcherConfig`` (one index each, built once; encodings shared
through the encoder's cache); TF-IDF is a separate system over the BM25 variant's documents.
Each system is compared with the full ranker by a paired randomisation test, and every mean
gets a 95% bootstrap interval; ``by_group`` splits nDCG@10 by query family and by grade, each
system tested against dense. The targets are checked and reported whether met or not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from evaluation.baselines import TfidfSystem
from evaluation.breakdown import REFERENCE, Breakdown, breakdown
from evaluation.judgements import Judged
from evaluation.metrics import METRICS, per_query, summarise
from evaluation.runner import DEPTH, Prepared, RunResult, Workspace, run_queries
from evaluation.significance import bootstrap_ci, paired_tests, wins_ties_losses
from evaluation.targets import Target, check_targets
from matcher.config import DEFAULT_CONFIG, MatcherConfig

__all__ = ["FULL", "VARIANTS", "AblationResult", "Variant", "run_ablations"]

FULL = "full"


@dataclass(frozen=True)
class Variant:
    name: str
    label: str
    config: MatcherConfig | None  # None: the TF-IDF baseline
    single_baseline: bool = False


_PLAIN = DEFAULT_CONFIG.with_(use_taxonomy=False, use_context=False)
_BM25 = _PLAIN.with_(use_dense=False)
VARIANTS = (
    Variant("bm25", "BM25 only", _BM25, single_baseline=True),
    Variant("tfidf", "TF-IDF (scikit-learn)", None, single_baseline=True),
    Variant("dense", "Dense only", _PLAIN.with_(use_lexical=False), single_baseline=True),
    Variant("hybrid", "Hybrid: dense + BM25", _PLAIN),
    Variant("hybrid+taxonomy", "Hybrid + taxonomy", DEFAULT_CONFIG.with_(use_context=False)),
    Variant(FULL, "Full: + context (distance, availability)", DEFAULT_CONFIG),
    Variant("full-rrf", "Full with RRF fusion", DEFAULT_CONFIG.with_(fusion="rrf")),
    # The full ranker as it was before its fusion was chosen on real language: the demo's hand
    # weights, one band for every query, every role read counted as sure.
    Variant("full-hand", "Full with the earlier hand-set weights", DEFAULT_CONFIG.with_(
        fusion_bands=(), dense_weight=0.55, lexical_weight=0.45, exact_role_boost=0.30,
        related_role_boost=0.12, same_department_boost=0.05, use_confidence=False, later_role_scale=1.0)),
)


@dataclass
class AblationResult:
    variants: list[Variant]
    runs: dict[str, RunResult]
    summaries: dict[str, dict]
    per_query: dict[str, dict[str, dict[str, float]]]      # system -> metric -> query -> value
    intervals: dict[str, dict[str, tuple[float, float]]]   # system -> metric -> (low, high)
    p_values: dict[str, dict[str, float]]                  # system -> metric -> p vs full
    best_baseline: str
    wtl: tuple[int, int, int]                              # full vs best baseline, nDCG@10
    targets: list[Target] = field(default_factory=list)
    stat_test: str = "fisher"
    # nDCG@10 by family and by grade, each system tested against dense (``evaluation.breakdown``).
    by_group: Breakdown | None = None


def run_systems(workspace: Workspace, prepared: list[Prepared], variants=VARIANTS,
                depth: int = DEPTH) -> dict[str, RunResult]:
    runs: dict[str, RunResult] = {}
    for variant in variants:
        if variant.config is None:  # over the BM25 variant's documents: no taxonomy labels
            system = TfidfSystem(workspace.engine(_BM25).index, name=variant.name)
        else:
            system = workspace.system(variant.name, variant.config)
        system.single_baseline = variant.single_baseline  # type: ignore[union-attr]  (modes that rank baselines apart)
        runs[variant.name] = run_queries(system, prepared, depth)
    return runs


def run_ablations(workspace: Workspace, prepared: list[Prepared], judged: Judged,
                  variants=VARIANTS, depth: int = DEPTH, stat_test: str = "fisher") -> AblationResult:
    runs = run_systems(workspace, prepared, variants, depth)
    queries = [p.query for p in prepared]
    summaries = {n: summarise(r.rankings, queries, judged) for n, r in runs.items()}
    values = {n: per_query(r.rankings, judged.queries) for n, r in runs.items()}
    intervals = {n: {m: bootstrap_ci(list(v[m].values())) for m in METRICS} for n, v in values.items()}
    p_values = paired_tests({n: r.rankings for n, r in runs.items()}, judged.queries, FULL,
                            list(METRICS), stat_test=stat_test)
    singles = [v.name for v in variants if v.single_baseline]
    best = max(singles, key=lambda n: summaries[n]["overall"]["ndcg@10"])
    wtl = wins_ties_losses(values[FULL]["ndcg@10"], values[best]["ndcg@10"])
    groups = breakdown({n: r.rankings for n, r in runs.items()}, queries, judged.queries, stat_test) \
        if REFERENCE in runs else None
    return AblationResult(list(variants), runs, summaries, values, intervals, p_values, best, wtl,
                          check_targets(summaries[FULL], summaries[best], best), stat_test, groups)
