"""The API fuzzed against its own OpenAPI document (schemathesis): no input, valid or not, gets a
5xx, and every answer has a documented status, content type and body. A bounded run (a few
examples per operation, as admin, on a server of its own); ``scripts/fuzz_api.py`` runs 10,000+."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.service_fixtures import Service, fresh_database, make_service

# A bounded fuzz run of every route against the OpenAPI document: slow (make test runs it).
pytestmark = pytest.mark.slow

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "fuzz_api.py"


def _fuzz_module():
    spec = importlib.util.spec_from_file_location("fuzz_api", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory, demo_slice_profiles, demo_slice_index) -> Iterator[Service]:
    database = fresh_database("sqlite")
    running = make_service(tmp_path_factory.mktemp("fuzzed"), database, demo_slice_profiles, demo_slice_index)
    yield running
    running.close()
    running.server.stop()


@pytest.mark.parametrize("role", ["admin", "public"])
def test_no_input_gets_a_5xx_or_an_undocumented_answer(fuzzed, role):
    report = _fuzz_module().fuzz(fuzzed.base_url, fuzzed.keys[role], examples=3)
    assert report.cases >= 100
    assert report.server_errors == 0 and report.failures == [], "\n".join(report.failures[:20])
