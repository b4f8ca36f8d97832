"""The reference encoder: the model run by sentence-transformers itself.

Costs ~10 s of imports per process and ~12-20 ms per query on 2 cores, so the product runs
the ONNX export of the same weights instead; this backend is the ground truth that export is
checked against, and stays selectable (``encoder_backend="sentence-transformers"``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import numpy as np

from matcher.encoders.base import Encoder
from matcher.encoders.models import ModelSpec

if TYPE_CHECKING:  # imported when first used: ~10 s
    from sentence_transformers import SentenceTransformer

__all__ = ["SentenceTransformerEncoder", "load_sentence_transformer"]


def load_sentence_transformer(spec: ModelSpec) -> SentenceTransformer:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(spec.weights_dir()), device="cpu")
    model.max_seq_length = spec.max_seq_length
    return model


class SentenceTransformerEncoder(Encoder):
    backend = "sentence-transformers"

    def __init__(self, spec: ModelSpec) -> None:
        self.name = spec.name
        self.dim = spec.dim
        self.query_prompt = spec.query_prompt
        self.document_prompt = spec.document_prompt
        from matcher.encoders.onnx import fingerprint
        from matcher.settings import default_model_cache

        self.weights = fingerprint(spec.weights_dir(), default_model_cache())
        self._model = load_sentence_transformer(spec)

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(
            texts, batch_size=len(texts), normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)
