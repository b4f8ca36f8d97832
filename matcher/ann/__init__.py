"""Dense indexes: an interface, a factory and two faiss backends (exact flat, approximate IVF)."""

from __future__ import annotations

import faiss

from matcher.ann.base import DenseIndex, inner_products
from matcher.ann.flat import FlatIndex
from matcher.ann.ivf import IvfIndex
from matcher.errors import InvalidInput

__all__ = ["DenseIndex", "FlatIndex", "IvfIndex", "create_dense_index", "inner_products"]

# One query at a time is the service's load: OpenMP threads cost more to wake (and spin
# badly when the cores are busy) than they save on one query, and concurrent requests
# already use both cores.
faiss.omp_set_num_threads(1)


def create_dense_index(kind: str, dim: int, *, expected_size: int = 0, nprobe: int = 32) -> DenseIndex:
    if kind == "flat":
        return FlatIndex(dim)
    if kind == "ivf":
        # ~4 sqrt(N) cells is faiss's rule of thumb; at least 16 so small tests still train.
        nlist = max(16, int(4 * max(expected_size, 1) ** 0.5))
        return IvfIndex(dim, nlist=nlist, nprobe=nprobe, expected_size=expected_size)
    raise InvalidInput(f"unknown dense index '{kind}' (flat, ivf)")
