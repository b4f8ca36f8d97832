"""The Investors page in Chromium: an interest read, corrected and matched to companies with their
breakdowns, a shortlist; the public is told it needs a key; staff plan a matchmaking session."""

from __future__ import annotations

import pytest

from tests.service.web.conftest import LAPTOP, TIMEOUT_MS

pytestmark = [pytest.mark.browser]
SQLITE_ONLY = pytest.mark.parametrize("service", ["sqlite"], indirect=True)
INTEREST = ("Angel, £10–25k tickets, pre-seed or seed games or animation studios with their own IP, "
            "SEIS please, within an hour of Stoke")


def open_page(browser, service, role: str):
    context = browser.new_context(viewport=LAPTOP, locale="en-GB", accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.errors, page.outside = [], []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("request", lambda r: None if r.url.startswith((service.base_url, "blob:", "data:"))
            else page.outside.append(r.url))
    page.goto(f"{service.base_url}/api/health")
    if service.keys[role]:
        page.evaluate("(key) => localStorage.setItem('smic-matcher.api-key', key)", service.keys[role])
    page.goto(f"{service.base_url}/investors")
    return page


@SQLITE_ONLY
def test_a_member_reads_corrects_matches_and_shortlists(browser, service) -> None:
    page = open_page(browser, service, "member")
    assert page.get_attribute("nav a[href='/investors']", "aria-current") == "page"
    page.fill("#interest-text", INTEREST)
    page.click("#read-interest")
    page.wait_for_selector("#understood:not([hidden])")
    assert page.input_value("#ticket-min") == "10000" and page.input_value("#ticket-max") == "25000"
    assert page.is_checked("#seis") and page.is_checked("#own-ip")
    assert page.is_checked("input[name=stage][value=seed]")
    assert "£10–25k" in page.inner_text("#understood-words")
    page.check("input[name=strict][value=own_ip]")  # a correction: own IP is a must
    page.click("#find-companies")
    page.wait_for_selector("#company-list li")
    cards = page.locator("#company-list > li")
    assert cards.count() > 0
    first = cards.first.inner_text()
    assert "text relevance" in first and "criteria fit" in first
    assert "own ip (must)" in first and "unknown" not in cards.first.locator("tr", has_text="own ip").inner_text()
    cards.first.get_by_role("button", name="Add to shortlist").click()
    assert page.locator("#shortlist-items li[data-id]").count() == 1
    with page.expect_download() as download:
        page.click("#shortlist-csv")
    assert download.value.suggested_filename == "investor-shortlist.csv"
    assert not page.errors and not page.outside


@SQLITE_ONLY
def test_the_public_is_told_matching_needs_a_key_and_staff_plan_a_session(browser, service) -> None:
    public = open_page(browser, service, "public")
    public.fill("#interest-text", INTEREST)
    public.click("#read-interest")
    public.wait_for_selector("#understood:not([hidden])")
    public.click("#find-companies")
    public.wait_for_selector("#alert.is-shown")
    assert "member" in public.inner_text("#alert") and public.locator("#company-list li").count() == 0
    staff = open_page(browser, service, "staff")
    staff.fill("#session-companies", "co-bottle-oven-games, co-fettle-and-forge, co-spatial-kiln")
    staff.fill("#session-slots", "3")
    staff.fill("#session-tables", "2")
    staff.fill("#session-must", "in-kestrel-xr-fund:co-spatial-kiln")
    staff.click("#plan-session")
    staff.wait_for_selector("#session-table:not([hidden])")
    rows = staff.locator("#session-table tbody tr")
    assert rows.count() > 0
    slots_investors = [(r.locator("td").nth(0).inner_text(), r.locator("td").nth(2).inner_text())
                       for r in rows.all()]
    assert len(set(slots_investors)) == len(slots_investors)  # no one twice in a slot
    assert "meetings over 3 slots" in staff.inner_text("#session-status")
    with staff.expect_download() as download:
        staff.click("#session-csv")
    assert download.value.suggested_filename == "session.csv"
    assert not public.errors and not staff.errors
