"""Who goes to which need: the sheet's choice always has the maximum total score, whether each
need's own best are different people (no solver needed) or someone is best for two needs."""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from matcher.briefs.assignment import assign
from matcher.explain import Match


def match(person: str, score: float) -> Match:
    return Match(id=person, kind="freelancer", name=person, headline="", place=None, rank=0, score=score,
                 explanation=None)  # type: ignore[arg-type]


def best_total(ranked: list[list[Match]], sizes: list[int]) -> float:
    people = sorted({m.id for ms in ranked for m in ms})
    slots = [i for i, size in enumerate(sizes) for _ in range(min(size, len(ranked[i])))]
    weight = np.full((len(slots), len(people)), -1e6)
    for row, i in enumerate(slots):
        for m in ranked[i]:
            weight[row, people.index(m.id)] = m.score
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return float(sum(weight[r, c] for r, c in zip(rows, cols, strict=True) if weight[r, c] > -1e5))


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("pool", [40, 9])  # 40 people: lists rarely overlap; 9: they always do
def test_the_choice_has_the_maximum_total_and_no_one_twice(seed, pool):
    rng = random.Random(seed)
    ranked = []
    for _ in range(4):
        people = rng.sample(range(pool), 6)
        ranked.append(sorted((match(f"p{p}", round(rng.uniform(0, 1), 3)) for p in people),
                             key=lambda m: -m.score))
    sizes = [2, 2, 1, 2]
    chosen = assign(ranked, sizes)
    ids = [m.id for ms in chosen for m in ms]
    assert len(ids) == len(set(ids))
    assert all(len(ms) <= size for ms, size in zip(chosen, sizes, strict=True))
    assert sum(m.score for ms in chosen for m in ms) == pytest.approx(best_total(ranked, sizes))
    assert all([m.rank for m in ms] == list(range(1, len(ms) + 1)) for ms in chosen)


def test_different_people_for_every_need_are_each_needs_own_best():
    ranked = [[match("a", 0.9), match("b", 0.8), match("c", 0.1)], [match("d", 0.7), match("e", 0.6)]]
    assert [[m.id for m in ms] for ms in assign(ranked, [2, 1])] == [["a", "b"], ["d"]]
