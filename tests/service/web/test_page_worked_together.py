"""The crew sheet page shows past work together, in headless Chromium: who on the sheet shares a
credit with whom (across needs) and with the member that sent the brief, names as the key's role
may see them."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tests.service.web.conftest import TIMEOUT_MS
from tests.service.web.test_page import find_crew, page, read_brief, use_key  # noqa: F401 (fixture)
from tests.service_fixtures import demo_slice_lines

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("service", ["sqlite"], indirect=True)]

PROFILES = {p["id"]: p for p in map(json.loads, demo_slice_lines())}
SENDER = "co-longport-pictures"
BRIEF = ("Commercial shoot in Newcastle-under-Lyme in April 2027: we need a spark, a unit base, a supervising "
         "location manager, a facilities driver and a cinematographer.")
MEMBERS_ONLY_NAMES = [p["name"] for p in PROFILES.values() if p["kind"] == "freelancer" and p["visibility"] != "public"]


def sheet_with_sender(tab) -> None:
    read_brief(tab, BRIEF)
    tab.fill("#sender", SENDER)
    find_crew(tab)


def test_the_sheet_lists_who_worked_together_and_each_card_says_it(page):  # noqa: F811
    sheet_with_sender(page)
    block = page.locator("section.together")
    expect(block.locator("h3")).to_have_text("Worked together before")
    sender = PROFILES[SENDER]["name"]
    listed = block.locator("li").filter(has_text=f"{sender} (who sent the brief): Chase Road, 2024")
    expect(listed.first).to_be_visible()
    card_lines = page.locator(".match .worked-together li")
    expect(card_lines.filter(has_text=re.compile(rf"^Worked with {re.escape(sender)}, who sent the brief, on "
                                                 r"Chase Road, 2024")).first).to_be_visible()
    # a link between two people on the sheet names the other's need: "Worked with X (Spark) on ..."
    expect(card_lines.filter(has_text=re.compile(r"^Worked with [^,]+ \([^)]+\) on ")).first).to_be_visible()
    # without a key, a members-only freelancer is named by what they do, in the evidence too
    text = page.inner_text("#sheet-body")
    assert not [name for name in MEMBERS_ONLY_NAMES if name in text]
    assert "Freelance " in block.inner_text()


def test_a_member_key_that_owns_the_sender_is_offered_it_and_sees_members_only_names(page, service):  # noqa: F811
    created = service.client("admin").post("/api/keys", json={"name": "Longport", "role": "member",
                                                              "profiles": [SENDER]}).json()
    try:
        use_key(page, created["key"])
        expect(page.locator("#key-status")).to_contain_text("Key in use", timeout=TIMEOUT_MS)
        expect(page.locator(f"#sender-options option[value='{SENDER}']")).to_have_count(1)
        sheet_with_sender(page)
        text = page.locator("section.together").inner_text()
        members = [p["name"] for p in PROFILES.values() if p["kind"] == "freelancer" and p["visibility"] == "members"]
        assert any(name in text for name in members)
    finally:
        service.client("admin").delete(f"/api/keys/{created['id']}")


def test_an_unknown_sender_is_said_in_one_line(page):  # noqa: F811
    read_brief(page, BRIEF)
    page.fill("#sender", "co-no-such-company")
    page.click("#find-crew")
    expect(page.locator("#alert")).to_contain_text("no profile with id 'co-no-such-company'")
