"""Companies known only from the register are found by their name and SIC descriptions, and
the crew sheet says so ("no profile yet: invite them")."""

from __future__ import annotations

import pytest

from matcher.companies_house import import_register
from matcher.companies_house.writer import write_snapshot
from matcher.engine import Engine
from matcher.search import Query
from matcher.settings import MatcherSettings
from models.profile import CompanyFacts, Location, Profile
from tests.matcher.companies_house.register_rows import company

pytestmark = pytest.mark.slow


@pytest.fixture
def engine(tmp_path, encoder):
    settings = MatcherSettings(home=tmp_path / "home")
    engine = Engine(settings, encoder=encoder)
    member = Profile(id="co-kiln-pictures", kind="company", name="Kiln Pictures", roles=["Production company"],
                     headline="Corporate video for Potteries manufacturers", summary="Video production in Hanley.",
                     location=Location(town="Hanley", postcode="ST1"), visibility="public",
                     company=CompanyFacts(number="99000001"))
    engine.save_profiles([member])
    path = tmp_path / "BasicCompanyDataAsOneFile-2026-09-01.csv"
    write_snapshot(path, [company("99000001", "KILN PICTURES LTD", "ST1 5AA", ("59112",)),
                          company("99000002", "SAGGAR MOTION LTD", "ST13 5AA", ("59120",), town="LEEK"),
                          company("99000003", "FLINTLOCK INTERACTIVE LTD", "ST4 2AB", ("62011",))])
    import_register(engine.store, path)
    engine.sync()
    yield engine
    engine.store.engine.dispose()


def test_a_register_only_company_is_found_by_its_name_and_its_sic_description(engine):
    by_name = engine.search([Query(text="Saggar Motion", top_k=3)])[0]
    assert by_name[0].id == "ch-99000002"
    by_activity = engine.search([Query(text="post-production activities", top_k=3)])[0]
    assert by_activity[0].id == "ch-99000002"
    games = engine.search([Query(text="interactive leisure and entertainment software development", top_k=3)])[0]
    assert games[0].id == "ch-99000003"


def test_the_crew_sheet_says_a_match_rests_on_register_facts_only(engine):
    sheet = engine.match_brief("Corporate film in Stoke-on-Trent in March 2027: we need a post-production house "
                               "and a video production company.")
    notes = {m.id: m.register_note for result in sheet.needs for m in result.matches}
    assert notes.get("ch-99000002") == "no profile yet: invite them"
    assert notes.get("co-kiln-pictures", "absent") in (None, "absent")  # a full profile carries no note
