"""The production encoder: the same weights exported once to ONNX and run with onnxruntime.

Loads in ~0.4 s instead of ~10 s and encodes a query in ~3 ms instead of ~12 ms on 2 cores,
with vectors equal to sentence-transformers' to ~1e-7. The export is made from the
sentence-transformers model itself (mean pooling and normalisation included in the graph),
checked against it before it is kept, and cached per weights fingerprint.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

from matcher.encoders.base import Encoder
from matcher.encoders.models import ModelSpec

__all__ = ["OnnxEncoder", "onnx_path"]

_PROBES = [
    "Gaffer with period drama experience, based in Leek",
    "unit base for 20 vehicles near Stone",
    "seed-stage games studio with its own IP",
]
_TOLERANCE = 1e-4


def _fingerprint(weights_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(weights_dir.rglob("*")):
        if path.is_file():
            digest.update(f"{path.relative_to(weights_dir)}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def onnx_path(spec: ModelSpec, cache_dir: Path) -> Path:
    return cache_dir / f"{spec.name}-{_fingerprint(spec.weights_dir())}.onnx"


class OnnxEncoder(Encoder):
    def __init__(self, spec: ModelSpec, cache_dir: Path) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.name = spec.name
        self.dim = spec.dim
        self.query_prompt = spec.query_prompt
        self.document_prompt = spec.document_prompt
        path = onnx_path(spec, cache_dir)
        if not path.exists():
            from matcher.encoders.export import export_onnx

            export_onnx(spec, path, _PROBES, _TOLERANCE)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = os.cpu_count() or 1
        options.log_severity_level = 3
        # onnxruntime's threads otherwise spin for a while after each run, stealing the cores
        # the rest of the search (BLAS, numpy) needs next.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(spec.weights_dir() / "tokenizer.json"))
        self._tokenizer.enable_truncation(spec.max_seq_length)
        self._tokenizer.enable_padding()

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        return self._session.run(None, feeds)[0].astype(np.float32, copy=False)
