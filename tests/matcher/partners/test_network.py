"""The co-credit graph: same title and year is one production; the same title in another year is not."""

from __future__ import annotations

import pytest

from matcher.partners.network import CoCreditGraph, production_key
from models.profile import Credit, Profile


def _profile(pid: str, *credits: tuple[str, int | None], kind: str = "company") -> Profile:
    extra = {"investor": {"type": "angel"}} if kind == "investor" else {}
    return Profile.model_validate({"id": pid, "kind": kind, "name": pid.title(), **extra,
                                   "credits": [Credit(title=t, year=y) for t, y in credits]})


@pytest.mark.parametrize(("a", "b", "same"), [
    (("The Bottle Kiln Job", 2024), ("the bottle kiln job", 2024), True),
    (("The Saggar Maker\u2019s Daughter", 2023), ("The Saggar Makers Daughter", 2023), True),
    (("Captain Kiln \u2013 Series 2", 2022), ("Captain Kiln - Series 2", 2022), True),
    (("Five Towns", 2025), ("Five Towns", 2019), False),       # a second series, a remake: not the same shoot
    (("Five Towns", 2025), ("Five Towns Revisited", 2025), False),
    (("Five Towns", None), ("Five Towns", None), False),       # no year: cannot be told apart
])
def test_production_identity(a, b, same):
    ka, kb = production_key(*a), production_key(*b)
    assert (ka is not None and ka == kb) is same


def test_shared_credits_are_collaborations_and_other_years_are_not():
    graph = CoCreditGraph.build([
        _profile("maker", ("The Bottle Kiln Job", 2024), ("Five Towns", 2025)),
        _profile("gaffer", ("the bottle kiln job", 2024), ("Five Towns", 2019), kind="freelancer"),
        _profile("caterer", ("Five Towns", 2025), ("The Bottle Kiln Job", 2024)),
        _profile("angel", ("Five Towns", 2025), kind="investor"),
        _profile("stranger", ("Five Towns", 2019), kind="freelancer"),
    ])
    assert graph.shared("maker", "gaffer") == ["The Bottle Kiln Job, 2024"]
    assert graph.shared("maker", "caterer") == ["Five Towns, 2025", "The Bottle Kiln Job, 2024"]
    assert graph.shared("maker", "stranger") == []
    assert graph.shared("maker", "angel") == []  # investors' credits are deals, not shoots
    assert [link.id for link in graph.collaborators("maker")] == ["caterer", "gaffer"]
    ring = graph.neighbourhood("maker")
    assert [link.id for link in ring.direct] == ["caterer", "gaffer"]
    assert [(link.id, link.via) for link in ring.second] == [("stranger", ("gaffer",))]
    assert ring.second[0].productions == ("Five Towns, 2019",)


def test_a_hidden_profile_is_neither_listed_nor_a_bridge():
    graph = CoCreditGraph.build([
        _profile("maker", ("A", 2024)), _profile("hidden", ("A", 2024), ("B", 2020)), _profile("beyond", ("B", 2020)),
    ])
    ring = graph.neighbourhood("maker", visible=lambda pid: pid != "hidden")
    assert ring.direct == () and ring.second == ()


def test_the_demo_cluster_is_a_network(demo_profiles):
    """Local productions bring in local firms and crew, so most makers have collaborators."""
    graph = CoCreditGraph.build(demo_profiles)
    makers = [p for p in demo_profiles if p.kind == "company" and p.credits]
    connected = [p for p in makers if graph.collaborators(p.id)]
    assert len(connected) >= 0.8 * len(makers)
    assert graph.shared("co-clayhand-animation", "co-kiln-voices") == ["Molly Marl's Workshop, 2025"]


def test_a_change_makes_a_new_graph_and_leaves_the_old_one_as_it_was():
    before = CoCreditGraph.build([_profile("maker", ("A", 2024)), _profile("gaffer", ("A", 2024), kind="freelancer")])
    after = before.with_changes([_profile("gaffer", ("A", 2023), kind="freelancer"), _profile("caterer", ("A", 2024))])
    assert after.shared("maker", "gaffer") == [] and after.shared("maker", "caterer") == ["A, 2024"]
    assert before.shared("maker", "gaffer") == ["A, 2024"] and before.shared("maker", "caterer") == []
    gone = after.with_changes([], removed=["caterer"])
    assert gone.collaborators("maker") == [] and after.shared("maker", "caterer") == ["A, 2024"]


def test_the_keeper_follows_the_change_log(tmp_path):
    """A credit written to the database shows at the next read, without reading every profile again."""
    from matcher.partners.network_keeper import NetworkKeeper
    from matcher.store import Store

    store = Store(f"sqlite:///{tmp_path / 'network.db'}")
    store.save([_profile("maker", ("The Bottle Kiln Job", 2024)), _profile("gaffer", ("Five Towns", 2025))])
    keeper = NetworkKeeper(store)
    assert keeper.graph().collaborators("maker") == []
    store.save([_profile("gaffer", ("Five Towns", 2025), ("the bottle kiln job", 2024))])
    assert keeper.graph().shared("maker", "gaffer") == ["The Bottle Kiln Job, 2024"]
    store.save([_profile("gaffer", ("The Bottle Kiln Job", 2023))])  # another year: another production
    assert keeper.graph().shared("maker", "gaffer") == []
    store.delete("maker")
    assert keeper.graph().collaborators("gaffer") == []
    assert keeper.rebuilds == 1
    store.engine.dispose()
