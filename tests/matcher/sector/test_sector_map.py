"""The sector map's counts from register facts: the sector, flagged apart, growth, profiles
counted only as the caller may find them, and the district shapes."""

from __future__ import annotations

import datetime as dt

from matcher.companies_house.sic import describe
from matcher.sector import SectorCompany, district_shapes, sector_map
from models.profile import RegisterAddress, RegisterFacts, RegisterFlag, RegisterLeft, SicCode


def company(number: str, codes=("59111",), postcode="ST4 7QB", town="STOKE-ON-TRENT", incorporated="2015-02-01",
            flags=(), left=None, visibility="public", full=False, accounts="MICRO ENTITY") -> SectorCompany:
    facts = RegisterFacts(
        name=f"COMPANY {number} LTD", status="Active", incorporated=dt.date.fromisoformat(incorporated),
        accounts_category=accounts, sic=[SicCode(code=c, description=describe(c)) for c in codes],
        address=RegisterAddress(town=town, postcode=postcode),
        flags=[RegisterFlag(flag=f, rule="r", reason="because") for f in flags],
        left=RegisterLeft(reason="not in the register snapshot of 2026-10-01", since=dt.date(2026, 10, 1))
        if left else None)
    return SectorCompany(number, facts, f"p-{number}", f"Company {number}", visibility, full)


COMPANIES = [
    company("1", ("59111", "59112"), full=True),
    company("2", ("58210",), "ST13 5AA", "LEEK", "2019-05-01"),
    company("3", ("59120",), "DE14 1AA", "BURTON-ON-TRENT", "2019-07-01", full=True, visibility="staff"),
    company("4", ("59111",), flags=("likely-spv",), incorporated="2025-01-01"),
    company("5", ("59113",), "ST16 2AA", "STAFFORD", "2012-01-01", left=True),
]


def test_the_sector_is_the_active_unflagged_companies_with_flagged_ones_apart():
    report = sector_map(COMPANIES, lambda v: v != "staff")
    totals = report["totals"]
    assert totals["companies"] == 3 and totals["registered"] == 4 and totals["flagged"] == 1 and totals["left"] == 1
    assert {r["code"]: r["companies"] for r in report["by_sic"]} == {"59111": 1, "59112": 1, "58210": 1, "59120": 1}
    assert {r["town"]: r["companies"] for r in report["by_town"]} == {"Stoke-on-Trent": 1, "Leek": 1,
                                                                      "Burton-on-Trent": 1}
    assert {r["year"]: r["companies"] for r in report["by_year"]} == {2015: 1, 2019: 2}
    assert report["by_accounts"] == [{"category": "Micro Entity", "companies": 3}]
    assert sector_map(COMPANIES, lambda v: True, include_flagged=True)["totals"]["companies"] == 4


def test_growth_counts_incorporations_and_departures_by_year():
    growth = {g["year"]: g for g in sector_map(COMPANIES, lambda v: True)["growth"]}
    assert growth[2012] == {"year": 2012, "incorporated": 1, "ended": 0, "active": 1}
    assert growth[2019]["incorporated"] == 2 and growth[2019]["active"] == 4
    assert growth[2026] == {"year": 2026, "incorporated": 0, "ended": 1, "active": 3}
    assert min(growth) == 2012 and sorted(growth) == list(range(2012, 2027))


def test_a_full_profile_is_counted_and_named_only_for_whoever_may_find_it():
    public = sector_map(COMPANIES, lambda v: v != "staff")
    staff = sector_map(COMPANIES, lambda v: True)
    assert public["totals"]["with_profile"] == 1 and staff["totals"]["with_profile"] == 2
    assert public["totals"]["companies"] == staff["totals"]["companies"]
    hidden = {c["number"]: c for c in public["companies"]}["3"]
    plain = {c["number"]: c for c in public["companies"]}["2"]
    assert (hidden["profile_id"], hidden["full_profile"]) == (None, False)
    assert (plain["profile_id"], plain["full_profile"]) == (None, False)
    assert {c["number"]: c for c in staff["companies"]}["3"]["profile_id"] == "p-3"
    districts = {r["district"]: r for r in public["by_district"]}
    assert districts["DE14"]["with_profile"] == 0 and districts["ST4"]["with_profile"] == 1


def test_district_shapes_are_closed_rings_around_their_centroids():
    shapes = district_shapes(["ST4", "ST13", "NOWHERE"])
    assert len(shapes) == 2
    for shape, (lat, lon) in zip(shapes, [(52.9978, -2.18349), (53.1015, -2.01993)], strict=True):
        ring = shape["coordinates"][0]
        assert ring[0] == ring[-1] and len(ring) >= 4
        assert min(p[0] for p in ring) < lon < max(p[0] for p in ring)
        assert min(p[1] for p in ring) < lat < max(p[1] for p in ring)
        assert max(abs(p[1] - lat) for p in ring) < 0.12  # clipped to about 12 km
