"""The sector map and gap report pages, driven in headless Chromium against a running server
with the demo register imported and briefs recorded (``evidence_service``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LAPTOP = {"width": 1366, "height": 900}
TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: apt-get install chromium (scripts/ensure-chromium)"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, evidence_service):
    context = browser.new_context(viewport=LAPTOP, locale="en-GB", accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    requests: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"
    outside = [url for url in requests if not url.startswith(evidence_service.base_url) and not url.startswith("blob:")
               and not url.startswith("data:")]
    assert not outside, f"the page fetched from elsewhere: {outside}"  # no CDN, no tile server


def use_key(page, key: str) -> None:
    page.fill("#api-key", key)
    page.click("#key-form button[type=submit]")


def test_the_pages_and_their_vendored_chart_library_are_served(evidence_service):
    for path in ("/sector", "/gaps"):
        html = httpx.get(f"{evidence_service.base_url}{path}").text
        assets = re.findall(r'(?:href|src)="(/static/[^"?]+)', html)
        assert any("vendor/vega/vega-lite.min.js" in a for a in assets)
        for asset in assets:
            assert httpx.get(f"{evidence_service.base_url}{asset}").status_code == 200, asset
    licence = httpx.get(f"{evidence_service.base_url}/static/vendor/vega/LICENSE-vega-lite")
    assert licence.status_code == 200 and "University of Washington" in licence.text


def test_the_sector_map_shows_counts_charts_a_county_map_and_companies(page, evidence_service):
    page.goto(f"{evidence_service.base_url}/sector")
    page.wait_for_selector("body[data-loaded=true]")
    report = httpx.get(f"{evidence_service.base_url}/api/sector").json()
    assert page.inner_text("#t-companies") == f"{report['totals']['companies']:,}"
    assert page.inner_text("#t-invite") == f"{report['totals']['register_only']:,}"
    for chart in ("#chart-map", "#chart-sic", "#chart-town", "#chart-year", "#chart-accounts", "#chart-growth",
                  "#chart-region"):
        assert page.locator(f"{chart} svg").count() == 1, chart
    # the county: one shape per district of the area, and a circle per district with companies
    districts = httpx.get(f"{evidence_service.base_url}/api/sector/map").json()["features"]
    shapes = page.locator("#chart-map svg path[aria-roledescription='geoshape']")
    assert shapes.count() == len(districts)
    circles = page.locator("#chart-map svg path[aria-roledescription='circle']")
    assert circles.count() == sum(1 for f in districts if f["properties"]["companies"] > 0)
    # bars of the SIC chart carry their numbers for screen readers and tooltips
    assert "Motion picture production activities" in page.locator("#chart-sic svg").inner_html()
    flagged = page.locator("#flagged-table tbody tr")
    assert flagged.count() == len(report["flagged"])
    assert "production title" in page.inner_text("#flagged-table")
    rows = page.locator("#companies-table tbody tr")
    assert rows.count() == len(report["companies"])
    assert page.locator("#companies-table .invite").first.inner_text() == "No profile yet: invite them"
    # counting flagged companies in changes the total
    page.check("#include-flagged")
    page.wait_for_function(f"document.querySelector('#t-companies').textContent === "
                           f"'{report['totals']['registered']:,}'")


def test_the_sector_map_shows_more_profiles_to_staff_only(page, evidence_service):
    page.goto(f"{evidence_service.base_url}/sector")
    page.wait_for_selector("body[data-loaded=true]")
    public = int(page.inner_text("#t-profile").replace(",", ""))
    assert "Quiet Kiln Studio" not in page.inner_text("#companies-table")
    use_key(page, evidence_service.keys["staff"])
    page.wait_for_function(f"document.querySelector('#t-profile').textContent === '{public + 1:,}'")
    assert "Quiet Kiln Studio" in page.inner_text("#companies-table")


def test_the_gap_report_asks_for_a_staff_key_then_shows_its_charts(page, evidence_service):
    page.goto(f"{evidence_service.base_url}/gaps")
    page.wait_for_selector("#gaps-locked:not([hidden])")
    assert page.locator("#gaps-ready").is_hidden()
    use_key(page, evidence_service.keys["member"])
    page.wait_for_selector("#alert.is-shown")
    assert "staff" in page.inner_text("#alert") and page.locator("#gaps-ready").is_hidden()
    use_key(page, evidence_service.keys["staff"])
    page.wait_for_selector("body[data-loaded=true]")
    report = httpx.get(f"{evidence_service.base_url}/api/gaps",
                       headers={"X-API-Key": evidence_service.keys["staff"]}).json()
    assert page.inner_text("#g-needs") == f"{report['needs']:,}"
    assert page.inner_text("#g-missing") == f"{report['missing']:,}"
    for chart in ("#chart-departments", "#chart-missing", "#chart-facilities", "#chart-months"):
        assert page.locator(f"{chart} svg").count() == 1, chart
    facilities = page.inner_text("#facility-list")
    assert "Studio space" in facilities and "strategy suspect" in facilities
    assert page.locator("#roles-table tbody tr").count() == len(report["by_role"])
    assert page.locator("#lost-table tbody tr").count() == report["lost_briefs"]["count"]
    page.check("input[name=month-kind][value=by_month]")
    page.wait_for_function("document.querySelector('#chart-months svg') !== null")
    with page.expect_download() as downloaded:
        page.click("#download-gaps")
    text = Path(downloaded.value.path()).read_text(encoding="utf-8-sig")
    assert text.startswith("table,key,label,kind,requested,filled,missing,briefs,detail")
