"""What a dense index does: inner-product top-k over unit vectors, keyed by position,
with an optional allow-list so filtered searches return the true top-k among what passes."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

import faiss
import numpy as np

__all__ = ["DenseIndex", "inner_products", "selector_for"]


class DenseIndex(ABC):
    """Backends keep their vectors in ``_index``, a faiss ``IndexIDMap2`` keyed by position."""

    kind: str
    exact: bool
    _index: faiss.IndexIDMap2

    def __init__(self, dim: int) -> None:
        self.dim = dim

    def add(self, positions: np.ndarray, vectors: np.ndarray) -> None:
        if len(positions):
            self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                     np.asarray(positions, dtype=np.int64))

    def remove(self, positions: np.ndarray) -> None:
        if len(positions):
            self._index.remove_ids(np.asarray(positions, dtype=np.int64))

    @abstractmethod
    def search(
        self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(scores, positions), each queries x k; missing slots are position -1."""

    @abstractmethod
    def save(self, path: Path) -> None: ...

    def __len__(self) -> int:
        return self._index.ntotal


def selector_for(allowed: np.ndarray | None) -> faiss.SearchParameters | None:
    """faiss evaluates the allow-list inside the scan (pre-filtering), so a filter that
    passes only a handful of profiles still yields the true top-k among them."""
    if allowed is None:
        return None
    bits = np.packbits(allowed.astype(bool), bitorder="little")
    selector = faiss.IDSelectorBitmap(allowed.size, faiss.swig_ptr(bits))
    params = faiss.SearchParameters(sel=selector)
    params._keep = (bits, selector)  # faiss holds raw pointers: keep the buffers alive
    return params


def inner_products(vectors: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """Every row's inner product with one query (1-D: faiss's SIMD kernel, the scan an exact
    faiss search does without its top-k heap) or with several (2-D, rows x queries: one
    matrix product, so a brief's needs read the vectors once, not once per need)."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    if queries.ndim == 2:
        return vectors @ queries.T
    out = np.empty(len(vectors), dtype=np.float32)
    if len(vectors):
        faiss.fvec_inner_products_ny(faiss.swig_ptr(out), faiss.swig_ptr(queries), faiss.swig_ptr(vectors),
                                     vectors.shape[1], len(vectors))
    return out


def inner_products_at(vectors: np.ndarray, query: np.ndarray, positions: np.ndarray, size: int) -> np.ndarray:
    """The query's inner product with the rows at ``positions`` (read in place, no copy), in an
    array of ``size`` with 0 elsewhere: a scan of the few profiles that can be returned."""
    out = np.zeros(size, dtype=np.float32)
    if len(positions):
        ids = np.ascontiguousarray(positions, dtype=np.int64)
        found = np.empty(len(ids), dtype=np.float32)
        query = np.ascontiguousarray(query, dtype=np.float32)
        faiss.fvec_inner_products_by_idx(faiss.swig_ptr(found), faiss.swig_ptr(query), faiss.swig_ptr(vectors),
                                         faiss.swig_ptr(ids), vectors.shape[1], 1, len(ids))
        out[ids] = found
    return out
