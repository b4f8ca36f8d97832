"""Criteria fit, criterion by criterion: met, partly, not met, unknown; stated against to verify."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.investors.facts import company_investment_facts
from matcher.investors.fit import fit_company
from matcher.investors.geography import company_place
from models import Profile
from models.investor import InterestCriteria

TODAY = dt.date(2026, 12, 5)


def company(**facts) -> Profile:
    location = facts.pop("location", {"town": "Hanley", "postcode": "ST1"})
    sectors = facts.pop("sectors", ["games"])
    return Profile.model_validate({"id": "co-x", "kind": "company", "name": "X", "sectors": sectors,
                                   "location": location, "company": facts or None})


def verdict(criteria: dict, profile: Profile, strict=frozenset()):
    fit = fit_company(InterestCriteria.model_validate(criteria), company_investment_facts(profile, TODAY),
                      company_place(profile.location), strict)
    return fit, {c.criterion: (c.status, c.source) for c in fit.criteria}


@pytest.mark.parametrize(("raising", "status"), [
    ({"min": 15_000, "max": 40_000}, "met"),
    ({"min": 60_000, "max": 150_000}, "partly"),      # the syndicate fit, not a miss
    ({"min": 2_000_000, "max": 4_000_000}, "not met"),
    ({"min": 6_000, "max": 8_000}, "partly"),          # a little below one cheque
    (None, "unknown"),
])
def test_ticket_against_the_raise(raising, status) -> None:
    profile = company(raising_gbp=raising) if raising else company(founded=2020)
    _, got = verdict({"ticket_gbp": {"min": 10_000, "max": 25_000}}, profile)
    assert got["ticket"][0] == status


def test_each_criterion_moves_the_score() -> None:
    base = dict(stage="seed", raising_gbp={"min": 20_000, "max": 50_000}, seis=True, own_ip=True, founded=2024,
                employees=4)
    criteria = {"sectors": ["games"], "stages": ["seed"], "ticket_gbp": {"min": 10_000, "max": 25_000},
                "seis": True, "own_ip": True, "places": ["Stoke-on-Trent"], "radius_km": 30,
                "employees": {"max": 10}, "age_years": {"max": 3}}
    best, got = verdict(criteria, company(**base))
    assert best.score == 1.0 and {s for s, _ in got.values()} == {"met"}
    worse = {"stage": "growth", "seis": False, "own_ip": False, "employees": 40, "founded": 2010}
    for field, value in worse.items():
        fit, _ = verdict(criteria, company(**{**base, field: value}))
        assert fit.score < best.score, field
    far, got = verdict(criteria, company(**base, location={"town": "Exeter"}))
    assert got["geography"][0] == "not met" and far.score < best.score
    other, got = verdict(criteria, company(**base, sectors=["catering"]))
    assert got["sectors"][0] == "not met" and other.score < best.score


def test_unknown_never_counts_as_met() -> None:
    known, got = verdict({"own_ip": True}, company(own_ip=True))
    unknown, got_unknown = verdict({"own_ip": True}, company(sectors=["film"]))
    assert got == {"own_ip": ("met", "stated")} and got_unknown == {"own_ip": ("unknown", None)}
    assert unknown.score < known.score and unknown.score < 0.5


def test_inferred_facts_are_to_verify_and_count_less_than_stated() -> None:
    stated, got = verdict({"seis": True}, company(seis=True, founded=2025, employees=3))
    inferred, got_inferred = verdict({"seis": True}, company(founded=2025, employees=3))
    assert got["tax_relief"] == ("met", "stated") and got_inferred["tax_relief"] == ("met", "to verify")
    assert inferred.score < stated.score
    _old, got_old = verdict({"seis": True}, company(founded=2012, employees=3))
    assert got_old["tax_relief"] == ("not met", "to verify")
    _, ip = verdict({"own_ip": True}, company(sectors=["games"], founded=2020))
    assert ip["own_ip"] == ("met", "to verify")  # a games studio usually owns its games
    _, stage = verdict({"stages": ["pre-seed"]}, company(founded=2025, employees=2))
    assert stage["stage"] == ("met", "to verify")


def test_strict_leaves_out_unknown_and_not_met() -> None:
    strict = frozenset({"own_ip"})
    assert verdict({"own_ip": True}, company(own_ip=True), strict)[0].excluded_by is None
    assert verdict({"own_ip": True}, company(sectors=["film"]), strict)[0].excluded_by == "own_ip"
    assert verdict({"own_ip": True}, company(own_ip=False), strict)[0].excluded_by == "own_ip"


def test_regions_and_the_county_by_postcode_district() -> None:
    _, staffs = verdict({"places": ["Staffordshire"]}, company(location={"town": "Lichfield", "postcode": "WS13"}))
    _, west = verdict({"places": ["West Midlands"]}, company(location={"town": "Macclesfield", "postcode": "SK10"}))
    _, north_west = verdict({"places": ["North West"]}, company(location={"town": "Macclesfield",
                                                                          "postcode": "SK10"}))
    _, nowhere = verdict({"places": ["Leek"]}, company(location=None))
    assert staffs["geography"][0] == "met" and west["geography"][0] == "not met"
    assert north_west["geography"][0] == "met" and nowhere["geography"] == ("unknown", None)


def test_sectors_adjacent_excluded_and_umbrellas() -> None:
    _, adjacent = verdict({"sectors": ["vfx"]}, company(sectors=["animation"]))
    _, umbrella = verdict({"sectors": ["creative technology"]}, company(sectors=["immersive"]))
    _, excluded = verdict({"exclude_sectors": ["vfx"]}, company(sectors=["vfx"]))
    assert adjacent["sectors"][0] == "partly" and umbrella["sectors"][0] == "met"
    assert excluded["exclude_sectors"][0] == "not met"
