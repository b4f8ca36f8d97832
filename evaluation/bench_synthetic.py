"""Synthetic corpora for the benchmark, grown from encoded source profiles.

The sources are the demo's profiles, or a larger cluster written by the demo generator and
encoded once (``evaluation.bench_pool``). Each synthetic profile is a source document
(sampled uniformly) with a new id, a place moved up to ~10 km, diary windows shifted by up to
two months, a day rate scaled by 0.8-1.2 and its summary with one sentence left out (or
whole). Its vector is the source's vector plus noise shaped like the sources' own spread and
scaled so that a copy is as far from its source as a real profile is from its nearest real
neighbour (``evaluation.bench_neighbours``, which says why; the measurement is reported with
every figure). Encoding a million texts is not worth the hours; the encoder's cost is
measured separately. Texts stay near-copies of their source, so the lexical evidence of a
large synthetic corpus is more repetitive than a real one's: a caveat printed with the figures.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

import numpy as np

from evaluation.bench_neighbours import ShapedNoise, calibrate
from matcher.config import DEFAULT_CONFIG, MatcherConfig
from matcher.documents import Document
from matcher.encoders import Encoder
from matcher.index import ProfileIndex

__all__ = ["Synthesiser", "source_of", "synthetic_index"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def source_of(synthetic_id: str) -> str:
    """The source profile's id in a synthetic id ("syn0000042-fl-0246" -> "fl-0246")."""
    return synthetic_id.split("-", 1)[1]


class Synthesiser:
    def __init__(self, documents: list[Document], vectors: np.ndarray, seed: int = 20261201,
                 noise: ShapedNoise | None = None) -> None:
        """``noise``: default calibrated on ``vectors`` (the median nearest-neighbour cosine)."""
        self.documents = documents
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.noise = noise or calibrate(self.vectors, seed=seed)
        self.rng = np.random.default_rng(seed)
        # Summary variants are built once per base document and shared by its copies.
        self._summaries = [_variants(d.fields.get("summary", "")) for d in documents]

    def batches(self, n: int, batch: int = 50_000, start: int = 0) -> Iterator[tuple[list[Document], np.ndarray]]:
        for first in range(start, start + n, batch):
            yield self.make(min(batch, start + n - first), first)

    def make(self, n: int, first: int = 0) -> tuple[list[Document], np.ndarray]:
        rng = self.rng
        base = rng.integers(0, len(self.documents), size=n)
        vectors = self.noise.apply(self.vectors[base], rng)
        moves = rng.uniform(-0.09, 0.09, size=(n, 2))
        shifts = rng.integers(0, 61, size=n)
        scales = rng.uniform(0.8, 1.2, size=n)
        picks = rng.random(size=n)
        documents = [self._perturb(b, first + i, moves[i], int(shifts[i]), float(scales[i]), float(picks[i]))
                     for i, b in enumerate(base.tolist())]
        return documents, vectors

    def _perturb(self, b: int, number: int, move: np.ndarray, shift: int, scale: float,
                 pick: float) -> Document:
        doc = self.documents[b]
        variants = self._summaries[b]
        fields = dict(doc.fields, summary=variants[int(pick * len(variants))])
        days = dt.timedelta(days=shift)
        return dataclasses.replace(
            doc, id=f"syn{number:07d}-{doc.id}", fields=fields,
            lat=None if doc.lat is None else doc.lat + float(move[0]),
            lon=None if doc.lon is None else doc.lon + float(move[1]) * 1.6,
            availability=tuple((s + days, e + days, status) for s, e, status in doc.availability),
            rate_min=None if doc.rate_min is None else round(doc.rate_min * scale),
            rate_max=None if doc.rate_max is None else round(doc.rate_max * scale))


def _variants(summary: str) -> list[str]:
    sentences = _SENTENCE.split(summary) if summary else []
    if len(sentences) < 3:
        return [summary]
    return [summary] + [" ".join(sentences[:i] + sentences[i + 1:]) for i in range(len(sentences))]


def synthetic_index(synthesiser: Synthesiser, n: int, encoder: Encoder,
                    config: MatcherConfig = DEFAULT_CONFIG) -> ProfileIndex:
    """A product index of ``n`` synthetic profiles, through ``upsert_documents`` as a sync does."""
    index = ProfileIndex(encoder, config, expected_size=n)
    for documents, vectors in synthesiser.batches(n):
        index.upsert_documents(documents, vectors)
    index.lexical.compact()
    return index
