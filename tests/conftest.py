"""Shared fixtures, built once per session: the real encoder, the demo cluster and its index.

Built once, so shared: a test reads them and never changes them. The profiles are handed out
as a tuple (nothing can be added or dropped), and every test that takes one of the shared
fixtures is checked afterwards (``_shared_fixtures_stay_unchanged``): one that changed a profile
or an index fails, naming the fixture, instead of quietly changing what later tests see. A test
that needs to change an index builds its own (encoding is cached per text, so that is cheap).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Running servers for the API and page tests (``python -m pytest`` puts the checkout on the path).
pytest_plugins = ["tests.service_fixtures"]

SHARED = ("demo_profiles", "demo_index", "demo_slice_profiles", "demo_slice_index")


@pytest.fixture(scope="session")
def encoder():
    """The product's encoder: all-MiniLM-L6-v2 through ONNX, exported and checked once."""
    from matcher.encoders import create_encoder

    return create_encoder("all-MiniLM-L6-v2", "onnx")


@pytest.fixture(scope="session")
def demo_profiles():
    from matcher.demo import load_demo

    return tuple(load_demo())


@pytest.fixture(scope="session")
def demo_index(encoder, demo_profiles):
    from matcher.index import ProfileIndex

    return ProfileIndex.build(list(demo_profiles), encoder)


def fingerprint(shared: object) -> str:
    """What a change to a shared fixture would alter: every profile's fields; an index's ids,
    vectors, configuration and change count."""
    from matcher.index import ProfileIndex

    digest = hashlib.blake2b(digest_size=16)
    if isinstance(shared, ProfileIndex):
        digest.update(repr((shared.ids, shared.config, shared.change_seq, len(shared.dense))).encode())
        digest.update(shared.vectors[: shared.capacity].tobytes())
    else:
        for profile in shared:
            digest.update(profile.model_dump_json().encode())
    return digest.hexdigest()


@pytest.fixture(autouse=True)
def _shared_fixtures_stay_unchanged(request: pytest.FixtureRequest) -> Iterator[None]:
    names = [name for name in SHARED if name in request.fixturenames]
    shared = {name: request.getfixturevalue(name) for name in names}
    before = {name: fingerprint(value) for name, value in shared.items()}
    yield
    changed = [name for name, value in shared.items() if fingerprint(value) != before[name]]
    assert not changed, f"the test changed the shared fixture(s) {changed}: build a copy or an index of its own"
