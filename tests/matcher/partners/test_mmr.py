"""Maximal marginal relevance: near-duplicates are not stacked at the top."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.partners.mmr import mmr_order


def _unit(*rows):
    matrix = np.array(rows, dtype=np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def test_a_near_duplicate_waits_behind_a_different_item():
    vectors = _unit([1, 0, 0], [1, 0.01, 0], [0, 1, 0])
    assert mmr_order(np.array([1.0, 0.99, 0.9]), vectors, 3) == [0, 2, 1]


def test_lambda_one_is_plain_relevance_order():
    vectors = _unit([1, 0, 0], [1, 0.01, 0], [0, 1, 0])
    assert mmr_order(np.array([1.0, 0.99, 0.9]), vectors, 3, lam=1.0) == [0, 1, 2]


def test_items_like_the_member_sink():
    vectors = _unit([1, 0, 0], [0, 1, 0])
    assert mmr_order(np.array([1.0, 0.95]), vectors, 2, avoid=_unit([1, 0.05, 0]))[0] == 1


def test_empty_and_short_pools():
    assert mmr_order(np.array([]), np.zeros((0, 3)), 5) == []
    assert mmr_order(np.array([0.5]), _unit([1, 0, 0]), 5) == [0]


def test_a_filled_gap_yields_to_an_unfilled_one_when_gaps_saturate():
    """Three items for gap A (one alike blurb each), one for gap B a little weaker: with saturation
    the second A waits behind B; without it, A's three come first."""
    vectors = _unit([1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1])
    aspects = np.array([[1.0, 0], [0.98, 0], [0.96, 0], [0, 0.9]])
    relevance = aspects.max(axis=1)
    assert mmr_order(relevance, vectors, 4, lam=1.0, aspects=aspects, saturation=1.0) == [0, 1, 2, 3]
    assert mmr_order(relevance, vectors, 4, lam=1.0, aspects=aspects, saturation=0.8) == [0, 3, 1, 2]


def test_aspects_must_match_the_items():
    with pytest.raises(ValueError, match="rows"):
        mmr_order(np.array([1.0, 0.5]), _unit([1, 0], [0, 1]), 2, aspects=np.ones((3, 2)))
