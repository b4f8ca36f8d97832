"""An interest in an investor's own words is read into criteria, each with the words it came from."""

from __future__ import annotations

import pytest

from matcher.investors.interest import parse_interest, read_interest
from models.investor import InterestCriteria

ISSUE = ("Angel, £10–25k tickets, pre-seed or seed games or animation studios with their own IP, "
         "SEIS please, within an hour of Stoke")


def test_the_issues_example_is_read_whole() -> None:
    reading = parse_interest(ISSUE)
    c = reading.criteria
    assert (c.ticket_gbp.min, c.ticket_gbp.max) == (10_000, 25_000)
    assert c.stages == ["pre-seed", "seed"]
    assert c.sectors == ["games", "animation"]  # "studios" here is no sector
    assert c.own_ip is True and c.seis is True and c.eis is None
    assert c.places == ["Stoke"] and c.radius_km == 60
    assert {r.criterion for r in reading.read} == {"ticket", "stage", "sectors", "own_ip", "tax_relief", "geography"}
    assert any(r.words == "£10–25k" for r in reading.read)


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("up to £50k per deal", "ticket_gbp", {"min": None, "max": 50_000}),
    ("we write £100k+ cheques", "ticket_gbp", {"min": 100_000, "max": None}),
    ("£0.5m-£2m for a minority stake", "ticket_gbp", {"min": 500_000, "max": 2_000_000}),
    ("equity of £50,000 to £250,000", "ticket_gbp", {"min": 50_000, "max": 250_000}),
    ("seed rounds of up to £500k, we commit £50k-£100k", "round_gbp", {"min": None, "max": 500_000}),
    ("~£50k", "ticket_gbp", {"min": 25_000, "max": 75_000}),
    ("5-20 staff", "employees", {"min": 5, "max": 20}),
    ("fewer than 250 staff", "employees", {"min": None, "max": 249}),
    ("company under 3 years old", "age_years", {"min": None, "max": 3}),
    ("5+ years' trading", "age_years", {"min": 5, "max": None}),
])
def test_amounts_sizes_and_ages(text: str, field: str, expected: dict) -> None:
    assert getattr(parse_interest(text).criteria, field).model_dump() == expected


def test_a_round_and_a_ticket_in_one_sentence_are_told_apart() -> None:
    c = parse_interest("seed rounds of up to £500k in animation. We typically commit £50k-£100k").criteria
    assert c.round_gbp.max == 500_000 and (c.ticket_gbp.min, c.ticket_gbp.max) == (50_000, 100_000)


def test_a_matching_ratio_is_not_an_amount() -> None:
    assert parse_interest("matches private investment £1 for £1").criteria.ticket_gbp is None


@pytest.mark.parametrize(("text", "radius"), [("within 20 miles of Lichfield", 32.2), ("within 50km of Leek", 50),
                                              ("within an hour of Stoke", 60)])
def test_radius_in_miles_km_or_hours(text: str, radius: float) -> None:
    assert parse_interest(text).criteria.radius_km == radius


def test_where_the_investor_is_is_not_where_companies_must_be() -> None:
    reading = parse_interest("I sold my post-production business in Manchester; now looking in the Potteries")
    assert reading.criteria.places == ["The Potteries"]
    assert any("Manchester" in note for note in reading.notes)
    assert parse_interest("I'm in Macclesfield, happy to travel").criteria.places == []


def test_regions_and_negated_stages_and_sectors() -> None:
    c = parse_interest("West Midlands companies, established businesses rather than start-ups. "
                       "Not interested in VFX-only shops").criteria
    assert c.places == ["West Midlands"]
    assert c.stages == ["established"]
    assert c.exclude_sectors == ["vfx"]


def test_schemes_either_or_both() -> None:
    both = parse_interest("everything we do is SEIS or EIS").criteria
    assert both.seis and both.eis
    only = parse_interest("EIS essential").criteria
    assert only.eis and only.seis is None


def test_given_criteria_win_over_the_text() -> None:
    given = InterestCriteria(stages=["series-a"], strict=["stage"])
    reading = read_interest("seed games studios, SEIS", given)
    assert reading.criteria.stages == ["series-a"] and reading.criteria.seis is True
    assert reading.criteria.strict_names() == {"stage"}


def test_a_malformed_criterion_names_its_field() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="ticket_gpb"):
        InterestCriteria.model_validate({"ticket_gpb": {"min": 1}})
    with pytest.raises(ValidationError, match="stages"):
        InterestCriteria.model_validate({"stages": ["series-z"]})
