"""Judged query sets: reading queries.jsonl and qrels.tsv, line-numbered errors, and how
need-level judgements make a brief's grades."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from evaluation.datasets import DatasetError, read_qrels, read_queries, split_need_id
from evaluation.judgements import check_corpus, judge
from evaluation.query_filters import filters_from_json, filters_to_json
from matcher.errors import InvalidInput
from matcher.geo import load_gazetteer

SMALL = Path(__file__).parents[1] / "data" / "eval_small"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_small_set_reads_with_modes_filters_dates_and_needs():
    queries = {q.id: q for q in read_queries(SMALL / "queries.jsonl")}
    assert [q.mode for q in queries.values()] == ["search", "search", "search", "brief"]
    stoke = load_gazetteer().resolve("Stoke-on-Trent")
    s2 = queries["s2"].filters
    assert s2.kinds == ("freelancer",) and s2.near == (stoke.lat, stoke.lon) and s2.radius_km == 30
    assert queries["b1"].today == dt.date(2026, 12, 1) and len(queries["b1"].needs) == 2


@pytest.mark.parametrize(("line", "expected"), [
    ("not json", "line 2: not valid JSON"),
    ('{"_id": "x", "text": "gaffer", "mdoe": "search"}', "line 2, field 'mdoe': unknown key"),
    ('{"_id": "x"}', "line 2, field 'text'"),
    ('{"_id": "a b", "text": "gaffer"}', "line 2, field '_id'"),
    ('{"_id": "x#1", "text": "gaffer"}', "line 2, field '_id'"),
    ('{"_id": "x", "text": "gaffer", "mode": "robot"}', "line 2, field 'mode': unknown mode 'robot'"),
    ('{"_id": "x", "text": "games", "mode": "investor", "filters": {"stages": ["series-z"]}}',
     "line 2, field 'filters.stages.0'"),
    ('{"_id": "x", "text": "games", "mode": "investor", "filters": {"ticket_gpb": {}}}', "field 'filters.ticket_gpb'"),
    ('{"_id": "x", "text": "gaffer", "filters": {"kinds": ["crew"]}}',
     "line 2, field 'filters': brief queries take no filters"),
    ('{"_id": "x", "text": "gaffer", "mode": "search", "filters": {"radius": 5}}', "field 'filters.radius'"),
    ('{"_id": "x", "text": "gaffer", "mode": "search", "filters": {"kinds": ["crew"]}}', "unknown kind 'crew'"),
    ('{"_id": "x", "text": "gaffer", "mode": "search", "filters": {"radius_km": 5}}', "needs a point"),
    ('{"_id": "x", "text": "gaffer", "mode": "search", "filters": {"place": "Atlantis"}}', "'Atlantis' is not"),
    ('{"_id": "x", "text": "gaffer", "mode": "search", "filters": {"available": {"start": "May"}}}',
     "filters.available"),
    ('{"_id": "x", "text": "gaffer", "today": "tomorrow"}', "field 'today'"),
    ('{"_id": "a", "text": "gaffer"}', "line 2: _id 'a' is already used on line 1"),
])
def test_bad_query_lines_are_reported_with_their_line(tmp_path, line, expected):
    path = write(tmp_path, "q.jsonl", '{"_id": "a", "text": "steadicam"}\n' + line + "\n")
    with pytest.raises(DatasetError) as caught:
        read_queries(path)
    assert expected in str(caught.value) and str(path) in str(caught.value)
    assert isinstance(caught.value, InvalidInput)  # the CLI turns it into exit code 2


def test_every_problem_is_collected_and_counted(tmp_path):
    path = write(tmp_path, "q.jsonl", "nope\n{}\n[]\n")
    with pytest.raises(DatasetError) as caught:
        read_queries(path)
    assert len(caught.value.problems) == 3 and "(and 2 more problems)" in str(caught.value)


def test_a_missing_file_is_one_clear_error(tmp_path):
    with pytest.raises(InvalidInput, match="no such file"):
        read_queries(tmp_path / "missing.jsonl")


@pytest.mark.parametrize(("body", "expected"), [
    ("query-id\tcorpus-id\nb1\tx\t1\n", "line 1: the first line must be the header"),
    ("query-id\tcorpus-id\tscore\ns1\tx\n", "line 2: expected 3 tab-separated cells"),
    ("query-id\tcorpus-id\tscore\ns1\tx\t2.5\n", "line 2: score '2.5' is not a whole number"),
    ("query-id\tcorpus-id\tscore\ns9\tx\t1\n", "line 2: query-id 's9' is not in the queries file"),
    ("query-id\tcorpus-id\tscore\ns1#1\tx\t1\n", "line 2: 's1#1' names need 1 of 's1', which is not a brief"),
    ("query-id\tcorpus-id\tscore\nb1#3\tx\t1\n", "line 2: 'b1#3': brief 'b1' lists 2 needs"),
    ("query-id\tcorpus-id\tscore\ns1\tx\t1\n\ns1\tx\t2\n", "line 4: s1 / x is already judged on line 2"),
])
def test_bad_qrels_lines_are_reported_with_their_line(tmp_path, body, expected):
    queries = read_queries(SMALL / "queries.jsonl")
    with pytest.raises(DatasetError, match=expected):
        read_qrels(write(tmp_path, "qrels.tsv", body), queries)


def test_judgements_naming_profiles_outside_the_corpus_are_refused():
    queries = read_queries(SMALL / "queries.jsonl")
    judgements = read_qrels(SMALL / "qrels.tsv", queries)
    with pytest.raises(DatasetError, match=r"qrels.tsv line 6: corpus-id 'fl-gaffer-leek' is not in the corpus"):
        check_corpus(judgements, {"fl-steadicam-newcastle"} | {j.corpus_id for j in judgements[:4]}, "qrels.tsv")


def test_a_briefs_grades_are_the_best_over_its_needs_unless_given_directly(tmp_path):
    queries = read_queries(SMALL / "queries.jsonl")
    judged = judge(queries, read_qrels(SMALL / "qrels.tsv", queries))
    assert judged.queries["b1"] == {"fl-gaffer-leek": 3, "co-lights-stoke": 1, "fl-spark-stoke": 3, "fl-spark-derby": 2}
    assert judged.needs["b1"][2] == {"fl-spark-stoke": 3, "fl-spark-derby": 2}
    assert judged.expected_needs == {"b1": [1, 2]} and judged.unjudged == ["s3"]
    direct = write(tmp_path, "qrels.tsv", "query-id\tcorpus-id\tscore\nb1#1\tco-lights-stoke\t1\n"
                                          "b1#2\tco-lights-stoke\t3\nb1\tco-lights-stoke\t0\nb1#1\tfl-gaffer-leek\t3\n")
    judged = judge(queries, read_qrels(direct, queries))
    assert judged.queries["b1"] == {"co-lights-stoke": 0, "fl-gaffer-leek": 3}


def test_expected_needs_count_the_named_needs_even_without_judgements(tmp_path):
    queries = read_queries(SMALL / "queries.jsonl")
    only_first = write(tmp_path, "qrels.tsv", "query-id\tcorpus-id\tscore\nb1#1\tfl-gaffer-leek\t3\n")
    assert judge(queries, read_qrels(only_first, queries)).expected_needs == {"b1": [1, 2]}


def test_need_ids_split_and_filters_round_trip():
    assert split_need_id("b01#2") == ("b01", 2) and split_need_id("b01") is None and split_need_id("b#0") is None
    data = {"kinds": ["freelancer"], "sectors": ["tv"], "near": {"lat": 53.0, "lon": -2.1}, "radius_km": 20.0,
            "available": {"start": "2027-05-01", "end": "2027-05-09"}, "max_rate": 300.0, "strict": True}
    assert filters_to_json(filters_from_json(data)) == data
