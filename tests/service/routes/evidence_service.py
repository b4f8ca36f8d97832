"""A running server with a register and recorded briefs, for the sector map and gap report tests.

The demo slice (as the suite's ``service``), then, once the server runs: the demo's Companies
House snapshot imported into its database (the server follows the change log), a company whose
full profile only staff may see, and a few briefs matched through the API (recorded for the
gap report). One server per session, on SQLite: the pages do not care which database is behind.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from matcher.companies_house import import_register
from matcher.demo import load_demo
from matcher.demo.companies_house import DEMO_REGISTER_PATH, demo_register_rows
from matcher.settings import MatcherSettings
from matcher.store import Store
from models.profile import CompanyFacts, Profile
from tests.service_fixtures import Service, fresh_database, make_service

__all__ = ["BRIEFS", "HIDDEN_NUMBER", "evidence_service"]

BRIEFS = [
    "Two weeks in Leek from 3 March 2027: we need a gaffer, a water tank and a stop-motion animator.",
    "Documentary in Burslem, 14-15 January 2027: sound recordist and a boom operator please.",
    "Games trailer in Stoke-on-Trent next spring: motion capture studio and a colourist.",
]


def _hidden_number() -> str:
    """A register company of the demo snapshot with no demo profile, in the area."""
    profiled = {p.company.number for p in load_demo() if p.company}
    for row in demo_register_rows():
        if row["CompanyNumber"] not in profiled and row["RegAddress.PostCode"].startswith("ST4 ") \
                and row["CompanyStatus"] == "Active" and row.get("SICCode.SicText_1", "")[:5] in ("59112", "59111"):
            return row["CompanyNumber"]
    raise AssertionError("the demo register has no such company")


HIDDEN_NUMBER = _hidden_number()


@pytest.fixture(scope="session")
def evidence_service(tmp_path_factory, demo_slice_profiles, demo_slice_index) -> Iterator[Service]:
    database = fresh_database("sqlite")
    home = tmp_path_factory.mktemp("evidence")
    running = make_service(home, database, demo_slice_profiles, demo_slice_index)
    store = Store(MatcherSettings(home=home).resolved_database_url)
    try:
        hidden = Profile(id="co-hidden-studio", kind="company", name="Quiet Kiln Studio",
                         summary="A studio that only the film office knows about.", roles=["Production company"],
                         visibility="staff", company=CompanyFacts(number=HIDDEN_NUMBER))
        store.save([hidden])
        import_register(store, DEMO_REGISTER_PATH)
        latest = store.latest_seq()
        deadline = time.monotonic() + 300
        while running.client().get("/api/health").json()["change_seq"] < latest:
            assert time.monotonic() < deadline, "the server did not follow the import"
            time.sleep(0.5)
        for text in BRIEFS:
            assert running.client().post("/api/briefs/match", json={"text": text, "today": "2026-11-28"}) \
                .status_code == 200
        yield running
    finally:
        store.engine.dispose()
        running.close()
        running.server.stop()
        database.drop()
