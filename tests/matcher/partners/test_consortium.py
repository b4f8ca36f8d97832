"""Teams for an opportunity over the demo cluster, with the product's encoder and the brief parser."""

from __future__ import annotations

import pytest

from matcher.errors import InvalidInput
from matcher.partners.consortium import by_words, consortium

CALL = ("52 x 11' animated series for a children's broadcaster: we need a storyboard artist, a compositor, "
        "an audio post-production house and a composer. Bids due 30 June.")




def test_teams_cover_every_need_with_the_bidder_in_each(demo_index, by_id, graph):
    result = consortium(demo_index, CALL, bidder=by_id["co-tiny-kiln-studio"], graph=graph)
    labels = [need.label for need in result.needs]
    assert {"Storyboard artist", "Compositor", "Composer"} <= set(labels)
    assert 2 <= len(result.teams) <= 3 and not result.uncovered
    assert len({tuple(m.id for m in team.members) for team in result.teams}) == len(result.teams)
    for team in result.teams:
        assert team.coverage == 1.0 and not team.uncovered
        assert any(m.bidder and m.id == "co-tiny-kiln-studio" for m in team.members)
        members = {m.id for m in team.members}
        for row in team.needs:
            assert row.provider in members and row.reason
            need = result.needs[row.need]
            assert need.role in demo_index.document(row.provider).role_ids or "role" in row.reason
        assert team.spread_km is not None and team.spread_km < 100
    best = result.teams[0]
    assert best.objective <= min(t.objective for t in result.teams)
    assert all("km away" in row.reason for row in best.needs)


def test_a_need_no_one_provides_is_reported_uncovered(demo_index, graph):
    result = consortium(demo_index, "Tender: we need an underwater camera operator and a composer, based in Leek.",
                        graph=graph)
    covered = {result.needs[row.need].label for row in result.teams[0].needs if row.provider}
    assert "Composer" in covered
    assert result.uncovered == [label for label in (n.label for n in result.needs) if label not in covered]


def test_no_recognisable_need_falls_back_to_a_search(demo_index, graph):
    result = consortium(demo_index, "A celebration of the pottery towns and their canals this summer", graph=graph)
    assert result.fallback and result.message and "no recognisable need" in result.message
    assert result.teams == [] and result.fallback_matches


def test_text_that_is_no_opportunity_is_refused(demo_index):
    with pytest.raises(InvalidInput):
        consortium(demo_index, "hi")


def test_the_opportunitys_own_words_find_providers_the_reading_missed(demo_index, by_id, graph):
    """A call whose needs the parser reads only in part: a plain search over its words is listed
    after the teams (it never changes them), without the bidder or investors."""
    text = ("Invitation to tender: a museum wants a virtual reality experience of a bottle oven, built in Unity "
            "for headsets, with spatial audio and a voice-over narrator. Staffordshire suppliers only.")
    result = consortium(demo_index, text, bidder=by_id["co-tiny-kiln-studio"], graph=graph)
    assert result.text_matches and "co-tiny-kiln-studio" not in result.text_matches
    assert all(demo_index.document(i).kind != "investor" for i in result.text_matches)
    immersive = [i for i in result.text_matches[:5]
                 if {"games-studio", "game-programmer"} & set(demo_index.document(i).role_ids)
                 or "VR" in demo_index.document(i).fields.get("roles", "")]
    assert immersive, result.text_matches[:5]


def test_the_opportunitys_own_words_never_list_a_profile_the_caller_may_not_see(demo_index):
    """A staff-only freelancer whose own words are the call's is listed to staff, never to members."""
    words = "Self-employed offline editor covering the edge of the Peak District"
    assert demo_index.document("fl-0053").visibility == "staff"
    assert "fl-0053" in by_words(demo_index, words, None, "staff")
    members = by_words(demo_index, words, None, "members")
    assert members and "fl-0053" not in members
    assert all(demo_index.document(i).visibility != "staff" for i in members)
