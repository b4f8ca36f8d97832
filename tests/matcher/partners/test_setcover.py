"""The team ILP against brute force over every subset of candidates."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from matcher.partners.setcover import solve_cover


def _brute(quality, cost, fixed=(), banned=()):
    """Best team by enumeration: every subset containing ``fixed``, none containing a banned team's
    free members; each need goes to its best member; every coverable need must be covered."""
    n, m = quality.shape
    coverable = [j for j in range(m) if (quality[:, j] > 0).any()]
    best = None
    for size in range(n + 1):
        for team in itertools.combinations(range(n), size):
            if not set(fixed) <= set(team) or any(set(b) <= set(team) for b in banned):
                continue
            if any(not (quality[list(team), j] > 0).any() for j in coverable):
                continue
            value = cost[list(team)].sum() - sum(quality[list(team), j].max() for j in coverable)
            if best is None or value < best[0] - 1e-9:
                best = (value, team)
    return best


@pytest.mark.parametrize("seed", range(25))
def test_best_team_and_alternatives_equal_brute_force(seed):
    rng = np.random.default_rng(seed)
    n, m = rng.integers(2, 8), rng.integers(1, 6)
    quality = np.where(rng.random((n, m)) < 0.45, rng.random((n, m)) + 0.05, 0.0)
    cost = rng.random(n) * 0.6
    fixed = (0,) if seed % 3 == 0 else ()
    teams = solve_cover(quality, cost, fixed=fixed, alternatives=2)
    banned: list[tuple[int, ...]] = []
    for team in teams:
        expected = _brute(quality, cost, fixed, banned)
        assert expected is not None
        assert team.objective == pytest.approx(expected[0], abs=1e-6)
        for j, provider in enumerate(team.providers):
            if (quality[:, j] > 0).any():
                assert provider in team.members and quality[provider, j] > 0
            else:
                assert provider is None
        banned.append(tuple(i for i in team.members if i not in fixed))
    if len(teams) < 3:  # no further team exists
        assert _brute(quality, cost, fixed, banned) is None


def test_one_firm_covering_two_needs_beats_two_firms_unless_they_are_much_better():
    quality = np.array([[0.8, 0.8], [0.85, 0.0], [0.0, 0.85]])
    assert solve_cover(quality, np.full(3, 0.3), alternatives=0)[0].members == (0,)
    assert solve_cover(quality * np.array([[1], [2], [2]]), np.full(3, 0.3), alternatives=0)[0].members == (1, 2)


def test_the_bidder_stays_in_every_team_and_alternatives_differ():
    quality = np.array([[0.9, 0.0, 0.0], [0.0, 0.9, 0.0], [0.0, 0.8, 0.0], [0.0, 0.0, 0.7], [0.0, 0.0, 0.6]])
    teams = solve_cover(quality, np.full(5, 0.1), fixed=(0,), alternatives=2)
    assert len(teams) == 3
    assert all(0 in t.members for t in teams)
    assert len({t.members for t in teams}) == 3
    assert teams[0].members == (0, 1, 3)


def test_an_uncoverable_need_is_left_open_and_no_candidates_is_no_team():
    teams = solve_cover(np.array([[0.5, 0.0]]), np.array([0.1]))
    assert teams[0].providers == (0, None)
    assert solve_cover(np.zeros((0, 2)), np.zeros(0)) == []
