"""Weighted set cover for a team: who covers which need, solved exactly with scipy's ``milp``.

Given candidates (each with a cost of being in the team) and, for each need, how well each
candidate provides it (``quality[i][j] > 0`` when it can), choose a team and one provider per
need to minimise ``sum(cost of members) - sum(quality of each need's provider)``, such that

- every coverable need (one with any candidate) has exactly one provider, in the team;
- ``fixed`` candidates (the bidding member) are in the team whatever they cost.

The cost keeps teams small (one firm covering three needs beats three firms, unless they are
much better); the quality keeps them good. Alternatives come from no-good cuts: after a team
``S`` is found, the next must drop at least one of ``S``'s members that were not fixed, so an
alternative is a different team, not the same one with a passenger. Tests compare the result
with brute force over every subset on small cases.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

__all__ = ["Cover", "solve_cover"]


@dataclass(frozen=True)
class Cover:
    members: tuple[int, ...]            # candidate indexes, ascending
    providers: tuple[int | None, ...]   # per need: the candidate providing it, None if uncoverable
    objective: float


def solve_cover(quality: np.ndarray, cost: np.ndarray, *, fixed: tuple[int, ...] = (),
                alternatives: int = 2) -> list[Cover]:
    """The best team and up to ``alternatives`` more, best first (fewer when no other team exists).

    ``quality``: candidates x needs, > 0 where the candidate can provide the need; ``cost``: one
    per candidate (>= 0). Returns [] when there are no candidates."""
    quality = np.asarray(quality, dtype=np.float64)
    n, m = quality.shape
    if n == 0:
        return []
    pairs = [(i, j) for i in range(n) for j in range(m) if quality[i, j] > 0]
    coverable = sorted({j for _, j in pairs})
    size = n + len(pairs)  # x_i (in the team), then y_p (pair p: candidate provides need)
    objective = np.concatenate([np.asarray(cost, dtype=np.float64), [-quality[i, j] for i, j in pairs]])
    rows = lil_matrix((len(coverable) + len(pairs), size))
    lower: list[float] = []
    upper: list[float] = []
    for r, j in enumerate(coverable):  # exactly one provider per coverable need
        for p, (_, need) in enumerate(pairs):
            if need == j:
                rows[r, n + p] = 1
        lower.append(1)
        upper.append(1)
    for p, (i, _) in enumerate(pairs):  # a provider is in the team: y_p - x_i <= 0
        rows[len(coverable) + p, n + p] = 1
        rows[len(coverable) + p, i] = -1
        lower.append(-np.inf)
        upper.append(0)
    constraints = [LinearConstraint(rows.tocsr(), lower, upper)]
    low = np.zeros(size)
    low[list(fixed)] = 1
    found: list[Cover] = []
    for _ in range(1 + alternatives):
        result = milp(objective, constraints=constraints, integrality=np.ones(size),
                      bounds=Bounds(low, np.ones(size)))
        if not result.success:
            break
        x = np.round(result.x).astype(int)
        members = tuple(int(i) for i in np.flatnonzero(x[:n]))
        providers: list[int | None] = [None] * m
        for p, (i, j) in enumerate(pairs):
            if x[n + p]:
                providers[j] = i
        found.append(Cover(members, tuple(providers), float(result.fun)))
        free = [i for i in members if i not in fixed]
        if not free:
            break  # the fixed members alone are the only team
        cut = np.zeros(size)
        cut[free] = 1
        constraints.append(LinearConstraint(cut[None, :], -np.inf, len(free) - 1))
    return found
