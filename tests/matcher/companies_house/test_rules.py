"""The rules as data: every keep rule and flag rule against its own examples and non-examples,
how the likely-SPV signals combine, address clusters, and the area."""

from __future__ import annotations

import datetime as dt

import pytest

from matcher.companies_house.area import DEFAULT_DISTRICTS, Area, outward_code
from matcher.companies_house.flags import FLAG_RULES, address_clusters, flags_for
from matcher.companies_house.records import RegisterRecord
from matcher.companies_house.rules import KEEP_RULES, RuleContext, why_not_kept
from matcher.companies_house.sic import describe, parse_sic_text, sic_descriptions
from matcher.errors import InvalidInput
from models.profile import RegisterAddress, RegisterFacts, SicCode

AS_OF = dt.date(2026, 9, 1)


def record(status: str = "Active", postcode: str = "ST4 7QB", sic: tuple[str, ...] | list[str] = ("59111",),
           name: str = "KILN LIGHT PICTURES LTD", **_: object) -> RegisterRecord:
    return RegisterRecord(
        line=2, number="99000001", name=name, status=status, category="Private Limited Company",
        incorporated=dt.date(2015, 2, 1), dissolved=None, accounts_category="TOTAL EXEMPTION FULL",
        sic=tuple(SicCode(code=c, description=describe(c)) for c in sic),
        address=RegisterAddress(line1="1 FOUNDRY STREET", town="STOKE-ON-TRENT", postcode=postcode or None),
        district=outward_code(postcode) if postcode else None, previous_names=(), uri=None)


def facts(name: str = "KILN LIGHT PICTURES LTD", status: str = "Active", accounts_category: str | None = "SMALL",
          sic: list[str] | None = None, incorporated: str | None = "2015-02-01", **_: object) -> RegisterFacts:
    return RegisterFacts(name=name, status=status, accounts_category=accounts_category,
                         incorporated=dt.date.fromisoformat(incorporated) if incorporated else None,
                         sic=[SicCode(code=c, description=describe(c)) for c in (sic or ["59111", "59112"])],
                         address=RegisterAddress(line1="1 FOUNDRY STREET", postcode="ST1 5AA"))


KEEP_CASES = [(rule.name, example, True) for rule in KEEP_RULES for example in rule.examples] + \
             [(rule.name, example, False) for rule in KEEP_RULES for example in rule.non_examples]


@pytest.mark.parametrize(("rule_name", "example", "passes"), KEEP_CASES,
                         ids=[f"{n}:{'pass' if p else 'fail'}:{e}" for n, e, p in KEEP_CASES])
def test_each_keep_rule_passes_its_examples_and_fails_its_non_examples(rule_name, example, passes):
    rule = next(r for r in KEEP_RULES if r.name == rule_name)
    context = RuleContext(Area(), bool(example.get("include_music")), AS_OF)
    reason = rule.check(record(**example), context)
    assert (reason is None) is passes, reason
    if not passes:
        assert reason and len(reason) > 10  # a reason a person can read


def test_a_company_failing_a_rule_says_which():
    context = RuleContext(Area(), False, AS_OF)
    assert why_not_kept(record(), context) is None
    assert why_not_kept(record(status="Liquidation"), context) == "not active on the register (Liquidation)"
    assert why_not_kept(record(postcode="M1 1AE"), context) == "registered office outside the area (M1 1AE)"
    assert why_not_kept(record(sic=("59200",)), context) == "music only (59200), imported without --include-music"
    assert why_not_kept(record(sic=("62012",)), context) == "no screen SIC code (62012)"


FLAG_CASES = [(rule.name, example, True) for rule in FLAG_RULES for example in rule.examples] + \
             [(rule.name, example, False) for rule in FLAG_RULES for example in rule.non_examples]


@pytest.mark.parametrize(("rule_name", "example", "fires"), FLAG_CASES,
                         ids=[f"{n}:{'fires' if f else 'quiet'}:{e}" for n, e, f in FLAG_CASES])
def test_each_flag_rule_fires_on_its_examples_only(rule_name, example, fires):
    rule = next(r for r in FLAG_RULES if r.name == rule_name)
    as_of = dt.date.fromisoformat(example["as_of"]) if "as_of" in example else AS_OF
    reason = rule.check(facts(**example), as_of)
    assert bool(reason) is fires, reason


def test_a_likely_spv_needs_a_strong_signal_or_every_weak_one_and_lists_its_reasons():
    titled = flags_for(facts(name="THE BOTTLE KILN JOB FILM LIMITED"), AS_OF)
    assert [f.rule for f in titled] == ["production-title name"] and titled[0].flag == "likely-spv"
    two_weak = facts(accounts_category="MICRO ENTITY", sic=["59111"], incorporated="2015-02-01")
    assert flags_for(two_weak, AS_OF) == []  # an established micro production company trades
    all_weak = facts(accounts_category="MICRO ENTITY", sic=["59111"], incorporated="2026-01-10")
    reasons = flags_for(all_weak, AS_OF)
    assert [f.rule for f in reasons] == ["micro or dormant accounts", "one production code", "recently incorporated"]
    assert all(f.flag == "likely-spv" for f in reasons)
    clustered = flags_for(facts(), AS_OF, cluster="2 other screen companies registered at …")
    assert [f.rule for f in clustered] == ["companies at one address"]


def test_dormant_and_strike_off_are_flags_of_their_own():
    flagged = flags_for(facts(status="Active - Proposal to Strike off", accounts_category="DORMANT"), AS_OF)
    assert {(f.flag, f.rule) for f in flagged} == {("strike-off", "proposal to strike off"),
                                                    ("dormant", "dormant accounts")}


def test_several_screen_companies_at_one_address_incorporated_close_together_form_a_cluster():
    def at(line1: str, incorporated: str) -> RegisterFacts:
        return facts(incorporated=incorporated).model_copy(
            update={"address": RegisterAddress(line1=line1, postcode="ST1 5AA")})

    companies = [("1", at("Unit 4, Kiln Yard", "2024-01-10")), ("2", at("UNIT 4 KILN YARD", "2024-06-01")),
                 ("3", at("unit 4  kiln yard", "2025-03-01")), ("4", at("UNIT 4 KILN YARD", "2012-05-05")),
                 ("5", at("2 OTHER ROAD", "2024-02-02"))]
    reasons = address_clusters(companies)
    assert set(reasons) == {"1", "2", "3"}  # 4 is years apart; 5 is elsewhere
    assert "2 other screen companies registered at" in reasons["1"]


def test_the_area_is_stoke_and_staffordshire_by_default_and_takes_areas_and_districts():
    area = Area()
    assert area.contains("ST4") and area.contains("DE14") and area.contains("B79") and area.contains("WV8")
    assert not area.contains("M1") and not area.contains("CW3") and not area.contains(None)
    assert area.describe() == "Stoke-on-Trent and Staffordshire" and len(DEFAULT_DISTRICTS) == 38
    custom = Area.parse("ST, de13")
    assert custom.contains("ST99") and custom.contains("DE13") and not custom.contains("DE14")
    assert Area.parse("default,CW3").contains("CW3") and Area.parse("default,CW3").contains("ST13")
    assert Area.parse("all").contains("EC1A") and Area.parse("all").contains(None)
    with pytest.raises(InvalidInput, match="'STOKE' is not a postcode area"):
        Area.parse("ST,Stoke")


def test_postcodes_give_their_district_however_written():
    assert outward_code("st4 7qb") == "ST4" and outward_code("ST47QB") == "ST4" and outward_code("DE13  9AB") == "DE13"
    assert outward_code("ST13") == "ST13" and outward_code("not a postcode") is None


def test_sic_codes_get_their_official_descriptions():
    assert len(sic_descriptions()) == 731
    official = parse_sic_text("59113 - TV progs")  # the snapshot's text is not what is kept
    assert official is not None and official.description == "Television programme production activities"
    assert parse_sic_text("None Supplied") is None and parse_sic_text("") is None
    unlisted = parse_sic_text("12345 - Something new")
    assert unlisted is not None and unlisted.description == "Something new"
