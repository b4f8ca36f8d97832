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
                self._index.remove_ids(np.asarray(positions, dtype=np.int64))  # type: ignore[arg-type]  # faiss's stubs: no array wrapper

    @abstractmethod
    def search(
        self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(scores, positions), each queries x k; missing slots are position -1."""

    @abstractmethod
    def save(self, path: Path) -> None: ...

    def __len__(self) -> int:
        return int(self._index.ntotal)


def selector_for(allowed: np.ndarray | None) -> faiss.SearchParameters | None:
    """faiss evaluates the allow-list inside the scan (pre-filtering), so a filter that
    passes only a handful of profiles still yields the true top-k among them."""
    if allowed is None:
        return None
    bits = np.packbits(allowed.astype(bool), bitorder="little")
    selector = faiss.IDSelectorBitmap(allowed.size, faiss.swig_ptr(bits))
    params = faiss.SearchParameters(sel=selector)  # type: ignore[call-arg]  # faiss's stubs: no keywords
    # faiss holds raw pointers: keep the buffers alive
    params._keep = (bits, selector)  # type: ignore[attr-defined]  # faiss's stubs: a Python attribute of ours
    return params


# Rows per block when several queries share a scan: 3 MB of float32 vectors at 384
# dimensions, read from memory once and from the cache for every further query (2,048 rows
# measured a little faster than 512 to 8,192 here, each call's Python overhead included).
_BLOCK_ROWS = 2048


def inner_products(vectors: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """Every row's inner product with one query (1-D: faiss's SIMD kernel, the scan an exact
    faiss search does without its top-k heap) or with several (2-D, rows x queries).

    Several queries (a brief's needs) share one pass over the vectors, block by block, with the
    same SIMD kernel for each query on a block while it is in the cache. Measured at 100k x 384
    on this machine: four queries in ~2.6x one query's time, against ~4.5x for numpy's matrix
    product or scipy's sgemm on one thread (their BLAS packs the whole matrix first; with more
    threads they fight other work for the two cores) and 4x for four separate scans."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    if queries.ndim == 1:
        out = np.empty(len(vectors), dtype=np.float32)
        _scan(out, queries, vectors)
        return out
    by_query = np.empty((len(queries), len(vectors)), dtype=np.float32)
    kernel = faiss.fvec_inner_products_ny  # type: ignore[attr-defined]  # faiss's stubs: the kernel is missing
    query_pointers = [faiss.swig_ptr(query) for query in queries]
    with faiss_call("scoring vectors"):  # once, not per block and query: ~10% of the scan otherwise
        for start in range(0, len(vectors), _BLOCK_ROWS):
            block = vectors[start : start + _BLOCK_ROWS]
            block_pointer = faiss.swig_ptr(block)
            for row, query_pointer in enumerate(query_pointers):
                kernel(faiss.swig_ptr(by_query[row, start : start + len(block)]), query_pointer, block_pointer,
                       vectors.shape[1], len(block))
    return by_query.T


def _scan(out: np.ndarray, query: np.ndarray, vectors: np.ndarray) -> None:
    """``out[i] = vectors[i] . query`` (all three contiguous float32)."""
    if len(vectors):
        with faiss_call("scoring vectors"):
            kernel = faiss.fvec_inner_products_ny  # type: ignore[attr-defined]  # faiss's stubs: the kernel is missing
            kernel(faiss.swig_ptr(out), faiss.swig_ptr(query), faiss.swig_ptr(vectors), vectors.shape[1], len(vectors))


def inner_products_at(vectors: np.ndarray, query: np.ndarray, positions: np.ndarray, size: int) -> np.ndarray:
    """The query's inner product with the rows at ``positions`` (read in place, no copy), in an
    array of ``size`` with 0 elsewhere: a scan of the few profiles that can be returned."""
    out = np.zeros(size, dtype=np.float32)
    if len(positions):
        ids = np.ascontiguousarray(positions, dtype=np.int64)
        found = np.empty(len(ids), dtype=np.float32)
        query = np.ascontiguousarray(query, dtype=np.float32)
        with faiss_call("scoring vectors"):
            kernel = faiss.fvec_inner_products_by_idx  # type: ignore[attr-defined]  # faiss's stubs: the kernel is missing
            kernel(faiss.swig_ptr(found), faiss.swig_ptr(query), faiss.swig_ptr(vectors), faiss.swig_ptr(ids),
                   vectors.shape[1], 1, len(ids))
        out[ids] = found
    return out
