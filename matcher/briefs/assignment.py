"""Who is put forward for which need: each person once, where the sheet as a whole fits best.

Filling needs one after another in the brief's order gives a person who can do a common job
and a scarce one (a scenic painter who is also a chippie) to whichever comes first, and can
leave the scarce need empty. Instead every need's shortlist slots are filled together by a
maximum-weight assignment (scipy's Hungarian solver) on the people's scores for each need,
so a person goes where the alternatives are weakest. Companies and facilities are not
exclusive: one firm may supply several needs.

When every need's own best ``size`` are different people (the usual sheet: a gaffer, sparks, a
focus puller), taking them is already the maximum: no assignment can beat each need's own best.
The solver (and scipy.optimize, a third of a second to import) is needed only when one person is
among the best of two needs.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from matcher.explain import Match

__all__ = ["assign"]

_NOT_A_CANDIDATE = -1e6
Who = tuple[str] | tuple[int, str]  # a freelancer's id, or a need's index and a firm's id


def assign(ranked: list[list[Match]], sizes: list[int], repeats: bool = False,
           weights: list[list[float]] | None = None) -> list[list[Match]]:
    """Each need's shortlist (``sizes[i]`` long at most), in each need's ranked order.

    ``weights``: what each candidate is worth to its need (``ranked``'s shape; default: its
    score), e.g. the score with the need's qualifiers met added, ``ranked`` ordered by them."""
    own_best = [matches[:size] for matches, size in zip(ranked, sizes, strict=True)]
    if repeats or _apart(own_best):
        return [_reranked(best) for best in own_best]
    from scipy.optimize import linear_sum_assignment

    columns: dict[Who, int] = {}
    for i, matches in enumerate(ranked):
        for match in matches:
            columns.setdefault(_who(i, match), len(columns))
    slots = [i for i, size in enumerate(sizes) for _ in range(min(size, len(ranked[i])))]
    weight = np.full((len(slots), max(len(columns), 1)), _NOT_A_CANDIDATE)
    for row, i in enumerate(slots):
        for k, match in enumerate(ranked[i]):
            weight[row, columns[_who(i, match)]] = weights[i][k] if weights is not None else match.score
    rows, cols = linear_sum_assignment(weight, maximize=True)
    by_column = {column: key for key, column in columns.items()}
    chosen: list[set[Who]] = [set() for _ in sizes]
    for row, column in zip(rows, cols, strict=True):
        if weight[row, column] > _NOT_A_CANDIDATE / 2:
            chosen[slots[row]].add(by_column[column])
    return [_reranked([m for m in matches if _who(i, m) in chosen[i]]) for i, matches in enumerate(ranked)]


def _apart(lists: list[list[Match]]) -> bool:
    """No one in two lists."""
    keys = [_who(i, m) for i, matches in enumerate(lists) for m in matches]
    return len(keys) == len(set(keys))


def _who(need: int, match: Match) -> Who:
    """A freelancer is one person across needs; a firm counts separately for each need."""
    return (match.id,) if match.kind == "freelancer" else (need, match.id)


def _reranked(matches: list[Match]) -> list[Match]:
    return [replace(m, rank=r) for r, m in enumerate(matches, start=1)]
