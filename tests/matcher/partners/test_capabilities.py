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
    # a camera hire house is complemented by the productions that hire it
    ({"roles": ["camera hire"], "sectors": ["film"]}, {"production"}, {"camera"}),
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
