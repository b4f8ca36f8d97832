"""Approximate search for very large corpora: an inverted file over k-means cells.

Scans ``nprobe`` of ``nlist`` cells per query instead of every vector; recall against exact
search is measured by the benchmark, not assumed. Needs training on a sample first.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from matcher.ann.base import DenseIndex, selector_for

__all__ = ["IvfIndex"]


class IvfIndex(DenseIndex):
    kind = "ivf"
    exact = False

    def __init__(self, dim: int, nlist: int = 1024, nprobe: int = 32) -> None:
        super().__init__(dim)
        quantizer = faiss.IndexFlatIP(dim)
        self._ivf = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
        self._ivf.nprobe = nprobe
        self._quantizer = quantizer  # faiss does not own it from Python: keep it alive
        self._index = faiss.IndexIDMap2(self._ivf)

    @property
    def trained(self) -> bool:
        return self._ivf.is_trained

    def train(self, sample: np.ndarray) -> None:
        self._ivf.train(np.ascontiguousarray(sample, dtype=np.float32))

    def add(self, positions: np.ndarray, vectors: np.ndarray) -> None:
        if not self.trained:
            # k-means needs ~40 points a cell, not the whole corpus (a million would take
            # tens of minutes); a fixed-seed sample keeps builds reproducible.
            wanted = min(len(vectors), 40 * self._ivf.nlist)
            sample = np.random.default_rng(0).choice(len(vectors), size=wanted, replace=False)
            self.train(vectors[np.sort(sample)])
        super().add(positions, vectors)

    def search(self, queries, k, allowed=None):
        params = None
        if allowed is not None:
            flat_params = selector_for(allowed)
            params = faiss.SearchParametersIVF(sel=flat_params.sel, nprobe=self._ivf.nprobe)
            params._keep = flat_params
        return self._index.search(np.ascontiguousarray(queries, dtype=np.float32), max(k, 1),
                                  params=params)

    def save(self, path: Path) -> None:
        faiss.write_index(self._index, str(path))

    @classmethod
    def load(cls, path: Path, dim: int, nprobe: int) -> IvfIndex:
        index = cls.__new__(cls)
        DenseIndex.__init__(index, dim)
        index._index = faiss.read_index(str(path))
        index._ivf = faiss.downcast_index(index._index.index)
        index._ivf.nprobe = nprobe
        return index
