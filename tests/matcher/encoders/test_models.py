"""Model specs: a model shipped as an ONNX file in the repository is read where it ships (no
export, nothing written to the cache, no network), and one whose files are not in the checkout is
refused with a message saying how to make them."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper

from matcher.encoders.models import model_spec
from matcher.encoders.onnx import OnnxEncoder, onnx_path
from matcher.errors import InvalidInput

_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def _tiny_model(folder, dim: int = 4) -> None:
    """A graph with the product's inputs and output: every dimension is the mean word-piece id."""
    inputs = [helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "tokens"]) for name in _INPUTS]
    output = helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", dim])
    nodes = [
        helper.make_node("Cast", ["input_ids"], ["ids"], to=TensorProto.FLOAT),
        helper.make_node("ReduceMean", ["ids"], ["mean"], axes=[1], keepdims=1),
        helper.make_node("Expand", ["mean", "shape"], ["embedding"]),
    ]
    shape = helper.make_tensor("shape", TensorProto.INT64, [2], [1, dim])
    graph = helper.make_graph(nodes, "tiny", inputs, [output], initializer=[shape])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    folder.mkdir(parents=True)
    onnx.save(model, str(folder / "model.int8.onnx"))
    stock = model_spec("all-MiniLM-L6-v2").weights_dir()
    (folder / "tokenizer.json").write_bytes((stock / "tokenizer.json").read_bytes())


def test_a_shipped_onnx_model_is_loaded_where_it_ships_and_never_exported(tmp_path):
    spec = replace(model_spec("minilm-screen-adapted"), folder=str(tmp_path / "shipped"), dim=4)
    _tiny_model(tmp_path / "shipped")
    cache = tmp_path / "cache"
    assert onnx_path(spec, cache) == tmp_path / "shipped" / "model.int8.onnx"
    vectors = OnnxEncoder(spec, cache).encode_queries(["gaffer", "boom operator in Leek"])
    assert vectors.shape == (2, 4) and not np.allclose(vectors[0], vectors[1])
    assert not cache.exists()


def test_a_model_whose_files_are_not_in_the_checkout_says_how_to_make_them(tmp_path):
    spec = replace(model_spec("minilm-screen-adapted"), folder=str(tmp_path / "absent"))
    with pytest.raises(InvalidInput) as caught:
        OnnxEncoder(spec, tmp_path / "cache")
    assert "minilm-screen-adapted" in str(caught.value)
    assert "python -m evaluation.adapt_encoder" in str(caught.value)


def test_an_unknown_model_names_the_known_ones():
    with pytest.raises(InvalidInput, match="known: all-MiniLM-L6-v2, minilm-screen-adapted"):
        model_spec("all-mpnet-base-v2")
