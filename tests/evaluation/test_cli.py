"""``matcher evaluate`` and ``python -m evaluation.pool`` as people run them: files in, a table,
a TREC run and JSON out; bad files are one line and exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evaluation.datasets import read_queries
from evaluation.pool import build_pool, pool_to_qrels
from evaluation.pool import main as pool_main
from evaluation.runner import Workspace, load_corpus, prepare_queries, read_trec
from matcher.cli import app

SMALL = Path(__file__).parents[1] / "data" / "eval_small"
FILES = ["--corpus", str(SMALL / "corpus.jsonl"), "--queries", str(SMALL / "queries.jsonl")]


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def test_evaluate_prints_a_table_and_writes_the_run_and_json(runner, encoder, tmp_path):
    result = runner.invoke(app, ["evaluate", *FILES, "--qrels", str(SMALL / "qrels.tsv"), "--today", "2026-12-01",
                                 "--run", str(tmp_path / "run.trec"), "--json", str(tmp_path / "out.json")])
    assert result.exit_code == 0, result.output
    assert "ndcg@10" in result.output and "Need coverage@10" in result.output and "Target" in result.output
    data = json.loads((tmp_path / "out.json").read_text())
    assert set(data) == {"overall", "by_mode", "queries", "need_coverage@10"} and data["queries"] == 3
    run = read_trec(tmp_path / "run.trec")
    assert set(run) == {"s1", "s2", "s3", "b1"} and all(len(ids) <= 100 for ids in run.values())


@pytest.mark.parametrize(("qrels", "args", "expected"), [
    ("query-id\tcorpus-id\tscore\ns1\tnobody\t2\n", [], "qrels.tsv line 2: corpus-id 'nobody' is not in the corpus"),
    ("query-id\tcorpus-id\tscore\ns1\tfl-editor-stafford\tthree\n", [], "line 2: score 'three' is not a whole number"),
    ("query-id\tcorpus-id\tscore\ns3\tfl-editor-stafford\t0\n", ["--today", "1st May"], "--today: '1st May'"),
    ("query-id\tcorpus-id\tscore\ns3\tfl-editor-stafford\t0\n", ["--report", "x"], "--report needs --ablations"),
    ("query-id\tcorpus-id\tscore\ns3\tfl-editor-stafford\t0\n", ["--split", "dev"], "--split chooses a split of --set"),
    ("query-id\tcorpus-id\tscore\ns3\tfl-editor-stafford\t0\n", ["--model", "gpt"], "unknown encoder model 'gpt'"),
])
def test_bad_input_is_one_line_and_exit_code_2(runner, tmp_path, qrels, args, expected):
    path = tmp_path / "qrels.tsv"
    path.write_text(qrels)
    result = runner.invoke(app, ["evaluate", *FILES, "--qrels", str(path), *args])
    assert result.exit_code == 2
    assert expected in result.output and "Traceback" not in result.output


def test_a_split_the_set_does_not_have_is_exit_code_2(runner, tmp_path):
    (tmp_path / "dev").mkdir()
    for name in ("queries.jsonl", "qrels.tsv"):
        (tmp_path / "dev" / name).write_text((SMALL / name).read_text())
    result = runner.invoke(app, ["evaluate", "--set", str(tmp_path), "--corpus", str(SMALL / "corpus.jsonl"),
                                 "--split", "heldout"])
    assert result.exit_code == 2 and "--split: 'heldout' is not a split of" in result.output
    assert "Traceback" not in result.output


def test_a_missing_queries_file_is_exit_code_2(runner, tmp_path):
    result = runner.invoke(app, ["evaluate", "--queries", str(tmp_path / "none.jsonl"), "--qrels", "x.tsv"])
    assert result.exit_code == 2 and "no such file" in result.output


def test_the_pool_is_blind_deduplicated_and_covers_every_systems_top(encoder):
    queries = read_queries(SMALL / "queries.jsonl")
    with Workspace(load_corpus(SMALL / "corpus.jsonl"), encoder=encoder) as workspace:
        prepared = prepare_queries(queries)
        records = build_pool(workspace, prepared, depth=2)
    b1 = [r for r in records if r["query-id"] == "b1"]
    assert len({r["corpus-id"] for r in b1}) == len(b1) == b1[0]["of"]
    assert b1[0]["grades"] == {"1": None, "2": None} and b1[0]["needs"]["2"] == "electricians (sparks)"
    assert all("km from Leek" in r["card"] or "distance unknown" in r["card"] for r in b1)
    assert all("over 03 May – 07 May 2027" in r["card"] for r in b1)
    s1 = [r for r in records if r["query-id"] == "s1"]
    assert s1[0]["grade"] is None and "fl-steadicam-newcastle" in {r["corpus-id"] for r in s1}
    text = json.dumps(records)
    assert all(name not in text for name in ('"bm25"', '"dense"', '"hybrid"', '"system"', '"score"'))


def test_a_judged_pool_becomes_qrels(tmp_path):
    judged = tmp_path / "judged.jsonl"
    judged.write_text("\n".join(json.dumps(r) for r in [
        {"query-id": "b1", "corpus-id": "fl-gaffer-leek", "grades": {"1": 3, "2": 0}},
        {"query-id": "b1", "corpus-id": "fl-spark-stoke", "grades": {"1": None, "2": 3}},
        {"query-id": "s1", "corpus-id": "fl-steadicam-newcastle", "grade": 3},
        {"query-id": "s1", "corpus-id": "fl-editor-stafford", "grade": None},
    ]) + "\n")
    assert pool_to_qrels(judged) == [("b1#1", "fl-gaffer-leek", 3), ("b1#2", "fl-gaffer-leek", 0),
                                     ("b1#2", "fl-spark-stoke", 3), ("s1", "fl-steadicam-newcastle", 3)]
    assert pool_main(["--to-qrels", str(judged), "--out", str(tmp_path / "qrels.tsv")]) == 0
    assert (tmp_path / "qrels.tsv").read_text().splitlines()[:2] == ["query-id\tcorpus-id\tscore",
                                                                     "b1#1\tfl-gaffer-leek\t3"]


def test_a_grade_outside_0_to_3_is_refused_with_its_line(tmp_path, capsys):
    judged = tmp_path / "judged.jsonl"
    judged.write_text('{"query-id": "s1", "corpus-id": "x", "grade": 1}\n'
                      '{"query-id": "s1", "corpus-id": "y", "grade": 5}\n')
    assert pool_main(["--to-qrels", str(judged), "--out", str(tmp_path / "q.tsv")]) == 2
    assert "judged.jsonl line 2: grade 5 for s1 is not 0, 1, 2 or 3" in capsys.readouterr().err
