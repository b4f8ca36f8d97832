"""Shared fixtures, built once per session: the real encoder, the demo cluster and its index."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Running servers for the API and page tests (``python -m pytest`` puts the checkout on the path).
pytest_plugins = ["tests.service_fixtures"]


@pytest.fixture(scope="session")
def encoder():
    """The product's encoder: all-MiniLM-L6-v2 through ONNX, exported and checked once."""
    from matcher.encoders import create_encoder

    return create_encoder("all-MiniLM-L6-v2", "onnx")


@pytest.fixture(scope="session")
def demo_profiles():
    from matcher.demo import load_demo

    return load_demo()


@pytest.fixture(scope="session")
def demo_index(encoder, demo_profiles):
    from matcher.index import ProfileIndex

    return ProfileIndex.build(demo_profiles, encoder)
