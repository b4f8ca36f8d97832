"""Metrics on the hand-checked set: the numbers computed by hand below, ranx's (what the harness
uses) and ir-measures' (trec_eval's) must all agree on the same fixed run."""

from __future__ import annotations

from math import log2
from pathlib import Path

import ir_measures
import pytest
from ir_measures import AP, RR, R, nDCG

from evaluation.datasets import read_qrels, read_queries
from evaluation.judgements import judge
from evaluation.metrics import evaluate, need_coverage, per_query, summarise
from evaluation.runner import read_trec, write_trec

SMALL = Path(__file__).parents[1] / "data" / "eval_small"

# run.trec, by hand. Grades: s1 steadicam 3, focus 1; s2 sound 3 (spark 0); b1 (best over its
# needs) gaffer 3, lights 1, spark-stoke 3, spark-derby 2. Gain = grade, discount log2(rank + 1).
# s1 ranks focus(1), editor(0), steadicam(3):
S1 = {"ndcg@10": (1 + 3 / log2(4)) / (3 + 1 / log2(3)), "recall@100": 2 / 2, "mrr@10": 1 / 1,
      "map@100": (1 / 1 + 2 / 3) / 2}
# s2 ranks spark(0), sound(3):
S2 = {"ndcg@10": (3 / log2(3)) / 3, "recall@100": 1 / 1, "mrr@10": 1 / 2, "map@100": (1 / 2) / 1}
# b1 ranks gaffer(3), lights(1), editor(0), focus(0); ideal 3, 3, 2, 1; four relevant:
B1 = {"ndcg@10": (3 + 1 / log2(3)) / (3 + 3 / log2(3) + 2 / log2(4) + 1 / log2(5)),
      "recall@100": 2 / 4, "mrr@10": 1 / 1, "map@100": (1 / 1 + 2 / 2) / 4}
# s3 is not judged: left out of every mean. Need coverage: need 1 (gaffer, grade 3) is in b1's
# first ten, neither spark is: 1 of 2.
BY_HAND = {m: (S1[m] + S2[m] + B1[m]) / 3 for m in S1}
MEASURES = {"ndcg@10": nDCG @ 10, "recall@100": R @ 100, "mrr@10": RR @ 10, "map@100": AP @ 100}


@pytest.fixture(scope="module")
def small():
    queries = read_queries(SMALL / "queries.jsonl")
    judged = judge(queries, read_qrels(SMALL / "qrels.tsv", queries))
    return queries, judged, read_trec(SMALL / "run.trec")


def test_the_hand_computed_numbers_are_what_the_harness_reports(small):
    queries, judged, run = small
    summary = summarise(run, queries, judged)
    assert summary["queries"] == 3
    assert summary["overall"] == pytest.approx(BY_HAND, abs=1e-12)
    assert summary["by_mode"]["search"] == pytest.approx({**{m: (S1[m] + S2[m]) / 2 for m in S1}, "queries": 2})
    assert summary["by_mode"]["brief"] == pytest.approx({**B1, "queries": 1})
    assert summary["need_coverage@10"] == {"overall": 0.5, "by_brief": {"b1": 0.5}, "ceiling": 1.0,
                                           "meetable_needs": 2, "over_meetable_needs": 0.5}
    assert per_query(run, judged.queries)["ndcg@10"] == pytest.approx({"s1": S1["ndcg@10"], "s2": S2["ndcg@10"],
                                                                       "b1": B1["ndcg@10"]})


def test_ir_measures_agrees_per_query_and_on_the_means(small):
    _, judged, run = small
    qrels = [ir_measures.Qrel(q, d, g) for q, grades in judged.queries.items() for d, g in grades.items()]
    scored = [ir_measures.ScoredDoc(q, d, float(len(ids) - r)) for q, ids in run.items() if q in judged.queries
              for r, d in enumerate(ids)]
    theirs = ir_measures.calc_aggregate(list(MEASURES.values()), qrels, scored)
    assert evaluate(run, judged.queries) == pytest.approx({m: theirs[measure] for m, measure in MEASURES.items()},
                                                          abs=1e-12)
    ours = per_query(run, judged.queries)
    for metric in ir_measures.iter_calc(list(MEASURES.values()), qrels, scored):
        name = next(m for m, measure in MEASURES.items() if measure == metric.measure)
        assert ours[name][metric.query_id] == pytest.approx(metric.value, abs=1e-12)


def test_coverage_needs_a_right_match_not_a_related_one(small):
    _, judged, _ = small
    # Lights (grade 1 for need 1) and the Derby spark (grade 2 for need 2): only need 2 is covered.
    assert need_coverage({"b1": ["co-lights-stoke", "fl-spark-derby"]}, judged)["overall"] == 0.5
    # A right match at rank 11 does not count in the first ten.
    late = ["x"] * 10 + ["fl-gaffer-leek"]
    assert need_coverage({"b1": late}, judged)["overall"] == 0.0


def test_empty_rankings_score_zero_rather_than_being_skipped(small):
    queries, judged, run = small
    nothing = summarise({}, queries, judged)
    assert nothing["overall"] == dict.fromkeys(BY_HAND, 0.0) and nothing["queries"] == 3
    partial = evaluate({**run, "s2": []}, judged.queries)
    assert partial["ndcg@10"] == pytest.approx((S1["ndcg@10"] + B1["ndcg@10"]) / 3)


def test_trec_runs_keep_the_order_with_strictly_falling_scores(tmp_path, small):
    _, _, run = small
    path = tmp_path / "run.trec"
    write_trec(path, run, tag="t")
    assert read_trec(path) == run
    rows = [line.split() for line in path.read_text().splitlines()]
    s1 = [r for r in rows if r[0] == "s1"]
    assert [r[3] for r in s1] == ["1", "2", "3"] and [float(r[4]) for r in s1] == [3.0, 2.0, 1.0]
    assert all(r[1] == "Q0" and r[5] == "t" for r in rows)
