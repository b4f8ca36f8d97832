"""nDCG@10 by query family and by grade, each system against dense (``evaluation.breakdown``),
and ``matcher evaluate --set`` printing the held-out split first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evaluation.breakdown import breakdown, family_of, markdown_tables
from evaluation.datasets import EvalQuery
from evaluation.metrics import evaluate
from matcher.cli import app

SMALL = Path(__file__).parents[1] / "data" / "eval_small"


@pytest.mark.parametrize(("query", "family"), [
    (EvalQuery("q", "Dialogue Editor", mode="search", family="title"), "title"),
    (EvalQuery("q", "gaffer", mode="search"), "short"),
    (EvalQuery("q", "someone to rig lights for a night exterior", mode="search"), "long"),
    (EvalQuery("q", "Need a gaffer in Leek", mode="brief"), "brief"),
])
def test_a_named_family_is_kept_and_a_missing_one_is_inferred_under_its_own_name(query, family):
    assert family_of(query) == family


QUERIES = [EvalQuery("t1", "Sound Editor", mode="search", family="title"),
           EvalQuery("t2", "Gaffer", mode="search", family="title"),
           EvalQuery("d1", "Editors assemble raw footage into a finished programme.", mode="search",
                     family="description")]
GRADES = {"t1": {"a": 3, "b": 1}, "t2": {"c": 2}, "d1": {"d": 3, "e": 1}}
RANKINGS = {
    "dense": {"t1": ["b", "a"], "t2": ["x", "c"], "d1": ["d", "e"]},
    "full": {"t1": ["a", "b"], "t2": ["c"], "d1": ["e", "d"]},
}


def test_families_and_grades_split_the_same_metric_and_test_against_dense():
    result = breakdown(RANKINGS, QUERIES, GRADES)
    assert result.groups == {"all": 3, "title": 2, "description": 1, "grade>=3": 2, "grade>=2": 3, "grade>=1": 3}
    for system, ranking in RANKINGS.items():
        assert result.cells[system]["all"].mean == pytest.approx(evaluate(ranking, GRADES)["ndcg@10"])
        titles = {q: GRADES[q] for q in ("t1", "t2")}
        assert result.cells[system]["title"].mean == pytest.approx(evaluate(ranking, titles)["ndcg@10"])
        exact = {"t1": {"a": 3}, "d1": {"d": 3}}  # grade>=3: the near misses no longer count
        assert result.cells[system]["grade>=3"].mean == pytest.approx(evaluate(ranking, exact)["ndcg@10"])
    # full puts the exact match first on titles and a near miss first on the description
    assert result.cells["full"]["title"].mean > result.cells["dense"]["title"].mean
    assert result.cells["full"]["description"].mean < result.cells["dense"]["description"].mean
    assert result.cells["dense"]["all"].p_vs_reference is None
    assert 0.0 <= result.cells["full"]["all"].p_vs_reference <= 1.0
    cell = result.cells["full"]["all"]
    assert cell.low <= cell.mean <= cell.high
    table = markdown_tables(result, "small")
    assert "| full | " in table and "title (2)" in table and "grade>=3 (2)" in table


@pytest.mark.slow  # two splits evaluated end to end with every ablation
def test_evaluate_set_prints_heldout_first_with_families_and_grades(encoder, tmp_path):
    folder = tmp_path / "small"
    for split in ("dev", "heldout"):
        (folder / split).mkdir(parents=True)
        shutil.copy(SMALL / "queries.jsonl", folder / split / "queries.jsonl")
        shutil.copy(SMALL / "qrels.tsv", folder / split / "qrels.tsv")
    shutil.copy(SMALL / "corpus.jsonl", folder / "corpus.jsonl")
    result = CliRunner().invoke(app, ["evaluate", "--set", str(folder), "--today", "2026-12-01",
                                      "--json", str(tmp_path / "out.json")], terminal_width=240)
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())  # the console wraps long titles
    assert out.index("small / heldout") < out.index("small / dev")
    assert "nDCG@10 by family" in out and "nDCG@10 by grade" in out and "p: paired test against dense" in out
    data = json.loads((tmp_path / "out.json").read_text())
    assert list(data) == ["heldout", "dev"]
    groups = data["heldout"]["ablations"]["by_group"]
    assert groups["queries"] == {"all": 3, "short": 2, "brief": 1, "grade>=3": 3, "grade>=2": 3, "grade>=1": 3}
    assert set(groups["systems"]) >= {"bm25", "dense", "hybrid", "full", "full-rrf"}


def test_evaluate_set_refuses_a_folder_without_splits_in_one_line(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", "--set", str(tmp_path)])
    assert result.exit_code == 2 and "holds neither heldout/ nor dev/" in result.output
