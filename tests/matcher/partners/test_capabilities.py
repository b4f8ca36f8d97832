"""The capability table covers the taxonomy, and a member's work and gaps read as a producer would."""

from __future__ import annotations

import pytest

from matcher.documents import to_document
from matcher.partners.capabilities import Capability, CapabilityTable, load_capabilities
from matcher.partners.gaps import find_gaps
from matcher.partners.work import read_work
from matcher.taxonomy import load_taxonomy
from models.profile import Credit, Profile


def test_every_taxonomy_role_is_in_exactly_one_capability():
    table = load_capabilities()
    assert set(table.of_role) == set(load_taxonomy().roles)


def test_a_role_in_two_capabilities_is_refused():
    with pytest.raises(ValueError, match="both"):
        CapabilityTable([Capability("a", "A", "a", False, "a", ("editor",)),
                         Capability("b", "B", "b", False, "b", ("editor",))])


def _member(**fields) -> Profile:
    return Profile.model_validate({"id": "m", "kind": "company", "name": "Member", **fields})


@pytest.mark.parametrize(("fields", "has_gaps", "lacks_none_of"), [
    # an animation studio lacks sound post, voices and music, not animation
    ({"roles": ["2D animation studio"], "sectors": ["animation"]}, {"sound-post", "voice", "music"}, {"animation"}),
    # a drama producer lacks the crafts and facilities of a shoot
    ({"roles": ["production company"], "sectors": ["film", "tv"],
      "credits": [Credit(title="Night Bus", year=2024, type="feature")]},
     {"camera", "lighting", "location-sound", "sound-post", "locations", "unit-base"}, {"production"}),
    # a games studio lacks audio, music and motion capture
    ({"roles": ["games studio"], "sectors": ["games"]}, {"sound-post", "music", "mocap"}, {"games-dev"}),
    # a camera hire house is complemented by the productions that hire it (and the crews that book it, below)
    ({"roles": ["camera hire"], "sectors": ["film"]}, {"production", "lighting"}, set()),
    # a corporate video company shoots and cuts its own films: it lacks a drone, sound and a studio, not a camera
    ({"roles": ["corporate video production"], "sectors": ["corporate"]}, {"aerial", "location-sound", "studio-space"},
     {"camera", "edit-and-grade"}),
    # a livestream company runs its own cameras and sound, and needs presenters
    ({"roles": ["livestreaming", "outside broadcast"], "sectors": ["events"]}, {"voice", "lighting"},
     {"camera", "location-sound"}),
    # an immersive studio builds its own experiences, whatever words its roles use
    ({"roles": ["VR experiences"], "sectors": ["immersive"]}, {"sound-post", "music", "mocap"},
     {"games-dev", "vfx", "animation"}),
    # an edit house and a freelance editor offer the same service: its own craft is no gap
    ({"roles": ["post-production house"], "sectors": ["film"]}, {"production", "sound-post"}, {"edit-and-grade"}),
])
def test_gaps_are_what_the_work_needs_and_the_member_lacks(fields, has_gaps, lacks_none_of):
    profile = _member(**fields)
    gaps = {g.id for g in find_gaps(read_work(profile, to_document(profile)), limit=12)}
    assert has_gaps <= gaps
    assert not lacks_none_of & gaps


def test_a_member_whose_work_is_unknown_has_no_gaps():
    profile = _member(roles=["production company"])
    assert find_gaps(read_work(profile, to_document(profile))) == []


def test_credits_count_as_much_as_sectors():
    profile = _member(roles=["production company"], sectors=["documentary"],
                      credits=[Credit(title="A", year=2024, type="game"), Credit(title="B", year=2023, type="game")])
    kinds = read_work(profile, to_document(profile)).kinds
    assert kinds == {"documentary": 0.5, "games": 0.5}


# Who fills a gap, by rule: gap id -> the kinds of profile that fill it (() for any) and roles it must include.
WHO_FILLS = [
    pytest.param({"kind": "freelancer", "roles": ["game programmer"], "sectors": ["games"]},
                 {"production": (("company",), {"games-studio", "production-company"}),
                  "games-dev": (("company", "facility"), {"games-studio"})},
                 id="a freelance game programmer: studios that hire it, and its own craft's houses"),
    pytest.param({"kind": "freelancer", "roles": ["composer"], "sectors": ["animation"]},
                 {"production": (("company",), {"animation-studio", "production-company"}),
                  "music": (("company", "facility"), {"recording-studio"})},
                 id="a freelance composer: animation studios and producers, and recording studios"),
    pytest.param({"roles": ["camera hire"], "sectors": ["film"]},
                 {"production": (("company",), {"production-company"}),
                  "camera": (("freelancer",), {"director-of-photography", "camera-operator"})},
                 id="a camera hire house: productions, and the camera crews who book its kit"),
    pytest.param({"roles": ["2D animation studio"], "sectors": ["animation"]},
                 {"sound-post": ((), {"dubbing-theatre", "sound-designer"})},
                 id="an animation studio: sound post from anyone who does it"),
]


@pytest.mark.parametrize(("fields", "fills"), WHO_FILLS)
def test_who_fills_a_gap(fields, fills):
    profile = _member(**fields)
    gaps = {g.id: g for g in find_gaps(read_work(profile, to_document(profile)), limit=12)}
    for gap_id, (kinds, roles) in fills.items():
        assert gap_id in gaps, sorted(gaps)
        assert gaps[gap_id].kinds == kinds
        assert roles <= set(gaps[gap_id].filled_by)


def test_a_hire_house_is_not_offered_other_hire_houses_for_its_own_craft():
    profile = _member(roles=["camera hire"], sectors=["film"])
    crew = {g.id: g for g in find_gaps(read_work(profile, to_document(profile)))}["camera"]
    assert "camera-hire" not in crew.filled_by and crew.said == "you need camera crews to hire your kit"


def test_a_candidates_kinds_of_work_are_read_from_its_indexed_sectors_and_credits_as_a_members_are():
    from matcher.partners.work import document_kinds, kind_overlap
    profile = _member(sectors=["games"], credits=[Credit(title="A, the sequel", year=2024, type="game"),
                                                    Credit(title="B", year=2023, type="feature")])
    kinds = document_kinds(to_document(profile))
    assert kinds == read_work(profile, to_document(profile)).kinds == {"games": 0.75, "drama": 0.25}
    assert kind_overlap(kinds, {"games": 1.0}) == 0.75
    assert kind_overlap(kinds, {}) is None  # says nothing about its work: neither near nor far
