"""The film office's working day in Chromium: profile pages and cards for each role, the crew
sheet on paper and on a map, a member's own profile, the API documentation with the network
blocked, and a crew sheet taken to a shortlist, checked by email, answered and exported."""

from __future__ import annotations

import csv
import io
import re
import uuid
from urllib.parse import urlparse

import httpx
import pytest
from playwright.sync_api import expect

from tests.service.web.conftest import LAPTOP, TIMEOUT_MS

pytestmark = [pytest.mark.browser]
SQLITE_ONLY = pytest.mark.parametrize("service", ["sqlite"], indirect=True)

BRIEF = ("Six weeks in Leek from 3 March 2027, need a gaffer, two sparks, costume standby with "
         "period experience, a unit base for 20 vehicles.")
MEMBERS_FREELANCER = "fl-0003"  # Rhys Morgan; visibility "members"
AT_LEEK = "?at=Leek&start=2027-03-03&end=2027-04-13"


def open_page(browser, base_url: str, key: str | None = None, offline: bool = False):
    """A new page; with ``key`` stored as the main page stores it; ``offline`` fails every request
    that leaves this machine and records it."""
    context = browser.new_context(viewport=LAPTOP, locale="en-GB", accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.errors, page.blocked = [], []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    if offline:
        def guard(route):
            host = urlparse(route.request.url).hostname
            if host in ("127.0.0.1", "localhost"):
                route.continue_()
            else:
                page.blocked.append(route.request.url)
                route.abort()
        context.route("**/*", guard)
    page.goto(f"{base_url}/api/health")
    if key:
        page.evaluate("(key) => localStorage.setItem('smic-matcher.api-key', key)", key)
    return page


def crew_sheet(page, base_url: str) -> None:
    page.goto(f"{base_url}/")
    page.fill("#brief-text", BRIEF)
    page.click("#read-brief")
    page.wait_for_selector("#understood-form:not([hidden])")
    page.click("#find-crew")
    page.wait_for_selector("#sheet:not([hidden])")


# -- profile pages and cards, per role ----------------------------------------------------------
@SQLITE_ONLY
@pytest.mark.parametrize("role", ["public", "member", "staff"])
def test_the_profile_page_shows_what_each_role_may_see(browser, service, role):
    page = open_page(browser, service.base_url, service.keys[role])
    page.goto(f"{service.base_url}/profiles/{MEMBERS_FREELANCER}{AT_LEEK}")
    page.wait_for_selector("#profile[aria-busy=false]")
    name = page.inner_text("#profile-name")
    facts = page.inner_text("#profile-facts")
    diary = page.inner_text("#diary-body")
    assert re.search(r"\d+ km \(\d+(\.\d)? miles\) from Leek", page.inner_text("#distance-body"))
    assert page.locator(".credit").count() >= 1 or "No credits" in page.inner_text("#credits-list")
    if role == "public":
        assert name == "Freelance carpenter" and "Rhys" not in page.content()
        assert "Day rate" not in facts and "Contact" not in facts
        assert "shown to members" in diary and page.locator(".cal-day").count() == 0
        assert "contact details" in page.inner_text("#profile-withheld")
    else:
        assert name == "Rhys Morgan"
        assert "£220–£240" in facts
        assert page.locator(".cal-month").count() >= 2
        assert page.locator(".cal-day.cal-shoot").count() == 42  # 3 March - 13 April
        assert ("rhys-morgan@example.net" in facts) is (role == "staff")
    assert not page.errors


@SQLITE_ONLY
@pytest.mark.parametrize("role", ["public", "staff"])
def test_every_card_links_to_its_profile_and_only_staff_see_contacts_on_cards(browser, service, role):
    page = open_page(browser, service.base_url, service.keys[role])
    crew_sheet(page, service.base_url)
    cards = page.locator("#sheet .match")
    assert cards.count() >= 10
    for i in range(cards.count()):
        link = cards.nth(i).locator("a.profile-link")
        assert re.fullmatch(r"/profiles/[\w.:-]+\?at=Leek&start=2027-03-03&end=2027-04-13", link.get_attribute("href"))
    contacts = page.locator("#sheet .match-contact")
    if role == "staff":
        assert contacts.count() >= 10 and "@" in contacts.first.inner_text()
    else:
        assert contacts.count() == 0 and "@example" not in page.inner_text("#sheet")
    with page.context.expect_page() as opened:
        cards.first.locator("a.profile-link").click()
    profile = opened.value
    profile.wait_for_selector("#profile[aria-busy=false]")
    assert profile.inner_text("#profile-name") == cards.first.locator(".match-name").inner_text().strip()
    assert not page.errors


# -- the crew sheet on paper and on a map --------------------------------------------------------
@SQLITE_ONLY
def test_the_crew_sheet_prints_without_forms_with_the_brief_on_top_and_a_page_per_need(browser, service):
    page = open_page(browser, service.base_url, service.keys["staff"])
    crew_sheet(page, service.base_url)
    page.emulate_media(media="print")
    for hidden in ("#brief-form", "#understood-form", "#tray", ".sheet-tools", "input.sel", ".site-header"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator("button:visible").count() == 0 and page.locator("input:visible").count() == 0
    head = page.inner_text(".print-head")
    assert "Crew sheet" in head and "Within 50 km (31 miles) of Leek · 3 March – 13 April 2027" in head
    assert re.search(r"Matched \d{1,2} [A-Z][a-z]+ \d{4}", head)
    breaks = page.eval_on_selector_all(".need-section", "els => els.map(e => getComputedStyle(e).breakBefore)")
    assert breaks[0] != "page" and breaks[1:] == ["page"] * (len(breaks) - 1) and len(breaks) == 4
    pdf = page.pdf(format="A4")
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 4  # what the browser prints: a page or more per need


@SQLITE_ONLY
def test_the_crew_sheet_map_draws_the_county_the_radius_and_each_match_with_no_network(browser, service):
    page = open_page(browser, service.base_url, offline=True)
    crew_sheet(page, service.base_url)
    matches = len(set(page.eval_on_selector_all("#sheet .match", "els => els.map(e => e.dataset.id)")))
    page.get_by_role("button", name="Show map").click()
    page.wait_for_selector(".map-legend .map-note")
    placed, of = map(int, re.match(r"(\d+) of (\d+) placed", page.inner_text(".map-note")).groups())
    assert of == matches and placed >= 0.9 * matches
    assert page.locator("path.map-person").count() == placed
    assert page.locator("path.map-radius").count() == 1 and page.locator("path.map-location").count() == 1
    assert "Shoot: Leek" in page.inner_text(".sheet-map")
    assert page.locator(".leaflet-overlay-pane path").count() >= placed + 3  # and the county's outline
    assert page.locator(".leaflet-tile").count() == 0  # no tile server configured: the outline alone
    assert not page.blocked and not page.errors


# -- the API documentation, offline ----------------------------------------------------------------
@SQLITE_ONLY
def test_the_api_documentation_works_with_the_network_blocked(browser, service):
    page = open_page(browser, service.base_url, offline=True)
    page.goto(f"{service.base_url}/docs")
    page.wait_for_selector(".opblock")
    assert page.locator(".opblock").count() >= 40
    assert "Search the profiles" in page.inner_text("body")
    page.goto(f"{service.base_url}/redoc")
    page.locator("h2", has_text="Search the profiles; every match says why").wait_for()
    assert page.locator("[data-section-id]").count() >= 20
    assert not page.blocked, page.blocked  # nothing was asked of the network
    assert not page.errors
    for path, asset in (("/docs", "/static/vendor/swagger-ui/swagger-ui-bundle.js"),
                        ("/redoc", "/static/vendor/redoc/redoc.standalone.js")):
        html = httpx.get(f"{service.base_url}{path}").text
        assert asset in html and "cdn." not in html and "fonts.googleapis" not in html


# -- a member keeps their own profile -----------------------------------------------------------
@SQLITE_ONLY
def test_a_member_edits_their_profile_and_diary_on_my_profile(browser, service):
    admin = service.client("admin")
    profile_id = f"fl-web-{uuid.uuid4().hex[:8]}"
    assert admin.post("/api/profiles", json={"id": profile_id, "kind": "freelancer", "name": "Mina Patel",
                                             "roles": ["Sound recordist"], "visibility": "members",
                                             "contact": {"email": "mina@example.org"}}).status_code == 201
    key = admin.post("/api/keys", json={"name": "Mina", "role": "member", "profiles": [profile_id]}).json()["key"]
    page = open_page(browser, service.base_url, key)
    page.goto(f"{service.base_url}/me")
    page.wait_for_selector("#me-body:not([hidden])")
    assert page.input_value("#f-name") == "Mina Patel" and page.input_value("#f-email") == "mina@example.org"
    page.fill("#f-headline", "Location sound for drama and documentary")
    page.click("#add-credit")
    page.fill(".credit-row .c-title", "The Bottle Kiln Job")
    page.fill(".credit-row .c-year", "2024")
    with page.expect_response(f"**/api/profiles/{profile_id}") as saved:
        page.click("#me-save")
    assert saved.value.status == 200
    page.fill("#d-start", "2027-03-01")
    page.fill("#d-end", "2027-03-31")
    page.select_option("#d-status", "booked")
    with page.expect_response(f"**/api/profiles/{profile_id}/diary"):
        page.click("#d-save")
    page.wait_for_selector(".cal-window-booked")
    stored = admin.get(f"/api/profiles/{profile_id}").json()
    assert stored["headline"] == "Location sound for drama and documentary"
    assert stored["credits"] == [{"title": "The Bottle Kiln Job", "year": 2024}]
    assert {"start": "2027-03-01", "end": "2027-03-31", "status": "booked"} in stored["availability"]
    assert not page.errors


# -- the working day, end to end -----------------------------------------------------------------
def test_a_crew_sheet_goes_to_a_shortlist_is_checked_answered_and_exported(browser, mail_service, smtp_server,
                                                                           tmp_path):
    base = mail_service.base_url
    page = open_page(browser, base, mail_service.keys["staff"])
    crew_sheet(page, base)
    cards = page.locator("#sheet .match")
    chosen = []
    for i in (0, 5):
        cards.nth(i).locator("input.sel").check()
        chosen.append(cards.nth(i).locator(".match-name").inner_text().strip())
    production = f"The Bottle Kiln Job {uuid.uuid4().hex[:4]}"
    page.fill("#shortlist-name", production)
    page.click("#save-shortlist")
    page.wait_for_selector("#saved:not([hidden])")
    page.click("#open-saved")
    page.wait_for_selector(".person")
    assert page.inner_text("#sl-production") == production
    assert [n.strip() for n in page.locator(".person-name a").all_inner_texts()] == chosen
    assert "SMTP server" in page.inner_text("#mail-status")

    before = len(smtp_server.messages)
    page.click("#ask-send")
    page.wait_for_selector("#ask-results li")
    assert page.locator(".ask-sent").count() == 2
    messages = smtp_server.wait_for(before + 2)[before:]
    first = next(m for m in messages if chosen[0].split()[0] in str(m["To"]))
    link = re.search(r"https?://\S+/availability/\S+", first.get_content()).group()

    answer = page.context.new_page()
    answer.goto(link)
    assert production in answer.inner_text("h1")
    answer.check("input[value=partly]")
    answer.fill("#free-start", "2027-03-03")
    answer.fill("#free-end", "2027-03-20")
    answer.fill("#note", "Free until the 20th")
    answer.check("input[name=update_diary]")
    answer.click("button[type=submit]")
    assert "Thank you" in answer.inner_text("h1")

    page.reload()
    page.wait_for_selector(".answer-partly")
    assert "Partly available: free 3–20 March 2027" in page.inner_text(".answer-partly")
    row = page.locator(".person").first
    row.locator(".note-input").fill("Rate agreed")
    row.get_by_role("button", name="Save note").click()
    expect(page.locator("#status")).to_contain_text("Note saved", timeout=TIMEOUT_MS)
    row = page.locator(".person").first
    row.locator("select").select_option("booked")
    expect(page.locator("#status")).to_contain_text("Booked", timeout=TIMEOUT_MS)

    with page.expect_download() as download:
        page.click("#sl-csv")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    table = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert [r["name"] for r in table] == chosen
    assert (table[0]["status"], table[0]["notes"]) == ("booked", "Rate agreed")
    assert table[0]["answer"] == "partly available: free 3–20 March 2027. Free until the 20th"
    assert table[1]["status"] == "asked"
    assert not page.errors
