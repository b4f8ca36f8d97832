"""How sure we are: bootstrap confidence intervals of a mean metric, and paired significance
tests of systems against a reference (ranx ``compare``: Fisher's randomisation test by
default, or Student's paired t-test).
"""

from __future__ import annotations

import warnings

import numpy as np
from ranx import compare

from evaluation.metrics import ranx_qrels, ranx_run

__all__ = ["bootstrap_ci", "format_p", "paired_tests", "wins_ties_losses"]


def bootstrap_ci(values: list[float], level: float = 0.95, resamples: int = 2000,
                 seed: int = 20261201) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean over queries."""
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return 0.0, 0.0
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(resamples, data.size))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    return float(np.percentile(means, tail)), float(np.percentile(means, 100 - tail))


def paired_tests(rankings: dict[str, dict[str, list[str]]], grades: dict[str, dict[str, int]],
                 reference: str, metrics: list[str], stat_test: str = "fisher",
                 seed: int = 42) -> dict[str, dict[str, float]]:
    """p-value of each system's difference from ``reference``, per metric (paired over the
    judged queries). Systems with nothing retrieved for every query are skipped (ranx
    cannot hold an empty run)."""
    query_ids = sorted(grades)
    names = [n for n, r in rankings.items() if any(r.get(q) for q in query_ids)]
    if reference not in names or len(names) < 2 or not query_ids:
        return {}
    runs = [ranx_run(rankings[name], query_ids, name=name) for name in names]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = compare(ranx_qrels({q: grades[q] for q in query_ids}), runs, metrics,
                         stat_test=stat_test, max_p=0.05, random_seed=seed)
    table = report.to_dict()
    return {name: {m: float(table[name]["comparisons"][reference][m]) for m in metrics}
            for name in names if name != reference}


def format_p(p: float | None) -> str:
    """A randomisation test with 1000 permutations cannot resolve p below 0.001."""
    if p is None:
        return "—"
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def wins_ties_losses(system: dict[str, float], other: dict[str, float],
                     tolerance: float = 1e-9) -> tuple[int, int, int]:
    """Queries where ``system`` beats, ties or loses to ``other`` on a per-query metric."""
    deltas = [system[q] - other.get(q, 0.0) for q in system]
    return (sum(d > tolerance for d in deltas), sum(abs(d) <= tolerance for d in deltas),
            sum(d < -tolerance for d in deltas))
