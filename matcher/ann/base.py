"""What a dense index does: inner-product top-k over unit vectors, keyed by position,
with an optional allow-list so filtered searches return the true top-k among what passes."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path

import faiss
import numpy as np

__all__ = ["DenseIndex", "selector_for"]


class DenseIndex(ABC):
    kind: str
    exact: bool

    def __init__(self, dim: int) -> None:
        self.dim = dim

    @abstractmethod
    def add(self, positions: np.ndarray, vectors: np.ndarray) -> None: ...

    @abstractmethod
    def remove(self, positions: np.ndarray) -> None: ...

    @abstractmethod
    def search(
        self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(scores, positions), each queries x k; missing slots are position -1."""

    @abstractmethod
    def save(self, path: Path) -> None: ...

    @abstractmethod
    def __len__(self) -> int: ...


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
