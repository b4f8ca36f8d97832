"""The inference probes: what the public may not see cannot be worked out from what it may ask.

Each probe is what an attacker tried (issue 17): bisecting ``max_rate``, reading availability
labels, searching a hidden freelancer's surname, nickname, trade name and email handle, a rare
phrase from a withheld summary, and the matched terms of an explanation.
"""

from __future__ import annotations

import uuid

import pytest

BRIEF = "Shooting in Leek from 1 March 2027 to 12 March 2027. We need a gaffer and a sound recordist."


def _hidden_freelancer(service) -> dict:
    """A members-only freelancer with a surname, a nickname, a trade name, a handle and a rare phrase."""
    suffix = uuid.uuid4().hex[:6]
    profile = {
        "id": f"fl-probe-{suffix}", "kind": "freelancer", "visibility": "members",
        "name": 'Ottoline "Quillfeather" Vanstraubenzee',
        "headline": "Vanstraubenzee lighting: gaffer for drama",
        "summary": "Known as Quillfeather on set, trading as Brackenmoor Lighting. I once rewired the "
                   "Froghall wharf lime kiln lanterns by moonlight for a heritage documentary.",
        "roles": ["Gaffer"], "skills": ["Vanstraubenzee rigging method", "night exteriors"],
        "location": {"town": "Leek", "postcode": "ST13"},
        "day_rate_gbp": {"min": 377, "max": 377},
        "contact": {"email": "otto.zelkovaworks@example.com", "website": "https://www.brackenmoor.co.uk"},
    }
    created = service.client("admin").post("/api/profiles", json=profile)
    assert created.status_code == 201, created.text
    return profile


@pytest.fixture(scope="module")
def hidden(service) -> dict:
    return _hidden_freelancer(service)


def _search(service, role: str, text: str, **filters) -> list[dict]:
    response = service.client(role).post("/api/search", json={"text": text, "top_k": 10, **filters})
    assert response.status_code == 200, response.text
    return response.json()["matches"]


@pytest.mark.parametrize("probe", ["Vanstraubenzee", "Quillfeather", "Brackenmoor", "zelkovaworks", "Ottoline",
                                   "brackenmoor.co.uk"])
def test_no_name_nickname_trade_name_or_handle_finds_a_hidden_freelancer(service, hidden, probe):
    for match in _search(service, "public", probe):
        if match["id"] == hidden["id"]:  # at most by chance of meaning, never by a word of the name
            assert match["explanation"]["lexical_raw"] == 0 and match["rank"] > 1, match


def test_a_name_beside_the_trade_scores_only_the_trade(service, hidden):
    matches = _search(service, "public", "Ottoline Vanstraubenzee gaffer", kinds=["freelancer"])
    mine = next((m for m in matches if m["id"] == hidden["id"]), None)
    if mine is not None:
        words = {w for found in mine["explanation"]["matched_terms"].values() for w in found}
        assert words <= {"gaffer"}, words
    member = _search(service, "member", "Vanstraubenzee", kinds=["freelancer"])  # not even a member finds the name
    assert all(m["explanation"]["lexical_raw"] == 0 for m in member if m["id"] == hidden["id"])


def test_a_rare_phrase_from_a_withheld_summary_finds_nothing(service, hidden):
    matches = _search(service, "public", "rewired the Froghall wharf lime kiln lanterns by moonlight")
    mine = [m for m in matches if m["id"] == hidden["id"]]
    assert not mine or (mine[0]["explanation"]["lexical_raw"] == 0 and mine[0]["rank"] > 1)


def test_matched_terms_never_come_from_a_withheld_field(service, hidden):
    matches = _search(service, "public", "gaffer moonlight heritage Froghall lanterns")
    for match in matches:
        terms = match["explanation"]["matched_terms"]
        if match["name"].startswith("Freelance"):  # name hidden: the summary is withheld too
            assert "summary" not in terms, match
        if match["id"] == hidden["id"]:
            assert "moonlight" not in str(terms) and "froghall" not in str(terms).lower()


def test_the_public_cannot_filter_on_day_rates_or_diaries(service, hidden):
    public = service.client("public")
    for filters in ({"max_rate": 376, "strict": True}, {"available": {"start": "2027-03-01", "end": "2027-03-02"}}):
        response = public.post("/api/search", json={"text": "gaffer", **filters})
        assert response.status_code == 401, response.text
        assert "member data" in response.json()["detail"]
    # a member may: the rate bisection the public ran is a member's ordinary filter
    at_376 = _search(service, "member", "gaffer Leek", max_rate=376, strict=True, kinds=["freelancer"])
    at_377 = _search(service, "member", "gaffer Leek", max_rate=377, strict=True, kinds=["freelancer"])
    assert hidden["id"] not in [m["id"] for m in at_376]
    assert hidden["id"] in [m["id"] for m in at_377]


def test_a_public_crew_sheet_carries_no_availability_and_says_why(service):
    public = service.client("public").post("/api/briefs/match", json={"text": BRIEF, "today": "2026-12-01"})
    assert public.status_code == 200, public.text
    sheet = public.json()
    assert sheet["brief"]["dates"]["start"] == "2027-03-01"  # the brief as read
    assert any("diaries and day rates are member data" in note for note in sheet["brief"]["notes"])
    matches = [m for need in sheet["needs"] for m in need["matches"]]
    assert matches
    for match in matches:
        assert match["explanation"]["availability"] is None
        assert not {"availability", "day rate"} & set(match["explanation"]["unknown"])
        assert not any("availab" in reason for reason in match["explanation"]["reasons"])
    member = service.client("member").post("/api/briefs/match", json={"text": BRIEF, "today": "2026-12-01"}).json()
    labels = [m["explanation"]["availability"] for need in member["needs"] for m in need["matches"]]
    assert any(label is not None for label in labels)
