"""Companies for an interest, and investors for a company, over the demo through the one search."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.errors import Forbidden
from matcher.investors.interest import parse_interest, read_interest
from matcher.investors.ranking import rank_companies
from matcher.investors.reverse import rank_investors
from models.investor import InterestCriteria

TODAY = dt.date(2026, 12, 5)
ISSUE = ("Angel, £10–25k tickets, pre-seed or seed games or animation studios with their own IP, "
         "SEIS please, within an hour of Stoke")


@pytest.fixture(scope="module")
def lookup(demo_profiles):
    by_id = {p.id: p for p in demo_profiles}
    return lambda ids: {i: by_id[i] for i in ids if i in by_id}


def test_companies_only_each_with_its_breakdown_and_parts(demo_index, lookup, demo_profiles) -> None:
    matches = rank_companies(demo_index, parse_interest(ISSUE), lookup, top=10, audience="members", today=TODAY)
    assert len(matches) == 10 and {m.kind for m in matches} == {"company"}
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    for m in matches:
        assert m.score == pytest.approx(m.text_part + m.fit_part, abs=1e-3)
        assert {c.criterion for c in m.criteria} == {"sectors", "stage", "ticket", "tax_relief", "own_ip",
                                                     "geography"}
        assert "text relevance" in m.reasons[0] and "criteria fit" in m.reasons[0]
    top = lookup([matches[0].id])[matches[0].id]
    assert set(top.sectors) & {"games", "animation"}


def test_fit_lifts_a_company_that_meets_the_criteria(demo_index, lookup) -> None:
    plain = rank_companies(demo_index, parse_interest("games studios"), lookup, top=40, audience="members",
                           today=TODAY)
    seis = rank_companies(demo_index, parse_interest("games studios, SEIS, raising £20-50k"), lookup, top=40,
                          audience="members", today=TODAY)
    def seis_met(m) -> bool:
        return next(c for c in m.criteria if c.criterion == "tax_relief").status == "met"

    assert all(seis_met(m) for m in seis[:3]), [(m.id, [(c.criterion, c.status) for c in m.criteria]) for m in seis[:3]]
    assert [m.id for m in plain[:5]] != [m.id for m in seis[:5]]


def test_strict_makes_criteria_hard_filters(demo_index, lookup) -> None:
    reading = read_interest("animation studios", InterestCriteria(own_ip=True, strict=["own_ip"]))
    matches = rank_companies(demo_index, reading, lookup, top=50, audience="members", today=TODAY)
    assert matches
    assert all(c.status in ("met", "partly") for m in matches for c in m.criteria if c.criterion == "own_ip")
    loose = rank_companies(demo_index, parse_interest("animation studios with their own IP"), lookup, top=200,
                           audience="members", today=TODAY)
    assert any(c.status == "unknown" for m in loose for c in m.criteria if c.criterion == "own_ip")


def test_reverse_direction_finds_investors_whose_interest_fits(demo_index, lookup) -> None:
    company = lookup(["co-bottle-oven-games"])["co-bottle-oven-games"]
    investors = rank_investors(demo_index, company, lookup, top=5, audience="members", today=TODAY)
    assert investors and {m.kind for m in investors} == {"investor"}
    assert all(m.criteria for m in investors)
    sectors = [next((c.status for c in m.criteria if c.criterion == "sectors"), "met") for m in investors[:3]]
    assert "not met" not in sectors


def test_the_public_never_searches_investors(demo_index, lookup) -> None:
    company = lookup(["co-bottle-oven-games"])["co-bottle-oven-games"]
    with pytest.raises(Forbidden):
        rank_investors(demo_index, company, lookup, audience="public")
