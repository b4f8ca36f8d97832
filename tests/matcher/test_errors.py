"""The error hierarchy: drawn in ``matcher.errors`` and true to the code, every class with an
HTTP status, and the libraries' failures (faiss, onnxruntime) wrapped so a person reads one
sentence, never a stack trace."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys

import numpy as np
import pytest

import matcher.errors as errors
from matcher.ann import IvfIndex
from matcher.encoders.models import model_spec
from matcher.encoders.onnx import OnnxEncoder, onnx_path
from matcher.errors import BackendFailure, MatcherError


def product_errors() -> list[type[MatcherError]]:
    return [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, MatcherError)]


def test_the_drawn_hierarchy_names_every_class_with_its_parent():
    drawing = errors.__doc__
    for cls in product_errors():
        assert cls.__name__ in drawing, f"{cls.__name__} is missing from the drawing in matcher/errors.py"
    assert "ImportRejected" in drawing.split("InvalidInput", 1)[1].split("NotFound", 1)[0]


def test_each_error_answers_the_http_status_the_drawing_gives_it():
    import re

    from service.errors import STATUS_OF, TooManyRequests, Unauthorized, Unavailable, UnsupportedMediaType

    drawn = {name: int(status) for name, status in re.findall(r"(\w+)\s+(\d{3})\s", errors.__doc__)}
    for cls in [*product_errors(), TooManyRequests, Unauthorized, Unavailable, UnsupportedMediaType]:
        if cls is not MatcherError:
            assert next(s for c, s in STATUS_OF if issubclass(cls, c)) == drawn[cls.__name__], cls.__name__


def test_the_library_failures_are_not_500s():
    from service.errors import status_of

    cause = RuntimeError("Error in faiss::read_index at /project/faiss/impl/index_read.cpp")
    assert status_of(BackendFailure("the dense index (faiss)", "searching", cause)) == 503


@pytest.fixture()
def broken_onnx_cache(tmp_path):
    """A cached export that is not an ONNX model (a disk that filled up, a bad copy)."""
    cache = tmp_path / "models"
    path = onnx_path(model_spec("all-MiniLM-L6-v2"), cache)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not an onnx model")
    return cache, path


def test_a_broken_onnx_export_is_a_backend_failure_that_says_what_to_do(broken_onnx_cache):
    cache, path = broken_onnx_cache
    with pytest.raises(BackendFailure) as caught:
        OnnxEncoder(model_spec("all-MiniLM-L6-v2"), cache).ready()  # the model loads in the background
    assert str(caught.value).startswith("the encoder (onnxruntime) failed while loading the cached ONNX export: ")
    assert str(caught.value).endswith(f"; delete {path} and it is exported again")
    assert caught.value.public == ("the encoder (onnxruntime) failed while loading the cached ONNX export; "
                                   "it has been logged")


def test_the_cli_reports_a_broken_onnx_export_in_one_line(broken_onnx_cache, tmp_path):
    cache, _ = broken_onnx_cache
    env = {**os.environ, "MATCHER_HOME": str(tmp_path / "home"), "MATCHER_MODEL_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-m", "matcher", "search", "gaffer"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: the encoder (onnxruntime) failed while loading the cached ONNX export: ")
    assert line.endswith("and it is exported again")


def test_a_corrupt_saved_ivf_is_a_backend_failure_naming_the_cure(tmp_path):
    (tmp_path / "dense.faiss").write_bytes(b"\x00" * 64)
    with pytest.raises(BackendFailure, match=r"reading the saved index: .*damaged: rebuild it with 'matcher reindex'$"):
        IvfIndex.load(tmp_path / "dense.faiss", 8, nprobe=4)


def test_a_faiss_failure_while_searching_is_wrapped():
    vectors = np.random.default_rng(0).normal(size=(200, 8)).astype(np.float32)
    index = IvfIndex(8, nlist=4, nprobe=4)
    index.add(np.arange(200), vectors)
    index.nprobe = 0  # faiss refuses to search no cell
    with pytest.raises(BackendFailure, match=r"the dense index \(faiss\) failed while searching: .*nprobe > 0"):
        index.search(vectors[:1], 5)


def test_the_service_answers_a_backend_failure_with_503_and_no_library_internals(tmp_path):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from service.errors import install_error_handlers

    app = FastAPI()
    install_error_handlers(app)
    (tmp_path / "dense.faiss").write_bytes(b"\x00" * 64)

    @app.get("/load")
    def load():
        IvfIndex.load(tmp_path / "dense.faiss", 8, nprobe=4)

    response = TestClient(app).get("/load")
    assert response.status_code == 503
    assert response.json() == {"detail": "the dense index (faiss) failed while reading the saved index; "
                                         "it has been logged"}
