"""Complementary partners and similar peers over the demo cluster, with the product's encoder."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from matcher.partners.capabilities import load_capabilities
from matcher.partners.complementary import complementary, reach
from matcher.partners.similar import similar


def _pairwise(index, ids):
    vectors = index.vectors[[index.positions[i] for i in ids]]
    return [float(vectors[a] @ vectors[b]) for a, b in itertools.combinations(range(len(ids)), 2)]


@pytest.mark.parametrize("member", ["co-clayhand-animation", "co-saggar-house-pictures", "co-saggar-knight-games"])
def test_every_partner_fills_a_named_gap_the_member_lacks(demo_index, by_id, graph, member):
    result = complementary(demo_index, by_id[member], graph=graph)
    table = load_capabilities()
    gaps = {g.capability for g in result.gaps}
    assert len(result.partners) == 10
    for partner in result.partners:
        assert partner.fills and set(partner.fills) <= gaps
        roles = set(demo_index.document(partner.id).role_ids)
        assert roles & set(table[partner.fills[0]].roles), partner.id
        assert partner.fills[0] not in result.capabilities
        assert partner.reason.startswith(f"you have no {table[partner.fills[0]].gap}")
        assert partner.id != member


def test_an_animation_studio_is_offered_sound_voices_and_music_nearby(demo_index, by_id, graph):
    result = complementary(demo_index, by_id["co-clayhand-animation"], graph=graph)
    filled = {p.fills[0] for p in result.partners}
    assert {"sound-post", "voice", "music"} <= filled
    assert all(p.distance_km is not None and p.distance_km < 40 for p in result.partners[:5])
    assert "km away" in result.partners[0].reason


def test_the_top_is_diversified(demo_index, by_id, graph):
    """MMR's top ten is less alike than the plain relevance order's, and spans at least as many gaps."""
    member = by_id["co-saggar-house-pictures"]
    mixed = complementary(demo_index, member, graph=graph)
    plain = complementary(demo_index, member, graph=graph, lam=1.0)
    mixed_ids, plain_ids = [p.id for p in mixed.partners], [p.id for p in plain.partners]
    assert np.mean(_pairwise(demo_index, mixed_ids)) < np.mean(_pairwise(demo_index, plain_ids))
    assert len({p.fills[0] for p in mixed.partners}) >= len({p.fills[0] for p in plain.partners})
    assert len({p.fills[0] for p in mixed.partners[:5]}) >= 4  # five gaps in the first five, give or take one


def test_a_radius_keeps_partners_within_it(demo_index, by_id, graph):
    member = by_id["co-saggar-house-pictures"]
    document = demo_index.document(member.id)
    result = complementary(demo_index, member, graph=graph, near=(document.lat, document.lon), radius_km=10)
    assert result.partners and all(p.distance_km is not None and p.distance_km <= 10 for p in result.partners)


def test_reach_falls_with_distance_for_physical_work_only():
    assert reach(10, physical=True) == 1.0
    assert reach(120, physical=True) < 0.5 < reach(120, physical=False)


def test_similar_peers_do_the_same_work_and_are_not_stacked(demo_index, by_id, graph):
    result = similar(demo_index, by_id["co-bluebrick-films"], graph=graph)
    assert len(result.partners) == 10
    top = result.partners[:5]
    assert all(p.kind == "company" for p in top)
    assert max(_pairwise(demo_index, [p.id for p in top])) < 0.97
    assert all("also in" in p.reason for p in result.partners)


def test_a_freelancer_is_offered_the_studios_that_hire_it(demo_index, by_id, graph):
    """A freelance game programmer's first needs are work and a studio to do it in: games studios
    (companies) hire it though they share its craft, and are never listed as its competitors."""
    result = complementary(demo_index, by_id["fl-0096"], graph=graph)
    hirers = [p for p in result.partners if p.fills[0] in ("production", "games-dev")]
    assert hirers and all(p.kind in ("company", "facility") for p in hirers)
    studios = {p.id for p in hirers if "games-studio" in demo_index.document(p.id).role_ids}
    assert len(studios) >= 3
    assert {g.capability for g in result.gaps} >= {"production", "games-dev"}
    assert all(p.reason.startswith("you need") for p in hirers)


def test_a_hire_house_is_offered_the_crews_who_book_its_kit_not_other_hire_houses(demo_index, by_id, graph):
    result = complementary(demo_index, by_id["co-sparks-and-sons-lighting"], graph=graph)
    crews = [p for p in result.partners if p.fills[0] == "lighting"]
    assert crews and all(p.kind == "freelancer" for p in crews)
    assert not any("lighting-hire" in demo_index.document(p.id).role_ids for p in result.partners)
    assert {"production", "lighting"} <= {p.fills[0] for p in result.partners}


def test_a_corporate_video_company_is_not_offered_what_it_does_itself(demo_index, by_id, graph):
    """It shoots and cuts its own films: its gaps are the drone, the sound recordist, the studio."""
    result = complementary(demo_index, by_id["co-trent-vale-media"], graph=graph)
    gaps = {g.capability for g in result.gaps}
    assert not {"camera", "edit-and-grade"} & gaps
    assert {"aerial", "location-sound"} <= gaps
    assert not {"camera", "edit-and-grade"} & {p.fills[0] for p in result.partners}


def test_partners_who_work_in_the_members_kind_of_work_come_first(demo_index, by_id, graph):
    """Among the sound post a games studio is offered, those with games in their sectors or credits
    rank above those without (a drama dubbing theatre still fills the gap, lower)."""
    from matcher.partners.work import document_kinds
    result = complementary(demo_index, by_id["co-tea-break-studios"], graph=graph)
    sound = [p for p in result.partners if "sound-post" in p.fills]
    games = [("games" in document_kinds(demo_index.document(p.id))) for p in sound]
    assert games and games[0]
