"""Exact search: every vector scanned. The default up to a few hundred thousand profiles."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

from matcher.ann.base import DenseIndex, faiss_call, selector_for

__all__ = ["FlatIndex"]


class FlatIndex(DenseIndex):
    kind = "flat"
    exact = True

    def __init__(self, dim: int) -> None:
        super().__init__(dim)
        self._index = faiss.IndexIDMap2(faiss.IndexFlatIP(dim))

    def search(
        self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        k = max(1, min(k, len(self))) if len(self) else 1
        with faiss_call("searching"):
            found: tuple[np.ndarray, np.ndarray] = self._index.search(
                np.ascontiguousarray(queries, dtype=np.float32), k, params=selector_for(allowed))
        return found

    def save(self, path: Path) -> None:
        # Nothing to save: the vectors file is the source of truth and a flat index is
        # rebuilt from it in milliseconds.
        return None
