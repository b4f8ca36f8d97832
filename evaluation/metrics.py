"""Metrics, computed by ranx (not by hand): nDCG@10, recall@100, MRR@10 and MAP@100, overall
and by mode, plus the crew sheet's need coverage.

ranx counts a grade >= 1 as relevant and uses the grade as the gain of nDCG (trec_eval's
``ndcg_cut``), so its numbers equal ir-measures'/trec_eval's; the tests check both. Only
judged queries are evaluated; a judged query with an empty ranking scores 0 (trec_eval
would skip it, which flatters a system that returns nothing).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import numpy as np
from ranx import Qrels, Run
from ranx import evaluate as ranx_evaluate

from evaluation.datasets import EvalQuery
from evaluation.judgements import Judged

__all__ = ["COVERAGE_GRADE", "METRICS", "evaluate", "need_coverage", "per_query", "ranx_qrels",
           "ranx_run", "summarise"]

METRICS = ("ndcg@10", "recall@100", "mrr@10", "map@100")
COVERAGE_GRADE = 2  # a "right match" for a need


def ranx_qrels(grades: dict[str, dict[str, int]]) -> Qrels:
    return Qrels({q: dict(g) for q, g in grades.items()})


def ranx_run(rankings: dict[str, list[str]], query_ids: Iterable[str], name: str = "run") -> Run:
    """The judged queries' rankings, with rank-derived scores (ranx orders by score)."""
    run = {}
    for query_id in query_ids:
        ids = rankings.get(query_id, [])
        run[query_id] = {doc: float(len(ids) - rank) for rank, doc in enumerate(ids)}
    return Run(run, name=name)


def per_query(rankings: dict[str, list[str]], grades: dict[str, dict[str, int]],
              metrics: Iterable[str] = METRICS) -> dict[str, dict[str, float]]:
    """metric -> query id -> value, for every judged query."""
    metrics = list(metrics)
    query_ids = sorted(grades)
    if not query_ids:
        return {m: {} for m in metrics}
    if not any(rankings.get(q) for q in query_ids):  # ranx cannot hold an all-empty run
        return {m: dict.fromkeys(query_ids, 0.0) for m in metrics}
    qrels, run = ranx_qrels({q: grades[q] for q in query_ids}), ranx_run(rankings, query_ids)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # numba's uint64 -> int64 cast notice inside ranx
        ranx_evaluate(qrels, run, metrics, return_mean=False, save_results_in_run=True)
    return {m: {q: float(run.scores[m][q]) for q in query_ids} for m in metrics}


def evaluate(rankings: dict[str, list[str]], grades: dict[str, dict[str, int]],
             metrics: Iterable[str] = METRICS) -> dict[str, float]:
    """Mean of each metric over the judged queries."""
    values = per_query(rankings, grades, metrics)
    return {m: float(np.mean(list(v.values()))) if v else 0.0 for m, v in values.items()}


def need_coverage(rankings: dict[str, list[str]], judged: Judged, k: int = 10,
                  grade: int = COVERAGE_GRADE) -> dict[str, object] | None:
    """Share of each brief's expected needs with a right match (grade >= 2 for that need) in
    the first ``k`` of its flattened crew sheet; None when no brief has need-level qrels.
    ``ceiling`` is the best mean any ranking could reach: a need no profile meets stays uncovered."""
    by_brief, ceiling, meetable, met = {}, [], 0, 0
    for brief_id, expected in judged.expected_needs.items():
        top = rankings.get(brief_id, [])[:k]
        grades = judged.needs.get(brief_id, {})
        covered = [n for n in expected if any(grades.get(n, {}).get(doc, 0) >= grade for doc in top)]
        by_brief[brief_id] = len(covered) / len(expected)
        # A need no profile in the corpus meets (judged >= grade) no ranking can cover.
        can = [n for n in expected if any(g >= grade for g in grades.get(n, {}).values())]
        meetable, met = meetable + len(can), met + len([n for n in covered if n in can])
        ceiling.append(len(can) / len(expected))
    if not by_brief:
        return None
    return {"overall": float(np.mean(list(by_brief.values()))), "by_brief": by_brief,
            "ceiling": float(np.mean(ceiling)), "meetable_needs": meetable,
            "over_meetable_needs": met / meetable if meetable else 0.0}


def summarise(rankings: dict[str, list[str]], queries: list[EvalQuery], judged: Judged) -> dict:
    """The evaluation's JSON: overall, by mode, number of queries, need coverage."""
    judged_queries = [q for q in queries if q.id in judged.queries]
    out: dict[str, object] = {
        "overall": evaluate(rankings, judged.queries),
        "by_mode": {},
        "queries": len(judged_queries),
    }
    for mode in dict.fromkeys(q.mode for q in judged_queries):
        ids = {q.id for q in judged_queries if q.mode == mode}
        out["by_mode"][mode] = evaluate(rankings, {q: g for q, g in judged.queries.items() if q in ids})
        out["by_mode"][mode]["queries"] = len(ids)
    coverage = need_coverage(rankings, judged)
    if coverage is not None:
        out["need_coverage@10"] = coverage
    return out
