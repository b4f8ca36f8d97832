"""The scan behind an exhaustive search: every row's inner product with one query, or with several
in one blocked pass (a brief's needs), equal to the plain matrix product."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.ann.base import _BLOCK_ROWS, inner_products, inner_products_at


@pytest.mark.parametrize("rows", [0, 1, _BLOCK_ROWS - 1, _BLOCK_ROWS, 2 * _BLOCK_ROWS + 7])
@pytest.mark.parametrize("queries", [1, 4])
def test_every_row_against_every_query_equals_the_matrix_product(rows, queries):
    rng = np.random.default_rng(rows + queries)
    vectors = rng.standard_normal((rows, 48)).astype(np.float32)
    asked = rng.standard_normal((queries, 48)).astype(np.float32)
    expected = (vectors.astype(np.float64) @ asked.T.astype(np.float64)).astype(np.float32)
    assert np.allclose(inner_products(vectors, asked), expected, atol=1e-5)
    assert np.allclose(inner_products(vectors, asked[0]), expected[:, 0], atol=1e-5)


def test_the_rows_asked_for_are_scored_and_the_rest_stay_zero():
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((500, 32)).astype(np.float32)
    query = rng.standard_normal(32).astype(np.float32)
    positions = np.array([3, 77, 499])
    out = inner_products_at(vectors, query, positions, 600)
    assert np.allclose(out[positions], vectors[positions] @ query, atol=1e-5)
    assert not np.delete(out, positions).any()
