"""What every encoder does: texts in, L2-normalised float32 vectors out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence

import numpy as np

__all__ = ["Encoder", "length_sorted_batches"]

_CACHE_LIMIT = 200_000


class Encoder(ABC):
    """Turns texts into unit vectors, so inner product is cosine similarity."""

    name: str
    dim: int
    backend: str  # how the vectors are computed: onnx, sentence-transformers, hashing
    # Some models embed queries with a prompt ("query: …"); all-MiniLM-L6-v2 is symmetric.
    query_prompt: str = ""
    document_prompt: str = ""
    # Which weights compute the vectors (a digest of their files): vectors kept on disk are keyed by
    # it, since a model retrained under the same name gives other vectors. Empty: no weights.
    weights: str = ""

    def ready(self) -> Encoder:
        """Wait until the encoder can encode (a backend may load its model in the background),
        raising what stops it; returns self."""
        return self

    @abstractmethod
    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        """Encode one batch; rows L2-normalised."""

    def encode_documents(
        self, texts: Sequence[str], *, batch_size: int = 32, progress: bool = False
    ) -> np.ndarray:
        """Profiles already encoded in this process are taken from a bounded cache: ablations
        and re-imports rebuild indexes over mostly the same texts."""
        prompted = [self.document_prompt + text for text in texts]
        cache: dict[str, np.ndarray] = self.__dict__.setdefault("_cache", {})
        unique = list(dict.fromkeys(prompted))
        if len(cache) + len(unique) > _CACHE_LIMIT:
            cache.clear()
        missing = [t for t in unique if t not in cache]
        if missing:
            encoded = self._encode_all(missing, batch_size, progress, "Encoding profiles")
            cache.update(zip(missing, encoded, strict=True))
        if not prompted:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([cache[t] for t in prompted])

    def encode_queries(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        prompted = [self.query_prompt + text for text in texts]
        return self._encode_all(prompted, batch_size, False, "Encoding queries")

    def _encode_all(self, texts: list[str], batch_size: int, progress: bool, label: str) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        batches = list(length_sorted_batches(texts, batch_size))
        for rows in _progress(batches, len(texts), progress, label):
            out[rows] = self._encode_batch([texts[i] for i in rows])
        return out


def length_sorted_batches(texts: Sequence[str], batch_size: int) -> Iterator[list[int]]:
    """Row indices in batches of similar length: padding to the longest text in a batch is
    wasted work, and sorting by length removes most of it."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    for start in range(0, len(order), batch_size):
        yield order[start : start + batch_size]


def _progress(batches: list[list[int]], total: int, show: bool, label: str) -> Iterator[list[int]]:
    if not show:
        yield from batches
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (label, BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task(label, total=total)
        for rows in batches:
            yield rows
            bar.advance(task, len(rows))
