"""The approximate dense index: usable from the first profile, exact until it has enough
vectors to train, approximate after, and the same after a save and load."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.ann import FlatIndex, IvfIndex, create_dense_index


def unit_vectors(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def exact_top(vectors: np.ndarray, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[int]:
    """Brute force with numpy, independent of faiss."""
    scores = vectors @ query
    if allowed is not None:
        scores = np.where(allowed, scores, -np.inf)
    order = np.argsort(-scores, kind="stable")[:k]
    return [int(p) for p in order if np.isfinite(scores[p])]


def test_a_first_batch_smaller_than_the_cell_count_is_searched_exactly():
    """It used to crash: faiss k-means needs at least as many points as cells (nx >= k)."""
    index = IvfIndex(32, nlist=64, nprobe=1)
    vectors = unit_vectors(10)
    index.add(np.arange(10), vectors)
    assert len(index) == 10 and index.exact and not index.trained
    scores, positions = index.search(vectors[3:4], 5)
    assert positions[0].tolist() == exact_top(vectors, vectors[3], 5)
    assert scores[0][0] == pytest.approx(1.0, abs=1e-5)


def test_it_trains_once_it_holds_enough_vectors_and_keeps_every_one():
    index = IvfIndex(32, nlist=8, nprobe=8)
    vectors = unit_vectors(2 * index.train_threshold, seed=1)
    half = index.train_threshold - 1
    index.add(np.arange(half), vectors[:half])
    assert not index.trained
    index.add(np.arange(half, len(vectors)), vectors[half:])
    assert index.trained and not index.exact and len(index) == len(vectors)
    # nprobe == nlist scans every cell: the approximate index must then agree with brute force.
    for q in (0, 7, half + 3):
        assert index.search(vectors[q:q + 1], 10)[1][0].tolist() == exact_top(vectors, vectors[q], 10)


def test_removal_and_an_allow_list_work_before_and_after_training():
    for n in (30, 400):
        index = IvfIndex(32, nlist=8, nprobe=8)
        vectors = unit_vectors(n, seed=2)
        index.add(np.arange(n), vectors)
        index.remove(np.array([0]))
        allowed = np.zeros(n, dtype=bool)
        allowed[1::3] = True
        got = index.search(vectors[0:1], 5, allowed)[1][0].tolist()
        assert got == exact_top(vectors, vectors[0], 5, allowed)
        assert 0 not in index.search(vectors[0:1], 5)[1][0].tolist()


def test_a_low_nprobe_is_approximate_but_finds_most_of_the_exact_top_10():
    index = IvfIndex(32, nlist=16, nprobe=4)
    vectors = unit_vectors(3000, seed=3)
    index.add(np.arange(len(vectors)), vectors)
    queries = unit_vectors(30, seed=4)
    overlaps = [len(set(index.search(q[None, :], 10)[1][0].tolist()) & set(exact_top(vectors, q, 10))) / 10
                for q in queries]
    # Random vectors in 32 dimensions are the hard case for an IVF: a quarter of the cells still
    # holds most true neighbours, but not all, so the index is really approximate here.
    assert 0.5 <= float(np.mean(overlaps)) < 1.0


@pytest.mark.parametrize("n", [12, 500])
def test_a_saved_index_loads_with_the_asked_nprobe_and_the_same_results(tmp_path, n):
    index = IvfIndex(32, nlist=8, nprobe=2)
    vectors = unit_vectors(n, seed=5)
    index.add(np.arange(n), vectors)
    index.save(tmp_path / "dense.faiss")
    loaded = IvfIndex.load(tmp_path / "dense.faiss", 32, nprobe=8)
    assert len(loaded) == n and loaded.trained == index.trained and loaded.nprobe == 8
    index.nprobe = 8
    for q in (0, n // 2):
        assert loaded.search(vectors[q:q + 1], 5)[1].tolist() == index.search(vectors[q:q + 1], 5)[1].tolist()
    loaded.add(np.array([n]), unit_vectors(1, seed=6))  # still writable after loading
    assert len(loaded) == n + 1


def test_the_factory_makes_each_kind_and_refuses_others():
    assert isinstance(create_dense_index("flat", 8), FlatIndex)
    ivf = create_dense_index("ivf", 8, expected_size=10_000, nprobe=12)
    assert isinstance(ivf, IvfIndex) and ivf.nlist == 400 and ivf.nprobe == 12
    from matcher.errors import InvalidInput

    with pytest.raises(InvalidInput, match="unknown dense index 'hnsw'"):
        create_dense_index("hnsw", 8)


def test_an_index_saved_by_the_earlier_layout_loads_with_its_positions(tmp_path):
    """Earlier versions wrapped the IVF in an IndexIDMap2; such a file still loads, right."""
    import faiss

    vectors = unit_vectors(300, seed=7)
    ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(32), 32, 4, faiss.METRIC_INNER_PRODUCT)
    ivf.train(vectors)
    old = faiss.IndexIDMap2(ivf)
    positions = np.arange(300) * 2 + 5  # ids that are not 0..n-1
    old.add_with_ids(vectors, positions)
    faiss.write_index(old, str(tmp_path / "dense.faiss"))
    loaded = IvfIndex.load(tmp_path / "dense.faiss", 32, nprobe=4)
    assert loaded.trained and len(loaded) == 300
    assert loaded.search(vectors[10:11], 3)[1][0].tolist() == [positions[p] for p in exact_top(vectors, vectors[10], 3)]
    loaded.remove(np.array([positions[10]]))
    assert positions[10] not in loaded.search(vectors[10:11], 3)[1][0].tolist()


def test_updating_vectors_after_training_keeps_every_position_right():
    """A profile update removes and re-adds its position; with the IVF inside an IndexIDMap2
    that shifted every later position by one (the id map assumes removal renumbers)."""
    index = IvfIndex(32, nlist=4, nprobe=4)
    vectors = unit_vectors(200, seed=8)
    index.add(np.arange(200), vectors)
    assert index.trained
    changed = unit_vectors(3, seed=9)
    for position, vector in zip((3, 50, 120), changed, strict=True):
        index.remove(np.array([position]))
        index.add(np.array([position]), vector[None, :])
        vectors[position] = vector
    for q in (3, 51, 150, 199):
        assert index.search(vectors[q:q + 1], 4)[1][0].tolist() == exact_top(vectors, vectors[q], 4)


def test_with_a_known_corpus_size_the_first_small_batch_does_not_place_the_cells():
    """Cells placed from the first of many batches stay badly placed for good: with the size known
    ahead, training waits for k-means' ~40 points a cell (or the whole corpus if smaller)."""
    index = IvfIndex(32, nlist=8, nprobe=8, expected_size=10_000)
    assert index.train_threshold == 40 * 8
    vectors = unit_vectors(400, seed=11)
    index.add(np.arange(100), vectors[:100])  # past 10 a cell, short of 40
    assert not index.trained and index.exact
    index.add(np.arange(100, 400), vectors[100:])
    assert index.trained and len(index) == 400
    small = IvfIndex(32, nlist=8, nprobe=8, expected_size=150)  # the whole corpus is fewer than 40 a cell
    small.add(np.arange(149), vectors[:149])
    assert not small.trained
    small.add(np.array([149]), vectors[149:150])
    assert small.trained
