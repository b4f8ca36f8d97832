"""Approximate search for very large corpora: an inverted file over k-means cells.

Scans ``nprobe`` of ``nlist`` cells per query instead of every vector; how much of the exact
ranking that keeps is measured by the benchmark (``evaluation.bench_million``), not assumed.

k-means needs points to place its cells (faiss refuses fewer points than cells, ``nx >= k``,
and places cells badly with fewer than ~10 a cell), so until the index holds
``train_threshold`` vectors it keeps them in an exact flat index and searches that: a small
corpus, or the first small batch of a new one, is searched exactly. The add that reaches the
threshold trains on (a fixed-seed sample of) everything held and moves it into the cells.

When the corpus's size is known ahead (``expected_size``, as an import or a rebuild knows it), the
threshold rises to what k-means wants, ~40 points a cell, or the whole expected corpus if smaller:
a million profiles imported in batches of 50,000 would otherwise train 4,000 cells on the first
batch alone (12 points a cell; faiss warns below 39) and keep those poorly placed cells for good.

Once trained, the IVF holds the positions itself (an inverted list stores each vector's id),
with no ``IndexIDMap`` around it: that wrapper assumes a removal renumbers the inner index, as
a flat index does and an IVF does not, so an update would have mapped later vectors to the
wrong positions.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from matcher.ann.base import DenseIndex, faiss_call, selector_for

__all__ = ["IvfIndex"]

_POINTS_PER_CELL_TO_TRAIN = 10   # below this, stay exact
_POINTS_PER_CELL_SAMPLED = 40    # k-means needs ~40 a cell, not the whole corpus


class IvfIndex(DenseIndex):
    kind = "ivf"
    _owner: faiss.Index  # set by load() for an old id-mapped file: owns the inner index's memory

    def __init__(self, dim: int, nlist: int = 1024, nprobe: int = 32, expected_size: int = 0) -> None:
        super().__init__(dim)
        self.expected_size = expected_size
        quantizer = faiss.IndexFlatIP(dim)
        self._ivf = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
        self._ivf.nprobe = nprobe
        self._quantizer: faiss.Index = quantizer  # faiss does not own it from Python: keep it alive
        self._index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))  # exact until trained

    @property
    def trained(self) -> bool:
        return bool(self._ivf.is_trained)

    @property
    def exact(self) -> bool:  # type: ignore[override]
        """Exact while the vectors still sit in the flat index (too few to train)."""
        return not self.trained

    @property
    def nlist(self) -> int:
        return int(self._ivf.nlist)

    @property
    def nprobe(self) -> int:
        return int(self._ivf.nprobe)

    @nprobe.setter
    def nprobe(self, value: int) -> None:
        self._ivf.nprobe = int(value)

    @property
    def train_threshold(self) -> int:
        """Vectors held before training: 10 a cell, or with a known corpus size what k-means wants."""
        wanted = min(self.expected_size, _POINTS_PER_CELL_SAMPLED * self.nlist)
        return max(_POINTS_PER_CELL_TO_TRAIN * self.nlist, wanted)

    def train(self, sample: np.ndarray) -> None:
        """Train the cells on ``sample`` and move every vector held so far into them."""
        with faiss_call("training the IVF cells"):
            self._ivf.train(np.ascontiguousarray(sample, dtype=np.float32))
        staged = self._index
        assert isinstance(staged, faiss.IndexIDMap2), "untrained, the vectors sit in the flat id map"
        self._index = self._ivf
        if staged.ntotal:
            ids = faiss.vector_to_array(staged.id_map).astype(np.int64)
            vectors = staged.index.reconstruct_n(0, staged.ntotal)
            self._index.add_with_ids(vectors, ids)

    def add(self, positions: np.ndarray, vectors: np.ndarray) -> None:
        super().add(positions, vectors)
        if not self.trained and len(self) >= self.train_threshold:
            assert isinstance(self._index, faiss.IndexIDMap2), "untrained, the vectors sit in the flat id map"
            held = self._index.index.reconstruct_n(0, self._index.ntotal)
            wanted = min(len(held), _POINTS_PER_CELL_SAMPLED * self.nlist)
            sample = np.random.default_rng(0).choice(len(held), size=wanted, replace=False)
            self.train(held[np.sort(sample)])

    def search(
        self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        k = max(1, min(k, len(self))) if len(self) else 1
        queries = np.ascontiguousarray(queries, dtype=np.float32)
        params = selector_for(allowed)
        if self.trained:
            ivf_params = faiss.SearchParametersIVF(nprobe=self.nprobe)  # type: ignore[call-arg]  # faiss's stubs: no keywords
            if params is not None:
                ivf_params.sel = params.sel
                ivf_params._keep = params  # type: ignore[attr-defined]  # faiss's stubs: a Python attribute of ours
            params = ivf_params
        with faiss_call("searching"):
            found: tuple[np.ndarray, np.ndarray] = self._index.search(queries, k, params=params)
        return found

    def save(self, path: Path) -> None:
        with faiss_call("saving the index"):
            faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, dim: int, nprobe: int, nlist: int = 1024) -> IvfIndex:
        """A saved index, trained or still exact; ``nlist`` applies only to one not yet trained."""
        with faiss_call("reading the saved index", hint=f"{path} is damaged: rebuild it with 'matcher reindex'"):
            saved = faiss.read_index(str(path))
        if isinstance(saved, faiss.IndexIVFFlat):
            index = cls.__new__(cls)
            DenseIndex.__init__(index, dim)
            index.expected_size = 0
            index._index = index._ivf = saved
            index._quantizer = faiss.downcast_index(saved.quantizer)
            index.nprobe = nprobe
            return index
        if isinstance(saved, faiss.IndexIDMap2) and isinstance(faiss.downcast_index(saved.index), faiss.IndexIVFFlat):
            # written by an earlier version (an IVF inside an id map): the same cells, refilled
            inner = faiss.downcast_index(saved.index)
            assert isinstance(inner, faiss.IndexIVFFlat)  # checked above
            ids = faiss.vector_to_array(saved.id_map).astype(np.int64)
            inner.make_direct_map()
            vectors = inner.reconstruct_n(0, inner.ntotal)
            inner.reset()
            inner.set_direct_map_type(faiss.DirectMap.NoMap)  # type: ignore[attr-defined]  # faiss's stubs: no DirectMap
            inner.add_with_ids(vectors, ids)
            index = cls.__new__(cls)
            DenseIndex.__init__(index, dim)
            index.expected_size = 0
            index._index = index._ivf = inner
            index._owner = saved  # owns the inner index's memory
            index._quantizer = faiss.downcast_index(inner.quantizer)
            index.nprobe = nprobe
            return index
        index = cls(dim, nlist=nlist, nprobe=nprobe)
        index._index = saved
        return index
