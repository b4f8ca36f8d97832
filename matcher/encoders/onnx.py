"""The production encoder: the same weights exported once to ONNX and run with onnxruntime.

Loads in ~0.4 s instead of ~10 s and encodes a query in ~3 ms instead of ~12 ms on 2 cores,
with vectors equal to sentence-transformers' to ~1e-7. The export is made from the
sentence-transformers model itself (mean pooling and normalisation included in the graph),
checked against it before it is kept, and cached per fingerprint of the weights' content.

The session and the tokenizer load on a thread of their own, started by the constructor
(``onnxruntime`` builds the session with the GIL released): the caller goes on importing,
reading the index and the query while the model loads on the other core, and the first
encode waits for it. A load that fails raises, with its hint, from that first encode (and
from ``ready()``, which waits for the load).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import numpy as np

from matcher.encoders.base import Encoder
from matcher.encoders.models import ModelSpec
from matcher.errors import wrapped

__all__ = ["OnnxEncoder", "fingerprint", "onnx_path", "shipped_fingerprint"]

_PROBES = [
    "Gaffer with period drama experience, based in Leek",
    "unit base for 20 vehicles near Stone",
    "seed-stage games studio with its own IP",
]
_TOLERANCE = 1e-4


def fingerprint(weights_dir: Path, cache_dir: Path) -> str:
    """A digest of every weights file's name and content, so different weights (even of the
    same size) never reuse an export. Hashing ~90 MB costs ~0.3 s, so each file's content
    digest is kept in ``cache_dir/digests.json`` under its path, size and mtime, and read
    again only when one of those changes."""
    memo_path = cache_dir / "digests.json"
    try:
        memo: dict[str, str] = json.loads(memo_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    digest, changed = hashlib.sha256(), False
    for path in sorted(p for p in weights_dir.rglob("*") if p.is_file()):
        stat = path.stat()
        key = f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
        if key not in memo:
            memo[key], changed = _file_digest(path), True
        digest.update(f"{path.relative_to(weights_dir)}:{memo[key]}\n".encode())
    if changed:
        _write_memo(memo_path, memo)
    return digest.hexdigest()[:16]


def shipped_fingerprint(weights_dir: Path) -> str:
    """A digest of every file's name, size and modification time under ``weights_dir``: cheap, and
    different whenever the files are replaced (a retrained model is written anew)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in weights_dir.rglob("*") if p.is_file()):
        stat = path.stat()
        digest.update(f"{path.relative_to(weights_dir)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def _file_digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _write_memo(path: Path, memo: dict[str, str]) -> None:
    """Atomic replace: concurrent processes may both write; either result is right."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        scratch.write_text(json.dumps(memo, indent=0), encoding="utf-8")
        os.replace(scratch, path)
    except OSError:  # a read-only cache folder only costs the hashing next time
        pass


def onnx_path(spec: ModelSpec, cache_dir: Path) -> Path:
    """A model shipped as ONNX is read where it ships; any other is exported once into the cache."""
    if spec.onnx_file:
        return spec.weights_dir() / spec.onnx_file
    return cache_dir / f"{spec.name}-{fingerprint(spec.weights_dir(), cache_dir)}.onnx"


class OnnxEncoder(Encoder):
    backend = "onnx"

    def __init__(self, spec: ModelSpec, cache_dir: Path, threads: int | None = None) -> None:
        """``threads``: how many one encoding call uses (default: the cores; a server working on
        several requests at once gives each fewer, ``service.concurrency``)."""
        self.name = spec.name
        self.dim = spec.dim
        self.query_prompt = spec.query_prompt
        self.document_prompt = spec.document_prompt
        # A model shipped as ONNX is read where it ships and writes nothing (no cache folder): its
        # files' names, sizes and times name its weights, without hashing them on every start.
        self.weights = (shipped_fingerprint(spec.weights_dir()) if spec.onnx_file
                        else fingerprint(spec.weights_dir(), cache_dir))
        path = onnx_path(spec, cache_dir)
        if not spec.onnx_file and not path.exists():
            from matcher.encoders.export import export_onnx

            export_onnx(spec, path, _PROBES, _TOLERANCE)
        self._loaded: Future[tuple[Any, Any]] = Future()
        # Not a daemon: a process that ends before its first encode (a bad option) waits for the
        # load, since onnxruntime aborts the process if the interpreter exits under a session build.
        threading.Thread(target=self._load, args=(spec, path, threads), name="onnx-encoder-load").start()

    def _load(self, spec: ModelSpec, path: Path, threads: int | None) -> None:
        try:
            self._loaded.set_result((_session(spec, path, threads), _tokenizer(spec)))
        except BaseException as error:  # raised again to whoever encodes first
            self._loaded.set_exception(error)

    def ready(self) -> OnnxEncoder:
        """Wait until the model is loaded (raising what made the load fail); returns self."""
        self._loaded.result()
        return self

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        session, tokenizer = self._loaded.result()
        encodings = tokenizer.encode_batch(texts)
        feeds = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        with wrapped("the encoder (onnxruntime)", "encoding text", (Exception,)):
            vectors: np.ndarray = session.run(None, feeds)[0].astype(np.float32, copy=False)
        return vectors


def _session(spec: ModelSpec, path: Path, threads: int | None) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads or os.cpu_count() or 1
    options.log_severity_level = 3
    # onnxruntime's threads otherwise spin for a while after each run, stealing the cores
    # the rest of the search (BLAS, numpy) needs next.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    what, hint = ("loading the cached ONNX export", f"delete {path} and it is exported again")
    if spec.onnx_file:
        what, hint = "loading the shipped ONNX model", f"{path} is damaged: restore it from the repository"
    with wrapped("the encoder (onnxruntime)", what, (Exception,), hint=hint):
        return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _tokenizer(spec: ModelSpec) -> Any:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(spec.weights_dir() / "tokenizer.json"))
    tokenizer.enable_truncation(spec.max_seq_length)
    tokenizer.enable_padding()
    return tokenizer
