"""Export a sentence-transformers model to ONNX, with pooling and normalisation in the graph.

Imported only when no export is cached: it needs torch, which the product otherwise never loads.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import onnxruntime
import torch

from matcher.encoders.models import ModelSpec
from matcher.encoders.sentence_transformer import load_sentence_transformer
from matcher.errors import MatcherError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

__all__ = ["export_onnx"]

_INPUTS = ["input_ids", "attention_mask", "token_type_ids"]


class PooledModel(torch.nn.Module):
    """Transformer + mean pooling + L2 normalisation, as sentence-transformers does it."""

    def __init__(self, transformer: torch.nn.Module) -> None:
        super().__init__()
        self.transformer = transformer

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor) -> torch.Tensor:
        hidden = self.transformer(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(mean, p=2, dim=1)


def export_onnx(spec: ModelSpec, path: Path, probes: list[str], tolerance: float) -> None:
    model = load_sentence_transformer(spec)
    transformer = model[0].auto_model
    assert isinstance(transformer, torch.nn.Module), "sentence-transformers' first module wraps the transformer"
    pooled = PooledModel(transformer).eval()
    tokens = _tokenize(model, probes)
    inputs = tuple(tokens[name] for name in _INPUTS)
    axes = {name: {0: "batch", 1: "tokens"} for name in _INPUTS} | {"embedding": {0: "batch"}}
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent) as scratch:
        draft = Path(scratch) / path.name
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer chatter; _check is what guards correctness
            torch.onnx.export(
                pooled, inputs, str(draft), input_names=_INPUTS, output_names=["embedding"],
                dynamic_axes=axes, opset_version=17, dynamo=False,
            )
        _check(model, draft, probes, tolerance)
        os.replace(draft, path)  # atomic: a half-written export is never picked up


def _check(model: SentenceTransformer, draft: Path, probes: list[str], tolerance: float) -> None:
    """The trace was taken on one batch shape; check other shapes too before trusting it."""
    session = onnxruntime.InferenceSession(str(draft), providers=["CPUExecutionProvider"])
    for batch in (probes, probes[:1], [probes[-1] * 6, "DoP"]):
        tokens = _tokenize(model, batch)
        got = session.run(None, {name: tokens[name].numpy() for name in _INPUTS})[0]
        expected = model.encode(batch, normalize_embeddings=True, convert_to_numpy=True)
        if np.abs(got - expected).max() > tolerance:
            raise MatcherError("the ONNX export does not reproduce the sentence-transformers vectors")


def _tokenize(model: SentenceTransformer, texts: list[str]) -> dict[str, torch.Tensor]:
    # sentence-transformers 6 renamed tokenize() to preprocess(); accept either.
    tokens: dict[str, torch.Tensor] = getattr(model, "preprocess", model.tokenize)(texts)
    return tokens
