"""From the qrels file's judgements to what is evaluated: query-level and need-level grades.

A brief is judged per expected need (``<brief-id>#<n>``); its query-level grade for a profile
is the grade given to ``<brief-id>`` directly when there is one, else the best grade the
profile got for any of the brief's needs (a right gaffer is a right result for the brief).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from evaluation.datasets import DatasetError, EvalQuery, Judgement, split_need_id

__all__ = ["Judged", "check_corpus", "judge"]

Grades = dict[str, int]


@dataclass(frozen=True)
class Judged:
    """Query id -> profile id -> grade, for queries with any judgement; and for briefs with
    need-level judgements, brief id -> need number -> profile id -> grade."""

    queries: dict[str, Grades]
    needs: dict[str, dict[int, Grades]]
    expected_needs: dict[str, list[int]]
    unjudged: list[str]


def judge(queries: list[EvalQuery], judgements: list[Judgement]) -> Judged:
    direct: dict[str, Grades] = defaultdict(dict)
    needs: dict[str, dict[int, Grades]] = defaultdict(lambda: defaultdict(dict))
    for j in judgements:
        need = split_need_id(j.query_id)
        if need is None:
            direct[j.query_id][j.corpus_id] = j.score
        else:
            needs[need[0]][need[1]][j.corpus_id] = j.score
    graded: dict[str, Grades] = {}
    for query in queries:
        grades = _best_over_needs(needs.get(query.id, {}))
        grades.update(direct.get(query.id, {}))
        if grades:
            graded[query.id] = grades
    # Coverage is measured for briefs judged per need; a named need nobody judged counts as uncovered.
    expected = {q.id: _expected(q, needs[q.id]) for q in queries if q.id in needs}
    return Judged(queries=graded, needs={b: dict(n) for b, n in needs.items()},
                  expected_needs=expected,
                  unjudged=[q.id for q in queries if q.id not in graded])


def _best_over_needs(needs: dict[int, Grades]) -> Grades:
    best: Grades = {}
    for grades in needs.values():
        for doc, grade in grades.items():
            best[doc] = max(grade, best.get(doc, 0))
    return best


def _expected(query: EvalQuery, needs: dict[int, Grades]) -> list[int]:
    """Need numbers 1..n: as many as the query names, or as the qrels number, whichever is more."""
    return list(range(1, max(len(query.needs), max(needs, default=0)) + 1))


def check_corpus(judgements: list[Judgement], corpus_ids: set[str], path: str) -> None:
    problems = [f"{path} line {j.line}: corpus-id '{j.corpus_id}' is not in the corpus"
                for j in judgements if j.corpus_id not in corpus_ids]
    if problems:
        raise DatasetError(problems)
