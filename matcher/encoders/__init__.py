"""Encoders: an interface, a factory and backends (ONNX for the product, sentence-transformers
as the reference, hashing for unit tests of meaning-free code)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from matcher.encoders.base import Encoder
from matcher.encoders.models import ModelSpec, model_spec
from matcher.errors import InvalidInput

__all__ = ["Encoder", "ModelSpec", "create_encoder", "model_spec"]


@lru_cache(maxsize=4)
def create_encoder(name: str, backend: str = "onnx", cache_dir: Path | None = None,
                   threads: int | None = None) -> Encoder:
    """One encoder per (model, backend, threads) per process: loading is the expensive part.
    ``threads``: how many one encoding call uses (ONNX; default: the cores)."""
    if backend == "hashing":
        from matcher.encoders.hashing import HashingEncoder

        return HashingEncoder(name=name)
    spec = model_spec(name)
    if backend == "onnx":
        from matcher.encoders.onnx import OnnxEncoder
        from matcher.settings import default_model_cache

        return OnnxEncoder(spec, cache_dir or default_model_cache(), threads)
    if backend == "sentence-transformers":
        from matcher.encoders.sentence_transformer import SentenceTransformerEncoder

        return SentenceTransformerEncoder(spec)
    raise InvalidInput(f"unknown encoder backend '{backend}' (onnx, sentence-transformers, hashing)")
