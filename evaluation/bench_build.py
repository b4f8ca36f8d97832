"""Index build: the pipeline's profiles per second against the raw encoder's on the same texts.

The pipeline is ``ProfileIndex.build`` (documents, encoding, faiss, BM25, filter columns) with
the encoder's cache emptied first; the floor is the encoder alone (``_encode_all``) on those
profiles' embedding texts. Chunks are timed alternately (floor first, then pipeline first) so
load from other processes falls on both. Overhead = floor rate / pipeline rate - 1.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from evaluation.bench_timing import timed
from matcher.config import DEFAULT_CONFIG, MatcherConfig
from matcher.documents import Document, to_document
from matcher.encoders import Encoder
from matcher.index import ProfileIndex
from models.profile import Profile

__all__ = ["OVERHEAD_TARGET", "BuildResult", "measure_build"]

OVERHEAD_TARGET = 0.10


@dataclass
class BuildResult:
    figures: dict[str, object]
    documents: list[Document]   # the profiles' documents and vectors, reused to synthesise corpora
    vectors: np.ndarray


def measure_build(profiles: list[Profile], encoder: Encoder, chunk: int = 128,
                  config: MatcherConfig = DEFAULT_CONFIG) -> BuildResult:
    raw_seconds = pipeline_seconds = 0.0
    documents: list[Document] = []
    vectors = []
    for number, first in enumerate(range(0, len(profiles), chunk)):
        part = profiles[first:first + chunk]
        texts = [to_document(p, use_taxonomy=config.use_taxonomy).embedding_text() for p in part]
        steps = [("raw", lambda texts=texts: encoder._encode_all(texts, config.batch_size, False, "")),
                 ("pipeline", lambda part=part: _fresh_build(part, encoder, config))]
        for name, step in steps if number % 2 == 0 else steps[::-1]:
            seconds, out = timed(step)
            if name == "raw":
                raw_seconds += seconds
            else:
                pipeline_seconds += seconds
                index: ProfileIndex = out
                documents += [index.documents[index.positions[p.id]] for p in part]
                vectors.append(index.vectors[[index.positions[p.id] for p in part]])
    n = len(profiles)
    raw_rate, pipeline_rate = n / raw_seconds, n / pipeline_seconds
    overhead = raw_rate / pipeline_rate - 1
    figures = {"profiles": n, "chunk": chunk, "raw_encoder_profiles_per_s": round(raw_rate, 2),
               "pipeline_profiles_per_s": round(pipeline_rate, 2), "pipeline_overhead": round(overhead, 4),
               "target_overhead": OVERHEAD_TARGET, "met": overhead <= OVERHEAD_TARGET}
    return BuildResult(figures, documents, np.concatenate(vectors))


def _fresh_build(profiles: list[Profile], encoder: Encoder, config: MatcherConfig) -> ProfileIndex:
    """A build that encodes every text: the encoder's in-process cache is emptied first."""
    encoder.__dict__["_cache"] = {}
    return ProfileIndex.build(profiles, encoder, config)
