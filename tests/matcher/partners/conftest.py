"""What the partners' tests share: the demo's profiles by id and its co-credit graph."""

from __future__ import annotations

import pytest

from matcher.partners.network import CoCreditGraph


@pytest.fixture(scope="module")
def by_id(demo_profiles):
    return {p.id: p for p in demo_profiles}


@pytest.fixture(scope="module")
def graph(demo_profiles):
    return CoCreditGraph.build(demo_profiles)
