"""The collaborator mode: its query format, the "more like this" baselines, and team coverage."""

from __future__ import annotations

import json

import pytest

from evaluation.collaborators import MoreLikeThis, consortium_ranking, team_coverage
from evaluation.datasets import DatasetError, EvalQuery, read_qrels, read_queries
from models.partners import ConsortiumOut, TeamMemberOut, TeamOut


def _write(tmp_path, *records):
    path = tmp_path / "queries.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_member_and_consortium_queries_are_read(tmp_path):
    path = _write(tmp_path, {"_id": "c1", "mode": "collaborator", "profile_id": "co-a", "relation": "similar"},
                  {"_id": "n1", "mode": "collaborator", "text": "a tender", "profile_id": "co-a", "needs": ["x", "y"]})
    member, call = read_queries(path)
    assert (member.profile_id, member.relation) == ("co-a", "similar")
    assert call.relation is None and call.needs == ("x", "y")
    qrels = tmp_path / "qrels.tsv"
    qrels.write_text("query-id\tcorpus-id\tscore\nc1\tco-b\t3\nn1#2\tco-c\t2\n", encoding="utf-8")
    assert [j.query_id for j in read_qrels(qrels, [member, call])] == ["c1", "n1#2"]


@pytest.mark.parametrize(("record", "problem"), [
    ({"_id": "c1", "mode": "collaborator", "relation": "similar"}, "needs the member's profile_id"),
    ({"_id": "c1", "mode": "collaborator", "profile_id": "a", "relation": "rival"}, "must be one of"),
    ({"_id": "c1", "text": "gaffer", "profile_id": "a"}, "only collaborator queries"),
    ({"_id": "c1", "mode": "collaborator"}, "non-empty string"),
])
def test_malformed_collaborator_queries_are_refused(tmp_path, record, problem):
    with pytest.raises(DatasetError, match=problem):
        read_queries(_write(tmp_path, record))


@pytest.mark.parametrize("scorer", ["dense", "bm25"])
def test_more_like_this_ranks_others_like_the_member(demo_index, scorer):
    query = EvalQuery(id="c", text="-", mode="collaborator", profile_id="co-saggar-knight-games",
                      relation="complementary")
    ranked = MoreLikeThis(demo_index, scorer).collaborators(query, 10)
    assert len(ranked) == 10 and "co-saggar-knight-games" not in ranked
    kinds = [demo_index.document(i).kind for i in ranked]
    assert "investor" not in kinds
    assert sum("games" in demo_index.document(i).sectors for i in ranked) >= 5  # like the member: games


def _team(rank, *ids, bidder=None):
    members = [TeamMemberOut(id=i, kind="company", name=i, bidder=i == bidder) for i in ids]
    return TeamOut(rank=rank, members=members, needs=[], coverage=1.0, objective=0.0)


def test_team_coverage_counts_needs_a_member_is_judged_right_for():
    result = ConsortiumOut(text="t", teams=[_team(1, "me", "a", bidder="me"), _team(2, "me", "b", bidder="me")])
    needs = {1: {"a": 3}, 2: {"b": 2}, 3: {"a": 1, "me": 3}}
    assert team_coverage(result, needs, [1, 2, 3], teams=1) == pytest.approx(1 / 3)
    assert team_coverage(result, needs, [1, 2, 3], teams=3) == pytest.approx(2 / 3)
    assert consortium_ranking(result) == ["a", "b"]  # the bidder is never judged
