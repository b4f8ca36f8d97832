"""The harness end to end on the small set: a fresh index, every query through the same engine
calls the API makes, the TF-IDF baseline on the same queries, the ablations and their report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import ir_measures
import pytest
from ir_measures import nDCG

from evaluation.ablations import VARIANTS, run_ablations
from evaluation.baselines import TfidfSystem
from evaluation.datasets import read_qrels, read_queries
from evaluation.harness import evaluate_files
from evaluation.judgements import judge
from evaluation.metrics import METRICS
from evaluation.modes import MODES, Mode, register_mode, shortlist_size_for
from evaluation.report import ReportContext, write_report
from evaluation.runner import Workspace, load_corpus, prepare_queries, run_queries
from matcher.briefs.sheet import flatten, round_robin
from matcher.search import Query

SMALL = Path(__file__).parents[1] / "data" / "eval_small"
TODAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def workspace(encoder):
    with Workspace(load_corpus(SMALL / "corpus.jsonl"), encoder=encoder) as ws:
        yield ws


@pytest.fixture(scope="module")
def prepared():
    return prepare_queries(read_queries(SMALL / "queries.jsonl"), TODAY)


@pytest.fixture(scope="module")
def judged():
    queries = read_queries(SMALL / "queries.jsonl")
    return judge(queries, read_qrels(SMALL / "qrels.tsv", queries))


def test_each_mode_ranks_through_the_engines_own_calls(workspace, prepared):
    result = run_queries(workspace.system("full"), prepared)
    engine = workspace.engine()
    by_id = {p.query.id: p for p in prepared}
    brief = by_id["b1"].payload
    assert result.rankings["b1"] == flatten(engine.match_brief(brief, shortlist_size=shortlist_size_for(brief, 100)))
    s2 = by_id["s2"].query
    assert result.rankings["s2"] == [m.id for m in engine.search([Query(s2.text, s2.filters, top_k=100)])[0]]
    assert result.rankings["s1"][0] == "fl-steadicam-newcastle"
    assert result.rankings["b1"][0] == "fl-gaffer-leek"
    # The filters hold: freelancers within 30 km of Stoke only.
    assert "co-lights-stoke" not in result.rankings["s2"] and "fl-spark-derby" not in result.rankings["s2"]


def test_a_brief_fills_the_depth_from_shortlists_across_its_needs(prepared):
    brief = next(p.payload for p in prepared if p.query.id == "b1")
    assert shortlist_size_for(brief, 100) == 50 and shortlist_size_for(brief.model_copy(update={"needs": []}),
                                                                       100) == 100


def test_the_tfidf_baseline_takes_the_same_queries_and_filters(workspace, prepared):
    tfidf = TfidfSystem(workspace.engine(VARIANTS[0].config).index)
    result = run_queries(tfidf, prepared)
    assert result.rankings["s1"][0] == "fl-steadicam-newcastle"
    assert set(result.rankings["s2"]) <= {"fl-sound-burslem", "fl-spark-stoke", "fl-focus-hanley", "fl-gaffer-leek",
                                          "fl-steadicam-newcastle", "fl-editor-stafford"}
    assert result.rankings["s3"] == []  # no profile says "colourist"
    assert result.rankings["b1"][0] == "fl-gaffer-leek"


def test_round_robin_is_the_crew_sheets_flattening():
    assert round_robin([["a", "b", "c"], ["d", "a"], ["e"]]) == ["a", "d", "e", "b", "c"]


def test_a_new_mode_slots_into_the_registry(workspace, prepared, tmp_path):
    register_mode(Mode("echo", lambda q, today: q.text, lambda system, text, depth: [text][:depth],
                       accepts_filters=True))
    try:
        path = tmp_path / "q.jsonl"
        path.write_text('{"_id": "e1", "text": "fl-editor-stafford", "mode": "echo", "filters": {}}\n')
        queries = read_queries(path)
        assert run_queries(workspace.system("full"),
                           prepare_queries(queries)).rankings == {"e1": ["fl-editor-stafford"]}
    finally:
        MODES.pop("echo")


def test_evaluate_files_gives_the_issues_json_and_agrees_with_ir_measures(encoder):
    result = evaluate_files(SMALL / "corpus.jsonl", SMALL / "queries.jsonl", SMALL / "qrels.tsv", today=TODAY,
                            encoder=encoder)
    summary = result.summary
    assert set(summary) == {"overall", "by_mode", "queries", "need_coverage@10"}
    assert set(summary["overall"]) == set(METRICS) and set(summary["by_mode"]) == {"search", "brief"}
    assert summary["queries"] == 3 and 0 <= summary["need_coverage@10"]["overall"] <= 1
    assert all(0 <= v <= 1 for v in summary["overall"].values())
    judged = result.inputs.judged
    qrels = [ir_measures.Qrel(q, d, g) for q, grades in judged.queries.items() for d, g in grades.items()]
    scored = [ir_measures.ScoredDoc(q, d, float(100 - r)) for q, ids in result.run.rankings.items()
              if q in judged.queries for r, d in enumerate(ids)]
    assert summary["overall"]["ndcg@10"] == pytest.approx(ir_measures.calc_aggregate([nDCG @ 10], qrels,
                                                                                     scored)[nDCG @ 10])


def test_ablations_compare_every_variant_with_the_full_ranker_and_write_a_report(workspace, prepared, judged, tmp_path):
    result = run_ablations(workspace, prepared, judged)
    names = [v.name for v in VARIANTS]
    assert names == ["bm25", "tfidf", "dense", "hybrid", "hybrid+taxonomy", "full", "full-rrf", "full-hand"]
    assert set(result.runs) == set(names) and set(result.p_values) <= set(names) - {"full"}
    assert all(0 <= p <= 1 for row in result.p_values.values() for p in row.values())
    low, high = result.intervals["full"]["ndcg@10"]
    assert low <= result.summaries["full"]["overall"]["ndcg@10"] <= high
    assert result.best_baseline in {"bm25", "tfidf", "dense"} and sum(result.wtl) == 3
    assert [t.name for t in result.targets] == ["nDCG@10 margin over the best single baseline",
                                                "brief need coverage@10",
                                                "need coverage@10 over needs the corpus can meet"]
    context = ReportContext("corpus.jsonl", 9, "queries.jsonl", "qrels.tsv", TODAY, "matcher evaluate …", ("s3",))
    report = write_report(tmp_path / "report", result, context)
    markdown = report.read_text()
    assert "## Targets" in markdown and "plots/intervals.png" in markdown and "hybrid+taxonomy" in markdown
    assert "data:image/png;base64," in (tmp_path / "report" / "report.html").read_text()
    assert {p.name for p in (tmp_path / "report" / "runs").iterdir()} == {f"{n}.trec" for n in names}
    data = json.loads((tmp_path / "report" / "ablations.json").read_text())
    assert set(data["systems"]) == set(names) and data["best_single_baseline"] == result.best_baseline
