"""What a dense index does: inner-product top-k over unit vectors, keyed by position,
with an optional allow-list so filtered searches return the true top-k among what passes."""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractContextManager
from pathlib import Path

import faiss
import numpy as np

from matcher.errors import wrapped

__all__ = ["DenseIndex", "faiss_call", "inner_products", "selector_for"]


def faiss_call(doing: str, hint: str = "") -> AbstractContextManager[None]:
    """faiss's errors (RuntimeError from C++) become ``BackendFailure``: a 503, not a trace."""
    return wrapped("the dense index (faiss)", doing, hint=hint)


class DenseIndex(ABC):
    """Backends keep their vectors in ``_index``, a faiss index whose ids are positions."""

    kind: str
    exact: bool
    _index: faiss.Index

    def __init__(self, dim: int) -> None:
        self.dim = dim

    def add(self, positions: np.ndarray, vectors: np.ndarray) -> None:
        if len(positions):
            with faiss_call("adding vectors"):
                self._index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32),
                                         np.asarray(positions, dtype=np.int64))

    def remove(self, positions: np.ndarray) -> None:
        if len(positions):
            with faiss_call("removing vectors"):
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
        with faiss_call("scoring vectors"):
            faiss.fvec_inner_products_ny(faiss.swig_ptr(out), faiss.swig_ptr(queries), faiss.swig_ptr(vectors),
                                         vectors.shape[1], len(vectors))
    return out
